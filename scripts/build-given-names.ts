// Builds src/language/models/given-names.json from the installed package
// gender-detection-from-name (MIT; given names of English, Spanish, French, Italian, German and
// Turkish registers, each with a gender). It ships its data as JavaScript Maps, one per language,
// that are slow to load and disagree with each other, so the runtime reads this compact derived
// file instead: every name folded (lower case, no accents) once. A register may list a name under
// both genders (the French one lists "adam" among girls too, and a JavaScript Map keeps only the
// last entry), so the files are read as text, pair by pair. A name takes a gender when every
// register that gives it one gender gives the same; otherwise ("andrea": female in English, male in
// Italian; or listed under both everywhere) it is kept as 'unknown'.
// Function words that the baby-name registers also list ("the", "said", "can") are dropped, using
// the English stop-word list of the package stopword (MIT).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldWord } from '../src/language/normalise.ts';

const require = createRequire(import.meta.url);
const languages = ['en', 'es', 'fr', 'it', 'de', 'tr'];
const stopWords = new Set<string>((require('stopword') as { eng: string[] }).eng.map(foldWord));

// name → register → the genders that register lists it under
const registers = new Map<string, Map<string, Set<string>>>();
for (const language of languages) {
  const source = readFileSync(require.resolve(`gender-detection-from-name/names/${language}.js`), 'utf8');
  for (const [, name, gender] of source.matchAll(/\['([^']+)',\s*'(male|female)'\]/g)) {
    const key = foldWord(name!);
    if (!/^\p{L}[\p{L}'’-]*$/u.test(key) || stopWords.has(key)) continue;
    if (!registers.has(key)) registers.set(key, new Map());
    const byRegister = registers.get(key)!;
    if (!byRegister.has(language)) byRegister.set(language, new Set());
    byRegister.get(language)!.add(gender!);
  }
}

function genderOf(byRegister: Map<string, Set<string>>): 'male' | 'female' | 'unknown' {
  const decided = new Set([...byRegister.values()].filter((genders) => genders.size === 1).map((genders) => [...genders][0]!));
  return decided.size === 1 ? ([...decided][0] as 'male' | 'female') : 'unknown';
}

const byGender: Record<'male' | 'female' | 'unknown', string[]> = { male: [], female: [], unknown: [] };
for (const name of [...registers.keys()].sort()) byGender[genderOf(registers.get(name)!)].push(name);

// One space-separated string per gender keeps the file small and quick to parse.
const output = fileURLToPath(new URL('../src/language/models/given-names.json', import.meta.url));
const model = {
  source: 'gender-detection-from-name 1.11.5 (MIT), filtered by stopword 3.1.5 English (MIT)',
  male: byGender.male.join(' '),
  female: byGender.female.join(' '),
  unknown: byGender.unknown.join(' '),
};
writeFileSync(output, JSON.stringify(model, null, 1) + '\n');
console.log(`given names: ${byGender.male.length} male, ${byGender.female.length} female, ${byGender.unknown.length} unknown → ${output}`);
