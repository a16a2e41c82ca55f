// Absolute URLs, for the few places that need them (feeds, sitemap, canonical and Open Graph
// tags, JSON-LD). Links between pages stay relative, so the site works from disk and any folder.

/** "index.html" → the folder's URL ("https://example.org/archive/"), anything else appended to the base; null without a base URL. */
export function absoluteUrl(baseUrl: string | null, sitePath: string): string | null {
  if (baseUrl === null) return null;
  return baseUrl + (sitePath === 'index.html' ? '' : sitePath.replace(/(^|\/)index\.html$/, '$1'));
}

/** From a page at `path` back to the site root: "" at the top, "../" one folder down. */
export function rootFor(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}
