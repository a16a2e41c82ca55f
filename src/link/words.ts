// Words as the link stage compares them: folded to ASCII lower case, function words out, each
// reduced to its Porter stem (the `stemmer` package), so "weapons" meets "weapon" and
// "negotiations" meets "negotiate". Rarity is counted over the corpus's own sentences.
import { stemmer } from 'stemmer';

/** Function words: they carry no topic and no statement's identity. */
export const stopWords = new Set(
  (
    'a an the and or but nor if of to in on at for with by from into onto over under about after before between during through against ' +
    'that this these those it its is are was were be been being am has have had having will would shall should can could may might must ' +
    'not no as than then so too very also just only even such there here what which who whom whose when where why how ' +
    'i me my we us our you your he him his she her they them their do does did done doing ' +
    'all any each every some more most other another own same both either neither one ones up out off again further once'
  ).split(' '),
);

/**
 * Words that turn a statement round: "our ports will handle grain" and "our ports will not handle
 * grain" share every content word and say opposite things.
 */
const negationPattern = /\b(?:not|no|never|nobody|nothing|none|neither|nor|cannot|no one|without)\b|n['’]t\b/i;

export function isNegated(text: string): boolean {
  return negationPattern.test(text);
}

/** Letters and digits, accents removed: "Süddeutsche" → "suddeutsche". */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

const stems = new Map<string, string>();

/** The Porter stem of a folded word, memoised (a corpus repeats its words). */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** The stems of a text's content words, in order. */
export function contentStems(text: string): string[] {
  return foldedWords(text)
    .filter((word) => !stopWords.has(word))
    .map(stemOf);
}

/** A text's sentences, as printed: split after ".", "!", "?" or "…" followed by white space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * How rare each stem is in the corpus: the share of the corpus's sentences holding it, as an
 * inverse document frequency. Counting sentences, not articles, gives a small archive enough
 * documents to tell "ukraine" (in half of them) from "permanently" (in two).
 */
export interface Rarity {
  sentences: number;
  frequency: Map<string, number>;
}

/**
 * One article's part of the corpus's rarity: its sentences, and how many of them hold each stem.
 * Counted beside the extraction (in a worker, and cached), so the link stage only adds them up.
 */
export interface SentenceCounts {
  sentences: number;
  /** Each stem, and beside it in `counts` how many sentences hold it: two lists, not a pair per stem, as they cross threads and wait in memory for the link stage. */
  stems: string[];
  counts: number[];
}

export function sentenceCounts(texts: string[]): SentenceCounts {
  const counts = new Map<string, number>();
  let sentences = 0;
  const seen = new Set<string>();
  for (const text of texts) {
    // Folded once per text, then split: the same words as folding each sentence, at a fraction of the cost.
    for (const sentence of sentencesOf(fold(text))) {
      sentences++;
      seen.clear();
      for (const word of sentence.match(/[a-z0-9]+/g) ?? []) {
        if (stopWords.has(word)) continue;
        const stem = stemOf(word);
        if (seen.has(stem)) continue;
        seen.add(stem);
        counts.set(stem, (counts.get(stem) ?? 0) + 1);
      }
    }
  }
  return { sentences, stems: [...counts.keys()], counts: [...counts.values()] };
}

export function mergeRarity(parts: Iterable<SentenceCounts>): Rarity {
  const frequency = new Map<string, number>();
  let sentences = 0;
  for (const part of parts) {
    sentences += part.sentences;
    part.stems.forEach((stem, index) => frequency.set(stem, (frequency.get(stem) ?? 0) + part.counts[index]!));
  }
  return { sentences, frequency };
}

export function corpusRarity(texts: Iterable<string>): Rarity {
  return mergeRarity([sentenceCounts([...texts])]);
}

/** Smoothed inverse frequency: a stem the corpus never saw weighs most, one in every sentence weighs 1. */
export function weightOf(rarity: Rarity, stem: string): number {
  return Math.log((rarity.sentences + 1) / ((rarity.frequency.get(stem) ?? 0) + 1)) + 1;
}
