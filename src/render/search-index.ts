// The search documents for a site opened from disk (file://), where browsers refuse Pagefind's
// fetches and WebAssembly: every article's headline, standfirst, and quotes with their speakers, as
// a plain script (`search/index.js`) that the search page loads only when the reader searches, and
// indexes then with MiniSearch. Written one article at a time, so a large archive's documents are
// never held whole, and no index of the archive is built here. Bodies beyond the standfirst are left to Pagefind.
import type { Corpus } from '../types.ts';
import { describe } from './summary.ts';
import { longDate, typographicQuotes as typeset } from './typography.ts';

/** Read by templates/search.js too: the fields searched and those stored for showing a result. */
export const searchFields = ['title', 'text', 'speakers', 'sources', 'themes'];
export const storedFields = ['title', 'url', 'outlet', 'date', 'excerpt', 'themes', 'speakers', 'sources'];

export function* fileSearchScript(corpus: Corpus): Generator<string> {
  const speakerNames = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));
  const themeLabels = new Map(corpus.themes.map((theme) => [theme.id, theme.label]));
  yield `window.verbatimSearch = {\n  "fields": ${JSON.stringify(searchFields)},\n  "storeFields": ${JSON.stringify(storedFields)},\n  "documents": [\n`;
  for (const [index, article] of corpus.articles.entries()) {
    // Shown and filtered on as the pages print them (typographic quotes), the same values as Pagefind's filters.
    const standfirst = typeset(describe(article.body));
    const speakers = [...new Set(article.quotes.flatMap((quote) => (quote.speakerId && speakerNames.has(quote.speakerId) ? [typeset(speakerNames.get(quote.speakerId)!)] : [])))];
    const sources = [...article.sources, ...(article.publisher ? [article.publisher] : [])].map(typeset);
    // Each quote with its speaker, so "Stoltenberg Putin" finds his words about Putin.
    const quotes = article.quotes.map((quote) => `${quote.text} — ${quote.speakerId ? (speakerNames.get(quote.speakerId) ?? '') : (quote.speaker ?? '')}`);
    const document = {
      id: index,
      title: typeset(article.title),
      url: article.url,
      outlet: sources.join(', '),
      date: article.date ? longDate(article.date) : '',
      excerpt: standfirst,
      text: [standfirst, ...quotes].join('\n'),
      themes: article.themes.flatMap((id) => (themeLabels.has(id) ? [typeset(themeLabels.get(id)!)] : [])),
      speakers,
      sources,
    };
    yield `    ${JSON.stringify(document)}${index < corpus.articles.length - 1 ? ',' : ''}\n`;
  }
  yield '  ]\n};\n';
}
