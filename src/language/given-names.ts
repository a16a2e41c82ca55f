// Given names from many registers with their usual gender: a Map lookup over the derived file
// models/given-names.json (built by scripts/build-given-names.ts from gender-detection-from-name).
import { foldWord } from './normalise.ts';
import lexicon from './models/given-names.json' with { type: 'json' };

export type NameGender = 'male' | 'female' | 'unknown';

const genderOfName = new Map<string, NameGender>();
for (const gender of ['male', 'female', 'unknown'] as const) {
  for (const name of lexicon[gender].split(' ')) if (name) genderOfName.set(name, gender);
}

/**
 * The usual gender of a given name, case- and accent-insensitively: 'unknown' for a name the
 * registers disagree on (unisex), null for a word that is not a known given name.
 */
export function givenNameGender(word: string): NameGender | null {
  return genderOfName.get(foldWord(word)) ?? null;
}

/** Whether `word` is a known given name in any register. */
export function isGivenName(word: string): boolean {
  return genderOfName.has(foldWord(word));
}
