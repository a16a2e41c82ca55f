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

/** Share of the shorter sentence's words found in the longer one. */
function overlap(left: Set<string>, right: Set<string>): number {
  let shared = 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  for (const word of small) if (large.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
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
  /** Its distinct words, rarest first. */
  ordered: string[];
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
      if (!group) groups.set(key, (group = { words: new Set(words), pairs: new Set(pairsOf(words)), quotes: [], ordered: [] }));
      if (group.quotes[group.quotes.length - 1] !== quoteIndex) group.quotes.push(quoteIndex);
      for (const pair of group.pairs) pairs.add(pair);
    }
    quotePairs.push(pairs);
  });
  const list = [...groups.values()];

  // Rarity counts distinct sentences, so a reprinted statement does not make its words common.
  const frequency = new Map<string, number>();
  for (const group of list) for (const word of group.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (left: string, right: string) => frequency.get(left)! - frequency.get(right)! || (left < right ? -1 : left > right ? 1 : 0);
  for (const group of list) group.ordered = [...group.words].sort(rarestFirst);

  // Each sentence under the rarest words it must share with any sentence it matches as the shorter,
  // with the word's place in its order.
  const index = new Map<string, Array<{ group: number; position: number }>>();
  list.forEach((group, groupIndex) => {
    const size = group.words.size;
    group.ordered.slice(0, size - requiredShared(size) + 1).forEach((word, position) => {
      const bucket = index.get(word);
      if (bucket) bucket.push({ group: groupIndex, position });
      else index.set(word, [{ group: groupIndex, position }]);
    });
  });

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
  list.forEach((group, groupIndex) => {
    // Quotes that share a whole sentence are the same statement (and share its word pairs).
    for (let left = 0; left < group.quotes.length; left++) for (let right = left + 1; right < group.quotes.length; right++) link(group.quotes[left]!, group.quotes[right]!, true);
    const size = group.words.size;
    const seen = new Set<number>();
    for (let position = 0; position <= size - probeShared; position++) {
      for (const { group: otherIndex, position: otherPosition } of nearest(index.get(group.ordered[position]!) ?? [], groupIndex)) {
        if (otherIndex === groupIndex || seen.has(otherIndex)) continue;
        seen.add(otherIndex);
        const other = list[otherIndex]!;
        // Each pair once: from the longer sentence (ties: the one listed first).
        if (other.words.size > size || (other.words.size === size && otherIndex < groupIndex)) continue;
        // The first shared word, in rarity order, leaves at most this many more to share.
        if (Math.min(size - position, other.words.size - otherPosition) < requiredShared(other.words.size)) continue;
        if (overlap(group.words, other.words) < sameStatementThreshold) continue;
        const sharePair = sharesAny(group.pairs, other.pairs);
        for (const left of group.quotes) for (const right of other.quotes) link(left, right, sharePair);
      }
    }
  });
  return new Map([...same].map(([id, ids]) => [id, [...ids].sort()]));
}

/**
 * A word that thousands of distinct sentences index (an archive whose quotes are all built from
 * the same few words) would make every pair a candidate. Each sentence looks at most this many
 * neighbours (in archive order) in one word's list, so the work stays linear in the corpus even
 * then; lists this long do not occur when quotes carry the names and numbers real ones do.
 */
export const candidatesPerWord = 200;

function nearest<T extends { group: number }>(bucket: T[], group: number): T[] {
  if (bucket.length <= candidatesPerWord) return bucket;
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bucket[middle]!.group < group) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - candidatesPerWord / 2, bucket.length - candidatesPerWord));
  return bucket.slice(start, start + candidatesPerWord);
}

function sharesAny(left: Set<string>, right: Set<string>): boolean {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  for (const item of small) if (large.has(item)) return true;
  return false;
}
