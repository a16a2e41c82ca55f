// The same statement reported by several outlets: quotes by one speaker in different articles
// that share a sentence (by content words) and at least one pair of adjacent content words.
//
// Nothing here compares all pairs. Sentences are grouped by their content words first, so a
// statement that every outlet reprints is one group, compared once through its representative.
// Near-duplicates among the distinct sentences are found with a prefix filter: each sentence is
// indexed under its rarest words only, just enough of them that two sentences sharing the
// required share of words must share one indexed word. Rare words have short lists, so the work
// grows with the number of distinct sentences, not its square.

const stopWords = new Set('a an the and or but of to in on at for with by from that this it its is are was were be been has have had will would can could not no as than then so we i you he she they our their his her them us do does did there what which who'.split(' '));

export function contentWords(text: string): string[] {
  return (text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? []).filter((word) => !stopWords.has(word));
}

function sentencesOf(text: string): string[][] {
  return text.split(/(?<=[.!?])\s+/).map(contentWords).filter((words) => words.length >= 3);
}

function pairsOf(words: string[]): string[] {
  const pairs: string[] = [];
  for (let position = 0; position + 1 < words.length; position++) pairs.push(`${words[position]} ${words[position + 1]}`);
  return pairs;
}

/** The fewest shared words that make two sentences the same when the shorter has `size` words. */
function requiredShared(size: number): number {
  let shared = requiredCache[size];
  if (shared !== undefined) return shared;
  for (shared = 0; shared / size < sameStatementThreshold; ) shared++;
  return (requiredCache[size] = shared);
}
const requiredCache: number[] = [];

export interface StatementQuote {
  id: string;
  article: string;
  speakerId: string | null;
  text: string;
}

export const sameStatementThreshold = 0.6;

/** A distinct sentence (by its content words, in order) and the quotes that contain it. */
interface SentenceGroup {
  words: Set<string>;
  pairs: Set<string>;
  quotes: number[];
  /** Its distinct words as ranks (rarest first: 0 is the rarest word of the corpus), ascending. */
  ranks: Int32Array;
}

