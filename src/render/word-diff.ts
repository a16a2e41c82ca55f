// Two wordings of one statement, word by word (jsdiff's diffWords): what one outlet printed that
// the other did not, and what it left out. Punctuation and case count: they are what was printed.
import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** `wording` against `reference`: its words in order, with the reference's words it lacks as "removed". */
export function wordDiff(reference: string, wording: string): DiffPart[] {
  return diffWords(reference, wording).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}
