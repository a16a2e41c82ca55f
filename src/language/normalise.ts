// The one spelling every lexicon key and every lookup goes through, so that "Élodie", "ELODIE"
// and "élodie" meet: lower case, accents stripped (NFD, combining marks removed).

/** `word` lower-cased with its accents stripped: the key form of the name lexicon and the typer. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
