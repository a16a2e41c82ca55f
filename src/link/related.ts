// Related articles, scored from what two articles share: statements (the strongest sign: two
// outlets reporting the same interview), speakers, themes, and closeness in date. A speaker or a
// theme that most articles have says little, so each shared key weighs by its rarity in the
// corpus. Candidates come from inverted indexes (statement, speaker or theme → articles), each
// read in a bounded window, so no step compares every pair of articles.
import type { RelatedArticle } from '../types.ts';
import { compareText } from '../text/collate.ts';

export interface RelatableArticle {
  slug: string;
  themes: string[];
  speakers: string[];
  /** Ids of the statements (quotes seen in other articles too) the article holds. */
  statements?: string[];
  /** ISO date, where known. */
  date?: string | null;
}

/** What one shared key is worth before its rarity: a shared statement outweighs all else. */
export const relatedWeights = { statement: 6, speaker: 2, theme: 1, sameWeek: 1 };

/** Dates this many days apart or closer add to the score, the closer the more. */
export const closeInDays = 7;

/**
 * A theme shared by thousands of articles would make every pair a candidate. Each article looks
 * at most this many neighbours (by slug order) in each key's list, so the work grows with the
 * corpus, not with its square.
 */
export const candidatesPerKey = 200;

export function relateArticles(articles: RelatableArticle[], limit: number): Map<string, RelatedArticle[]> {
  const total = articles.length;
  const indexes = {
    sharedStatements: invertedIndex(articles, (article) => article.statements ?? []),
    sharedSpeakers: invertedIndex(articles, (article) => article.speakers),
    sharedThemes: invertedIndex(articles, (article) => article.themes),
  };
  const weights = { sharedStatements: relatedWeights.statement, sharedSpeakers: relatedWeights.speaker, sharedThemes: relatedWeights.theme };
  // Each date parsed once: candidates are many, articles few by comparison.
  const dayOf = new Map(articles.map((article) => [article.slug, dayNumber(article.date ?? null)]));
  const related = new Map<string, RelatedArticle[]>();
  for (const article of articles) {
    const scores = new Map<string, RelatedArticle>();
    const keys = { sharedStatements: article.statements ?? [], sharedSpeakers: article.speakers, sharedThemes: article.themes };
    for (const list of ['sharedStatements', 'sharedSpeakers', 'sharedThemes'] as const) {
      for (const key of new Set(keys[list])) {
        const postings = indexes[list].get(key) ?? [];
        // Inverse frequency: a key every article has adds almost nothing; a statement in two adds its whole weight.
        const worth = list === 'sharedStatements' ? weights[list] : weights[list] * Math.log((total + 1) / postings.length);
        for (const other of neighbours(postings, article.slug)) {
          if (other === article.slug) continue;
          let entry = scores.get(other);
          if (!entry) scores.set(other, (entry = { slug: other, score: 0, sharedThemes: [], sharedSpeakers: [], sharedStatements: [], daysApart: null }));
          entry.score += worth;
          entry[list].push(key);
        }
      }
    }
    for (const entry of scores.values()) {
      const [here, there] = [dayOf.get(article.slug) ?? null, dayOf.get(entry.slug) ?? null];
      entry.daysApart = here === null || there === null ? null : Math.abs(here - there);
      if (entry.daysApart !== null && entry.daysApart <= closeInDays) entry.score += relatedWeights.sameWeek * (1 - entry.daysApart / (closeInDays + 1));
      entry.score = Math.round(entry.score * 1000) / 1000;
    }
    related.set(
      article.slug,
      [...scores.values()].sort((left, right) => right.score - left.score || compareText(left.slug, right.slug)).slice(0, limit),
    );
  }
  return related;
}

/** Days since 1970-01-01 of an ISO date, or null. */
function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
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
