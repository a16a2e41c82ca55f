// Fits the quotation filter (src/quotes/quote-filter.ts) on PolNeAR's training split and writes
// src/quotes/models/quote-filter.json:
//   npx tsx scripts/train-quote-filter.ts --polnear ../shared/realnews/data/polnear-train.jsonl [--write]
// Every quotation Verbatim decides on is labelled "words" when it covers at least 30% of a gold
// quoted string (a quotation inside an attribution's Content span), "name" otherwise. Prints
// 5-fold cross-validated figures, folds split by article, beside the hand rule's on the same
// quotations, then the in-sample figures of the model fitted on all articles.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { labelProbabilities, type LinearModel } from '../src/language/linear-model.ts';
import { extractArticle } from '../src/extract/article.ts';
import { decides, quotationObserver, ruleCallsItAName, verdictOf, type Verdict } from '../src/quotes/quote-filter.ts';
import { fitLogisticRegression, type Example, type FitOptions } from './logistic-regression.ts';

interface GoldArticle {
  id: string;
  text: string;
  quotes: Array<{ quoted: Array<{ ranges: Array<[number, number]> }> }>;
}

const labels = ['words', 'name'] as const;
type Label = (typeof labels)[number];
const options: FitOptions = { epochs: 12, learningRate: 0.05, regularisation: 0.002, minimumCount: 8, decimals: 3, seed: 7 };

interface Candidate {
  article: number;
  features: string[];
  label: number;
  rule: number;
  verdict: Verdict;
}

const letters = (text: string, start: number, end: number) => {
  let count = 0;
  for (let index = start; index < end; index++) if (/[\p{L}\p{N}]/u.test(text[index]!)) count++;
  return count;
};

/** The quotations of one article with their features, labelled by where they lie in the raw text. */
function candidatesOf(article: GoldArticle, articleIndex: number): Candidate[] {
  const seen: Array<{ text: string; features: string[]; rule: number; verdict: Verdict }> = [];
  quotationObserver.current = (context, features) => seen.push({ text: context.span.text.trim(), features, rule: ruleCallsItAName(context) ? 1 : 0, verdict: verdictOf(context) });
  try {
    extractArticle({ file: `${article.id}.txt`, text: article.text });
  } finally {
    quotationObserver.current = null;
  }
  const gold = article.quotes.flatMap((quote) => quote.quoted.map((quoted) => quoted.ranges));
  let cursor = 0;
  return seen.map((quotation) => {
    // Quotations come in reading order: the next occurrence after the last one found, else any.
    let at = article.text.indexOf(quotation.text, cursor);
    if (at < 0) at = article.text.indexOf(quotation.text);
    if (at >= 0) cursor = at + 1;
    const end = at + quotation.text.length;
    const covers = at >= 0 && gold.some((ranges) => {
      const total = ranges.reduce((sum, [start, stop]) => sum + letters(article.text, start, stop), 0);
      const inside = ranges.reduce((sum, [start, stop]) => sum + (Math.min(stop, end) > Math.max(start, at) ? letters(article.text, Math.max(start, at), Math.min(stop, end)) : 0), 0);
      return total > 0 && inside / total >= 0.3;
    });
    return { article: articleIndex, features: quotation.features, label: covers ? 0 : 1, rule: quotation.rule, verdict: quotation.verdict };
  });
}

interface Figures {
  precision: number;
  recall: number;
  f1: number;
}
/** Precision and recall of keeping ("words") against the labels. */
function figures(gold: number[], kept: boolean[]): Figures {
  let tp = 0, fp = 0, fn = 0;
  gold.forEach((label, index) => {
    if (kept[index] && label === 0) tp++;
    else if (kept[index]) fp++;
    else if (label === 0) fn++;
  });
  const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}
const show = (name: string, { precision, recall, f1 }: Figures) =>
  console.log(`${name.padEnd(34)} P=${(100 * precision).toFixed(1)} R=${(100 * recall).toFixed(1)} F1=${(100 * f1).toFixed(1)}`);
const probability = (model: LinearModel<Label>, candidate: Candidate) => labelProbabilities(model, candidate.features)[0]!;
const keeps = (model: LinearModel<Label>, candidate: Candidate) => probability(model, candidate) >= 0.5;
/** As the build decides: a quotation the rule calls a name is kept only when a speaker is named. */
const keepsGated = (model: LinearModel<Label>, candidate: Candidate) => decides(probability(model, candidate), candidate.verdict);
const fit = (examples: Candidate[]) => fitLogisticRegression<Label>([...labels], examples.map((candidate): Example => ({ features: candidate.features, label: candidate.label })), options);

function main(): void {
  const { values } = parseArgs({ options: { polnear: { type: 'string' }, write: { type: 'boolean', default: false } } });
  if (!values.polnear) throw new Error('usage: train-quote-filter.ts --polnear polnear-train.jsonl [--write]');
  const articles = readFileSync(values.polnear, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GoldArticle);
  const candidates = articles.flatMap((article, index) => candidatesOf(article, index));
  console.log(`${articles.length} articles, ${candidates.length} quotations, ${candidates.filter((candidate) => candidate.label === 0).length} of them somebody's words`);

  // Five folds by article: every quotation of an article is in the same fold.
  const folds = 5;
  const crossKept: boolean[] = new Array(candidates.length).fill(false);
  const crossGated: boolean[] = new Array(candidates.length).fill(false);
  for (let fold = 0; fold < folds; fold++) {
    const model = fit(candidates.filter((candidate) => candidate.article % folds !== fold));
    candidates.forEach((candidate, index) => {
      if (candidate.article % folds !== fold) return;
      crossKept[index] = keeps(model, candidate);
      crossGated[index] = keepsGated(model, candidate);
    });
  }
  const gold = candidates.map((candidate) => candidate.label);
  show('hand rule (isScareQuote)', figures(gold, candidates.map((candidate) => candidate.rule === 0)));
  show('model alone, 5-fold by article', figures(gold, crossKept));
  show('model and gate, 5-fold by article', figures(gold, crossGated));
  const model = fit(candidates);
  show('model alone, in-sample', figures(gold, candidates.map((candidate) => keeps(model, candidate))));
  show('model and gate, in-sample', figures(gold, candidates.map((candidate) => keepsGated(model, candidate))));
  if (values.write) {
    const target = fileURLToPath(new URL('../src/quotes/models/quote-filter.json', import.meta.url));
    writeFileSync(target, `${JSON.stringify(model, null, 0).replace(/\],"/g, '],\n"')}\n`);
    console.log(`wrote ${target} (${Object.keys(model.weights).length} features)`);
  }
}

main();
