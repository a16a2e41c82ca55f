// The same statement reported by several outlets: sentences of quotes by one speaker, in
// different articles, whose rare content words line up in order. "Putin has permanently lost
// Ukraine" and "Putin has lost Ukraine forever" are one statement (two translations of one
// interview); "NATO has no intention of deploying forces in Ukraine" and "…interaction between the
// forces of Ukraine and NATO" are not, though they share three words, because the words they
// share are common and do not line up.
//
// Nothing here compares all pairs. Sentences are keyed by speaker and stems, so a statement
// reprinted by every outlet is one entry. Each entry is indexed under its rarest stems only, just
// enough of them that any sentence it matches must share one of them (a weighted prefix filter),
// in lists kept per speaker; rare stems have short lists, and each list is read in a bounded
// window, so the work grows with the number of sentences, not its square.
import type { Statement, StatementMember } from '../types.ts';
import { contentStems, isNegated, sentencesOf, weightOf, type Rarity } from './words.ts';

export interface StatementQuote {
  id: string;
  article: string;
  speakerId: string | null;
  text: string;
}


/** A statement as found here; the link stage adds each member's outlet. */
export type FoundStatement = Omit<Statement, 'members'> & { members: Array<Omit<StatementMember, 'outlet' | 'via'>> };

/** The lighter sentence must have at least this share of its weight aligned with the other. */
export const sameStatementShare = 0.5;
/** "Several content words aligned in order": fewer is a coincidence of topic, not a statement. */
export const minimumAlignedWords = 3;
/**
 * Between its first and last aligned word, the heavier sentence must be at least this much
 * aligned, so three words scattered across a long sentence do not match a short one.
 */
export const alignedSpanShare = 0.4;

/** A sentence prepared for comparison: distinct stems in order of appearance, with weights. */
interface Prepared {
  stems: string[];
  weights: Float64Array;
  total: number;
  /** A statement and its negation are two statements, however many words they share. */
  negated: boolean;
}

export interface Alignment {
  /** Weight of the aligned stems. */
  weight: number;
  words: number;
  /** Aligned weight over the lighter sentence's weight. */
  share: number;
  /** Aligned weight over the weight of the heavier sentence's aligned stretch. */
  spanShare: number;
}

function prepare(text: string, rarity: Rarity): Prepared {
  // A stem counted once: the alignment weight can then never exceed the shared stems' weight,
  // which is what makes the prefix filter exact.
  const stems = [...new Set(contentStems(text))];
  const weights = Float64Array.from(stems, (stem) => weightOf(rarity, stem));
  return { stems, weights, total: weights.reduce((sum, weight) => sum + weight, 0), negated: isNegated(text) };
}

/** The heaviest common subsequence of two sentences' stems (weighted longest common subsequence). */
function align(lighter: Prepared, heavier: Prepared): Alignment {
  const rows = lighter.stems.length;
  const columns = heavier.stems.length;
  const width = columns + 1;
  const table = new Float64Array((rows + 1) * width);
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      const diagonal = lighter.stems[row - 1] === heavier.stems[column - 1] ? table[(row - 1) * width + column - 1]! + lighter.weights[row - 1]! : 0;
      table[row * width + column] = Math.max(diagonal, table[(row - 1) * width + column]!, table[row * width + column - 1]!);
    }
  }
  let words = 0;
  let first = -1;
  let last = -1;
  for (let row = rows, column = columns; row > 0 && column > 0; ) {
    const here = table[row * width + column]!;
    if (lighter.stems[row - 1] === heavier.stems[column - 1] && here === table[(row - 1) * width + column - 1]! + lighter.weights[row - 1]!) {
      words++;
      if (last === -1) last = column - 1;
      first = column - 1;
      row--;
      column--;
    } else if (here === table[(row - 1) * width + column]!) row--;
    else column--;
  }
  const weight = table[rows * width + columns]!;
  let span = 0;
  for (let column = first; column >= 0 && column <= last; column++) span += heavier.weights[column]!;
  return { weight, words, share: lighter.total > 0 ? weight / lighter.total : 0, spanShare: span > 0 ? weight / span : 0 };
}

function isSameStatement(lighter: Prepared, heavier: Prepared): boolean {
  if (lighter.negated !== heavier.negated) return false;
  const alignment = align(lighter, heavier);
  return alignment.words >= minimumAlignedWords && alignment.share >= sameStatementShare && alignment.spanShare >= alignedSpanShare;
}

/** How two sentences align, the lighter first; for tests and tuning. */
export function compareSentences(left: string, right: string, rarity: Rarity): Alignment & { same: boolean } {
  const [lighter, heavier] = [prepare(left, rarity), prepare(right, rarity)].sort((a, b) => a.total - b.total) as [Prepared, Prepared];
  return { ...align(lighter, heavier), same: isSameStatement(lighter, heavier) };
}

/** A distinct sentence of one speaker and the quotes that hold it. */
interface Entry {
  speaker: string;
  sentence: Prepared;
  /** Each quote holding it: [quote index, the sentence as printed, its number in the quote]. */
  occurrences: Array<[number, string, number]>;
}

/**
 * A stem indexed by thousands of one speaker's sentences (a speaker who says the same few words
 * all year) would make every pair a candidate. Each sentence looks at most this many neighbours
 * (in archive order) in one stem's list, so the work stays linear in the corpus even then.
 */
