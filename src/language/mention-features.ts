// The features of a name-like mention, computed from the running text and the mention's character
// span alone, so that training on GUM and typing at run time see exactly the same thing.
import { givenNameGender } from './given-names.ts';
import { foldWord } from './normalise.ts';

// Words (with inner apostrophes, dots, hyphens and ampersands) and single punctuation marks.
const tokenPattern = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const determiners = new Set(['the', 'a', 'an']);
const sentenceEnds = new Set(['.', '!', '?', ':', ';']);
const quotes = new Set(['"', "'"]);

/** The tokens of `text`, curly quotes written straight so that both spellings share weights. */
function tokens(text: string): string[] {
  return (text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").match(tokenPattern) ?? []);
}

/** Whether a span after these tokens opens a sentence: after a full stop, or a quote that opens one. */
function opensSentence(before: string[]): boolean {
  const previous = before.at(-1);
  if (previous === undefined || sentenceEnds.has(previous)) return true;
  if (!quotes.has(previous)) return false;
  const beforeQuote = before.at(-2);
  return beforeQuote === undefined || sentenceEnds.has(beforeQuote);
}

/** "Xx" for "Obama", "X" for "A", "XX" for "NASA", "x" for "of", "d" for "2016", "X." for "J." */
function shape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/[\p{Ll}\p{Lo}]/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1');
}

function isWord(token: string): boolean {
  return /^[\p{L}\p{N}]/u.test(token);
}

/**
 * How a word is usually written inside a sentence, as counted in the training text: 'lower' for
 * words mostly written in lower case ("in", "hours"), 'capitalised' for words mostly capitalised
 * where no sentence start forces it (names), 'mixed' for both; null for a word not seen often.
 */
export type WordCase = (foldedWord: string) => 'lower' | 'capitalised' | 'mixed' | null;

/** Folded words by how they are usually written, each list one space-separated string. */
export type WordCases = Record<'lower' | 'capitalised' | 'mixed', string>;

/** The word-case lookup that a profile describes. */
export function wordCaseLookup(wordCases: WordCases): WordCase {
  const caseOf = new Map<string, 'lower' | 'capitalised' | 'mixed'>();
  for (const wordCase of ['lower', 'capitalised', 'mixed'] as const) for (const word of wordCases[wordCase].split(' ')) if (word) caseOf.set(word, wordCase);
  return (word) => caseOf.get(word) ?? null;
}

/** Feature names of the mention text.slice(start, end) in its context; duplicates are harmless. */
export function mentionFeatures(text: string, start: number, end: number, wordCase: WordCase): string[] {
  const spanTokens = tokens(text.slice(start, end));
  const words = spanTokens.filter(isWord);
  const folded = words.map(foldWord);
  const before = tokens(text.slice(Math.max(0, start - 40), start)).slice(-2).map(foldWord);
  const afterText = text.slice(end, end + 40);
  const after = tokens(afterText).slice(0, 2).map(foldWord);
  const features = ['bias', `words:${Math.min(words.length, 5)}`];

  for (const word of folded) features.push(`word:${word}`);
  const first = folded[0] ?? '';
  const last = folded.at(-1) ?? '';
  features.push(`first:${first}`, `last:${last}`, `suffix3:${last.slice(-3)}`, `suffix4:${last.slice(-4)}`);
  features.push(`shape:${spanTokens.slice(0, 4).map(shape).join('_')}`);
  for (const word of words) {
    if (/^\p{Lu}{2,}$/u.test(word)) features.push('all-caps-word');
    if (/^\p{Ll}/u.test(word)) features.push(`lower-word:${foldWord(word)}`);
    if (/\p{N}/u.test(word)) features.push('digit');
  }
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!)) features.push('acronym');
  if (determiners.has(first)) features.push('starts-with-determiner');
  // A capitalised word that is usually written in lower case ("In", "Should", "Hours") names nothing.
  const cases = folded.map((word) => wordCase(word) ?? 'unseen');
  for (const wordCaseName of cases) features.push(`case:${wordCaseName}`);
  features.push(`first-case:${cases[0] ?? 'unseen'}`, `last-case:${cases.at(-1) ?? 'unseen'}`);
  if (cases.every((wordCaseName) => wordCaseName === 'lower')) features.push('all-words-lower-case');

  // A given name opening the span ("Mike Wipf"), or standing alone ("Mike"), and of which gender.
  const nameWords = determiners.has(first) ? folded.slice(1) : folded;
  const firstGender = nameWords[0] ? givenNameGender(nameWords[0]) : null;
  if (firstGender) features.push(`${nameWords.length > 1 ? 'given-first' : 'given-alone'}:${firstGender}`);
  if (nameWords.length > 1 && givenNameGender(nameWords.at(-1)!)) features.push('given-last');

  features.push(`previous:${before.at(-1) ?? '<s>'}`, `previous2:${before.length > 1 ? before[0] : '<s>'}`);
  features.push(`next:${after[0] ?? '</s>'}`, `next2:${after[1] ?? '</s>'}`);
  features.push(`previous-next:${before.at(-1) ?? '<s>'}|${after[0] ?? '</s>'}`);
  if (opensSentence(before)) features.push('opens-sentence');
  if (/^['’]s\b/u.test(afterText)) features.push('possessive');
  // "X, a company that…", "X, the party's spokesman": the appositive's noun says what X is.
  const appositive = /^\s*,\s*(?:(?:a|an|the)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(afterText);
  if (appositive) {
    features.push(`appositive:${foldWord(appositive[1]!)}`);
    if (appositive[2]) features.push(`appositive2:${foldWord(appositive[2])}`);
  }
  return features;
}
