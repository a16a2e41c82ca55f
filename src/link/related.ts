// Related articles, scored from shared themes and shared speakers. Candidates come from an
// inverted index (theme or speaker → articles), so no step compares every pair of articles.
import type { RelatedArticle } from '../types.ts';

export interface RelatableArticle {
  slug: string;
  themes: string[];
  speakers: string[];
}

export const relatedWeights = { theme: 1, speaker: 2 };

export function relateArticles(
  articles: RelatableArticle[],
  limit: number,
  labelOf: (kind: 'theme' | 'speaker', id: string) => string,
): Map<string, RelatedArticle[]> {
  const index = new Map<string, string[]>();
  const keysOf = (article: RelatableArticle) => [
    ...article.themes.map((theme) => `theme:${theme}`),
    ...article.speakers.map((speaker) => `speaker:${speaker}`),
  ];
  for (const article of articles) for (const key of keysOf(article)) index.set(key, [...(index.get(key) ?? []), article.slug]);
  const related = new Map<string, RelatedArticle[]>();
  for (const article of articles) {
    const scores = new Map<string, RelatedArticle>();
    for (const key of keysOf(article)) {
      const [kind, id] = key.split(/:(.*)/) as ['theme' | 'speaker', string];
      for (const other of index.get(key) ?? []) {
        if (other === article.slug) continue;
        const entry = scores.get(other) ?? { slug: other, score: 0, reasons: [] };
        entry.score += relatedWeights[kind];
        entry.reasons.push(labelOf(kind, id));
        scores.set(other, entry);
      }
    }
    related.set(
      article.slug,
      [...scores.values()].sort((left, right) => right.score - left.score || left.slug.localeCompare(right.slug)).slice(0, limit),
    );
  }
  return related;
}
