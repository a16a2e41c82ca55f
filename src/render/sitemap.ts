// sitemap.xml and robots.txt, written only when the site has a base URL (both need absolute URLs).
import { absoluteUrl } from './site-urls.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap of the given pages, one line at a time (a large archive's is never held whole). */
export function* sitemapText(baseUrl: string, pages: Iterable<string>): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  for (const page of pages) yield `  <url><loc>${escapeXml(absoluteUrl(baseUrl, page)!)}</loc></url>\n`;
  yield '</urlset>\n';
}

export function robotsText(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(baseUrl, 'sitemap.xml')}\n`;
}
