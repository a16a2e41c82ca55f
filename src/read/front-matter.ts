// Front matter: the block between `---` lines, split by gray-matter, parsed with `yaml` (YAML 1.2 core schema, so a date
// stays the text it was written as) and validated with zod. Every problem in the block is
// reported at once, each at the line of the key or value at fault.
import matter from 'gray-matter';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { FrontMatter } from '../types.ts';
import { isCalendarDate } from '../text/calendar-date.ts';

// A timestamp keeps the date as written (the writer's own day), whatever the build's time zone.
const dateWritten = /^(\d{4}-\d{2}-\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

const isoDate = z
  .string()
  .regex(dateWritten, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .transform((value) => dateWritten.exec(value)![1]!)
  .refine(isCalendarDate, 'not a calendar date (expected YYYY-MM-DD)');

const stringList = z.union([z.string().transform((value) => [value]), z.array(z.string())]);

const FrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    sources: stringList.optional(),
    publisher: z.string().optional(),
    date: isoDate.optional(),
    byline: z.string().optional(),
    // Checked against the config's taxonomy by the build: an id becomes a page path.
    themes: stringList.optional(),
  })
  // Unknown keys are kept out of the data but are not an error: writers add their own notes.
  .strip();

export interface FrontMatterProblem {
  line: number;
  column: number;
  message: string;
}

export class FrontMatterError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(readonly problems: FrontMatterProblem[]) {
    super(problems[0]!.message);
    this.line = problems[0]!.line;
    this.column = problems[0]!.column;
  }
}

export interface SplitDocument {
  frontMatter: FrontMatter;
  body: string;
  /** Lines taken by the front matter block, so body positions map back to the file. */
  bodyLineOffset: number;
}

const opening = /^---[ \t]*\n/;
const closing = /^(?:---|\.\.\.)[ \t]*$/m;

interface Block {
  yaml: string;
  body: string;
  bodyLineOffset: number;
}

// gray-matter finds and splits the block; its own YAML engine is bypassed so that `yaml` parses
// the block with positions (gray-matter's js-yaml would turn 2023-13-45 into a rolled-over Date).
const splitOnly = { engines: { yaml: { parse: () => ({}), stringify: () => '' } } };

function splitBlock(text: string): Block | null {
  if (!opening.test(text) || !closing.test(text.replace(opening, ''))) return null;
  const file = matter(text, splitOnly);
  const yaml = file.matter.replace(/^[ \t]*\n/, '');
  const body = file.content;
  return { yaml, body, bodyLineOffset: text.slice(0, text.length - body.length).split('\n').length - 1 };
}

function parseBlock(yaml: string): { document: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { document: parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
}

/** File line and column of an offset in the block (the block starts on line 2). */
function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line: line + 1, column: col };
}

/** Where a key (or item `index` of its list) is written, for messages about it. */
function locate(document: Document, lines: LineCounter, path: Array<string | number>): { line: number; column: number } | null {
  for (let length = path.length; length > 1; length--) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return position(lines, node.range[0]);
  }
  const contents = document.contents;
  if (!isMap(contents)) return null;
  const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === path[0]);
  return isScalar(pair?.key) && pair.key.range ? position(lines, pair.key.range[0]) : null;
}

/** An unclosed quote is reported where it was opened, not where the parser gave up. */
function openingQuoteLine(yaml: string): number | null {
  const rows = yaml.split('\n');
  for (let index = 0; index < rows.length; index++) {
    const value = /^\s*(?:[^"'#:]+:\s+|-\s+)(["'])(.*)$/.exec(rows[index]!);
    if (!value) continue;
    const quote = value[1]!;
    const rest = quote === '"' ? value[2]!.replace(/\\./g, '') : value[2]!.replace(/''/g, '');
    if (!rest.includes(quote)) return index + 2;
  }
  return null;
}

export function splitFrontMatter(text: string): SplitDocument {
  const block = splitBlock(text);
  if (!block) {
    if (opening.test(text)) throw new FrontMatterError([{ line: 1, column: 1, message: 'invalid front matter: no closing "---" line' }]);
    return { frontMatter: {}, body: text, bodyLineOffset: 0 };
  }
  const { document, lines } = parseBlock(block.yaml);
  const problems: FrontMatterProblem[] = document.errors.map((error) => {
    const at = position(lines, error.pos[0]);
    const unclosed = /^Missing closing .quote/.test(error.message) ? openingQuoteLine(block.yaml) : null;
    return { line: unclosed ?? at.line, column: unclosed ? 1 : at.column, message: `invalid front matter: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` };
  });
  if (problems.length > 0) throw new FrontMatterError(problems);
  const value: unknown = document.toJS() ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FrontMatterError([{ line: 2, column: 1, message: 'invalid front matter: expected key: value lines' }]);
  const result = FrontMatterSchema.safeParse(value);
  if (!result.success) {
    throw new FrontMatterError(
      result.error.issues.map((issue) => {
        const at = locate(document, lines, issue.path as Array<string | number>) ?? { line: 2, column: 1 };
        const shown = issue.path.length > 0 ? issue.path.join('.') : '(front matter)';
        const written = document.getIn(issue.path as Array<string | number>);
        const detail = typeof written === 'string' ? ` (${JSON.stringify(written)})` : '';
        return { ...at, message: `front matter "${shown}": ${issue.message}${detail}` };
      }).sort((left, right) => left.line - right.line || left.column - right.column),
    );
  }
  return { frontMatter: result.data, body: block.body, bodyLineOffset: block.bodyLineOffset };
}

/** Where item `index` of a front matter list (or the value of `key`) is written in `text`. */
export function locateFrontMatterValue(text: string, key: string, index: number): { line: number; column: number } {
  const block = splitBlock(text);
  if (!block) return { line: 1, column: 1 };
  const { document, lines } = parseBlock(block.yaml);
  const node = document.get(key, true);
  const path = isNode(node) && 'items' in node ? [key, index] : [key];
  return locate(document, lines, path) ?? { line: 1, column: 1 };
}
