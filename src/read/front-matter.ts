// Front matter: split with gray-matter, validated with zod, errors positioned at the offending key.
import matter from 'gray-matter';
import { z } from 'zod';
import type { FrontMatter } from '../types.ts';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

const stringList = z.union([z.string().transform((value) => [value]), z.array(z.string())]);

const FrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    sources: stringList.optional(),
    publisher: z.string().optional(),
    date: isoDate.optional(),
    byline: z.string().optional(),
    themes: stringList.optional(),
  })
  // Unknown keys are kept out of the data but are not an error: writers add their own notes.
  .strip();

export class FrontMatterError extends Error {
  constructor(readonly line: number, readonly column: number, message: string) {
    super(message);
  }
}

export interface SplitDocument {
  frontMatter: FrontMatter;
  body: string;
  /** Lines taken by the front matter block, so body positions map back to the file. */
  bodyLineOffset: number;
}

export function splitFrontMatter(text: string): SplitDocument {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, bodyLineOffset: 0 };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object stops gray-matter from caching by content, which would share results across files.
    parsed = matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new FrontMatterError((mark?.line ?? 0) + 2, (mark?.column ?? 0) + 1, `invalid front matter: ${reason}`);
  }
  const result = FrontMatterSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const line = lineOfKey(text, key);
    throw new FrontMatterError(line, 1, `front matter "${issue.path.join('.')}": ${issue.message}`);
  }
  const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
  return { frontMatter: result.data, body: parsed.content, bodyLineOffset };
}

function lineOfKey(text: string, key: string): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, position) => position > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
