// The scorer behind `npm run eval`: builds a folder's articles up to the link stage and
// compares them with hand-made *.expected.json files. Quotes match when 80% of their words
// agree (the overlap measure used by published quote-extraction benchmarks).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultConfig } from '../config/config.ts';
import { linkCorpus } from '../link/corpus.ts';
import { extractFolder } from '../site/pool.ts';
import { pronouns } from '../speakers/vocabulary.ts';
import type { Article } from '../types.ts';
import { type ExpectedStatements, formatStatementScore, scoreStatements, type StatementScore } from './statements.ts';

/** Beside the per-article expectations, the statements that several articles share. */
export const statementsFile = 'statements.expected.json';

export interface ExpectedQuote {
  text: string;
  speaker: string | null;
  partial?: boolean;
  unmarked?: boolean;
}

export interface Expected {
  title?: string;
  sources?: string[];
  publisher?: string | null;
  date?: string | null;
  byline?: string | null;
  quotes: ExpectedQuote[];
  mustContain?: string[];
  mustNotContain?: string[];
}

export interface ArticleScore {
  file: string;
  expectedQuotes: number;
  foundQuotes: number;
  matched: number;
  attributedRight: number;
  partialRight: number;
  pronounSpeakers: number;
  wrongPeople: string[];
  missed: string[];
  spurious: string[];
  misattributed: string[];
  metadataRight: number;
  metadataTotal: number;
  metadataWrong: string[];
  cleaningRight: number;
  cleaningTotal: number;
  cleaningWrong: string[];
  /** Matched quotes by how their speaker was found: [attributed right, matched]. */
  byMethod: Record<AttributionMethod, [number, number]>;
}

/** How a speaker was found, as the report names it: "explicit" is found by name. */
export type AttributionMethod = 'name' | 'pronoun' | 'role' | 'continuation' | 'none';
export const attributionMethods: AttributionMethod[] = ['name', 'pronoun', 'role', 'continuation', 'none'];
const methodOf = (attribution: string | undefined): AttributionMethod => (attribution === 'explicit' ? 'name' : attributionMethods.includes(attribution as AttributionMethod) ? (attribution as AttributionMethod) : 'none');

export const overlapThreshold = 0.8;

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const sameName = (left: string | null | undefined, right: string | null | undefined) =>
  (left ?? '').trim() !== '' || (right ?? '').trim() !== ''
    ? fold(left ?? '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === fold(right ?? '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    : true;

/** Share of words two quotes have in common, over the longer of the two. */
export function quoteOverlap(left: string, right: string): number {
  const leftWords = wordsOf(left);
  const rightWords = wordsOf(right);
  const counts = new Map<string, number>();
  for (const word of rightWords) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of leftWords) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return shared / Math.max(leftWords.length, rightWords.length, 1);
}

