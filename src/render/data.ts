// The open data files, dist/data/*.json: an interface, changed only by adding fields.
import type { Corpus } from '../types.ts';

export function dataFiles(corpus: Corpus): Record<string, unknown> {
  const articles = corpus.articles.map(({ tree: _tree, people, ...article }) => ({ ...article, people }));
  const quotes = corpus.articles.flatMap((article) =>
    article.quotes.map((quote) => ({ ...quote, article: article.slug, url: `${article.url}#${quote.id}`, file: article.file })),
  );
  return {
    'data/articles.json': articles,
    'data/quotes.json': quotes,
    'data/speakers.json': corpus.speakers,
    'data/themes.json': corpus.themes,
  };
}
