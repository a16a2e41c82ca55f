// The same statement reported by several outlets: quotes by one speaker in different articles
// that share a sentence (by content words). Candidates come from an index of word pairs, so the
// work grows with the number of quotes, not its square.

const stopWords = new Set('a an the and or but of to in on at for with by from that this it its is are was were be been has have had will would can could not no as than then so we i you he she they our their his her them us do does did there what which who'.split(' '));

export function contentWords(text: string): string[] {
  return (text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? []).filter((word) => !stopWords.has(word));
}

function sentencesOf(text: string): string[][] {
  return text.split(/(?<=[.!?])\s+/).map(contentWords).filter((words) => words.length >= 3);
}

/** Share of the shorter sentence's words found in the longer one. */
function overlap(left: string[], right: string[]): number {
  const rightSet = new Set(right);
  const shared = new Set(left.filter((word) => rightSet.has(word)));
  return shared.size / Math.min(new Set(left).size, rightSet.size);
}

export interface StatementQuote {
  id: string;
  article: string;
  speakerId: string | null;
  text: string;
}

export const sameStatementThreshold = 0.6;

/** For each quote id, the ids of the same statement in other articles. */
export function findSameStatements(quotes: StatementQuote[]): Map<string, string[]> {
  const sentences = quotes.map((quote) => sentencesOf(quote.text));
  const index = new Map<string, number[]>();
  sentences.forEach((list, quoteIndex) => {
    for (const words of list) {
      for (let position = 0; position + 1 < words.length; position++) {
        const key = `${words[position]} ${words[position + 1]}`;
        const bucket = index.get(key) ?? [];
        if (bucket[bucket.length - 1] !== quoteIndex) bucket.push(quoteIndex);
        index.set(key, bucket);
      }
    }
  });
  const same = new Map<string, Set<string>>(quotes.map((quote) => [quote.id, new Set()]));
  sentences.forEach((list, quoteIndex) => {
    const quote = quotes[quoteIndex]!;
    const candidates = new Set<number>();
    for (const words of list) for (let position = 0; position + 1 < words.length; position++) for (const other of index.get(`${words[position]} ${words[position + 1]}`) ?? []) candidates.add(other);
    for (const otherIndex of candidates) {
      const other = quotes[otherIndex]!;
      if (otherIndex <= quoteIndex || other.article === quote.article) continue;
      if (quote.speakerId && other.speakerId && quote.speakerId !== other.speakerId) continue;
      const matches = list.some((words) => sentences[otherIndex]!.some((otherWords) => overlap(words, otherWords) >= sameStatementThreshold));
      if (!matches) continue;
      same.get(quote.id)!.add(other.id);
      same.get(other.id)!.add(quote.id);
    }
  });
  return new Map([...same].map(([id, ids]) => [id, [...ids].sort()]));
}

