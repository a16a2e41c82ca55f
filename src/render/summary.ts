// Short texts made from long ones: a page's description and the excerpts in lists. A cut falls
// after a sentence or between words, never inside one, and says so with an ellipsis.

const sentenceEnd = /[.!?…]["'”’)\]]*(?=\s|$)/g;

/** The end of the last sentence that closes within `limit` characters and past half of it, or -1. */
function sentenceCut(text: string, limit: number): number {
  let cut = -1;
  for (const match of text.slice(0, limit + 1).matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (end <= limit && end >= limit / 2) cut = end;
  }
  return cut;
}

/** At most about `limit` characters of `text` (white space folded): whole if it fits, else cut after a sentence or a word, with "…". */
export function excerpt(text: string, limit: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= limit) return folded;
  const sentence = sentenceCut(folded, limit);
  if (sentence > 0) return /…["'”’)\]]*$/.test(folded.slice(0, sentence)) ? folded.slice(0, sentence) : `${folded.slice(0, sentence)} …`;
  const space = folded.lastIndexOf(' ', limit - 1);
  // One word longer than the limit is the only thing ever cut inside.
  const head = space > 0 ? folded.slice(0, space) : folded.slice(0, limit - 1);
  return `${head.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A page's own description: the standfirst (the first paragraph) when short, else its first sentence or sentences. */
export function describe(body: string, limit = 200): string {
  // Only the text up to the first blank line is read, however long the body.
  const start = body.search(/\S/);
  if (start === -1) return '';
  const blank = /\n[^\S\n]*\n/g;
  blank.lastIndex = start;
  const end = blank.exec(body)?.index ?? body.length;
  const folded = body.slice(start, end).replace(/\s+/g, ' ').trim();
  if (folded.length <= limit) return folded;
  const sentence = sentenceCut(folded, limit);
  return sentence > 0 ? folded.slice(0, sentence) : excerpt(folded, limit);
}

export interface QuoteContext {
  before: string;
  quoted: string;
  after: string;
}

/** The longest context shown on either side of a fragment. */
const contextReach = 240;

/**
 * The sentence of `body` that holds `quoted`: the words before and after it, back to the last
 * sentence end and on to the next (within `contextReach` characters, cut at a space with "…").
 * Null when the words are not found as written.
 */
export function sentenceAround(body: string, quoted: string): QuoteContext | null {
  const at = quoted === '' ? -1 : body.indexOf(quoted);
  if (at === -1) return null;
  const end = at + quoted.length;
  const windowBefore = body.slice(Math.max(0, at - contextReach), at);
  const sentenceStart = Math.max(windowBefore.lastIndexOf('\n'), ...[...windowBefore.matchAll(/[.!?][”"’]?\s+(?=\S)/g)].map((match) => match.index! + match[0].length - 1));
  let before = windowBefore.slice(sentenceStart + 1);
  if (sentenceStart === -1 && at > contextReach) before = `…${before.replace(/^\S*\s/, '')}`;
  const windowAfter = body.slice(end, end + contextReach);
  const next = windowAfter.search(/[.!?](?=[”"’]?(?:\s|$))|\n/);
  let after = next === -1 ? windowAfter : windowAfter.slice(0, next + 1);
  if (windowAfter[next] === '\n') after = after.slice(0, -1);
  if (next === -1 && end + contextReach < body.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, quoted, after };
}
