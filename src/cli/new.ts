// `verbatim new "Headline"`: a new Markdown article with front matter in the input folder, named
// by the headline's slug. It never overwrites, nor takes a slug another article already has
// (that would change the other article's URL).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { stringify } from 'yaml';
import { isCalendarDate } from '../text/calendar-date.ts';
import { listInput } from '../read/read.ts';
import { UsageError } from '../site/errors.ts';
import { slugForFile, slugify } from '../text/slug.ts';
import { defineCommand, type FolderOptions } from './options.ts';

interface NewCommandOptions extends FolderOptions {
  date?: string;
  source: string[];
  byline?: string;
}

/** The article's text: front matter a writer fills in, and an empty body. */
export function newArticleText(headline: string, fields: { date: string; sources: string[]; byline?: string }): string {
  // yaml quotes what needs quoting (a colon or a leading quotation mark in a headline).
  const frontMatter = stringify({ title: headline, date: fields.date, sources: fields.sources, ...(fields.byline ? { byline: fields.byline } : {}), themes: [] }, { flowCollectionPadding: false });
  return `---\n${frontMatter}---\n\n<!-- The article's text, in Markdown. Quotes go in quotation marks, each with who said it. -->\n`;
}

/** Today in the writer's own time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function registerNew(program: Command): void {
  const command = defineCommand(program, {
    name: 'new',
    description: 'write a new Markdown article with front matter into the input folder',
    folders: { input: 'the folder the article is written into', output: 'accepted so that every command takes the same folders; new writes no site' },
    notes: `Refuses to overwrite a file, or to take the slug of an article already there (exit 1).`,
    examples: ['verbatim new "Ministers agree on a new water plan"', 'verbatim new "Talks resume in Geneva" --source AFP --date 2024-05-01 --input archive'],
  })
    .argument('<headline>', 'the headline; the file is named by its slug (“Ministers agree” → ministers-agree.md)')
    .option('--date <YYYY-MM-DD>', 'the date in the front matter (default: today)', (value: string) => {
      if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD');
      return value;
    })
    .option('--source <name>', 'an outlet or agency the article comes from; repeat for several', (value: string, earlier: string[]) => [...earlier, value], [] as string[])
    .option('--byline <name>', 'the author, as the byline should print it');
  command.action(async (headline: string, options: NewCommandOptions) => {
    const slug = slugify(headline);
    if (!slug) throw new UsageError(`the headline "${headline}" has no letters or digits to name the file by`);
    const listing = await listInput(options.input);
    const taken = listing.files.find((file) => slugForFile(file) === slug);
    if (taken) throw new UsageError(`"${path.join(options.input, taken)}" already has the slug "${slug}"; not overwritten (choose another headline)`);
    const file = path.join(options.input, `${slug}.md`);
    const text = newArticleText(headline, { date: options.date ?? today(), sources: options.source, byline: options.byline });
    // "wx": fails if the file appeared meanwhile, so nothing is ever overwritten.
    await writeFile(file, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? new UsageError(`"${file}" already exists; not overwritten`) : error;
    });
    console.log(`Wrote ${file}`);
  });
}
