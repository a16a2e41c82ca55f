// The one order of articles in every list and feed: newest first by the date the article gives,
// undated ones after, by headline; one collation, so the same in every locale.
import { compareText } from '../text/collate.ts';

export function newestFirst(left: { date: string | null; title: string }, right: { date: string | null; title: string }): number {
  return compareText(right.date ?? '', left.date ?? '') || compareText(left.title, right.title);
}
