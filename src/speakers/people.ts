// Who a speaker phrase refers to: the people an article names, and how later mentions
// ("Stoltenberg", "he", "the NATO chief") resolve to them.
import { nounCanSpeak } from '../language/speaking-nouns.ts';
import type { Attribution, Person } from '../types.ts';
import { guessGender, isCapitalized, isTitleWord, looksLikeNoPerson, parsePersonPhrase, roleHead, surnameOf, tidyPhrase } from './names.ts';
import { collectiveSpeakerNouns, genderedTitles, genericRoleNouns, notNames, officeSynonyms, organisationAliases, organisationNouns, pronouns, publicBodyWords } from './vocabulary.ts';

/** Positions are paragraph index × stride + offset, so they compare across paragraphs. */
export const paragraphStride = 1_000_000;
/** How many mentions back an antecedent is looked for: far more than any story needs. */
const recentMentionLimit = 200;

export interface Mention {
  person: Person;
  /** Position in the article: paragraph index and offset, comparable across paragraphs. */
  position: number;
  /** The mention opens its clause, or is the one saying something: the likely referent of a later "he". */
  subject: boolean;
}

export interface Resolution {
  speaker: string | null;
  person: Person | null;
  attribution: Attribution;
}

const unresolved: Resolution = { speaker: null, person: null, attribution: 'none' };

export { roleHead };

function organisationsIn(phrase: string): Set<number> {
  const lower = ` ${phrase.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\s]/gu, ' ')} `;
  const found = new Set<number>();
  organisationAliases.forEach((aliases, index) => {
    if (aliases.some((alias) => lower.includes(` ${alias} `))) found.add(index);
  });
  return found;
}

/** "the minister" names a "Polish Foreign Minister"; with `synonyms`, "the NATO chief" names a "Secretary General". */
function officesMatch(phraseHead: string, role: string, synonyms: boolean): boolean {
  const personHead = roleHead(role.toLowerCase().replace(/-/g, ' '));
  if (!personHead) return false;
  if (personHead === phraseHead || personHead.endsWith(` ${phraseHead}`)) return true;
  return synonyms && officeSynonyms.some((names) => names.includes(phraseHead) && names.includes(personHead));
}

export class PeopleRegistry {
  readonly people: Person[] = [];
  readonly mentions: Mention[] = [];
  /** Every role the article gives each person ("conservative candidate", "a former mayor of Porto"). */
  readonly roles = new Map<Person, string[]>();
  /** Groups and offices quoted so far, as first written. */
  readonly groups: string[] = [];
  /** Organisations named in the reporter's words, quoted or not ("the Cascade Ridge Public Utility District"). */
  readonly organisations: string[] = [];
  private readonly organisationMentions = new Map<string, number>();
  /** "Independent Integrity Commission (IIC)": the short name stands for the long one. */
  private readonly acronyms = new Map<string, string>();
  /** Where each group spoke, in order: what a later "they" or "it" refers to. */
  private readonly groupMentions: Array<{ group: string; position: number }> = [];
  /** The article's author, from its byline: who "I" is in a first-person piece. */
  author: string | null = null;
  /** People known only by the shape of their name, who may be organisations ("Deutsche Fernbahn"). */
  readonly uncertain = new Set<Person>();

  /** Adds a named person, or completes the one already known by that name. */
  register(name: string, role: string | null, gender: Person['gender']): Person {
    const known = this.people.find((person) => person.name === name || sameSurnameAndCompatible(person.name, name));
    if (known) {
      if (name.split(' ').length > known.name.split(' ').length) known.name = name;
      if (!known.role && role) known.role = role;
      this.addRole(known, role);
      if (!known.gender && gender) known.gender = gender;
      return known;
    }
    const person: Person = { name, role, gender };
    this.people.push(person);
    this.addRole(person, role);
    return person;
  }

  addRole(person: Person, role: string | null): void {
    if (!role) return;
    if (!person.role) person.role = role;
    const roles = this.roles.get(person) ?? [];
    if (!roles.includes(role)) roles.push(role);
    this.roles.set(person, roles);
  }

  mention(person: Person, position: number, subject: boolean): void {
    this.mentions.push({ person, position, subject });
  }

