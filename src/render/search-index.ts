// The search index for a site opened from disk (file://), where browsers refuse Pagefind's fetches
// and WebAssembly: a MiniSearch index of every article's headline, standfirst, and quotes with
// their speakers, serialised into a plain script (`search/index.js`) that the search page loads
// only when the reader searches. Compact: bodies beyond the standfirst are left to Pagefind.
import MiniSearch from 'minisearch';
import type { Corpus } from '../types.ts';
import { describe } from './summary.ts';
import { longDate, typographicQuotes as typeset } from './typography.ts';

/** Read by templates/search.js too: the fields searched and those stored for showing a result. */
export const searchFields = ['title', 'text', 'speakers', 'sources', 'themes'];
export const storedFields = ['title', 'url', 'outlet', 'date', 'excerpt', 'themes', 'speakers', 'sources'];

export function fileSearchScript(corpus: Corpus): string {
  const speakerNames = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));
  const themeLabels = new Map(corpus.themes.map((theme) => [theme.id, theme.label]));
  const search = new MiniSearch({ fields: searchFields, storeFields: storedFields });
  search.addAll(
    corpus.articles.map((article, index) => {
      // Shown and filtered on as the pages print them (typographic quotes), the same values as Pagefind's filters.
      const standfirst = typeset(describe(article.body));
      const speakers = [...new Set(article.quotes.flatMap((quote) => (quote.speakerId && speakerNames.has(quote.speakerId) ? [typeset(speakerNames.get(quote.speakerId)!)] : [])))];
      const sources = [...article.sources, ...(article.publisher ? [article.publisher] : [])].map(typeset);
      // Each quote with its speaker, so "Stoltenberg Putin" finds his words about Putin.
      const quotes = article.quotes.map((quote) => `${quote.text} — ${quote.speakerId ? (speakerNames.get(quote.speakerId) ?? '') : (quote.speaker ?? '')}`);
      return {
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
    }),
  );
  const data = { fields: searchFields, storeFields: storedFields, index: search.toJSON() };
  return `window.verbatimSearchIndex = ${JSON.stringify(data)};\n`;
}
