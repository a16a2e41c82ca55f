// The one collation every sort of text uses: the same order in every locale and on every ICU.
// Text is compared by a key (compatibility-decomposed, marks removed, lower-cased, which
// String.prototype.toLowerCase does without a locale), in UTF-16 code unit order; ties fall back
// to the text itself, so the order is total.

const keys = new Map<string, string>();
/** Text that decomposition and mark removal leave as it is: its key is its lower case. */
const plainAscii = /^[\x00-\x7f]*$/;

export function collationKey(text: string): string {
  // Slugs, URLs and ISO dates, most of what is sorted, need no table (and would crowd it out).
  if (plainAscii.test(text)) return text.toLowerCase();
  let key = keys.get(text);
  if (key === undefined) {
    key = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    if (keys.size > 100_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

function byCodeUnit(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Use instead of `localeCompare`. */
export function compareText(left: string, right: string): number {
  return byCodeUnit(collationKey(left), collationKey(right)) || byCodeUnit(left, right);
}
