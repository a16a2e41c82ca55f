// Where a quote's speaker phrase is found: beside an attribution verb after the quotation
// ("…," said X / "…," X said), before it (X said: "…" / According to X, "…"), or in the same
// sentence for a fragment (X called the plan "a mistake"). Works on the sentence with every
// quotation replaced by a placeholder, so words inside quotations never count as attribution.
import { attributionAdverbs, attributionVerbForms, fragmentOnlyVerbs, namingCues, scareQuoteCues, sourceLeadIns } from './attribution-verbs.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { isTitleWord, parsePersonPhrase, roleHead } from '../speakers/names.ts';
import { notNames } from '../speakers/vocabulary.ts';

/** Placeholder for quotation number n inside a skeleton sentence. */
const placeholder = (index: number) => `\u2063${index}\u2063`;
const placeholderPattern = /\u2063(\d+)\u2063/g;

export interface Skeleton {
  text: string;
  /** Offset of each placeholder in `text`, by quote index. */
  offsets: number[];
  /** For each skeleton offset range, the offset in the original paragraph: used to place mentions. */
  toOriginal(offset: number): number;
}

export function buildSkeleton(text: string, spans: QuoteSpan[]): Skeleton {
  let skeleton = '';
  let cursor = 0;
  const offsets: number[] = [];
  const anchors: Array<[number, number]> = [];
  spans.forEach((span, index) => {
    anchors.push([skeleton.length, cursor]);
    skeleton += text.slice(cursor, span.start);
    offsets.push(skeleton.length);
    anchors.push([skeleton.length, span.start]);
    skeleton += placeholder(index);
    cursor = span.end;
  });
  anchors.push([skeleton.length, cursor]);
  skeleton += text.slice(cursor);
  return {
    text: skeleton,
    offsets,
    toOriginal(offset) {
      let best: [number, number] = [0, 0];
      for (const anchor of anchors) if (anchor[0] <= offset) best = anchor;
      return best[1] + (offset - best[0]);
    },
  };
}

