// Related articles, scored from shared themes and shared speakers. Candidates come from an
// inverted index (theme or speaker → articles), so no step compares every pair of articles.
import type { RelatedArticle } from '../types.ts';
import { compareText } from '../text/collate.ts';

export interface RelatableArticle {
  slug: string;
  themes: string[];
  speakers: string[];
}

/** A shared speaker says more about two articles than a shared theme. */
export const relatedWeights = { theme: 1, speaker: 2 };

/**
 * A theme shared by thousands of articles would make every pair a candidate. Each article looks
 * at most this many neighbours (by slug order) in each theme's or speaker's list, so the work
 * grows with the corpus, not with its square.
 */
export const candidatesPerKey = 200;

export function relateArticles(articles: RelatableArticle[], limit: number): Map<string, RelatedArticle[]> {
  const byTheme = invertedIndex(articles, (article) => article.themes);
  const bySpeaker = invertedIndex(articles, (article) => article.speakers);
  const related = new Map<string, RelatedArticle[]>();
  for (const article of articles) {
    const scores = new Map<string, RelatedArticle>();
    const entryFor = (slug: string) => {
      const entry = scores.get(slug) ?? { slug, score: 0, sharedThemes: [], sharedSpeakers: [] };
      scores.set(slug, entry);
      return entry;
    };
    const shared = [
      { keys: article.themes, index: byTheme, weight: relatedWeights.theme, list: 'sharedThemes' as const },
      { keys: article.speakers, index: bySpeaker, weight: relatedWeights.speaker, list: 'sharedSpeakers' as const },
    ];
    for (const { keys, index, weight, list } of shared) {
      for (const key of keys) {
        for (const other of neighbours(index.get(key) ?? [], article.slug)) {
          if (other === article.slug) continue;
          const entry = entryFor(other);
          entry.score += weight;
          entry[list].push(key);
        }
      }
    }
    related.set(
      article.slug,
      [...scores.values()].sort((left, right) => right.score - left.score || compareText(left.slug, right.slug)).slice(0, limit),
    );
  }
  return related;
}

const positionCache = new WeakMap<string[], Map<string, number>>();

function neighbours(postings: string[], slug: string): string[] {
  if (postings.length <= candidatesPerKey) return postings;
  let positions = positionCache.get(postings);
  if (!positions) positionCache.set(postings, (positions = new Map(postings.map((entry, index) => [entry, index]))));
  const at = positions.get(slug)!;
  const start = Math.max(0, Math.min(at - candidatesPerKey / 2, postings.length - candidatesPerKey));
  return postings.slice(start, start + candidatesPerKey);
}

function invertedIndex(articles: RelatableArticle[], keys: (article: RelatableArticle) => string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const article of articles) {
    for (const key of new Set(keys(article))) {
      const postings = index.get(key);
      if (postings) postings.push(article.slug);
      else index.set(key, [article.slug]);
    }
  }
  return index;
}
