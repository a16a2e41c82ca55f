// Where a speaker is named: a phrase such as "Polish Foreign Minister Adam Nowak" or
// "Finland's president, Elina Virtanen," becomes a name and a role, kept apart.
import { givenNameGender } from '../language/given-names.ts';
import { typeMention } from '../language/mention-type.ts';
import { genderedTitles, givenNameEndings, givenNames, honorifics, notNames, roleNouns } from './vocabulary.ts';

// Role nouns as runs of words ("front-runner" is "front runner"), looked up word by word: one
// pass over the phrase, where an alternation of every noun would be tried at every character.
const roleNounRuns = new Set(roleNouns.map((noun) => noun.replace(/-/g, ' ')));
const longestRoleNoun = Math.max(...[...roleNounRuns].map((noun) => noun.split(' ').length));

/** The role noun at the head of a phrase, longest first: "secretary general", not "general". */
export function roleHead(phrase: string): string | null {
  const words = phrase.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  let longest: string | null = null;
  for (let start = 0; start < words.length; start++) {
    let run = '';
    for (let length = 1; length <= longestRoleNoun && start + length <= words.length; length++) {
      run = length === 1 ? words[start]! : `${run} ${words[start + length - 1]}`;
      if (roleNounRuns.has(run) && (!longest || run.length > longest.length)) longest = run;
    }
  }
  return longest;
}
import type { Person } from '../types.ts';

const titleWords = new Set(
  [...honorifics, ...roleNouns].flatMap((entry) => entry.split(/[\s-]+/)).map((word) => word.replace(/\.$/, '')),
);
const maleNames = new Set(givenNames.male);
const femaleNames = new Set(givenNames.female);
// Lower-case words that may stand inside a name: "Ursula von der Leyen", "Luiz Inácio da Silva".
const nameParticles = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'bin', 'al', 'ter', 'dos', 'du', 'ibn', 'bint', 'abu', 'das', 'do', 'af', 'zu']);

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}[\p{L}’'.-]*$/u.test(word) && !/['’]s$/u.test(word) && !/-based$/.test(word);
}

function isAcronym(word: string): boolean {
  // "T." in "Gregory T. Angelo" is an initial, not an acronym.
  return word.length > 1 && /^[\p{Lu}\d.-]+$/u.test(word) && !/^\p{Lu}\.$/u.test(word);
}

const agentNounEnding = /^\p{Lu}[\p{Ll}-]+(?:ist|ian|ogist|grapher|er|or|ant|ent|man|woman|eer)$/u;

function isAgentNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return agentNounEnding.test(word) && !maleNames.has(lower) && !femaleNames.has(lower);
}

export function isTitleWord(word: string): boolean {
  const parts = word.toLowerCase().replace(/\.$/, '').split('-');
  return parts.every((part) => titleWords.has(part));
}

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Trim the commas, dashes and articles that hang off a phrase cut from a sentence. */
export function tidyPhrase(phrase: string): string {
  return normalizeWhitespace(phrase)
    // "Zdeněk Kratochvíl (Civic Alliance)": a party or acronym in brackets is not part of the name.
    .replace(/\s*\([^)]*\)?/g, '')
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
    .trim();
}

export interface NamedPerson {
  name: string;
  role: string | null;
  gender: Person['gender'];
  /** Only the shape of the words says it is a person ("Deutsche Fernbahn" could be a company). */
  uncertain: boolean;
}

/**
 * The person a phrase names, if it names one: the last run of capitalised words that are not
 * titles, with the titles and appositives around it as the role.
 */
export function parsePersonPhrase(phrase: string): NamedPerson | null {
  const segments = tidyPhrase(phrase)
    .split(/\s*,\s*/)
    .filter(Boolean);
  for (let index = 0; index < segments.length; index++) {
    const found = nameInSegment(segments[index]!);
    if (!found) continue;
    const appositive = segments.filter((_, other) => other !== index).map(stripArticle).join(', ');
    const role = tidyPhrase([appositive || found.title].filter(Boolean).join(', ')) || null;
    const gender = genderOf(found.name, `${found.title} ${appositive}`);
    return { name: found.name, role, gender, uncertain: found.uncertain && !role };
  }
  return null;
}

function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