/** For each quote id, the ids of the same statement in other articles. */
export function findSameStatements(quotes: StatementQuote[]): Map<string, string[]> {
  const groups = new Map<string, SentenceGroup>();
  const quotePairs: Array<Set<string>> = [];
  quotes.forEach((quote, quoteIndex) => {
    const pairs = new Set<string>();
    for (const words of sentencesOf(quote.text)) {
      const key = words.join(' ');
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { words: new Set(words), pairs: new Set(pairsOf(words)), quotes: [], ranks: new Int32Array(0) }));
      if (group.quotes[group.quotes.length - 1] !== quoteIndex) group.quotes.push(quoteIndex);
      for (const pair of group.pairs) pairs.add(pair);
    }
    quotePairs.push(pairs);
  });
  const list = [...groups.values()];

  // Rarity counts distinct sentences, so a reprinted statement does not make its words common.
  // Every word gets its rank in one corpus-wide order (rarest first, ties by code unit), so a
  // sentence's words rarest first are its ranks in ascending order, and two sentences' shared
  // words are counted by merging two sorted lists of integers.
  const frequency = new Map<string, number>();
  for (const group of list) for (const word of group.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (left: string, right: string) => frequency.get(left)! - frequency.get(right)! || (left < right ? -1 : left > right ? 1 : 0);
  const rank = new Map([...frequency.keys()].sort(rarestFirst).map((word, position) => [word, position]));
  for (const group of list) group.ranks = Int32Array.from(group.words, (word) => rank.get(word)!).sort();
  const sizes = Int32Array.from(list, (group) => group.words.size);

  // A sentence whose quotes are all by one named speaker can only be the same statement as a
  // sentence with a quote by that speaker or by nobody named. So each word's list is kept whole
  // (it sets the window a sentence looks at) and split by speaker: 0 for sentences with an
  // unnamed quote or quotes by several speakers, which every sentence looks at.
  const speakerNumbers = new Map<string, number>();
  const speakerOf = Int32Array.from(list, (group) => {
    const ids = new Set(group.quotes.map((quote) => quotes[quote]!.speakerId));
    const [only] = ids;
    if (ids.size !== 1 || !only) return 0;
    let number = speakerNumbers.get(only);
    if (number === undefined) speakerNumbers.set(only, (number = speakerNumbers.size + 1));
    return number;
  });

  // Each sentence under the rarest words it must share with any sentence it matches as the shorter,
  // with the word's place in its order; each word's list is in sentence order.
  const buckets: number[][] = Array.from({ length: rank.size }, () => []);
  const bucketPositions: number[][] = Array.from({ length: rank.size }, () => []);
  const bySpeaker = new Map<string, { groups: number[]; positions: number[] }>();
  list.forEach((group, groupIndex) => {
    const size = sizes[groupIndex]!;
    const indexed = size - requiredShared(size) + 1;
    for (let position = 0; position < indexed; position++) {
      const word = group.ranks[position]!;
      buckets[word]!.push(groupIndex);
      bucketPositions[word]!.push(position);
      const key = `${word} ${speakerOf[groupIndex]!}`;
      const part = bySpeaker.get(key);
      if (part) {
        part.groups.push(groupIndex);
        part.positions.push(position);
      } else bySpeaker.set(key, { groups: [groupIndex], positions: [position] });
    }
  });
  const none: { groups: number[]; positions: number[] } = { groups: [], positions: [] };

  const same = new Map<string, Set<string>>(quotes.map((quote) => [quote.id, new Set()]));
  const link = (left: number, right: number, sharePair: boolean) => {
    const a = quotes[left]!;
    const b = quotes[right]!;
    if (left === right || a.article === b.article) return;
    if (a.speakerId && b.speakerId && a.speakerId !== b.speakerId) return;
    if (!sharePair && !sharesAny(quotePairs[left]!, quotePairs[right]!)) return;
    same.get(a.id)!.add(b.id);
    same.get(b.id)!.add(a.id);
  };
  // The shortest sentence a longer one can match has 3 words; the probe prefix allows for it.
  const probeShared = requiredShared(3);
  // seen[other] === groupIndex + 1: the other sentence was already a candidate of this one.
  const seen = new Int32Array(list.length);
  list.forEach((group, groupIndex) => {
    // Quotes that share a whole sentence are the same statement (and share its word pairs).
    for (let left = 0; left < group.quotes.length; left++) for (let right = left + 1; right < group.quotes.length; right++) link(group.quotes[left]!, group.quotes[right]!, true);
    const size = sizes[groupIndex]!;
    const stamp = groupIndex + 1;
    const speaker = speakerOf[groupIndex]!;
    const consider = (otherIndex: number, otherPosition: number, position: number) => {
      if (otherIndex === groupIndex || seen[otherIndex] === stamp) return;
      seen[otherIndex] = stamp;
      const otherSize = sizes[otherIndex]!;
      // Each pair once: from the longer sentence (ties: the one listed first).
      if (otherSize > size || (otherSize === size && otherIndex < groupIndex)) return;
      // The first shared word, in rarity order, leaves at most this many more to share.
      if (Math.min(size - position, otherSize - otherPosition) < requiredShared(otherSize)) return;
      const other = list[otherIndex]!;
      if (sharedCount(group.ranks, other.ranks) / otherSize < sameStatementThreshold) return;
      const sharePair = sharesAny(group.pairs, other.pairs);
      for (const left of group.quotes) for (const right of other.quotes) link(left, right, sharePair);
    };
    for (let position = 0; position <= size - probeShared; position++) {
      const word = group.ranks[position]!;
      const bucket = buckets[word]!;
      if (bucket.length === 0) continue;
      const [from, to] = nearest(bucket, groupIndex);
      if (speaker === 0) {
        const positions = bucketPositions[word]!;
        for (let entry = from; entry < to; entry++) consider(bucket[entry]!, positions[entry]!, position);
        continue;
      }
      // Only this speaker's sentences and the open ones, in the window's range of sentence numbers.
      const first = bucket[from]!;
      const last = bucket[to - 1]!;
      for (const { groups: others, positions } of [bySpeaker.get(`${word} ${speaker}`) ?? none, bySpeaker.get(`${word} 0`) ?? none]) {
        for (let entry = lowerBound(others, first); entry < others.length && others[entry]! <= last; entry++) consider(others[entry]!, positions[entry]!, position);
      }
    }
  });
  return new Map([...same].map(([id, ids]) => [id, [...ids].sort()]));
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

/** How many values two ascending lists share. */
function sharedCount(left: Int32Array, right: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    const a = left[i]!;
    const b = right[j]!;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

/**
 * A word that thousands of distinct sentences index (an archive whose quotes are all built from
 * the same few words) would make every pair a candidate. Each sentence looks at most this many
 * neighbours (in archive order) in one word's list, so the work stays linear in the corpus even
 * then; lists this long do not occur when quotes carry the names and numbers real ones do.
 */
export const candidatesPerWord = 200;

/** The window [from, to) of a word's list (sentence indices, ascending) that a sentence looks at. */
function nearest(bucket: number[], group: number): [number, number] {
  if (bucket.length <= candidatesPerWord) return [0, bucket.length];
  const low = lowerBound(bucket, group);
  const start = Math.max(0, Math.min(low - candidatesPerWord / 2, bucket.length - candidatesPerWord));
  return [start, start + candidatesPerWord];
}

function sharesAny(left: Set<string>, right: Set<string>): boolean {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  for (const item of small) if (large.has(item)) return true;
  return false;
}
