// Quotation marks, as a table: each pair says which characters open and close a quotation.
// Double marks are found first; single marks only outside them, so a quotation inside a quotation stays inside.

export interface QuoteMarkPair {
  open: string;
  close: string;
  /** Single marks double as apostrophes (Kremlin's, don't, Berlin’s), so they need stricter context. */
  single: boolean;
  /** A space may stand between the mark and the words it encloses. */
  spaced?: boolean;
  /** Counts only when its closing mark is in the same paragraph. */
  closedOnly?: boolean;
  /** A mixed pair does not close past this opening mark, which owns the closing one. */
  notAcross?: string;
}

export const quoteMarkPairs: QuoteMarkPair[] = [
  { open: '"', close: '"', single: false },
  { open: '“', close: '”', single: false },
  // Scraped and retyped text mixes straight and curly marks: “Our roads are crumbling," she said.
  { open: '“', close: '"', single: false },
  // (Not across a curly quotation nested inside: "The law isn’t about “Equal Justice” anymore.)
  { open: '"', close: '”', single: false, notAcross: '“' },
  { open: '“', close: '“', single: false, closedOnly: true },
  { open: '„', close: '“', single: false },
  { open: '„', close: '”', single: false },
  // Swedish and Finnish print the same mark on both sides: ”Vi är inte emot solkraft.”
  { open: '”', close: '”', single: false, closedOnly: true },
  // French typesetting puts a (narrow) no-break space inside guillemets: « Ceci ».
  { open: '«', close: '»', single: false, spaced: true },
  { open: "'", close: "'", single: true },
  { open: '‘', close: '’', single: true },
  { open: '‚', close: '‘', single: true },
];

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the end of the text when the quotation runs on). */
  end: number;
  /** The words between the marks. */
  text: string;
  /** True when no closing mark was found: the quotation continues in the next paragraph. */
  unclosed: boolean;
}

const letter = /[\p{L}\p{N}]/u;
const space = /\s/;
// What may stand right before an opening mark: the start, a space, an opening bracket or a dash.
const beforeOpening = /[\s([{\-–—/:;]/;

function canOpen(text: string, index: number, pair: QuoteMarkPair): boolean {
  const before = index === 0 ? ' ' : text[index - 1]!;
  const after = pair.spaced && /[ \u00a0\u202f]/.test(text[index + 1] ?? '') ? (text[index + 2] ?? ' ') : (text[index + 1] ?? ' ');
  if (space.test(after)) return false;
  if (!beforeOpening.test(before)) return false;
  // '90s and 'n' are apostrophes, not quotations.
  if (pair.single && !/[\p{L}]/u.test(after)) return false;
  return true;
}

function canClose(text: string, index: number, pair: QuoteMarkPair): boolean {
  const before = pair.spaced && /[ \u00a0\u202f]/.test(text[index - 1] ?? '') ? (text[index - 2] ?? ' ') : (text[index - 1] ?? ' ');
  const after = text[index + 1] ?? ' ';
  if (space.test(before)) return false;
  if (pair.single) {
    // An apostrophe inside a word: don't, Kremlin's, Berlin’s.
    if (letter.test(before) && letter.test(after)) return false;
  } else if (letter.test(after) && !/[,.!?]/.test(before)) {
    // (A missing space is a typo, not a word: “… audiences,"Katie Packer said.)
    return false;
  }
  return true;
}

function findClose(text: string, from: number, pair: QuoteMarkPair, limit: number): number {
  let possessive = -1;
  for (let index = from; index < limit; index++) {
    if (pair.notAcross && text[index] === pair.notAcross) return -1;
    if (text[index] !== pair.close || !canClose(text, index, pair)) continue;
    // "our skippers' livelihoods": a plural possessive, unless no other closing mark follows.
    if (pair.single && text[index - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(index + 1, index + 3))) {
      if (possessive === -1) possessive = index;
      continue;
    }
    return index;
  }
  return possessive;
}

// The pairs of each kind and the marks that open them, found once: most characters open nothing,
// and scanning asks of every one.
const doublePairs = quoteMarkPairs.filter((pair) => !pair.single);
const singlePairs = quoteMarkPairs.filter((pair) => pair.single);
const openingMarks = new Set(quoteMarkPairs.map((pair) => pair.open));

function scan(text: string, pairs: QuoteMarkPair[], from: number, limit: number, spans: QuoteSpan[]): void {
  let index = from;
  while (index < limit) {
    if (!openingMarks.has(text[index]!)) {
      index++;
      continue;
    }
    // „ closes with “ in German and with ” in Polish: try each pair that opens here, nearest close first.
    const candidates = pairs.filter((candidate) => text[index] === candidate.open && canOpen(text, index, candidate));
    if (candidates.length === 0) {
      index++;
      continue;
    }
    const closes = candidates.map((candidate) => findClose(text, index + 1, candidate, limit));
    const found = closes.map((close, at) => ({ close, pair: candidates[at]! })).filter((entry) => entry.close !== -1).sort((left, right) => left.close - right.close)[0];
    const pair = found?.pair ?? candidates[0]!;
    const close = found?.close ?? -1;
    if (close === -1) {
      // Only a double mark may run on into the next paragraph; an unmatched single mark is an apostrophe.
      if (!pair.single && !pair.closedOnly && limit === text.length) {
        spans.push({ start: index, end: limit, text: text.slice(index + 1, limit).trim(), unclosed: true });
        return;
      }
      index++;
      continue;
    }
    spans.push({ start: index, end: close + 1, text: text.slice(index + 1, close).replace(/^[\u00a0\u202f ]+|[\u00a0\u202f ]+$/g, ''), unclosed: false });
    index = close + 1;
  }
}

/** Every quotation in a paragraph's text, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles: QuoteSpan[] = [];
  scan(text, doublePairs, 0, text.length, doubles);
  const spans: QuoteSpan[] = [];
  let gapStart = 0;
  for (const span of [...doubles, { start: text.length, end: text.length, text: '', unclosed: false }]) {
    const singles: QuoteSpan[] = [];
    scan(text, singlePairs, gapStart, span.start, singles);
    spans.push(...singles.filter((single) => !single.unclosed));
    if (span.start < text.length || span.end > span.start) spans.push(span);
    gapStart = span.end;
  }
  // “,” or “…” quotes nothing: a quote has at least one letter or digit.
  return spans.filter((span) => /[\p{L}\p{N}]/u.test(span.text));
}

/** True when the paragraph opens with a quotation mark: the sign of a quotation carried over. */
export function opensWithQuoteMark(text: string): boolean {
  const first = text.trimStart()[0];
  return first !== undefined && quoteMarkPairs.some((pair) => !pair.single && pair.open === first);
}
