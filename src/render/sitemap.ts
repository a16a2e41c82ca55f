// sitemap.xml and robots.txt, written only when the site has a base URL (both need absolute URLs).
// A sitemap holds at most 50,000 URLs, so a larger archive gets sitemaps/sitemap-N.xml and a
// sitemap index in sitemap.xml.
import { absoluteUrl } from './site-urls.ts';

export const urlsPerSitemap = 50_000;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const header = '<?xml version="1.0" encoding="UTF-8"?>\n';
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** One sitemap's text, one line at a time (a large archive's is never held whole). */
function* urlSet(baseUrl: string, pages: string[]): Generator<string> {
  yield `${header}<urlset xmlns="${namespace}">\n`;
  for (const page of pages) yield `  <url><loc>${escapeXml(absoluteUrl(baseUrl, page)!)}</loc></url>\n`;
  yield '</urlset>\n';
}

export function sitemapFiles(baseUrl: string, pages: string[], limit = urlsPerSitemap): Array<{ path: string; contents: Iterable<string> }> {
  if (pages.length <= limit) return [{ path: 'sitemap.xml', contents: urlSet(baseUrl, pages) }];
  const parts: Array<{ path: string; contents: Iterable<string> }> = [];
  for (let start = 0; start < pages.length; start += limit) parts.push({ path: `sitemaps/sitemap-${parts.length + 1}.xml`, contents: urlSet(baseUrl, pages.slice(start, start + limit)) });
  const index = [`${header}<sitemapindex xmlns="${namespace}">\n`, ...parts.map((part) => `  <sitemap><loc>${escapeXml(absoluteUrl(baseUrl, part.path)!)}</loc></sitemap>\n`), '</sitemapindex>\n'];
  return [{ path: 'sitemap.xml', contents: index }, ...parts];
}

export function robotsText(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(baseUrl, 'sitemap.xml')}\n`;
}
