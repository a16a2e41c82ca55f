// Bounded look-behind. A pattern anchored at the end (`…$`) and run on the text before each
// word costs the length of that text every time: over a long sentence, quadratic (a 1 MB line
// without a full stop never finished). Rules that look behind a position look at most
// `lookBehind` characters, cut at a word boundary and led by an invisible separator (U+2063,
// which the patterns already treat as a barrier), so no rule mistakes the cut for the start of
// the sentence. Normal sentences are shorter than the window and see exactly what they saw.

export const lookBehind = 400;

export const windowMark = '\u2063';

/** `text.slice(0, end)`, or its last `size` characters (from a word start) after a barrier. */
export function textBefore(text: string, end: number, size = lookBehind): string {
  if (end <= size) return text.slice(0, end);
  const from = end - size;
  const space = text.slice(from, end).search(/\s/);
  return windowMark + text.slice(space === -1 ? from : from + space + 1, end);
}
