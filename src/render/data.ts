// The open data files, dist/data/*.json: an interface, changed only by adding fields.
import type { Corpus } from '../types.ts';

/**
 * A summary data file: its elements in blocks, one block for each record of the folder it is made
 * from (`data/articles/`, `data/speakers/`), in those records' order, so a block is a function of
 * its record alone (an article's quotes in `quotes.json`, its one element in the others).
 */
export interface SummaryFile {
  /** The folder of one-record files it is made from. */
  records: string;
  blocks: unknown[][];
}

export interface DataFiles {
  /** One file per article and per speaker, by site path; they come first, so that a build knows their texts before the summaries made from them. */
  records: Record<string, unknown>;
  /** The summary files made from those records alone. */
  summaries: Record<string, SummaryFile>;
  /** The rest (themes, statements), made from the whole corpus. */
  others: Record<string, unknown>;
}

export function dataFiles(corpus: Corpus): DataFiles {
  const articles = corpus.articles.map(({ people, ...article }) => ({ ...article, people }));
  const quotesByArticle = corpus.articles.map((article) =>
    article.quotes.map((quote) => ({ ...quote, article: article.slug, url: `${article.url}#${quote.id}`, file: article.file })),
  );
  const quoteById = new Map(quotesByArticle.flat().map((quote) => [quote.id, quote]));
  // Beside the summary files, one file per article and per speaker: a program that wants one
  // record of a large archive reads a few kilobytes, not the whole archive.
  const perArticle = Object.fromEntries(articles.map((article) => [`data/articles/${article.slug}.json`, article]));
  const perSpeaker = Object.fromEntries(
    corpus.speakers.map((speaker) => [`data/speakers/${speaker.id}.json`, { ...speaker, statements: speaker.quotes.map((id) => quoteById.get(id)!).filter(Boolean) }]),
  );
  const ofArticles = (blocks: unknown[][]): SummaryFile => ({ records: 'data/articles/', blocks });
  return {
    records: { ...perArticle, ...perSpeaker },
    summaries: {
      'data/articles.json': ofArticles(articles.map((article) => [article])),
      // articles.json keeps each body, as its contract says; this list is the same without them,
      // a few kilobytes an article, for a program that lists or filters a large archive.
      'data/articles-summary.json': ofArticles(articles.map(({ body, ...summary }) => [summary])),
      'data/quotes.json': ofArticles(quotesByArticle),
      'data/speakers.json': { records: 'data/speakers/', blocks: corpus.speakers.map((speaker) => [speaker]) },
    },
    others: {
      'data/themes.json': corpus.themes,
      'data/statements.json': corpus.statements,
    },
  };
}

/** The folder of one-record files a data file is one of (`data/articles/`, `data/speakers/`), or null. */
export function recordFolder(file: string): string | null {
  return /^data\/(?:articles|speakers)\//.exec(file)?.[0] ?? null;
}

/** A stretch of the last build's file, to be copied as it is. */
export interface KeptBytes {
  offset: number;
  length: number;
}

/** One record's block of a summary file, by the record's hash: its text made, or where the last build's file holds it. */
export type SummaryBlock = { hash: string; text: string } | { hash: string; kept: KeptBytes };

/**
 * A summary file's text, the same as `jsonText` of its elements, in pieces: the brackets and
 * commas between blocks as text, and each record's block, as the stretch of the last build's file
 * that holds it when `kept` knows the record's hash (a record unchanged makes the same block), or
 * else made.
 */
export function* blocksText(file: SummaryFile, hashes: string[], kept: (hash: string) => KeptBytes | undefined): Generator<string | SummaryBlock> {
  let first = true;
  for (let index = 0; index < file.blocks.length; index++) {
    const block = file.blocks[index]!;
    if (block.length === 0) continue;
    yield first ? '[\n' : ',\n';
    first = false;
    const hash = hashes[index]!;
    const stretch = kept(hash);
    yield stretch !== undefined ? { hash, kept: stretch } : { hash, text: block.map(elementText).join(',\n') };
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * A data file's text as `JSON.stringify(value, null, 2)` would give it, plus a newline, in pieces:
 * an array one element at a time, so the whole text of a large archive is never held at once.
 */
export function* jsonText(value: unknown): Generator<string> {
  if (!Array.isArray(value) || value.length === 0) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  yield '[\n';
  for (let index = 0; index < value.length; index++) {
    yield `${elementText(value[index])}${index < value.length - 1 ? ',' : ''}\n`;
  }
  yield ']\n';
}

/**
 * An element as `JSON.stringify` indents it inside an array, without the array's brackets: the
 * same bytes as the whole array's, in one pass (a fifth faster than re-indenting it).
 */
function elementText(element: unknown): string {
  return JSON.stringify([element], null, 2).slice(2, -2);
}
