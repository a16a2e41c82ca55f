// Scores the grouping of statements across outlets against a hand-made `statements.expected.json`:
// groups of quotes (each named by its file and a piece of its text) that are one statement. Every
// pair of quotes in two articles inside one group should be grouped (recall); every pair grouped
// should be inside one group (precision). Pairs, not groups, so one wrong link costs one pair.
import type { Article } from '../types.ts';

export interface ExpectedStatementQuote {
  file: string;
  /** A piece of the quote's text, enough to tell it from the article's other quotes. */
  quote: string;
}

export interface ExpectedStatements {
  groups: ExpectedStatementQuote[][];
}

export interface StatementScore {
  expectedPairs: number;
  foundPairs: number;
  rightPairs: number;
  precision: number;
  recall: number;
  /** Pairs expected and not grouped, and pairs grouped and not expected, as "text ↔ text". */
  missed: string[];
  spurious: string[];
  /** Expected quotes no article holds. */
  unknown: string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
const pairKey = (left: string, right: string) => (left < right ? `${left} ${right}` : `${right} ${left}`);

export function scoreStatements(articles: Article[], expected: ExpectedStatements): StatementScore {
  const quoteText = new Map(articles.flatMap((article) => article.quotes.map((quote) => [quote.id, quote.text] as const)));
  const articleOf = new Map(articles.flatMap((article) => article.quotes.map((quote) => [quote.id, article.file] as const)));
  const unknown: string[] = [];
  const gold = new Set<string>();
  for (const group of expected.groups) {
    const ids = group.flatMap(({ file, quote }) => {
      const article = articles.find((candidate) => candidate.file === file);
      const found = article?.quotes.find((candidate) => normalise(candidate.text).includes(normalise(quote)));
      if (!found) unknown.push(`${file}: ${quote}`);
      return found ? [found.id] : [];
    });
    for (const left of ids) for (const right of ids) if (left < right && articleOf.get(left) !== articleOf.get(right)) gold.add(pairKey(left, right));
  }
  const found = new Set<string>();
  for (const article of articles) for (const quote of article.quotes) for (const other of quote.sameAs) found.add(pairKey(quote.id, other));
  const describe = (key: string) => key.split(' ').map((id) => `"${abbreviate(quoteText.get(id) ?? id)}"`).join(' ↔ ');
  const right = [...found].filter((key) => gold.has(key)).length;
  return {
    expectedPairs: gold.size,
    foundPairs: found.size,
    rightPairs: right,
    precision: found.size === 0 ? 1 : right / found.size,
    recall: gold.size === 0 ? 1 : right / gold.size,
    missed: [...gold].filter((key) => !found.has(key)).sort().map(describe),
    spurious: [...found].filter((key) => !gold.has(key)).sort().map(describe),
    unknown,
  };
}

function abbreviate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function formatStatementScore(name: string, score: StatementScore): string {
  const lines = [
    `statements across outlets (${name}): precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  (${score.rightPairs} of ${score.foundPairs} grouped pairs right, ${score.expectedPairs} expected)`,
  ];
  for (const text of score.missed) lines.push(`    not grouped:   ${text}`);
  for (const text of score.spurious) lines.push(`    wrongly grouped: ${text}`);
  for (const text of score.unknown) lines.push(`    no such quote: ${text}`);
  return lines.join('\n');
}
