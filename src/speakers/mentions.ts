// Where people are mentioned in the reporter's own words (never inside a quotation):
// each mention makes its person a candidate for a later "he", "she" or "the minister".
import { narrativeAttributions, type Sentence } from '../quotes/attribution.ts';
import { attributionVerbForms } from '../quotes/attribution-verbs.ts';
import { isTitleWord, looksLikeOrganisation, parsePersonPhrase, roleHead } from './names.ts';
import type { PeopleRegistry } from './people.ts';
import { textBefore } from '../text/window.ts';

// An organisation's name: capitalised words, perhaps joined by "of", "for" or "and", ending in or holding an organisation word.
const organisationRun = /(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|the|de)\s+)?)*\p{Lu}[\p{L}’'-]*/gu;

// A run of capitalised words, with the particles and titles that may stand inside a name.
// (A nickname in quotation marks may stand inside it: Rafael “Foguete” Guimarães.)
const capitalisedRun = /(?:\p{Lu}[\p{L}’'.-]*(?:\s+(?:von|van|der|de|da|di|del|bin|al)\b)?\s+(?:[“"«„‘]\p{Lu}[^”"»“’]{0,30}[”"»“’]\s+)?){0,6}\p{Lu}[\p{L}’'-]*/gu;
const nickname = /[“"«„‘][^”"»“’]*[”"»“’]\s+/gu;

/** Who the reporter says is speaking, and where: "Avon and Somerset Police said." */
export interface SpokenBy {
  speaker: string;
  /** Offset in the paragraph's skeleton. */
  offset: number;
}

/**
 * Records every mention of a person in the sentences of one paragraph's skeleton, and every
 * "X said" (people and groups alike). Returns the speakers of those attributions, in order.
 */
export function collectMentions(sentences: Sentence[], registry: PeopleRegistry, position: (offset: number) => number): SpokenBy[] {
  const spoken: SpokenBy[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(capitalisedRun)) {
      const run = match[0].replace(/['’]s$/, '').replace(nickname, '');
      registry.noteNameMention(run.split(/\s+/)[0]!);
      const offset = sentence.start + match.index!;
      const before = textBefore(sentence.text, match.index!);
      const after = sentence.text.slice(match.index! + match[0].length);
      // Inside ", who argued the case before Baraduc," a name is an object, whatever follows.
      const inRelativeClause = /,\s*(?:who|which|whose|whom)\b[^,]*$/i.test(before);
      const subject = !inRelativeClause && (opensClause(before) || followedByVerb(after));
      const named = parsePersonPhrase([roleBefore(before) ?? roleRightBefore(before), run, roleAfter(after)].filter(Boolean).join(', '));
      const person = named ? registry.registerNamed(named) : null;
      if (person) {
        registry.mention(person, position(offset), subject);
        continue;
      }
      // A known surname alone, or the last word of a run such as "Secretary General Stoltenberg".
      const words = run.split(/\s+/).filter((word) => !isTitleWord(word));
      const known = words.length > 0 ? registry.findByWord(words[words.length - 1]!) : null;
      const titled = known ?? registry.registerTitled(run);
      if (titled) {
        registry.addRole(titled, roleAfter(after));
        registry.mention(titled, position(offset), subject);
      }
    }
    for (const match of sentence.text.matchAll(organisationRun)) {
      const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(sentence.text.slice(match.index! + match[0].length))?.[1];
      if (looksLikeOrganisation(match[0]) && match[0].includes(' ') && !parsePersonPhrase(match[0])) registry.noteOrganisation(match[0], acronym);
    }
    for (const finding of narrativeAttributions(sentence)) {
      const resolution = registry.resolve(finding.phrase, position(finding.offset));
      if (resolution.person) registry.mention(resolution.person, position(finding.offset), true);
      if (resolution.speaker) spoken.push({ speaker: resolution.speaker, offset: finding.offset });
    }
    // "He also warned …": a sentence led by a pronoun keeps its person in view (and tells the person's gender).
    const pronounLed = /^\s*(He|She)\s+\p{Ll}/u.exec(sentence.text);
    if (pronounLed) {
      const person = registry.resolvePronoun(pronounLed[1] === 'He' ? 'male' : 'female', position(sentence.start));
      if (person) registry.mention(person, position(sentence.start), true);
    }
    // "The NATO chief insisted …": a role at the head of a sentence stands for the person holding it.
    const opening = /^\s*((?:the|The)\s+(?:[\p{L}’'-]+\s+){0,5}?)([\p{L}-]+)\s+(?:\p{Ll}+ed|said|says|told|insists|warns|notes)\b/u.exec(sentence.text);
    if (opening) {
      const phrase = `${opening[1]}${opening[2]}`;
      const head = roleHead(phrase);
      if (head) {
        const person = registry.resolveRole(phrase, position(sentence.start));
        if (person) registry.mention(person, position(sentence.start), true);
      }
    }
  }
  return spoken;
}

// The trailing words the two patterns below read hold only letters, apostrophes, hyphens (and full
// stops) and spaces, so they run on the end of the text they can match: anchored at the end, a
// pattern restarts at every position before it, and most of those cannot match.
const outsideTitles = /[^\p{L}'’.\s-][\p{L}'’.\s-]*$/u;
const trailingTitles = /(?:(?:\p{Lu}[\p{L}'’.-]*|[\p{Ll}-]+)\s+)*$/u;
const trailingRole = /((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:[\p{Ll}-]+\s+){1,3})$/u;

/** Where the run at the end of `text` begins: after the last character `outside` matches first, or at 0. */
function runStart(text: string, outside: RegExp): number {
  const last = outside.exec(text);
  return last ? last.index + 1 : 0;
}

const whiteSpace = /\s/;

/** Where the last `count` words of `text` (cut at white space) begin, or 0. */
function lastWordsStart(text: string, count: number): number {
  let index = text.length;
  for (let word = 0; word < count && index > 0; word++) {
    while (index > 0 && whiteSpace.test(text[index - 1]!)) index--;
    while (index > 0 && !whiteSpace.test(text[index - 1]!)) index--;
  }
  return index;
}

function opensClause(before: string): boolean {
  // Titles before a name belong to it: "Hafnia coach Niels Haugaard refused …" opens its clause.
  const start = runStart(before, outsideTitles);
  const trimmed = (before.slice(0, start) + before.slice(start).replace(trailingTitles, (titles) => (titles.trim().split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || isTitleWord(word)) ? '' : titles))).trim();
  if (trimmed === '') return true;
  if (/[,;:—–]$/.test(trimmed)) return true;
  // "…, 79-year-old retired farmer Shigeru Okabe sat …": a lower-case description ending in a role.
  // ("Republican presidential front-runner Donald Trump": a proper adjective may open it; "76-year-old
  // Morton Blackwell": an age alone is such a description.)
  const lastClause = /(?:^|[,;:—–]\s*|\s-\s+)((?:\p{Lu}\p{Ll}+(?:an|ic|ish|ese)\s+)?(?:[\p{Ll}\d'’-]+\s+){0,4}[\p{Ll}\d-]+)$/u.exec(trimmed)?.[1];
  if (lastClause && (isTitleWord(lastClause.split(/\s+/).pop()!) || /^(?:\d+|\p{Ll}+)-year-old$/u.test(lastClause))) return true;
  if (/(?:^|\s)(?:as|according to|and|but|while|the|The)$/i.test(trimmed)) return true;
  return false;
}

function followedByVerb(after: string): boolean {
  const next = /^[\s,]*(?:(?:also|later|then|again|has|had|have|was|is)\s+)?(\p{L}+)/u.exec(after);
  return next !== null && attributionVerbForms.has(next[1]!.toLowerCase());
}

// Words that show a comma-delimited phrase is a clause, not a role: "…, the Alliance does not plan …".
const clauseWords = /\b(?:is|was|are|were|has|have|had|does|did|do|not|will|would|can|could|plans?|said|says)\b/i;

function isRolePhrase(text: string): boolean {
  return text.split(/\s+/).length <= 9 && roleHead(text) !== null && !clauseWords.test(text);
}

/** "Admiral Rob Bauer, head of the NATO military committee, said": the role after the name. */
function roleAfter(after: string): string | null {
  const appositive = /^,\s*([^,\u2063]{3,80}?),/.exec(after);
  return appositive && isRolePhrase(appositive[1]!) ? appositive[1]! : null;
}

/** "coach Marco Lendini", "Hafnia coach Niels Haugaard": a role right before the name. */
function roleRightBefore(before: string): string | null {
  // The pattern reads at most five words, so it runs on the last five.
  const words = trailingRole.exec(before.slice(lastWordsStart(before, 5)))?.[1]?.trim();
  if (!words) return null;
  const head = roleHead(words);
  return head && words.replace(/-/g, ' ').endsWith(head) ? words : null;
}

/** "As the head of the NATO military committee, Admiral Rob Bauer, notes": the role before it. */
function roleBefore(before: string): string | null {
  // "her new coach, former doubles specialist Ivana Horvat": a title may stand between the comma and the name.
  const appositive = /(?:^|[\s,])(?:as\s+)?((?:the|a|an|her|his|their|its)\s+[^,\u2063]{3,70}?|\p{Lu}[\p{L}]+['’]s\s+[^,\u2063]{3,60}?),\s*(?:[\p{Ll}-]+\s+){0,3}$/iu.exec(before);
  return appositive && isRolePhrase(appositive[1]!) ? appositive[1]!.replace(/^(?:her|his|their|its)\s+/i, '') : null;
}