export const candidatesPerWord = 200;

/** The statements of a corpus, and for each quote id the ids of the same statement in other articles. */
export function findStatements(quotes: StatementQuote[], rarity: Rarity): { statements: FoundStatement[]; sameAs: Map<string, string[]> } {
  const entries: Entry[] = [];
  const byKey = new Map<string, Entry>();
  quotes.forEach((quote, quoteIndex) => {
    const speaker = quote.speakerId;
    if (!speaker) return; // the same statement needs the same speaker
    sentencesOf(quote.text).forEach((printed, number) => {
      const sentence = prepare(printed, rarity);
      if (sentence.stems.length < minimumAlignedWords) return;
      const key = `${speaker}\u0000${sentence.negated ? 'not ' : ''}${sentence.stems.join(' ')}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { speaker, sentence, occurrences: [] };
        byKey.set(key, entry);
        entries.push(entry);
      }
      entry.occurrences.push([quoteIndex, printed, number + 1]);
    });
  });

  // Each entry under the stems of its prefix, rarest first: once the stems left weigh less than
  // the share it must have aligned, a sentence it matches as the lighter must share a stem before.
  const lists = new Map<string, number[]>();
  entries.forEach((entry, entryIndex) => {
    const { stems, weights, total } = entry.sentence;
    const order = stems.map((_, position) => position).sort((left, right) => weights[right]! - weights[left]! || (stems[left]! < stems[right]! ? -1 : 1));
    let rest = total;
    for (const position of order) {
      if (rest < sameStatementShare * total) break;
      rest -= weights[position]!;
      const key = `${entry.speaker}\u0000${stems[position]!}`;
      const list = lists.get(key);
      if (list) list.push(entryIndex);
      else lists.set(key, [entryIndex]);
    }
  });

  const parent = Int32Array.from(entries, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  // seen[other] === entryIndex + 1: the other entry was already a candidate of this one.
  const seen = new Int32Array(entries.length);
  entries.forEach((entry, entryIndex) => {
    const stamp = entryIndex + 1;
    const stems = new Set(entry.sentence.stems);
    // The weight of the stems two sentences share bounds what can align: a cheap test before the alignment.
    const sharedWeight = (other: Prepared) => other.stems.reduce((sum, stem, position) => (stems.has(stem) ? sum + other.weights[position]! : sum), 0);
    for (const stem of entry.sentence.stems) {
      const list = lists.get(`${entry.speaker}\u0000${stem}`);
      if (!list) continue;
      const [from, to] = nearest(list, entryIndex);
      for (let at = from; at < to; at++) {
        const otherIndex = list[at]!;
        if (otherIndex === entryIndex || seen[otherIndex] === stamp) continue;
        seen[otherIndex] = stamp;
        const other = entries[otherIndex]!;
        // Each pair once, from the heavier side: the list holds the other as the lighter.
        if (other.sentence.total > entry.sentence.total || (other.sentence.total === entry.sentence.total && otherIndex < entryIndex)) continue;
        if (find(otherIndex) === find(entryIndex)) continue;
        if (other.sentence.negated !== entry.sentence.negated || sharedWeight(other.sentence) < sameStatementShare * other.sentence.total) continue;
        if (isSameStatement(other.sentence, entry.sentence)) parent[find(otherIndex)] = find(entryIndex);
      }
    }
  });

  // Components in order of their first entry; a statement needs two articles.
  const components = new Map<number, Entry[]>();
  entries.forEach((entry, index) => {
    const root = find(index);
    const component = components.get(root);
    if (component) component.push(entry);
    else components.set(root, [entry]);
  });
  const statements: FoundStatement[] = [];
  const sameAs = new Map<string, Set<string>>();
  for (const component of components.values()) {
    const occurrences = component.flatMap((entry) => entry.occurrences);
    const members = occurrences.map(([quoteIndex, sentence]) => ({ quote: quotes[quoteIndex]!.id, article: quotes[quoteIndex]!.article, sentence }));
    if (new Set(members.map((member) => member.article)).size < 2) continue;
    // Named after its first sentence's quote and place, so the id stays when the archive grows.
    const [firstQuote, , firstNumber] = occurrences[0]!;
    statements.push({ id: `s-${quotes[firstQuote]!.id.replace(/^q-/, '')}-${firstNumber}`, speakerId: component[0]!.speaker, members });
    for (const member of members) {
      const others = sameAs.get(member.quote) ?? new Set<string>();
      for (const other of members) if (other.article !== member.article) others.add(other.quote);
      sameAs.set(member.quote, others);
    }
  }
  return { statements, sameAs: new Map(quotes.map((quote) => [quote.id, [...(sameAs.get(quote.id) ?? [])].sort()])) };
}

/** The first index of an ascending list whose value is at least `value`. */
function lowerBound(list: number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The window [from, to) of a stem's list (entry indices, ascending) that an entry looks at. */
function nearest(list: number[], entry: number): [number, number] {
  if (list.length <= candidatesPerWord) return [0, list.length];
  const low = lowerBound(list, entry);
  const start = Math.max(0, Math.min(low - candidatesPerWord / 2, list.length - candidatesPerWord));
  return [start, start + candidatesPerWord];
}
