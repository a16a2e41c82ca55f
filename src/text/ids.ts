// Quote ids: `q-` and 8 hex digits of a hash of the article's slug and the quote's words, so an id
// survives edits elsewhere in the article. `used` holds the ids already given (site-wide in the
// link stage), and a clash takes the first free `-N` suffix.
import { createHash } from 'node:crypto';

export function quoteId(slug: string, text: string, used: Set<string>): string {
  const hash = createHash('sha1').update(`${slug}\n${text}`).digest('hex').slice(0, 8);
  let id = `q-${hash}`;
  for (let suffix = 2; used.has(id); suffix++) id = `q-${hash}-${suffix}`;
  used.add(id);
  return id;
}
