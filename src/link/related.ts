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
  // Articles by their place in `articles`: postings are lists of places, in order.
  const indexes = {
    sharedStatements: invertedIndex(articles, (article) => article.statements ?? []),
    sharedSpeakers: invertedIndex(articles, (article) => article.speakers),
    sharedThemes: invertedIndex(articles, (article) => article.themes),
  };
  const weights = { sharedStatements: relatedWeights.statement, sharedSpeakers: relatedWeights.speaker, sharedThemes: relatedWeights.theme };
  // Each date parsed once: candidates are many, articles few by comparison.
  const days = articles.map((article) => dayNumber(article.date ?? null));
  const related = new Map<string, RelatedArticle[]>();
  const lists = ['sharedStatements', 'sharedSpeakers', 'sharedThemes'] as const;
  // Scores by place, as numbers, and the places reached: a large archive gives an article some
  // thousand candidates, and only the best `limit` are kept, so only theirs are told why.
  const scores = new Float64Array(total);
  const reached: number[] = [];
  articles.forEach((article, place) => {
    const keys = { sharedStatements: [...new Set(article.statements ?? [])], sharedSpeakers: [...new Set(article.speakers)], sharedThemes: [...new Set(article.themes)] };
    for (const list of lists) {
      for (const key of keys[list]) {
        const postings = indexes[list].get(key) ?? [];
        // Inverse frequency: a key every article has adds almost nothing; a statement in two adds its whole weight.
        const worth = list === 'sharedStatements' ? weights[list] : weights[list] * Math.log((total + 1) / postings.length);
        const [start, end] = window(postings, place);
        for (let at = start; at < end; at++) {
          const other = postings[at]!;
          if (other === place) continue;
          if (scores[other] === 0) reached.push(other);
          scores[other] += worth;
        }
      }
    }
    const here = days[place] ?? null;
    const best: Array<{ slug: string; score: number; daysApart: number | null; place: number }> = [];
    // In the order first reached, as the scores were added, so the sums are the same floating-point numbers.
    for (const other of reached) {
      const there = days[other] ?? null;
      const daysApart = here === null || there === null ? null : Math.abs(here - there);
      const sum = scores[other]!;
      const score = Math.round((daysApart !== null && daysApart <= closeInDays ? sum + relatedWeights.sameWeek * (1 - daysApart / (closeInDays + 1)) : sum) * 1000) / 1000;
      keepBest(best, { slug: articles[other]!.slug, score, daysApart, place: other }, limit);
      scores[other] = 0;
    }
    reached.length = 0;
    related.set(
      article.slug,
      best.map(({ slug, score, daysApart, place: other }) => {
        const entry: RelatedArticle = { slug, score, sharedThemes: [], sharedSpeakers: [], sharedStatements: [], daysApart };
        // The keys through which this candidate was reached: those whose window holds it.
        for (const list of lists) {
          for (const key of keys[list]) {
            const postings = indexes[list].get(key) ?? [];
            const [start, end] = window(postings, place);
            const found = binarySearch(postings, other);
            if (found >= start && found < end) entry[list].push(key);
          }
        }
        return entry;
      }),
    );
  });
  return related;
}

/** Best first: the higher score, then the slug. */
const better = (left: { slug: string; score: number }, right: { slug: string; score: number }) => right.score - left.score || compareText(left.slug, right.slug);

/** Puts `entry` in `best` (kept sorted, at most `limit` long) if it is among the best. */
function keepBest<T extends { slug: string; score: number }>(best: T[], entry: T, limit: number): void {
  if (limit <= 0 || (best.length === limit && better(entry, best[limit - 1]!) >= 0)) return;
  let at = best.length;
  while (at > 0 && better(entry, best[at - 1]!) < 0) at--;
  best.splice(at, 0, entry);
  if (best.length > limit) best.pop();
}

/** Days since 1970-01-01 of an ISO date, or null. */
function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
}

/** The part of a key's postings an article looks at: all of a short list, else `candidatesPerKey` around the article. */
function window(postings: number[], place: number): [number, number] {
  if (postings.length <= candidatesPerKey) return [0, postings.length];
  const at = binarySearch(postings, place);
  const start = Math.max(0, Math.min(at - candidatesPerKey / 2, postings.length - candidatesPerKey));
  return [start, start + candidatesPerKey];
}

/** Where `value` is in the ascending list, or -1. */
function binarySearch(list: number[], value: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else if (list[middle]! > value) high = middle - 1;
    else return middle;
  }
  return -1;
}

function invertedIndex(articles: RelatableArticle[], keys: (article: RelatableArticle) => string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  articles.forEach((article, place) => {
    for (const key of new Set(keys(article))) {
      const postings = index.get(key);
      if (postings) postings.push(place);
      else index.set(key, [place]);
    }
  });
  return index;
}
