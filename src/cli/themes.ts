// `verbatim themes --suggest`: extract and link the input, then list candidate themes the
// taxonomy lacks (key phrases shared by several articles; see link/suggest-themes.ts).
import type { Command } from 'commander';
import { defaultSuggestOptions, formatSuggestions, suggestThemes } from '../link/suggest-themes.ts';
import { UsageError } from '../site/errors.ts';
import { configFor, defineCommand, type FolderOptions, integerIn } from './options.ts';

interface ThemesCommandOptions extends FolderOptions {
  suggest?: boolean;
  limit: number;
}

export function registerThemes(program: Command): void {
  const command = defineCommand(program, {
    name: 'themes',
    description: 'propose candidate themes the taxonomy lacks: key phrases shared by several articles',
    folders: { input: 'the folder of articles to read', output: 'accepted so that every command takes the same folders; themes writes no site' },
    notes: 'Phrases of one to three content words, scored against the whole input (TF-IDF by stems); phrases the taxonomy already has are left out.',
    examples: ['verbatim themes --suggest', 'verbatim themes --suggest --input archive --limit 30'],
  })
    .option('--suggest', 'list candidate themes (the one thing this command does for now)')
    .option('--limit <count>', 'how many candidates to list', integerIn(1, 1000), defaultSuggestOptions.limit);
  command.action(async (options: ThemesCommandOptions) => {
    if (!options.suggest) throw new UsageError(`verbatim themes needs --suggest\n${command.helpInformation()}`, 2);
    const config = await configFor(options);
    const [{ extractFolder }, { linkCorpus }] = await Promise.all([import('../site/pool.ts'), import('../link/corpus.ts')]);
    const corpus = linkCorpus((await extractFolder(options.input, config)).articles, config);
    const names = corpus.speakers.map((speaker) => speaker.name);
    console.log(formatSuggestions(suggestThemes(corpus.articles, config.themes.taxonomy, names, { ...defaultSuggestOptions, limit: options.limit }), corpus.articles.length));
  });
}