const abbreviation = /\b(?:Mr|Mrs|Ms|Dr|Prof|Assoc|Asst|Inż|inż|hab|dr|prof|bryg|insp|kpt|por|płk|mjr|mgr|lek|ks|dott|ing|avv|arch|sig|Sra|Sr|Dña|doc|Dipl|Gen|Adm|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Rev|Fr|Hon|Pres|Supt|Cmdr|Gens|Reps|Sens|St|Mt|Ft|Jr|Sr|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U)\.$/;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences of a skeleton. A quotation ending in . ! or ? followed by a capital ends its sentence. */
export function splitSentences(skeleton: string, spans: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // A sentence may also open with a lower-case title: "… the river. prof. dr hab. Barbara Zielińska told …".
  const boundary = /([.!?]+)(\s+)(?=[\p{Lu}\u2063"“„«‘']|(?:prof|dr|doc|inż|bryg|mgr|hab|ks|mjr|kpt)\.\s)|(\u2063(\d+)\u2063)(\s+)(?=\p{Lu})/gu;
  for (const match of skeleton.matchAll(boundary)) {
    let end: number;
    if (match[1]) {
      const before = skeleton.slice(start, match.index! + match[1].length);
      // "Kevin D. Williamson", "Rev. Kyev Tatum": an initial or a title before a name ends no sentence.
      if (abbreviation.test(before) || /(?:^|[\s(])\p{Lu}\.$/u.test(before)) continue;
      end = match.index! + match[1].length;
    } else {
      const span = spans[Number(match[4])]!;
      if (!/[.!?]$/.test(span.text.trim())) continue;
      // "…?" Nowicki asked. — a bare attribution after the quotation belongs to it.
      const next = /^\s*([^.!?]{1,60})[.!?]/u.exec(skeleton.slice(match.index! + match[3]!.length));
      if (next && next[1]!.split(/\s+/).length <= 6 && next[1]!.split(/\s+/).some((word) => isVerb(word))) continue;
      // "…?" Maddow repeated. / "…!" Trump went on, …: after a question or an exclamation, a name and a verb.
      if (/[!?]$/.test(span.text.trim()) && subjectAndVerb(skeleton.slice(match.index! + match[3]!.length))) continue;
      end = match.index! + match[3]!.length;
    }
    sentences.push({ start, end, text: skeleton.slice(start, end) });
    start = end + (match[2] ?? match[5])!.length;
  }
  if (start < skeleton.length) sentences.push({ start, end: skeleton.length, text: skeleton.slice(start) });
  return sentences.flatMap((sentence) => (sentence.text.length > longestSentence ? cutLongSentence(skeleton, sentence) : [sentence]));
}

/**
 * No sentence of real prose runs past a few hundred words; a text with no full stops (one scraped
 * line, a list glued together) is cut into pieces at spaces, so the work for each quotation stays
 * bounded and the whole paragraph linear.
 */
const longestSentence = 1_500;
function cutLongSentence(skeleton: string, sentence: Sentence): Sentence[] {
  const pieces: Sentence[] = [];
  let start = sentence.start;
  while (sentence.end - start > longestSentence) {
    // At the last space before the limit (placeholders hold none); failing a space, past the placeholder the limit falls in.
    let cut = skeleton.lastIndexOf(' ', start + longestSentence);
    if (cut <= start) {
      cut = start + longestSentence;
      const open = skeleton.lastIndexOf('\u2063', cut - 1);
      if (open >= start && /^\u2063\d+$/.test(skeleton.slice(open, cut))) cut = skeleton.indexOf('\u2063', open + 1) + 1;
    }
    pieces.push({ start, end: cut, text: skeleton.slice(start, cut) });
    start = cut;
  }
  pieces.push({ start, end: sentence.end, text: skeleton.slice(start, sentence.end) });
  return pieces;
}

export interface Finding {
  /** The speaker phrase as written, e.g. "NATO Secretary General Jens Stoltenberg" or "he". */
  phrase: string;
  /** Offset of the phrase in the skeleton. */
  offset: number;
  /** Whether the attribution frames the quotation directly (said: "…", "…," he said). */
  direct: boolean;
  /** Found without an attribution verb: to be trusted only if it names a person. */
  weak?: boolean;
}

const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*|\u2063\d+\u2063|[,;:—–]/gu;
interface Token {
  word: string;
  start: number;
  end: number;
}
function tokens(text: string, base = 0): Token[] {
  return [...text.matchAll(wordPattern)].map((match) => ({ word: match[0], start: base + match.index!, end: base + match.index! + match[0].length }));
}

// A sentence's words are read by every rule below, once per quotation in it and again for its
// narrative "X said"; they are kept for the last few hundred sentences (no rule changes them).
const sentenceWords = new Map<string, { start: number; words: Token[] }>();
const sentenceWordsLimit = 500;

function wordsOf(sentence: Sentence): Token[] {
  const known = sentenceWords.get(sentence.text);
  if (known && known.start === sentence.start) return known.words;
  const words = tokens(sentence.text, sentence.start);
  if (sentenceWords.size >= sentenceWordsLimit) sentenceWords.clear();
  sentenceWords.set(sentence.text, { start: sentence.start, words });
  return words;
}

// "According to X, …" right before a quotation, or anywhere in its sentence.
const leadInAtEnd = new RegExp(`(?:^|[\\s,(])(?:${sourceLeadIns.join('|')})\\s+([^,]+?),\\s*$`, 'i');
const leadInAnywhere = new RegExp(`(?:^|[\\s,(])(?:${sourceLeadIns.join('|')})\\s+([^,\\u2063]+?),`, 'i');
// Verbs whose object is the one spoken to, even right after a quotation: "…," told reporters.
// ("…?" asked Fraser Gunn is inverted speech: there the object is the speaker.)
const addresseeVerbs = new Set(['tell', 'tells', 'told', 'inform', 'informs', 'informed', 'assure', 'assures', 'assured']);
const isVerb = (word: string) => attributionVerbForms.has(word.toLowerCase());
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every', 'each', 'no']);
/** "said" is a verb; "the state" and "a report" are nouns that share a verb's spelling. */
// A verb's bare form is also a noun ("a Twitter comment of her own", "his final note"): after a
// determiner and one modifier, or after a possessive ("Trump’s remarks"), it is the noun.
const isNounUse = (all: Token[], index: number) => {
  const word = all[index]!.word;
  if (/(?:ed|ing)$/.test(word) || irregularPasts.has(word)) return false;
  const previous = all[index - 1]?.word ?? '';
  if (/['’]s$/.test(previous) && !/^(?:he|she|it|that|there|who|what)['’]s$/i.test(previous)) return true;
  const bare = !/s$/.test(word);
  // (A plural between them is the subject: "the Saudis state".)
  return bare && index > 1 && determiners.has(all[index - 2]!.word.toLowerCase()) && /^[\p{L}-]+$/u.test(previous) && !/[^s]s$/.test(previous);
};
// A capitalised word inside a sentence is a name, not a verb: "the United States", "Will Sanders".
const isNameUse = (all: Token[], index: number) => index > 0 && /^\p{Lu}/u.test(all[index]!.word) && /[\p{L}\p{N}]/u.test(all[index - 1]!.word) && !isPlaceholder(all[index - 1]!.word);
const isVerbAt = (all: Token[], index: number) =>
  isVerb(all[index]!.word) && !(index > 0 && determiners.has(all[index - 1]!.word.toLowerCase())) && !isNounUse(all, index) && !isNameUse(all, index);
const isPlaceholder = (word: string) => word.startsWith('\u2063');

// Words that end a speaker phrase read backwards from its verb.
const subjectBoundaries = new Set([
  'after', 'before', 'that', 'which', 'who', 'whom', 'when', 'while', 'because', 'as', 'and', 'but', 'or', 'is', 'was', 'were', 'are', 'has', 'have', 'had',
  'comes', 'came', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'to', 'from', 'with', 'by', 'than', 'if', 'since', 'though', 'although', 'where',
  'despite', 'meanwhile', 'however', 'also', 'so', 'yet', 'then', 'even', 'not', 'it', 'this', 'said', 'says', 'what', 'whose',
]);
// Words that end a speaker phrase read forwards from its verb ("said X in an interview").
const objectBoundaries = new Set([
  'in', 'at', 'on', 'during', 'after', 'before', 'while', 'when', 'as', 'who', 'adding', 'according', 'to', 'that', 'from', 'via', 'with', 'told', 'today', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later', 'last', 'this', 'on', 'and', 'but', 'referring', 'speaking',
  'noting', 'stressing', 'warning', 'explaining', 'because', 'since',
]);
const leadingConnectors = /^(?:(?:and|but|as|while|because|since|although|though|even though|however|so|when|after|before|that|if|then|also|meanwhile|moreover|now|yet|still),?\s+)+/i;

/** The noun phrase that ends right before `tokenIndex`: the subject of the verb there. */
function subjectBefore(all: Token[], verbIndex: number, text: string): Finding | null {
  let end = verbIndex;
  while (end > 0 && attributionAdverbs.has(all[end - 1]!.word.toLowerCase())) end--;
  while (end > 0 && /ly$/.test(all[end - 1]!.word) && all[end - 1]!.word.length > 4 && /^\p{Ll}/u.test(all[end - 1]!.word)) end--;
  // Between subject and verb, set off by commas: a relative clause ("Tobias Reinholt, who steered
  // the law, wrote") or an age ("Graham Tully, 71, said"). Both are dropped; what is left is the
  // subject, perhaps with an appositive ("Finland's president, Elina Virtanen, said").
  let setOff = false;
  for (let changed = true; changed && end > 1 && all[end - 1]!.word === ','; ) {
    changed = false;
    let open = end - 2;
    while (open > 0 && all[open]!.word !== ',' && !isPlaceholder(all[open]!.word)) open--;
    const clause = all.slice(open + 1, end - 1);
    // (and a set-off phrase such as ", in a statement," before the verb).
    const dropped = /^(?:who|which|whose|whom)$/i.test(clause[0]?.word ?? '') || (clause.length === 1 && /^\d+$/.test(clause[0]!.word)) || (/^(?:in|on|at|during|after|before|meanwhile|however|also|later)$/i.test(clause[0]?.word ?? '') && /^(?:and|but)$/i.test(all[open - 1]?.word ?? ''));
    if (open > 0 && all[open]!.word === ',' && dropped) {
      end = open;
      setOff = changed = true;
    }
  }
  // "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes is dropped.
  if (end > 2 && (all[end - 1]!.word === '—' || all[end - 1]!.word === '–')) {
    let open = end - 2;
    while (open > 0 && end - open < 16 && all[open]!.word !== all[end - 1]!.word && !isPlaceholder(all[open]!.word)) open--;
    if (open > 0 && all[open]!.word === all[end - 1]!.word) {
      end = open;
      setOff = true;
    }
  }
  // "… put participation at 41% and, in a statement, accused …": what is left ends in "and".
  if (setOff && end > 1 && all[end - 1]!.word === ',' && /^(?:and|but)$/i.test(all[end - 2]!.word)) end -= 1;
  // "Murshed Zaheed, acting director of CREDO Action, which organized the letter, said": with the
  // relative clause gone, a lower-case description set off by a comma is still an appositive.
  const describedBefore = (() => {
    if (!setOff) return false;
    let comma = end - 1;
    while (comma > 0 && all[comma]!.word !== ',' && end - comma < 16 && !isPlaceholder(all[comma]!.word)) comma--;
    if (!(comma > 0 && all[comma]!.word === ',' && /^\p{Ll}/u.test(all[comma + 1]?.word ?? '') && /^\p{Lu}/u.test(all[comma - 1]?.word ?? ''))) return false;
    return roleHead(text.slice(all[comma + 1]!.start, all[end - 1]!.end)) !== null;
  })();
  const appositive = end > 0 && (all[end - 1]!.word === ',' || describedBefore);
  let start = appositive ? end - 1 : end;
  if (appositive) {
    // The appositive runs back to the previous comma; the subject's head stands before that.
    while (start > 0 && all[start - 1]!.word !== ',' && !isPlaceholder(all[start - 1]!.word) && end - start < 20) start--;
    if (start > 0 && all[start - 1]!.word === ',') start--;
    // "Pruitt, 58, a former alderman, said": an age between the name and its description.
    if (start > 1 && /^\d+$/.test(all[start - 1]!.word) && all[start - 2]!.word === ',') start -= 2;
  }
  while (start > 0) {
    const word = all[start - 1]!.word;
    if (isPlaceholder(word) || word === ';' || word === ':' || word === '—' || word === '–' || word === ',') break;
    if (word === 'and' && /^\p{Lu}/u.test(all[start]?.word ?? '') && /^\p{Lu}/u.test(all[start - 2]?.word ?? '')) {
      // "Avon and Somerset Police": "and" inside a name.
    } else if (subjectBoundaries.has(word.toLowerCase()) || isVerbAt(all, start - 1)) {
      break;
    }
    if (end - start >= (appositive ? 30 : 10)) break;
    start--;
  }
  if (setOff && start === end) return null;
  // "Carvalho … won 29 percent and said …", "Carvalho has made that a line of attack, calling her …":
  // a coordinated verb or a participle takes the subject that opens the sentence.
  // ("…, the minister said, adding: …" takes the subject of "said").
  const participle = /ing$/.test(all[verbIndex]!.word) && all[verbIndex - 1]?.word === ',';
  if ((start === end && end > 0 && /^(?:and|but)$/i.test(all[end - 1]!.word)) || participle) {
    // Unless that verb stands in a clause inside the object: in "Christie repeated accusations that
    // Rubio recites …, calling him …" the one calling is the sentence's subject.
    const earlierVerb = findLastIndex(all.slice(0, verbIndex - 1).map((_, index) => index), (index) => isVerbAt(all, index));
    const earlierSubject = earlierVerb !== -1 ? subjectBefore(all, earlierVerb, text) : null;
    const embedded = earlierSubject !== null && all.some((token) => token.start < earlierSubject.offset && /^(?:that|whether|which|who|because|if)$/i.test(token.word));
    return (embedded ? null : earlierSubject) ?? sentenceSubject(all, verbIndex, text) ?? earlierSubject;
  }
  if (start === end) return null;
  let phrase = text.slice(all[start]!.start, all[end - 1]!.end);
  phrase = phrase.replace(leadingConnectors, '').replace(/^according to\s+/i, '').replace(/[,\s]+$/, '');
  if (!phrase || determiners.has(phrase.toLowerCase())) return null;
  // A phrase must open like a noun phrase: a capital, a determiner, a possessive or a pronoun.
  // (Or a bare plural or collective: "police said", "officials said", "prosecutors said".)
  if (!/\p{Lu}/u.test(phrase) && !/^(?:\p{Lu}|the\b|a\b|an\b|his\b|her\b|its\b|their\b|he\b|she\b|they\b|it\b|one\b|some\b|several\b|two\b|three\b|police\b|staff\b|management\b|\p{Ll}+s$)/u.test(phrase)) return null;
  return { phrase, offset: all[start]!.start, direct: false };
}

/** The noun phrase that opens the clause holding token `before`: capitalised words, titles, an appositive. */
function sentenceSubject(all: Token[], before: number, text: string): Finding | null {
  let first = before;
  while (first > 0 && !isPlaceholder(all[first - 1]!.word) && all[first - 1]!.word !== ';' && all[first - 1]!.word !== ':') first--;
  // "Hours later, Trump …", "Speaking in Salem, New Hampshire, Trump …", "In a statement, the
  // ministry …": an opening adverbial set off by a comma is not the subject.
  for (let hops = 0; hops < 3 && first < before && isAdverbialOpening(all, first); hops++) {
    const comma = all.findIndex((token, index) => index > first && index < before && token.word === ',');
    if (comma === -1) break;
    first = comma + 1;
    // A place after the comma belongs to the adverbial: "in Salem, New Hampshire, Trump".
    const next = all.findIndex((token, index) => index > first && index < before && token.word === ',');
    if (next !== -1 && next - first <= 3 && all.slice(first, next).every((token) => /^\p{Lu}/u.test(token.word))) {
      const after = all[next + 1]?.word ?? '';
      if (/^\p{Lu}/u.test(after)) first = next + 1;
    }
  }
  // "And then Trump went on the attack, saying …": connectives that open the clause are not its subject.
  while (first < before && /^(?:and|but|so|then|yet|also|now|still)$/i.test(all[first]!.word)) first++;
  // "WASHINGTON — Sen. Chuck Grassley …", "RENO, Nev. (AP) — …": a wire dateline is not the subject.
  // (In title case only with its agency: "Washington (AFP) – Democrat Hillary Clinton …".)
  const datelined = /^\p{Lu}{3,}$/u.test(all[first]?.word ?? '') || /^\s*\p{Lu}[\p{L}.,'’ ]{0,40}\(\p{Lu}[\p{L}]{1,12}\)\s*[—–]/u.test(text.slice(all[first]?.start ?? 0));
  if (first < before && datelined) {
    const dash = all.findIndex((token, index) => index > first && index <= first + 6 && index < before && (token.word === '—' || token.word === '–'));
    if (dash !== -1) first = dash + 1;
    // ("NEW YORK - Republican …": a hyphen for the dash, which is no token.)
    const hyphen = /^\s*[\p{Lu}][\p{Lu}\p{L}.,' ]{0,40}?\s-\s/u.exec(text.slice(all[first]!.start));
    if (dash === -1 && hyphen) {
      const after = all[first]!.start + hyphen[0].length;
      const next = all.findIndex((token, index) => index > first && token.start >= after);
      if (next !== -1 && next < before) first = next;
    }
  }
  let end = first;
  const inName = (index: number) => /^(?:de|del|della|di|da|of|for|la|le|von|van)$/.test(all[index]!.word) && /^\p{Lu}/u.test(all[index + 1]?.word ?? '');
  const opensName = (index: number) => /^\p{Lu}/u.test(all[index]!.word) || determiners.has(all[index]!.word.toLowerCase()) || isTitleWord(all[index]!.word) || inName(index);
  for (let bridged = false; ; bridged = true) {
    while (end < before && opensName(end)) end++;
    // "Republican presidential candidate Donald Trump": one description of up to three lower-case
    // words between capitalised ones belongs to the subject ("Carson took the stage Tuesday" is no description).
    let ahead = end;
    while (ahead < before && ahead - end < 3 && isDescriptionWord(all[ahead]!.word) && !isVerbAt(all, ahead)) ahead++;
    if (bridged || end === first || ahead === end || ahead >= before || !/^\p{Lu}/u.test(all[ahead]!.word)) break;
    end = ahead;
  }
  if (end === first) return null;
  const phrase = text.slice(all[first]!.start, all[end - 1]!.end);
  return /^\p{Lu}/u.test(phrase) ? { phrase, offset: all[first]!.start, direct: false } : null;
}

const descriptionStops = new Set(['at', 'in', 'on', 'of', 'for', 'with', 'to', 'from', 'by', 'into', 'over', 'about', 'against']);
/** A lower-case word that may describe a name after it: not a verb form, a preposition or a determiner. */
function isDescriptionWord(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !/(?:ed|s)$/.test(word) && !subjectBoundaries.has(word) && !determiners.has(word) && !descriptionStops.has(word) && !irregularPasts.has(word);
}

const adverbialOpeners = /^(?:in|on|at|after|before|during|since|with|without|for|from|by|under|over|amid|despite|following|asked|speaking|writing|appearing|meanwhile|later|earlier|still|instead|also|then|now|hours|days|weeks|months|years|minutes|moments|shortly|last|this|that|on)$/i;
/** Whether the clause at `index` opens with a preposition, a participle or a time phrase ("Hours later,"). */
function isAdverbialOpening(all: Token[], index: number): boolean {
  const word = all[index]!.word;
  if (adverbialOpeners.test(word)) return true;
  return /^\p{Lu}\p{Ll}+ing$/u.test(word);
}

/** The phrase right after a verb: "said NATO Secretary General Jens Stoltenberg in an interview". */
function objectAfter(all: Token[], verbIndex: number, text: string): Finding | null {
  let end = verbIndex + 1;
  while (end < all.length) {
    const word = all[end]!.word;
    // "said a longtime adviser to Trump", "said one official at the Pentagon": a description keeps
    // the name it is tied to (a name's own affiliation is split off later).
    const described = /^(?:a|an|one|another|the)$/i.test(all[verbIndex + 1]!.word) && /^(?:to|for|at|of|with|in|from|by)$/i.test(word);
    const named = all.slice(end + 1, end + 3).findIndex((token) => /^\p{Lu}/u.test(token.word));
    if (described && named !== -1 && (named === 0 || /^the$/i.test(all[end + 1]!.word))) {
      end += 1 + named;
      while (end < all.length && /^\p{Lu}/u.test(all[end]!.word)) end++;
      break;
    }
    if (word === ',' || word === ';' || word === ':' || isPlaceholder(word) || objectBoundaries.has(word.toLowerCase())) break;
    if (end - verbIndex > 9) break;
    end++;
  }
  if (end === verbIndex + 1) return null;
  const phrase = text.slice(all[verbIndex + 1]!.start, all[end - 1]!.end).replace(/[.!?]+$/, '');
  return { phrase, offset: all[verbIndex + 1]!.start, direct: true };
}

/** "…," X said / "…," said X: the attribution right after the quotation. */
function attributionAfter(sentence: Sentence, quoteIndex: number, spans: QuoteSpan[]): Finding | null {
  const marker = placeholder(quoteIndex);
  const at = sentence.text.indexOf(marker);
  const rest = sentence.text.slice(at + marker.length);
  const all = tokens(rest, sentence.start + at + marker.length);
  let first = 0;
  if (all[0]?.word === ',' || all[0]?.word === '—' || all[0]?.word === '–') first = 1;
  // Room for a long appositive: "Anne Richards, assistant secretary of state for population, refugees, and migration, said".
  const window = all.slice(first, first + 24);
  const verbAt = window.findIndex((_, index) => isVerbAt(window, index));
  if (verbAt === -1) return null;
  const verb = window[verbAt]!.word.toLowerCase();
  if (fragmentOnlyVerbs.has(verb) && verb !== 'continued') return null;
  if (window.slice(0, verbAt).some((token) => isPlaceholder(token.word) || token.word === ';' || token.word === ':')) return null;
  const padded = textFromStart(sentence.text, sentence.start);
  const localTokens = wordsOf(sentence);
  const verbIndex = localTokens.findIndex((token) => token.start === window[verbAt]!.start);
  // "…," said X / "…," X said; but "…," telling reporters: a participle or "told" takes its
  // object as the one spoken to, and the speaker is the subject of the sentence.
  if (verbAt === 0 && (/ing$/.test(verb) || addresseeVerbs.has(verb))) return subjectBefore(localTokens, verbIndex, padded);
  if (verbAt === 0) return objectAfter(localTokens, verbIndex, padded);
  // "“…” that Sanders can catch Clinton, said Steve Elmendorf, …": the quotation runs on into the
  // reporter's words, then ", said X" closes the sentence; X is the speaker.
  const next = localTokens[verbIndex + 1]?.word ?? '';
  if (localTokens[verbIndex - 1]?.word === ',' && !/ing$/.test(verb) && !addresseeVerbs.has(verb) && /^(?:\p{Lu}|(?:a|an|one|the|another)$)/u.test(next)) {
    const inverted = objectAfter(localTokens, verbIndex, padded);
    if (inverted) return inverted;
  }
  const subject = subjectBefore(localTokens, verbIndex, padded);
  if (!subject) return null;
  // The subject must sit between the quotation and the verb, not before the quotation.
  if (subject.offset < window[0]!.start) return null;
  // "Durbin said he “hand-delivered a letter,” and he said he hoped …": a subject after a
  // conjunction opens a new statement; it does not attribute this quotation.
  const joining = window.findIndex((token) => token.start >= subject.offset) - 1;
  if (joining >= 0 && /^(?:and|but|while|whereas|although|though|yet|or)$/i.test(window[joining]!.word)) return null;
  // A quotation that ended its own sentence ("….") takes only a bare "X said." after it.
  if (/[.!?]$/.test(spans[quoteIndex]!.text.trim()) && localTokens.length - verbIndex > 4) return null;
  return { ...subject, direct: true };
}

function textFromStart(text: string, base: number): string {
  return ' '.repeat(base) + text;
}

/** X said: "…" / X said that "…" / He summarized, "…" / According to X, "…" / As X notes, "…". */
function attributionBefore(sentence: Sentence, quoteIndex: number): Finding | null {
  const marker = placeholder(quoteIndex);
  const at = sentence.text.indexOf(marker);
  const before = sentence.text.slice(0, at);
  const padded = textFromStart(sentence.text, sentence.start);
  const all = tokens(before, sentence.start);
  // "Pollsters agree - Carl Bialik: “…”": a person's name right before the colon speaks.
  const nameBeforeColon = /(?:^|[\s,;—–-])((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)\s*:\s*$/u.exec(before);
  const named = nameBeforeColon ? withoutLeadingVerb(nameBeforeColon[1]!) : null;
  if (named && parsePersonPhrase(named)) {
    return { phrase: named, offset: sentence.start + nameBeforeColon!.index! + nameBeforeColon![0].indexOf(named), direct: true };
  }
  // "Clinton: “…” Bush: “…”": a transcript's speaker label, if the article knows the name (weak).
  const label = /^\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s*:\s*$/u.exec(before.replace(placeholderPattern, ''));
  if (label) {
    const phrase = withoutLeadingVerb(label[1]!);
    return { phrase, offset: sentence.start + before.indexOf(phrase), direct: true, weak: true };
  }
  const leadIn = leadInAtEnd.exec(before);
  if (leadIn) {
    const phrase = leadIn[1]!.trim();
    return { phrase, offset: sentence.start + before.lastIndexOf(phrase), direct: true };
  }
  // "As X notes, …", "As Conor Walsh, an aviation analyst, put it, …"
  const asNotes = /(?:^|[\s,])[Aa]s\s+(.+?)\s+(puts? it|\p{L}+)\s*,\s*$/u.exec(before);
  if (asNotes && (isVerb(asNotes[2]!) || /^puts? it$/.test(asNotes[2]!))) {
    const phrase = asNotes[1]!.trim();
    return { phrase, offset: sentence.start + before.lastIndexOf(phrase), direct: true };
  }
  // Any verb right before a colon leads into a quotation: "the chief executive smiled: …".
  const colonVerb = /(\p{Ll}+ed)\s*:\s*$/u.exec(before);
  const verbIndex = colonVerb
    ? all.findIndex((token) => token.start === sentence.start + colonVerb.index)
    : findLastIndex(all.map((_, index) => index), (index) => isVerbAt(all, index));
  if (verbIndex === -1) return null;
  const tail = all.slice(verbIndex + 1);
  const tailText = before.slice(all[verbIndex]!.end - sentence.start).trim();
  // What may stand between the verb and the quotation: "reporters on Tuesday:", "in a statement:", "that", ",".
  const leadsIn = tail.length <= 8 && (tailText === '' || /[:,]$/.test(tailText) || /\bthat$/i.test(tailText));
  if (!leadsIn || tail.some((token) => isPlaceholder(token.word))) return null;
  if (fragmentOnlyVerbs.has(all[verbIndex]!.word.toLowerCase()) && tailText !== '' && !/[:,]$/.test(tailText)) return null;
  const sentenceTokens = wordsOf(sentence);
  const verbAt = sentenceTokens.findIndex((token) => token.start === all[verbIndex]!.start);
  // "But, said Solovey, “…”": the verb leads and the name after it, set off by a comma, speaks.
  if (/^(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s*[,:]$/u.test(tailText) && !addresseeVerbs.has(all[verbIndex]!.word.toLowerCase())) {
    const inverted = objectAfter(sentenceTokens, verbAt, padded);
    if (inverted) return inverted;
  }
  const subject = subjectBefore(sentenceTokens, verbAt, padded);
  return subject ? { ...subject, direct: true } : null;
}


/** "Stated Stone", "Said Clinton": a verb of saying that leads a speaker label is not part of the name. */
function withoutLeadingVerb(phrase: string): string {
  const inverted = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}.*)$/u.exec(phrase);
  return inverted && isVerb(inverted[1]!) ? inverted[2]! : phrase;
}

/** Any attribution in the sentence outside quotations: "As X notes, even though "…" today". */
function attributionInSentence(sentence: Sentence, quoteIndex: number): Finding | null {
  const padded = textFromStart(sentence.text, sentence.start);
  const all = wordsOf(sentence);
  const quoteAt = all.findIndex((token) => token.word === placeholder(quoteIndex));
  const leadIn = leadInAnywhere.exec(sentence.text);
  if (leadIn) return { phrase: leadIn[1]!.trim(), offset: sentence.start + leadIn.index, direct: false };
  const asNotes = /(?:^|[\s,])[Aa]s\s+([^\u2063]+?)\s+(puts? it|\p{L}+)\s*,/u.exec(sentence.text);
  if (asNotes && (isVerb(asNotes[2]!) || /^puts? it$/.test(asNotes[2]!))) return { phrase: asNotes[1]!.trim(), offset: sentence.start + asNotes.index, direct: false };
  // Nearest verb before the quotation first, then after it.
  const order = [
    ...all.map((_, index) => index).filter((index) => index < quoteAt).reverse(),
    ...all.map((_, index) => index).filter((index) => index > quoteAt),
  ];
  for (const index of order) {
    if (!isVerbAt(all, index)) continue;
    const subject = subjectBefore(all, index, padded);
    if (subject && !isPlaceholder(subject.phrase)) return subject;
  }
  return null;
}

/**
 * The subjects of every attribution verb in the sentence, nearest before the quotation first, then
 * after it: the candidates when the framing attribution names nobody who can speak.
 */
export function speechVerbSubjects(sentence: Sentence, quoteIndex: number): Finding[] {
  const padded = textFromStart(sentence.text, sentence.start);
  const all = wordsOf(sentence);
  const quoteAt = all.findIndex((token) => token.word === placeholder(quoteIndex));
  const order = [
    ...all.map((_, index) => index).filter((index) => index < quoteAt).reverse(),
    ...all.map((_, index) => index).filter((index) => index > quoteAt),
  ];
  const subjects: Finding[] = [];
  for (const index of order) {
    if (!isVerbAt(all, index)) continue;
    const subject = subjectBefore(all, index, padded);
    if (subject && !isPlaceholder(subject.phrase)) subjects.push(subject);
  }
  return subjects;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index]!)) return index;
  return -1;
}

/** Every "X said" in a sentence, quoted or not: who is speaking in the reporter's own words. */
export function narrativeAttributions(sentence: Sentence): Finding[] {
  const padded = textFromStart(sentence.text, sentence.start);
  const all = wordsOf(sentence);
  return all.flatMap((token, index) => {
    if (!isVerbAt(all, index) || fragmentOnlyVerbs.has(token.word.toLowerCase())) return [];
    const subject = subjectBefore(all, index, padded);
    return subject && !isPlaceholder(subject.phrase) ? [subject] : [];
  });
}

// Words that follow a quotation's subject without being its verb: "“…,” Bennett and Smith", "“…,” Trump, who …".
const notVerbAfterSubject = /^(?:and|or|of|for|to|in|on|at|with|by|from|as|who|which|that|the|a|an|is|was|has|had|will|would)$/i;

/**
 * "“…,” Bennett shot back with a laugh." / "“…?” Trump went on.": a quotation closed by a comma,
 * a question or an exclamation mark, then a name or pronoun and a verb. The punctuation says the
 * clause after it attributes the quotation, whatever the verb; no table of verbs can list them all.
 */
function subjectVerbAfter(sentence: Sentence, quoteIndex: number, spans: QuoteSpan[]): Finding | null {
  const quoted = spans[quoteIndex]!.text.trim();
  const marker = placeholder(quoteIndex);
  const at = sentence.text.indexOf(marker);
  const rest = sentence.text.slice(at + marker.length);
  const punctuated = /[,!?—–-]$/.test(quoted) || /^\s*[,—–]/.test(rest);
  // Only a quotation that opens its sentence: "…said voters chose “change”, BNS reports" is a credit.
  if (!punctuated || /[\p{L}\d]/u.test(sentence.text.slice(0, at).replace(placeholderPattern, ''))) return null;
  const subject = subjectAndVerb(rest);
  return subject ? { phrase: subject, offset: sentence.start + at + marker.length + rest.indexOf(subject), direct: true } : null;
}

/** The subject of a clause that opens with a name or pronoun and a finite verb: "Bennett shot back …" → "Bennett". */
function subjectAndVerb(text: string): string | null {
  // (A name may follow an article and a description, "an angry Hollande retaliated", and an
  // appositive may stand between name and verb, "Rep. Glenn Thompson, R-Pa., said".)
  const subject = /^\s*[,—–]?\s*((?:he|she|they|(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|(?:(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2})?(?:(?:[\p{Lu}][\p{L}’'.-]*|of|de|van|von|al)\s+){0,4}\p{Lu}[\p{L}’'-]*))(?:,\s*[^,\u2063]{1,40},)?\s+(\p{Ll}[\p{Ll}-]+)\b/u.exec(text);
  if (!subject || notVerbAfterSubject.test(subject[2]!)) return null;
  // The verb must look finite: "-ed", "-s", or a known irregular past.
  if (!/(?:ed|es|s)$/.test(subject[2]!) && !irregularPasts.has(subject[2]!)) return null;
  return subject[1]!;
}
const irregularPasts = new Set(['shot', 'went', 'wrote', 'spoke', 'told', 'said', 'thought', 'fought', 'bit', 'broke', 'began', 'chose', 'came', 'drew', 'felt', 'gave', 'got', 'grew', 'held', 'hit', 'kept', 'knew', 'laid', 'led', 'left', 'let', 'lost', 'made', 'meant', 'put', 'ran', 'read', 'rose', 'sang', 'sat', 'saw', 'set', 'shook', 'sighed', 'sold', 'sent', 'shrugged', 'stood', 'struck', 'swore', 'took', 'taught', 'threw', 'wept', 'won', 'fired', 'cut', 'quipped', 'mused']);

export function findAttribution(sentence: Sentence, quoteIndex: number, spans: QuoteSpan[]): Finding | null {
  return attributionAfter(sentence, quoteIndex, spans) ?? subjectVerbAfter(sentence, quoteIndex, spans) ?? attributionBefore(sentence, quoteIndex) ?? attributionInSentence(sentence, quoteIndex) ?? leadInBySubject(sentence, quoteIndex);
}

/**
 * "Commissioner Ray Dufresne put the question bluntly, "How did they get in?"": a sentence that
 * leads into a quotation with a comma or colon, whatever its verb. Weak: taken only when the
 * subject turns out to be a person.
 */
function leadInBySubject(sentence: Sentence, quoteIndex: number): Finding | null {
  const before = textBefore(sentence, quoteIndex);
  if (!/[,:]\s*$/.test(before) || before.includes('\u2063')) return null;
  // The first run of capitalised words (with its titles) that names a person; failing that, the
  // last single capitalised word inside the sentence, which may be a surname ("…, Beltrán was blunt:").
  const runs = [...before.matchAll(/(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]*/gu)];
  const named = runs.find((run) => parsePersonPhrase(run[0]));
  const single = runs.filter((run) => run.index! > 0 && !run[0].includes(' ') && !notNames.has(run[0].toLowerCase())).pop();
  const chosen = named ?? single;
  return chosen ? { phrase: chosen[0], offset: sentence.start + chosen.index!, direct: false, weak: true } : null;
}

/**
 * "Cruz continued:", "Stated Stone:", "17-year-old Jared Potts echoed:": a sentence that ends its
 * paragraph with a colon leads into the quotation opening the next one. Its speaker phrase, read as
 * if that quotation stood right after the colon (weak when no verb frames it).
 */
export function leadInAttribution(sentence: Sentence): Finding | null {
  if (!/:\s*$/.test(sentence.text) || sentence.text.includes('\u2063')) return null;
  const quoteIndex = 0;
  const led = { ...sentence, text: `${sentence.text.trimEnd()} ${placeholder(quoteIndex)}` };
  // (Failing a verb, the word that opens the sentence, if the article knows it as a name: "Okafor went further:".)
  const opening = /^\s*(\p{Lu}[\p{L}’'-]+)\s+\p{Ll}/u.exec(sentence.text);
  const openingName = opening ? { phrase: opening[1]!, offset: sentence.start + opening[0].indexOf(opening[1]!), direct: false, weak: true } : null;
  return attributionBefore(led, quoteIndex) ?? leadInBySubject(led, quoteIndex) ?? openingName;
}

/** The words of a sentence before quotation n, quotations elided. */
export function textBefore(sentence: Sentence, quoteIndex: number): string {
  return sentence.text.slice(0, sentence.text.indexOf(placeholder(quoteIndex)));
}

/** The sentence is nothing but quotations and punctuation: a quote that carries on the last speaker. */
export function isQuoteOnly(sentenceText: string): boolean {
  return sentenceText.replace(placeholderPattern, '').replace(/[\s.,;:!?—–-]/g, '') === '';
}

/**
 * A fragment woven into the reporter's sentence ("has ground to a "stalemate"") rather than
 * words framed as speech ("Since …, "we must continue," the politician said").
 */
export function isFragment(before: string, quoteText: string, direct: boolean, attributedAfter: boolean): boolean {
  const lead = before.trimEnd();
  if (!lead || /[,:;—–(]$/.test(lead)) return false;
  if (attributedAfter && direct && /^\p{Lu}/u.test(quoteText)) return false;
  if (/^\p{Ll}/u.test(quoteText)) return true;
  const words = quoteText.split(/\s+/).length;
  return words <= 5 && !/\b(?:that|saying|declaring|said|says)$/i.test(lead) && !/[.!?]$/.test(quoteText.trim());
}

/** "quiet" volcanoes, the "Gnista" engine: a word or two in quotation marks that modifies the noun after it. */
export function modifiesNextNoun(quoteText: string, after: string): boolean {
  const modifies = /^\s*\p{Ll}+/u.exec(after)?.[0].trim();
  return quoteText.trim().split(/\s+/).length <= 2 && !!modifies && !/^(?:and|but|or|in|on|for|to|at|as|of|with|by|from|that|which|is|was|were|are|has|had|said|says|he|she|they|it|we|i|you|when|while|after|before|because|if|than|then|the|a|an|this|these|those|his|her|its|their|our|my|your|would|will|could|should|can|may|might|must|about|over|into|since|until)$/.test(modifies) && !isVerb(modifies);
}

/** The words before a quotation, lower-cased, a final article dropped ("known as the «…»"). */
function cueWords(before: string): string[] {
  return before.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').trim().split(/\s+/).filter((word, index, all) => !(index === all.length - 1 && /^(?:the|a|an)$/.test(word)));
}

/** The quotation is introduced as a name: "the so-called «reset»", "dubbed «Little Marco»", "known to fans as «the Wall»". */
export function isNamedByCue(before: string): boolean {
  const words = cueWords(before);
  if (namingCues.has(words.slice(-1).join(' ')) || namingCues.has(words.slice(-2).join(' '))) return true;
  return /\b(?:known|referred to|nicknamed|dubbed|described by \w+)\b(?:\s+[\p{L}-]+){0,3}\s+as\s+(?:the\s+)?$/iu.test(before);
}

/** A name, title or term in quotation marks rather than somebody's words. */
export function isScareQuote(before: string, quoteText: string, attributed: boolean, after = ''): boolean {
  if (modifiesNextNoun(quoteText, after)) return true;
  if (isNamedByCue(before)) return true;
  const words = cueWords(before);
  const lastOne = words.slice(-1).join(' ');
  const lastTwo = words.slice(-2).join(' ');
  // "called the plan "too little, too late"": the noun is what is being judged, not a name.
  const judged = (cueLength: number) => isVerb(words[words.length - cueLength - 1] ?? '') || isVerb(words[words.length - cueLength - 2] ?? '');
  // A title starts with a capital: "the report "Heat and the City 2030"", not "the project "in every way …"".
  const looksLikeTitle = /^[\p{Lu}\d]/u.test(quoteText.trim());
  if (looksLikeTitle && scareQuoteCues.has(lastTwo) && !judged(2)) return true;
  if (looksLikeTitle && scareQuoteCues.has(lastOne) && !judged(1)) return true;
  const quoteWords = quoteText.trim().split(/\s+/);
  const titleCase = quoteWords.length >= 1 && quoteWords.every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|the|and|for|in|on|to|a|an|de|der|la)$/.test(word));
  if (titleCase && /\b(?:the|a|an|its|their|his|her)$/i.test(before.trim()) && !/[.!?,]$/.test(quoteText.trim())) return true;
  if (!attributed && quoteWords.length <= 4 && !/[.!?]$/.test(quoteText.trim())) return true;
  // "Digital Classroom 2.0", "Quillon to Cut 2,300 Jobs": a short run of capitalised words is a name or a headline, said by nobody.
  const capitalised = quoteWords.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  const small = quoteWords.filter((word) => /^(?:of|the|and|for|in|on|to|a|an|at|with|by|de|la|le|das|da|do|dos|del|der|di|von|van|du|des|y|e)$/.test(word)).length;
  if (quoteWords.length <= 8 && capitalised >= 2 && capitalised + small === quoteWords.length && !/[.!?,]$/.test(quoteText.trim())) return true;
  return false;
}