  /**
   * The mentions before `position`, latest first, at most `recentMentionLimit` of them: every look
   * back for a pronoun's or role's antecedent is bounded, so an article of any length stays linear.
   */
  mentionsBefore(position: number): Mention[] {
    const found: Mention[] = [];
    for (let index = this.mentions.length - 1; index >= 0 && found.length < recentMentionLimit; index--) {
      if (this.mentions[index]!.position < position) found.push(this.mentions[index]!);
    }
    return found;
  }

  /** A single word that is a known person's surname (or full given name). */
  findByWord(word: string): Person | null {
    // O'Malley and O’Malley are one name: apostrophes are compared folded.
    const clean = foldApostrophes(word.replace(/['’]s$/, ''));
    // The surname, or the first of two surnames ("Martínez" for Eusebio Martínez Ramos), or the given name.
    // (One pass over the people, each name split once: this runs for every capitalised word.)
    let byInnerSurname: Person | null = null;
    let innerSurnames = 0;
    let byGivenName: Person | null = null;
    for (const person of this.people) {
      if (foldApostrophes(surnameOf(person.name)) === clean) return person;
      const words = person.name.split(' ');
      if (words.indexOf(clean, 1) !== -1) {
        innerSurnames++;
        byInnerSurname = person;
      }
      if (!byGivenName && words[0] === clean && words.length > 1) byGivenName = person;
    }
    return (innerSurnames === 1 ? byInnerSurname : null) ?? byGivenName;
  }

  /** The nearest fitting person before `position`: same gender, and a subject before an object. */
  resolvePronoun(gender: 'male' | 'female', position: number): Person | null {
    const before = this.mentionsBefore(position);
    // Known gender (from a list, a title or the text) decides; a guess from a name's ending only ranks.
    const known = (mention: Mention) => mention.person.gender;
    const guessed = (mention: Mention) => mention.person.gender ?? guessGender(mention.person.name);
    const exact = (mention: Mention) => guessed(mention) === gender;
    const open = (mention: Mention) => known(mention) === gender || known(mention) === null;
    const fits = (mention: Mention) => known(mention) === gender || (known(mention) === null && guessed(mention) !== opposite(gender));
    // In the pronoun's own paragraph, the latest fitting subject; further back, a person known to
    // fit the pronoun beats one whose gender is unknown.
    const paragraphStart = position - (position % paragraphStride);
    const recent = before.filter((mention) => mention.position >= position - 2 * paragraphStride);
    const person =
      before.find((mention) => mention.position >= paragraphStart && open(mention) && mention.subject)?.person ??
      recent.find((mention) => exact(mention) && mention.subject)?.person ??
      recent.find((mention) => fits(mention) && mention.subject)?.person ??
      before.find((mention) => fits(mention) && mention.subject)?.person ??
      before.find(exact)?.person ??
      before.find(fits)?.person ??
      null;
    // What the text says of a person's gender is better evidence than any name list: remember it.
    if (person && person.gender === null) person.gender = gender;
    return person;
  }

  /** "They" or "it": the group that spoke last, in this paragraph or the one before. */
  private resolveGroupPronoun(position: number): Resolution {
    const since = position - (position % paragraphStride) - paragraphStride;
    for (let index = this.groupMentions.length - 1; index >= 0; index--) {
      const mention = this.groupMentions[index]!;
      if (mention.position < since) break;
      if (mention.position < position) return { speaker: mention.group, person: null, attribution: 'pronoun' };
    }
    return unresolved;
  }

  /** A group or office already quoted that a later phrase names again: "the spokesperson" after "a spokesperson for the company". */
  findGroup(phrase: string): string | null {
    const head = groupHead(phrase);
    if (!head) return null;
    // "another New Hampshire Democrat", "a Nevada Democrat": an indefinite phrase introduces a new
    // speaker; it is an earlier group only when written the same way.
    if (/^(?:a|an|one|another|some)\s/i.test(phrase.trim())) {
      const same = tidyGroup(phrase);
      return this.groups.includes(same) ? same : null;
    }
    const latestFirst = [...new Set([...this.groups, ...this.organisations].reverse())];
    // Of the names that fit, the one the article names most, then the fullest, then the latest:
    // "the bank" is the bank the story is about, "the Commission" the European Commission.
    const fitting = latestFirst.filter((group) => groupHead(group) === head || group.toLowerCase().split(/\s+/).includes(head));
    const mentions = (group: string) => this.organisationMentions.get(group) ?? 0;
    const words = (group: string) => group.split(/\s+/).length;
    const sameHead = fitting.sort((left, right) => mentions(right) - mentions(left) || words(right) - words(left))[0];
    if (sameHead) return sameHead;
    // "the company": the organisation last named, if it is not a public body; a name that only looked like a person's counts.
    if (/^the\s/i.test(phrase) && organisationNouns.includes(head)) {
      const named = [...latestFirst, ...[...this.uncertain].map((person) => person.name)];
      return named.find((group) => /^\p{Lu}/u.test(group) && !publicBodyWords.some((word) => group.toLowerCase().includes(word))) ?? null;
    }
    return null;
  }

  /** Records an organisation named in the text, so "the utility" can find it later. */
  noteOrganisation(name: string, acronym?: string): void {
    const tidy = tidyGroup(name.replace(/^(?:A|An|The)\s+/, ''));
    if (acronym && tidy.includes(' ')) this.acronyms.set(acronym, tidy);
    if (!tidy.includes(' ')) return;
    this.organisationMentions.set(tidy, (this.organisationMentions.get(tidy) ?? 0) + 1);
    const at = this.organisations.indexOf(tidy);
    if (at !== -1) this.organisations.splice(at, 1);
    this.organisations.push(tidy);
  }

  /** "Kessler-Brandt" alone is another mention of "Kessler-Brandt Bank". */
  noteNameMention(word: string): void {
    for (const organisation of this.organisations) {
      if (organisation.split(/\s+/)[0] === word) this.organisationMentions.set(organisation, (this.organisationMentions.get(organisation) ?? 0) + 1);
    }
  }

  /** "Mr. Ryan", "Sen. Wyden", "President Obama" with no full name in the story: a courtesy title and a surname make a person. */
  registerTitled(text: string): Person | null {
    const words = text.trim().split(/\s+/);
    const title = words[0]!.toLowerCase().replace(/\.$/, '');
    if (words.length !== 2 || !honorificTitles.has(title) || !isCapitalized(words[1]!) || isTitleWord(words[1]!)) return null;
    return this.findByWord(words[1]!) ?? this.register(words[1]!, null, genderedTitles[title] ?? null);
  }

  /** Records a group or office as a speaker and returns its name as it will be shown. */
  private group(text: string, position: number): Resolution {
    // "the federation" after "the Federation of Workers' Unions": a short phrase naming a known group.
    const known = text.split(/\s+/).length <= 4 ? this.findGroup(text) : null;
    if (!known && !canSpeakAsGroup(text)) return unresolved;
    const group = known ?? tidyGroup(text);
    if (!this.groups.includes(group)) this.groups.push(group);
    this.groupMentions.push({ group, position });
    return { speaker: group, person: null, attribution: 'explicit' };
  }

  /** The person a role phrase ("the NATO chief", "the politician") stands for, if the article names one. */
  resolveRole(phrase: string, position: number): Person | null {
    const head = roleHead(phrase);
    if (!head) return this.resolveByDescription(phrase, position);
    const phraseOrganisations = organisationsIn(phrase);
    const before = this.mentionsBefore(position);
    const candidates = [...new Set([...before.map((mention) => mention.person), ...this.people])];
    // "Ukraine's top general" is nobody whose role does not name Ukraine.
    // So is "the Hafnia coach" nobody whose role does not name Hafnia.
    const qualifiers = [...phrase.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}]+)/gu)]
      .map((match) => match[1]!.toLowerCase())
      .filter((word) => word !== 'the' && !head.split(' ').includes(word));
    const compatibleRole = (role: string) => {
      if (qualifiers.some((qualifier) => !role.toLowerCase().includes(qualifier) && organisationsIn(qualifier).size === 0)) return false;
      const personOrganisations = organisationsIn(role);
      return [...phraseOrganisations].every((organisation) => personOrganisations.has(organisation));
    };
    const rolesOf = (person: Person) => this.roles.get(person) ?? (person.role ? [person.role] : []);
    const compatible = (person: Person) => rolesOf(person).some(compatibleRole);
    const holds = (synonyms: boolean) => (person: Person) => rolesOf(person).some((role) => compatibleRole(role) && officesMatch(head, role, synonyms));
    const byOffice = candidates.find(holds(false)) ?? candidates.find(holds(true));
    if (byOffice) return byOffice;
    if (genericRoleNouns.includes(head) && !hasForeignQualifier(phrase)) {
      const organisationFits = candidates.find((person) => phraseOrganisations.size > 0 && compatible(person));
      if (organisationFits) return organisationFits;
      if (phraseOrganisations.size === 0) return before.find((mention) => mention.subject)?.person ?? null;
    }
    return null;
  }

  /** Whether a phrase names a person (known or new), without recording anything. */
  namesPerson(phrase: string): boolean {
    const text = tidyPhrase(phrase);
    return parsePersonPhrase(text) !== null || (!text.includes(' ') && this.findByWord(text) !== null);
  }

  /**
   * "the sprinter" for a person the article described as "British sprinter Kayla Brennan": a
   * noun no table lists, matched against the words the article itself used for its people.
   */
  resolveByDescription(phrase: string, position: number): Person | null {
    const noun = /^the\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{4,})$/u.exec(phrase.trim())?.[1];
    if (!noun) return null;
    const describes = (person: Person) => (this.roles.get(person) ?? []).some((role) => {
      const words = role.toLowerCase().split(/[^\p{L}-]+/u);
      return words.includes(noun) || words.some((word) => word.split('-').includes(noun));
    });
    const recentFirst = this.mentionsBefore(position).map((mention) => mention.person);
    const matches = [...new Set([...recentFirst, ...this.people])].filter(describes);
    return matches[0] ?? null;
  }

  /** A person named in the reporter's words; a name that only looks like one is remembered as uncertain. */
  registerNamed(named: { name: string; role: string | null; gender: Person['gender']; uncertain: boolean }): Person | null {
    // Only the shape says "person": the mention typer (fitted on GUM) may know it for a place or a body.
    if (named.uncertain && !this.people.some((person) => person.name === named.name) && looksLikeNoPerson(named.name)) return null;
    const person = this.register(named.name, named.role, named.gender);
    if (named.uncertain && !person.role) this.uncertain.add(person);
    else this.uncertain.delete(person);
    return person;
  }

  /** Resolves a speaker phrase as it stands in the text, at `position`. */
  resolve(phrase: string, position: number): Resolution {
    const text = tidyPhrase(phrase);
    if (!text) return unresolved;
    // "Trump’s", "Sanders’": a possessor modifies the subject; it is not the one speaking.
    if (/(?:['’]s|s['’])$/u.test(text) && !text.includes(' ')) return unresolved;
    // "her statement read", "the campaign's email said", "an editorial in The Des Moines Register
    // says": a document speaks for its author.
    const author = documentAuthor(text);
    if (author) {
      const resolution = this.resolve(author, position);
      if (resolution.speaker) return resolution;
    }
    const lower = text.toLowerCase();
    const pronounGender = pronouns[lower];
    if (pronounGender) {
      if (pronounGender === 'plural') return this.resolveGroupPronoun(position);
      const person = this.resolvePronoun(pronounGender, position);
      return person ? { speaker: person.name, person, attribution: 'pronoun' } : unresolved;
    }
    // "It said in a statement": the organisation that last spoke nearby, or failing that the one
    // the story last named ("the memo from the panel … it stated").
    if (lower === 'it') {
      const group = this.resolveGroupPronoun(position);
      if (group.speaker) return group;
      const named = this.organisations[this.organisations.length - 1];
      return named ? { speaker: named, person: null, attribution: 'pronoun' } : unresolved;
    }
    // "Beck, who has described …": the person named right before the relative clause.
    if (lower === 'who') {
      const antecedent = this.mentionsBefore(position).find((mention) => mention.position >= position - (position % paragraphStride));
      return antecedent ? { speaker: antecedent.person.name, person: antecedent.person, attribution: 'pronoun' } : unresolved;
    }
    // "I said": in a first-person piece, the author named in the byline.
    if (lower === 'i' && this.author) return { speaker: this.author, person: null, attribution: 'pronoun' };
    if (lower === 'i' || lower === 'we' || lower === 'you') return unresolved;
    // "Pruitt, 58, a former alderman": a known surname among the segments is the person.
    if (text.includes(',')) {
      const segments = text.split(/\s*,\s*/);
      const known = segments.map((segment) => (/^\p{Lu}[\p{L}'’-]+$/u.test(segment) ? this.findByWord(segment) : null)).find(Boolean);
      if (known) {
        this.addRole(known, segments.filter((segment) => roleHead(segment) !== null).join(', ') || null);
        return { speaker: known.name, person: known, attribution: 'explicit' };
      }
    }
    // "Nowak, standing beside her,": a participle clause is not part of who is speaking.
    if (text.includes(',')) {
      const kept = text.split(/\s*,\s*/).filter((segment) => segment && (/^\p{Lu}/u.test(segment) || roleHead(segment) !== null));
      if (kept.length > 0 && kept.join(', ') !== text) return this.resolve(kept.join(', '), position);
    }
    // "Delta Crest" after "Delta Crest Petroleum": the organisation, by its full name.
    const fuller = this.organisations.find((organisation) => organisation.startsWith(`${text.replace(/^the\s+/i, '')} `));
    if (fuller && /^\p{Lu}/u.test(text)) return this.group(fuller, position);
    const named = parsePersonPhrase(text);
    const person = named ? this.registerNamed(named) : null;
    if (person) return { speaker: person.name, person, attribution: 'explicit' };
    // "Ms. Whitcombe", "Dr. Okafor": a title and a surname.
    const words = text.replace(/^the\s+(?=\p{Lu})/iu, '').split(/\s+/).filter((word, index, all) => !(index < all.length - 1 && isTitleWord(word)));
    if (words.length === 1 && isCapitalized(words[0]!) && !isTitleWord(words[0]!)) {
      const person = this.findByWord(words[0]!);
      if (person) return { speaker: person.name, person, attribution: 'explicit' };
      const titled = this.registerTitled(text);
      if (titled) return { speaker: titled.name, person: titled, attribution: 'explicit' };
      return this.group(this.acronyms.get(words[0]!) ?? text, position);
    }
    // "the official" after "a senior EU official said": the group already speaking, before any person.
    const head = roleHead(text);
    if (head && genericRoleNouns.includes(head) && /^the\s/i.test(text) && this.findGroup(text)) return this.group(text, position);
    // "a senior official said": an indefinite description brings in someone new, never a person named before.
    const byRole = /^(?:a|an|another|one)\s/i.test(text) ? null : this.resolveRole(text, position);
    if (byRole) return { speaker: byRole.name, person: byRole, attribution: 'role' };
    return this.group(text, position);
  }
}

// Courtesy and office titles that stand only before a person's name.
const honorificTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'gov', 'governor', 'sir', 'dame', 'rev', 'gen', 'adm', 'col', 'capt', 'lt', 'sgt', 'judge', 'justice', 'mayor', 'president']);
const modalVerb = /^(?:should|would|could|can|will|must|may|might|shall)$/;
const foldApostrophes = (text: string) => text.replace(/[’‘]/g, "'");
const collectiveNouns = new Set([...collectiveSpeakerNouns, ...organisationNouns, ...publicBodyWords]);
const leadingDeterminer = /^(?:the|a|an|his|her|its|their|our|one|some|several|many|two|three|four|five|other|another|both|all|most)\s+/i;
const nameConnectors = /^(?:of|for|and|the|de|du|la|le|&|on|in|at)$/;
// Words that never open a speaker phrase, cut from a clause by mistake: "like the United", "until Haley".
const clauseOpeners = /^(?:like|unlike|until|unless|in|on|at|of|for|to|from|with|without|by|about|than|as|if|when|whether|while|after|before|because|that|which|who|there|here|what|how|why|get|make|do|be|is|was|not|no|so|such|just|even|only|also)$/i;

