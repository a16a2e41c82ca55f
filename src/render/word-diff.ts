// Two wordings of one statement, word by word (jsdiff's diffWords): what one outlet printed that
// the other did not, and what it left out. Punctuation and case count: they are what was printed.
import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** `wording` against `reference`: its words in order, with the reference's words it lacks as "removed". */
export function wordDiff(reference: string, wording: string): DiffPart[] {
  const parts: DiffPart[] = diffWords(reference, wording).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
  // A replacement is shown as the struck words, then the new ones: the space between them is the
  // reader's, not either wording's ("are able to can" would otherwise print as "are able tocan").
  return parts.map((part, index) => {
    const next = parts[index + 1];
    const replaced = next !== undefined && part.change !== 'same' && next.change !== 'same' && next.change !== part.change;
    return replaced && !/\s$/.test(part.text) && !/^\s/.test(next.text) ? { ...part, text: `${part.text} ` } : part;
  });
}
