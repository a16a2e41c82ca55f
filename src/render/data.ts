// The open data files, dist/data/*.json: an interface, changed only by adding fields.
import type { Corpus } from '../types.ts';

export function dataFiles(corpus: Corpus): Record<string, unknown> {
  const articles = corpus.articles.map(({ people, ...article }) => ({ ...article, people }));
  const quotes = corpus.articles.flatMap((article) =>
    article.quotes.map((quote) => ({ ...quote, article: article.slug, url: `${article.url}#${quote.id}`, file: article.file })),
  );
  const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));
  // Beside the summary files, one file per article and per speaker: a program that wants one
  // record of a large archive reads a few kilobytes, not the whole archive.
  const perArticle = Object.fromEntries(articles.map((article) => [`data/articles/${article.slug}.json`, article]));
  const perSpeaker = Object.fromEntries(
    corpus.speakers.map((speaker) => [`data/speakers/${speaker.id}.json`, { ...speaker, statements: speaker.quotes.map((id) => quoteById.get(id)!).filter(Boolean) }]),
  );
  // articles.json keeps each body, as its contract says; this list is the same without them,
  // a few kilobytes an article, for a program that lists or filters a large archive.
  const summaries = articles.map(({ body, ...summary }) => summary);
  // The record files come first, so that a build knows their texts before the summaries made from them.
  return {
    ...perArticle,
    ...perSpeaker,
    'data/articles.json': articles,
    'data/articles-summary.json': summaries,
    'data/quotes.json': quotes,
    'data/speakers.json': corpus.speakers,
    'data/themes.json': corpus.themes,
    'data/statements.json': corpus.statements,
  };
}

/** The folder of one-record files a data file is one of (`data/articles/`, `data/speakers/`), or null. */
export function recordFolder(file: string): string | null {
  return /^data\/(?:articles|speakers)\//.exec(file)?.[0] ?? null;
}

/**
 * The summary files made from one folder's records alone, in their order (each summary's text is
 * a function of those records' values): when the records' texts are all the last build's, so is
 * the summary's.
 */
export const summaryRecords: Record<string, string> = {
  'data/articles.json': 'data/articles/',
  'data/articles-summary.json': 'data/articles/',
  'data/quotes.json': 'data/articles/',
  'data/speakers.json': 'data/speakers/',
};

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
    // The element as `JSON.stringify` indents it inside an array, without the array's brackets:
    // the same bytes as the whole array's, in one pass (a fifth faster than re-indenting it).
    yield `${JSON.stringify([value[index]], null, 2).slice(2, -2)}${index < value.length - 1 ? ',' : ''}\n`;
  }
  yield ']\n';
}