export function scoreArticle(article: Article, expected: Expected, personNames: Set<string>): ArticleScore {
  const used = new Set<number>();
  let matched = 0;
  let attributedRight = 0;
  let partialRight = 0;
  const missed: string[] = [];
  const misattributed: string[] = [];
  const wrongPeople: string[] = [];
  const byMethod = Object.fromEntries(attributionMethods.map((method) => [method, [0, 0]])) as Record<AttributionMethod, [number, number]>;
  for (const gold of expected.quotes) {
    let best = -1;
    let bestScore = overlapThreshold;
    article.quotes.forEach((quote, index) => {
      if (used.has(index)) return;
      const score = quoteOverlap(gold.text, quote.text);
      if (score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best === -1) {
      missed.push(gold.text);
      continue;
    }
    used.add(best);
    matched++;
    const found = article.quotes[best]!;
    const method = byMethod[methodOf(found.attribution)];
    method[1]++;
    if (sameName(found.speaker, gold.speaker)) {
      attributedRight++;
      method[0]++;
    } else {
      misattributed.push(`${abbreviate(gold.text)} → ${found.speaker ?? 'nobody'} (expected ${gold.speaker ?? 'nobody'})`);
      if (found.speaker && personNames.has(found.speaker) && gold.speaker) wrongPeople.push(`${found.speaker} for ${gold.speaker}`);
    }
    if ((gold.partial ?? false) === found.partial) partialRight++;
  }
  const spurious = article.quotes.filter((_, index) => !used.has(index)).map((quote) => quote.text);
  const metadata: Array<[string, unknown, unknown]> = [];
  if (expected.title !== undefined) metadata.push(['title', article.title, expected.title]);
  if (expected.sources !== undefined) metadata.push(['sources', article.sources.map(fold).join('|'), expected.sources.map(fold).join('|')]);
  if (expected.publisher !== undefined) metadata.push(['publisher', article.publisher && fold(article.publisher), expected.publisher && fold(expected.publisher)]);
  if (expected.date !== undefined) metadata.push(['date', article.date, expected.date]);
  if (expected.byline !== undefined) metadata.push(['byline', article.byline, expected.byline]);
  const metadataWrong = metadata.filter(([, found, want]) => found !== want).map(([field, found, want]) => `${field}: ${JSON.stringify(found)} (expected ${JSON.stringify(want)})`);
  const body = article.body.replace(/\s+/g, ' ');
  const checks = [
    ...(expected.mustContain ?? []).map((text) => ({ text, ok: body.includes(text.replace(/\s+/g, ' ')), label: 'missing' })),
    ...(expected.mustNotContain ?? []).map((text) => ({ text, ok: !body.includes(text.replace(/\s+/g, ' ')), label: 'left in' })),
  ];
  return {
    file: article.file,
    expectedQuotes: expected.quotes.length,
    foundQuotes: article.quotes.length,
    matched,
    attributedRight,
    partialRight,
    pronounSpeakers: article.quotes.filter((quote) => quote.speaker && pronouns[quote.speaker.toLowerCase()]).length,
    wrongPeople,
    missed,
    spurious,
    misattributed,
    metadataRight: metadata.length - metadataWrong.length,
    metadataTotal: metadata.length,
    metadataWrong,
    cleaningRight: checks.filter((check) => check.ok).length,
    cleaningTotal: checks.length,
    cleaningWrong: checks.filter((check) => !check.ok).map((check) => `${check.label}: ${abbreviate(check.text)}`),
    byMethod,
  };
}

export interface Report {
  articles: ArticleScore[];
  /** The grouping of statements across articles, where the folder has a statements file. */
  statements?: StatementScore;
}

export async function evaluateFolder(input: string, expectedFolder: string): Promise<Report> {
  const listing = await readdir(expectedFolder);
  const expectedFiles = listing.filter((file) => file.endsWith('.expected.json') && file !== statementsFile).sort();
  const { articles: extracted } = await extractFolder(input);
  const corpus = linkCorpus(extracted, defaultConfig);
  const personNames = new Set(corpus.speakers.filter((speaker) => speaker.person).map((speaker) => speaker.name));
  const scores: ArticleScore[] = [];
  for (const expectedFile of expectedFiles) {
    const stem = expectedFile.replace(/\.expected\.json$/, '');
    const article = corpus.articles.find((candidate) => candidate.file.replace(/\.(?:txt|md)$/i, '') === stem);
    if (!article) throw new Error(`${path.join(expectedFolder, expectedFile)}:1:1: no article ${stem}.txt or ${stem}.md in ${input}`);
    const expected = JSON.parse(await readFile(path.join(expectedFolder, expectedFile), 'utf8')) as Expected;
    scores.push(scoreArticle(article, expected, personNames));
  }
  if (!listing.includes(statementsFile)) return { articles: scores };
  const expectedStatements = JSON.parse(await readFile(path.join(expectedFolder, statementsFile), 'utf8')) as ExpectedStatements;
  return { articles: scores, statements: scoreStatements(corpus.articles, expectedStatements) };
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
  attribution: number;
  endToEndF1: number;
  partial: number;
  metadata: number;
  cleaning: number;
  pronounSpeakers: number;
  wrongPeople: number;
  byMethod: Record<AttributionMethod, [number, number]>;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const harmonic = (left: number, right: number) => (left + right === 0 ? 0 : (2 * left * right) / (left + right));

export function totals(scores: ArticleScore[]): Totals {
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const expected = sum((score) => score.expectedQuotes);
  const found = sum((score) => score.foundQuotes);
  const matched = sum((score) => score.matched);
  const right = sum((score) => score.attributedRight);
  const precision = ratio(matched, found);
  const recall = ratio(matched, expected);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    attribution: ratio(right, matched),
    endToEndF1: harmonic(ratio(right, found), ratio(right, expected)),
    partial: ratio(sum((score) => score.partialRight), matched),
    metadata: ratio(sum((score) => score.metadataRight), sum((score) => score.metadataTotal)),
    cleaning: ratio(sum((score) => score.cleaningRight), sum((score) => score.cleaningTotal)),
    pronounSpeakers: sum((score) => score.pronounSpeakers),
    wrongPeople: sum((score) => score.wrongPeople.length),
    byMethod: Object.fromEntries(attributionMethods.map((method) => [method, [sum((score) => score.byMethod[method][0]), sum((score) => score.byMethod[method][1])]])) as Record<AttributionMethod, [number, number]>,
  };
}

const fixed = (value: number) => value.toFixed(3);
function abbreviate(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}

export function formatReport(report: Report): string {
  const lines = ['file                                   P      R      F1     attr   e2e-F1 meta   clean', ''];
  for (const score of report.articles) {
    const own = totals([score]);
    lines.push(`${score.file.padEnd(38)} ${fixed(own.precision)}  ${fixed(own.recall)}  ${fixed(own.f1)}  ${fixed(own.attribution)}  ${fixed(own.endToEndF1)}  ${fixed(own.metadata)}  ${fixed(own.cleaning)}`);
    for (const text of score.missed) lines.push(`    missed:        ${abbreviate(text)}`);
    for (const text of score.spurious) lines.push(`    not expected:  ${abbreviate(text)}`);
    for (const text of score.misattributed) lines.push(`    misattributed: ${text}`);
    for (const text of score.metadataWrong) lines.push(`    metadata:      ${text}`);
    for (const text of score.cleaningWrong) lines.push(`    cleaning:      ${text}`);
  }
  const all = totals(report.articles);
  lines.push('');
  lines.push(`articles ${report.articles.length}, expected quotes ${report.articles.reduce((sum, score) => sum + score.expectedQuotes, 0)}, found ${report.articles.reduce((sum, score) => sum + score.foundQuotes, 0)}`);
  lines.push(`quote precision ${fixed(all.precision)}  recall ${fixed(all.recall)}  F1 ${fixed(all.f1)}`);
  lines.push(`attribution accuracy ${fixed(all.attribution)}  end-to-end F1 ${fixed(all.endToEndF1)}  partial flag accuracy ${fixed(all.partial)}`);
  const methods = attributionMethods.filter((method) => all.byMethod[method][1] > 0).map((method) => `${method} ${fixed(ratio(...all.byMethod[method]))} (${all.byMethod[method][0]}/${all.byMethod[method][1]})`);
  lines.push(`attribution by how the speaker was found: ${methods.join(', ')}`);
  lines.push(`metadata accuracy ${fixed(all.metadata)}  cleaning checks ${fixed(all.cleaning)}`);
  lines.push(`quotes attributed to a pronoun: ${all.pronounSpeakers}  wrong person named: ${all.wrongPeople}`);
  if (report.statements) lines.push(formatStatementScore('this folder', report.statements));
  return lines.join('\n');
}
