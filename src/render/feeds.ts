// Atom and JSON Feed files (the `feed` package) for the whole site, each theme and each speaker:
// the newest articles first. Links are absolute with a base URL, else relative to the feed's
// own place, so a feed opened from disk still leads to its pages.
import { Feed } from 'feed';
import type { Config } from '../config/config.ts';
import type { Article, Corpus } from '../types.ts';
import { newestFirst } from './order.ts';
import { absoluteUrl, rootFor } from './site-urls.ts';
import { describe } from './summary.ts';
import { typographicQuotes } from './typography.ts';

/** Entries in each feed: the newest, so a feed's size does not grow with the archive. */
export const feedEntries = 50;

export interface FeedFile {
  path: string;
  contents: string;
}

/** A feed's place on the site and what it is about; `folder` is "" for the site's own feeds. */
export interface FeedSource {
  folder: string;
  title: string;
  description: string;
  /** The page the feed belongs to. */
  page: string;
  articles: Article[];
}

/** Never a real site (.invalid is reserved); see `link` in feedFiles. */
const standIn = 'https://verbatim.invalid/';

/** The feed package puts titles and summaries in CDATA sections unescaped; "]]>" would end one. */
const plainText = (text: string) => text.replaceAll(']]>', ']] >');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "" → "feed.xml", "themes/military-aid" → "themes/military-aid/feed.xml". */
export function feedPath(folder: string, kind: 'atom' | 'json'): string {
  return `${folder === '' ? '' : `${folder}/`}feed.${kind === 'atom' ? 'xml' : 'json'}`;
}

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);


/** Both files of one feed. */
export function feedFiles(source: FeedSource, corpus: Pick<Corpus, 'speakers'>, config: Config): FeedFile[] {
  const site = config.site;
  const atom = feedPath(source.folder, 'atom');
  const json = feedPath(source.folder, 'json');
  // With a base URL every link is absolute; without one, relative to the feed file. The feed
  // package accepts only absolute URLs, so those are made on a stand-in origin, taken out after.
  const link = (sitePath: string) => (site.baseUrl === null ? `${standIn}${sitePath}` : absoluteUrl(site.baseUrl, sitePath)!);
  const finish = (text: string) => `${site.baseUrl === null ? text.replaceAll(standIn, rootFor(atom)) : text}\n`;
  const articles = [...source.articles].sort(newestFirst).slice(0, feedEntries);
  // Atom requires an updated time; undated articles take the newest date of the feed (or the epoch), so output stays deterministic.
  const newest = articles.find((article) => article.date)?.date;
  const updated = newest ? dayOf(newest) : new Date(0);
  const speakerNames = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));
  const feed = new Feed({
    id: absoluteUrl(site.baseUrl, source.page) ?? `urn:verbatim:feed:${source.folder || 'site'}`,
    title: plainText(typographicQuotes(source.title)),
    description: plainText(source.description),
    link: link(source.page),
    language: site.language,
    updated,
    generator: 'Verbatim',
    feedLinks: { atom: link(atom), json: link(json) },
    ...(site.author ? { author: { name: site.author } } : {}),
    copyright: site.publisher || site.title,
  });
  for (const article of articles) {
    const summary = describe(article.body);
    const quotes = article.quotes
      .filter((quote) => !quote.partial)
      .map((quote) => `<li>“${escapeHtml(quote.text)}”${quote.speakerId ? ` — ${escapeHtml(speakerNames.get(quote.speakerId) ?? '')}` : ''}</li>`);
    const outlet = [...article.sources, ...(article.publisher ? [article.publisher] : [])].join(', ');
    feed.addItem({
      title: plainText(typographicQuotes(article.title)),
      id: absoluteUrl(site.baseUrl, article.url) ?? `urn:verbatim:article:${article.slug}`,
      link: link(article.url),
      date: article.date ? dayOf(article.date) : updated,
      ...(article.date ? { published: dayOf(article.date) } : {}),
      description: plainText(summary),
      content: `<p>${escapeHtml(summary)}</p>${outlet ? `<p>${escapeHtml(outlet)}</p>` : ''}${quotes.length > 0 ? `<ul>${quotes.join('')}</ul>` : ''}`,
      ...(article.byline ? { author: [{ name: article.byline }] } : {}),
    });
  }
  return [
    { path: atom, contents: finish(feed.atom1()) },
    { path: json, contents: finish(feed.json1()) },
  ];
}

/** Every feed of the site: the whole archive, each theme, each speaker (each a single pass over its own articles). */
export function* siteFeeds(corpus: Corpus, config: Config): Generator<FeedFile> {
  const articleBySlug = new Map(corpus.articles.map((article) => [article.slug, article]));
  const articlesOf = (slugs: string[]) => slugs.flatMap((slug) => (articleBySlug.has(slug) ? [articleBySlug.get(slug)!] : []));
  yield* feedFiles({ folder: '', title: config.site.title, description: config.site.description, page: 'index.html', articles: corpus.articles }, corpus, config);
  for (const theme of corpus.themes) {
    yield* feedFiles({ folder: feedFolder(theme.url), title: `${theme.label} · ${config.site.title}`, description: theme.description, page: theme.url, articles: articlesOf(theme.articles) }, corpus, config);
  }
  for (const speaker of corpus.speakers) {
    yield* feedFiles({ folder: feedFolder(speaker.url), title: `${speaker.name} · ${config.site.title}`, description: `Articles quoting ${speaker.name}`, page: speaker.url, articles: articlesOf(speaker.articles) }, corpus, config);
  }
}

/** "themes/military-aid.html" → "themes/military-aid": a page's feeds sit in the folder of its later pages. */
export function feedFolder(pageUrl: string): string {
  return pageUrl.replace(/\.html$/, '');
}