/**
 * Whether a phrase that names no person can speak as a group or office: a proper name
 * ("Associated Press", "the Daily News") or a noun phrase headed by an agent, group or
 * document noun ("a campaign spokesman", "officials", "the report"). A clause cut by mistake
 * ("the city embodied the", "he’s certain Rubio", "Speaking") cannot.
 */
export function canSpeakAsGroup(text: string): boolean {
  // "The ship's operator, Geneva-based Helvetia Container Lines": either part may carry it.
  if (text.includes(',')) return text.split(/\s*,\s*/).some((segment) => segment !== '' && canSpeakAsGroup(segment));
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 10 || words[0] === '') return false;
  if (clauseOpeners.test(words[0]!)) return false;
  if (words.some((word) => /^(?:he|she|it|they|we|i|you)['’](?:s|d|ll|re|ve|m)$/i.test(word))) return false;
  const core = text.replace(leadingDeterminer, '').trim();
  const coreWords = core.split(/\s+/);
  const last = coreWords[coreWords.length - 1]!;
  if (nameConnectors.test(last.toLowerCase()) || /(?:['’]s|s['’])$/u.test(last)) return false;
  // "RED STATES OUTNUMBER BLUE": a headline in capitals, not an acronym such as "CNN".
  if (coreWords.length >= 2 && coreWords.every((word) => !/\p{Ll}/u.test(word)) && coreWords.some((word) => /\p{Lu}{4,}/u.test(word))) return false;
  if (coreWords.every((word) => /^[\p{Lu}\d&]/u.test(word) || nameConnectors.test(word))) {
    // One capitalised word on its own may be any sentence's first word: "Hours", "Speaking".
    // (Not "-ed": Husted, Ahmed and Reed are names.)
    if (coreWords.length === 1 && !/^\p{Lu}[\p{Lu}\d&.-]+$/u.test(last) && (/(?:ing|ly)$/.test(last) || notNames.has(last.toLowerCase()))) return false;
    return true;
  }
  // A name and the body it stands for: "Paris city hall", "the Trump campaign", "Kremlin aides".
  if (/^\p{Lu}/u.test(coreWords[0]!) && coreWords.length <= 4 && coreWords.slice(1).every((word) => /^\p{Ll}{3,}$/u.test(word) && !clauseOpeners.test(word)) && !/(?:ed|ing|ly)$/.test(last)) return true;
  // A description and the name it introduces: "parents' federation FAMPA-València".
  const description = /^((?:[\p{Ll}'’-]+\s+){1,3})(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*)*)$/u.exec(core);
  if (description && description[1]!.trim().split(/\s+/).every((word) => !clauseOpeners.test(word) && !nameConnectors.test(word) && !/(?:ed|ing|ly)$/.test(word))) return true;
  // A clause, not a noun phrase: "the platform should", "the migrants crossing into the United".
  // ("the shipping ministry", "a leading expert" are noun phrases: the participle there comes before a noun.)
  if (words.slice(1).some((word, index) => modalVerb.test(word) || (/^\p{Ll}{3,}ing$/u.test(word) && clauseOpeners.test(words[index + 2] ?? '')))) return false;
  // The head of a noun phrase stands before its prepositional phrase: "a spokesman for Apple".
  const head = core.split(/\s+(?:for|of|at|in|with|from|on|to|behind|representing|close to)\s+/)[0]!.split(/\s+/).pop()!.toLowerCase().replace(/['’]s?$/, '');
  if (collectiveNouns.has(head) || roleHead(head) !== null) return true;
  // Whether the noun names people or organisations, as learned from GUM ("tycoon" yes, "clue" no).
  const speaks = nounCanSpeak(head);
  if (speaks !== null) return speaks;
  // A short noun phrase with an article: "the gambling tycoon", "a man", "one person".
  if (/^(?:the|a|an|one|another)\s/i.test(text) && words.length <= 6 && words.slice(1).every((word) => !clauseOpeners.test(word) || /^(?:of|for|in|at|from|with|on|to)$/i.test(word))) return true;
  // An agent noun: "organizers", "the pollster", "protesters".
  return /^\p{Ll}[\p{Ll}-]{2,}(?:ers?|ors?|ists?|ians?|ants?|ees?)$/u.test(head);
}

// Documents that are quoted as if they spoke.
const documentNouns = 'statement|report|letter|editorial|email|e-mail|memo|tweet|post|release|ad|advertisement|book|transcript|filing|lawsuit|complaint|column|op-ed|website|video|message|note';
const possessedDocument = new RegExp(`^(?:(his|her|their|its)|(.+?)['’]s?)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${documentNouns})$`, 'iu');
const documentOf = new RegExp(`^(?:an?|the|one)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${documentNouns})\\s+(?:from|by|in|of|on behalf of)\\s+(.+)$`, 'iu');

/** The author a document phrase names: "her" of "her statement", "The Register" of "an editorial in The Register". */
function documentAuthor(text: string): string | null {
  const possessed = possessedDocument.exec(text);
  if (possessed) return possessed[1] ? possessed[1].toLowerCase().replace(/^his$/, 'he').replace(/^her$/, 'she').replace(/^(?:their|its)$/, 'they') : possessed[2]!;
  const of = documentOf.exec(text);
  return of ? of[1]!.replace(/\s+(?:released|published|obtained|issued|sent|filed|posted)\b.*$/i, '') : null;
}

function opposite(gender: 'male' | 'female'): 'male' | 'female' {
  return gender === 'male' ? 'female' : 'male';
}

/** The noun a group phrase is about: "spokesperson" in "a spokesperson for the company". */
function groupHead(phrase: string): string | null {
  // "a spokesperson for the company" → spokesperson; "a Department for Education spokesperson" → spokesperson:
  // a preposition ends the head's phrase only when a common noun follows it.
  const core = phrase.replace(/\s*\([^)]*\)?\s*$/, '').replace(/^(?:the|a|an)\s+/i, '').split(/\s+(?:for|of|in|at|from|with)\s+(?=(?:the\s+|a\s+|an\s+)?\p{Ll})/u)[0]!;
  return core.toLowerCase().split(/\s+/).pop() || null;
}

/**
 * A group or office as it will be shown: "Geneva-based Helvetia Container Lines" → "Helvetia
 * Container Lines", "IPMA, Portugal's weather institute" → "IPMA", "The Personal Data Protection
 * Office (UODO)" → "Personal Data Protection Office", "The ministry" → "the ministry".
 */
export function tidyGroup(text: string): string {
  const segments = text
    .replace(/\s*\([^)]*\)?\s*$/, '')
    .split(/\s*,\s*/)
    .map((segment) =>
      segment
        .replace(/^(?:[Tt]he\s+)?[\p{L}-]+-based\s+/u, '')
        // "Patients' group Kelmouth Health Watch", "Patient group the Breathe Forward Foundation": the name, not its description.
        .replace(/^(?:[\p{L}'’-]+\s+){0,2}(?:group|organisation|organization|charity|association|campaign|union|federation|confederation|foundation|coalition|network|lobby|watchdog|regulator|agency|body|trust|society|committee)\s+(?:(?:the)\s+)?(?=\p{Lu})/u, ''),
    )
    .filter(Boolean);
  // Of "The ship's operator, Helvetia Container Lines", the name.
  const properName = segments.find((segment) => segment.split(/\s+/).every((word) => /^[\p{Lu}\d&]/u.test(word) || /^(?:and|of|for|the|de|du)$/.test(word)));
  const group = segments.length > 1 && properName ? properName : segments.join(', ');
  if (/^[Tt]he\s+\p{Lu}/u.test(group)) return group.replace(/^[Tt]he\s+/, '');
  // A sentence's capital is not the group's: "A senior EU official said" → "a senior EU official".
  return group.replace(/^(?:The|An|A)\s(?=\p{Ll})/u, (article) => article.toLowerCase());
}

/** "Ukraine's top general" qualifies the role by someone the known people do not belong to. */
function hasForeignQualifier(phrase: string): boolean {
  return /\b\p{Lu}[\p{L}]+['’]s\b/u.test(phrase) && organisationsIn(phrase).size === 0;
}

function sameSurnameAndCompatible(known: string, name: string): boolean {
  const knownWords = known.split(' ');
  // "El Amrani" is the end of "Youssef El Amrani".
  if (known.endsWith(` ${name}`) || name.endsWith(` ${known}`)) return true;
  const nameWords = name.split(' ');
  if (surnameOf(known) !== surnameOf(name)) return false;
  // "Jens Stoltenberg" and "J. Stoltenberg" agree; "Jens Stoltenberg" and "Anna Stoltenberg" do not.
  if (knownWords.length === 1 || nameWords.length === 1) return true;
  return knownWords[0]![0] === nameWords[0]![0];
}