function nameInSegment(whole: string): FoundName | null {
  // "Javier Ruano of the opposition Green Bloc": the affiliation after "of" is not part of the name.
  const [segment, affiliation] = splitAffiliation(whole);
  const found = nameInWords(segment);
  return found && affiliation ? { ...found, title: tidyPhrase(`${found.title} ${affiliation}`) } : found;
}

function splitAffiliation(segment: string): [string, string | null] {
  const match = /^(.*?\p{Lu}[\p{L}’'-]+)\s+((?:of|from|at|for)\s+(?:the\s+)?.*)$/u.exec(segment);
  return match && nameInWords(match[1]!) ? [match[1]!, match[2]!] : [segment, null];
}

interface FoundName {
  name: string;
  title: string;
  uncertain: boolean;
}

function nameInWords(segment: string): FoundName | null {
  const words = segment.split(/\s+/);
  let start = words.length;
  while (start > 0) {
    const word = words[start - 1]!;
    const lower = word.toLowerCase();
    const insideName = start < words.length && nameParticles.has(lower);
    // "… School District Superintendent Mark Delgado": an agent noun before a two-word name ends it.
    const agentBeforeName = words.length - start >= 2 && isAgentNoun(word);
    if (insideName || (isCapitalized(word) && !isTitleWord(word) && !isAcronym(word) && !notNames.has(lower) && !agentBeforeName)) start--;
    else break;
  }
  // A lower-case particle does not open a name; a capitalised one does ("Al Cardenas", "De Niro").
  while (start < words.length && nameParticles.has(words[start]!)) start++;
  // "Geologist Tomás Iturbe Salgado": a capitalised agent noun opening a long run is a title.
  if (words.length - start >= 3 && isAgentNoun(words[start]!)) start++;
  // "Secretary of State Jon Husted": a capitalised word of the office before a given name is the title's.
  if (words.length - start >= 3 && /^(?:of|for)$/.test(words[start - 1] ?? '') && !isKnownGivenName(words[start]!)) {
    const given = words.findIndex((word, index) => index > start && index <= words.length - 2 && isKnownGivenName(word));
    if (given !== -1) start = given;
  }
  // "Senate Minority Whip Richard J. Durbin": in a long run that does not open with a given name,
  // capitalised words of an office stand before the given name that opens the name.
  // (Only when one of those words names an office or a body: "Farooq Ahmed Mir" stays whole.)
  if (words.length - start >= 3 && !isKnownGivenName(words[start]!)) {
    const given = words.findIndex((word, index) => index > start && index >= words.length - 3 && index <= words.length - 2 && isKnownGivenName(word));
    const office = (word: string) => isTitleWord(word) || organisationWords.test(word) || officeWords.test(word);
    if (given !== -1 && words.slice(start, given).some(office)) start = given;
  }
  const nameWords = words.slice(start);
  // A name needs two words here; a lone word ("Washington", "Stoltenberg") is resolved against known people.
  if (nameWords.length < 2 || nameWords.length > 4) return null;
  const title = stripArticle(words.slice(0, start).join(' '));
  const name = nameWords.join(' ').replace(/[.,;:]+$/, '');
  const evidence = personEvidence(nameWords, title);
  if (!evidence) return null;
  return { name, title, uncertain: evidence === 'shape' };
}

/** The typer is sure (at least `typerConfidence`) that a bare capitalised name is no person. */
const typerConfidence = 0.85;
export function looksLikeNoPerson(name: string): boolean {
  const typed = typeMention(name, 0, name.length);
  return typed.type !== 'person' && typed.scores[typed.type] >= typerConfidence;
}

function isKnownGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return maleNames.has(lower) || femaleNames.has(lower) || givenNameGender(lower) !== null;
}

/** A run of capitalised words is a person when a title stands before it or it starts with a known given name. */
/** Why a run of capitalised words is a person's name: a given name, a title, or only its shape. */
function personEvidence(nameWords: string[], title: string): 'given name' | 'title' | 'shape' | null {
  if (nameWords.some((word) => organisationWords.test(word.replace(/[.,']$/, '')) || placeWords.test(word.replace(/[.,']$/, '')))) return null;
  const first = nameWords[0]!.toLowerCase();
  if (maleNames.has(first) || femaleNames.has(first) || givenNameGender(first) !== null) return 'given name';
  return titleEvidence(title, nameWords) ? 'title' : title === '' ? 'shape' : null;
}

function titleEvidence(title: string, nameWords: string[]): boolean {
  // A title right before the name: "presiding judge Wolfgang Reiter", "Admiral Rob Bauer".
  const lastTitleWord = title.split(/\s+/).pop() ?? '';
  if (lastTitleWord && (isTitleWord(lastTitleWord) || isAgentNoun(lastTitleWord))) return true;
  // A lower-case description right before the name: "Velvet Harbour singer Jess Okafor".
  if (/^\p{Ll}{3,}$/u.test(lastTitleWord) && !organisationWords.test(lastTitleWord) && !/^(?:the|and|for|with|from|said|says|told|by|of|to|at|on|in)$/.test(lastTitleWord) && nameWords.length <= 3) return true;
  // A role with its field: "Paris deputy mayor for security Laurent Sabatier".
  const field = /\b(?:for|of)\s+((?:\p{Ll}+\s*){1,3})$/u.exec(title);
  if (field && roleHead(title.slice(0, field.index)) && !field[1]!.split(/\s+/).some((word) => organisationWords.test(word))) return true;
  // Plain capitalised words standing alone read as a name (weakly); after other words ("the group X") they need a title.
  return false;
}

// Words that make a run of capitalised words an organisation ("Delta Crest Petroleum", "BC Baltijos Vilkai")…
const organisationWords = /^(?:council|union|unions|alliance|forces|ministry|committee|party|group|court|bank|agency|office|house|news|times|post|press|federation|republic|nations|commission|parliament|government|army|navy|league|association|university|institute|company|corporation|inc|ltd|fc|club|foundation|fund|organization|organisation|media|network|tv|radio|service|department|police|authority|lines|airlines|airways|motors|holdings|systems|technologies|labs|energy|pharma|therapeutics|logistics|shipping|partners|capital|ventures|industries|solutions|networks|games|studios|foods|coalition|movement|festival|observatory|hospital|clinic|school|college|academy|museum|pinacoteca|gallery|library|theatre|orchestra|telecom|ag|gmbh|sa|plc|llc|co|petroleum|oil|gas|mining|steel|electric|power|water|communications|broadcasting|insurance|financial|securities|chemicals|construction|airline|motor|auto|automotive|electronics|foods|brewery|entertainment|pictures|records|publishing|pharmaceuticals|developers|residencial|bc|ac|sc|hc|sv|cf|cd|fk|nk|board|trust|watch|centre|center|stadium|airport|railways?|rail|station|port|utility|utilities|administration|directorate|inspectorate|prosecutor's|tribunal)$/i;
// …and words that make it a place, which is neither a person nor an organisation that speaks.
// Capitalised words of a legislature's offices, which no role table lists as nouns of their own.
const officeWords = /^(?:senate|congress|assembly|legislature|minority|majority|whip|speaker|caucus|floor)$/i;
const placeWords = /^(?:states|kingdom|voivodeship|prefecture|province|county|region|municipality|canton|district|state|city|town|village|island|islands|valley|river|lake|sea|ocean|mountains?|cathedral|church|palace|square|street|bridge|harbour)$/i;


/** A run of capitalised words that names an organisation: it holds a word such as Ministry, Bank or FC. */
export function looksLikeOrganisation(run: string): boolean {
  return run.split(/\s+/).some((word) => organisationWords.test(word.replace(/[.,']$/, '')));
}

export function genderOf(name: string, context: string): Person['gender'] {
  for (const word of context.toLowerCase().split(/[\s,]+/)) {
    const gender = genderedTitles[word.replace(/\.$/, '')];
    if (gender) return gender;
  }
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (maleNames.has(first)) return 'male';
  if (femaleNames.has(first)) return 'female';
  return null;
}

/**
 * A guess from the ending of a given name no list knows (Iva, Marco). Kept apart from what the
 * text says, so the text's own "she" can overrule it.
 */
export function guessGender(name: string): Person['gender'] {
  if (!name.includes(' ')) return null;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  // The name lexicon (given names of many cultures) first; it says "unknown" of unisex names.
  const fromLexicon = givenNameGender(first);
  if (fromLexicon === 'male' || fromLexicon === 'female') return fromLexicon;
  if (fromLexicon === 'unknown') return null;
  return givenNameEndings.find((ending) => ending.pattern.test(first))?.gender ?? null;
}

export function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1]!;
}

/** A URL-safe id: lower case, accents folded, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
