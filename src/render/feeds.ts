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


/** Everything one feed's two files are made from, as plain data: a build tells an unchanged feed by it. */
export interface FeedInputs {
  /** The site's settings (title, base URL, language, author, publisher). */
  site: Config['site'];
  folder: string;
  title: string;
  description: string;
  page: string;
  /** The newest articles, as much of each as an entry shows. */
  entries: Array<{
    title: string;
    url: string;
    slug: string;
    date: string | null;
    byline: string | null;
    summary: string;
    /** The outlet and the agencies it cites, joined. */
    outlet: string;
    /** Its whole quotes, with their speakers' names. */
    quotes: Array<{ text: string; speaker: string | null }>;
  }>;
}

/** A feed's inputs: its newest articles (a pass over its own), each as much as its entry shows. */
export function feedInputs(source: FeedSource, speakerNames: Map<string, string>, config: Config): FeedInputs {
  const articles = [...source.articles].sort(newestFirst).slice(0, feedEntries);
  return {
    site: config.site,
    folder: source.folder,
    title: source.title,
    description: source.description,
    page: source.page,
    entries: articles.map((article) => ({
      title: article.title,
      url: article.url,
      slug: article.slug,
      date: article.date,
      byline: article.byline,
      summary: describe(article.body),
      outlet: [...article.sources, ...(article.publisher ? [article.publisher] : [])].join(', '),
      quotes: article.quotes.filter((quote) => !quote.partial).map((quote) => ({ text: quote.text, speaker: quote.speakerId ? (speakerNames.get(quote.speakerId) ?? '') : null })),
    })),
  };
}

/** The paths of a feed's two files. */
export function feedPaths(inputs: FeedInputs): [atom: string, json: string] {
  return [feedPath(inputs.folder, 'atom'), feedPath(inputs.folder, 'json')];
}

/** Both files of one feed, made from its inputs alone. */
export function feedFiles(inputs: FeedInputs): FeedFile[] {
  const site = inputs.site;
  const [atom, json] = feedPaths(inputs);
  // With a base URL every link is absolute; without one, relative to the feed file. The feed
  // package accepts only absolute URLs, so those are made on a stand-in origin, taken out after.
  const link = (sitePath: string) => (site.baseUrl === null ? `${standIn}${sitePath}` : absoluteUrl(site.baseUrl, sitePath)!);
  const finish = (text: string) => `${site.baseUrl === null ? text.replaceAll(standIn, rootFor(atom)) : text}\n`;
  // Atom requires an updated time; undated articles take the newest date of the feed (or the epoch), so output stays deterministic.
  const newest = inputs.entries.find((entry) => entry.date)?.date;
  const updated = newest ? dayOf(newest) : new Date(0);
  const feed = new Feed({
    id: absoluteUrl(site.baseUrl, inputs.page) ?? `urn:verbatim:feed:${inputs.folder || 'site'}`,
    title: plainText(typographicQuotes(inputs.title)),
    description: plainText(inputs.description),
    link: link(inputs.page),
    language: site.language,
    updated,
    generator: 'Verbatim',
    feedLinks: { atom: link(atom), json: link(json) },
    ...(site.author ? { author: { name: site.author } } : {}),
    copyright: site.publisher || site.title,
  });
  for (const entry of inputs.entries) {
    const quotes = entry.quotes.map((quote) => `<li>“${escapeHtml(quote.text)}”${quote.speaker !== null ? ` — ${escapeHtml(quote.speaker)}` : ''}</li>`);
    feed.addItem({
      title: plainText(typographicQuotes(entry.title)),
      id: absoluteUrl(site.baseUrl, entry.url) ?? `urn:verbatim:article:${entry.slug}`,
      link: link(entry.url),
      date: entry.date ? dayOf(entry.date) : updated,
      ...(entry.date ? { published: dayOf(entry.date) } : {}),
      description: plainText(entry.summary),
      content: `<p>${escapeHtml(entry.summary)}</p>${entry.outlet ? `<p>${escapeHtml(entry.outlet)}</p>` : ''}${quotes.length > 0 ? `<ul>${quotes.join('')}</ul>` : ''}`,
      ...(entry.byline ? { author: [{ name: entry.byline }] } : {}),
    });
  }
  return [
    { path: atom, contents: finish(feed.atom1()) },
    { path: json, contents: finish(feed.json1()) },
  ];
}

/** Every feed of the site: the whole archive, each theme, each speaker (each a single pass over its own articles). */
export function* siteFeeds(corpus: Corpus, config: Config): Generator<FeedInputs> {
  const articleBySlug = new Map(corpus.articles.map((article) => [article.slug, article]));
  const articlesOf = (slugs: string[]) => slugs.flatMap((slug) => (articleBySlug.has(slug) ? [articleBySlug.get(slug)!] : []));
  const speakerNames = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));
  const feedOf = (source: FeedSource) => feedInputs(source, speakerNames, config);
  yield feedOf({ folder: '', title: config.site.title, description: config.site.description, page: 'index.html', articles: corpus.articles });
  for (const theme of corpus.themes) {
    yield feedOf({ folder: feedFolder(theme.url), title: `${theme.label} · ${config.site.title}`, description: theme.description, page: theme.url, articles: articlesOf(theme.articles) });
  }
  for (const speaker of corpus.speakers) {
    yield feedOf({ folder: feedFolder(speaker.url), title: `${speaker.name} · ${config.site.title}`, description: `Articles quoting ${speaker.name}`, page: speaker.url, articles: articlesOf(speaker.articles) });
  }
}

/** "themes/military-aid.html" → "themes/military-aid": a page's feeds sit in the folder of its later pages. */
export function feedFolder(pageUrl: string): string {
  return pageUrl.replace(/\.html$/, '');
}
