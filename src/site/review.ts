// What an editor should look at in a linked corpus, beyond what extraction already warns about
// (a quote with no speaker, a page mostly taken out as furniture, no headline): a speaker that is
// only a role, an article with no source or no date, a theme no article has. Pure: the config's
// text is handed in, so a theme's warning can point at its line.
import path from 'node:path';
import { roleHead } from '../speakers/names.ts';
import type { Corpus, Diagnostic } from '../types.ts';

export interface ReviewInput {
  corpus: Corpus;
  /** The input folder, prefixed to article files. */
  input: string;
  /** The config file and its text, for the line a theme is defined on; null without a config file. */
  config: { file: string; text: string } | null;
}

export function reviewCorpus({ corpus, input, config }: ReviewInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const warn = (file: string, line: number, column: number, message: string) => diagnostics.push({ file, line, column, message, severity: 'warning' });
  const speakers = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  for (const article of corpus.articles) {
    const file = path.join(input, article.file);
    const missing = [article.sources.length === 0 ? 'source' : null, article.date === null ? 'date' : null].filter((field) => field !== null);
    // Only a Markdown file has front matter to set them in; a raw page's text would have to name them.
    const remedy = /\.md$/i.test(article.file) ? `; set ${missing.map((field) => (field === 'source' ? '"sources:"' : '"date:"')).join(' and ')} in the front matter` : ' in the page';
    if (missing.length > 0) warn(file, 1, 1, `no ${missing.join(' and no ')} found${remedy}`);
    for (const quote of article.quotes) {
      const speaker = quote.speakerId ? speakers.get(quote.speakerId) : undefined;
      // A group ("NATO", "the Kremlin") may speak; "a senior official" names nobody who could be asked.
      if (speaker && !speaker.person && roleHead(speaker.name) !== null) warn(file, quote.line, 1, `speaker is only a role: “${speaker.name}”; name the person if the article does`);
    }
  }
  for (const theme of corpus.themes) {
    if (theme.articles.length > 0) continue;
    const line = config ? config.text.split('\n').findIndex((row) => row.includes(`"${theme.id}"`)) + 1 : 0;
    warn(config?.file ?? 'config', Math.max(1, line), 1, `theme "${theme.id}" has no articles; its phrases match nothing (or remove it)`);
  }
  return diagnostics;
}
