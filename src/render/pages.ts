// Every page of the site as a path, a template and the values it shows. Rendering is a
// function of the linked corpus: no page looks at the file system.
import type { Liquid } from 'liquidjs';
import type { Config } from '../config/config.ts';
import type { Article, Corpus, Quote, Speaker } from '../types.ts';
import { finishBody } from './body.ts';
import { feedFolder, feedPath } from './feeds.ts';
import { newestFirst } from './order.ts';
import { paginate } from './pagination.ts';
import { absoluteUrl, rootFor } from './site-urls.ts';
import { collectionPage, jsonLdText, newsArticle, quotation, speakerProfile, webSite } from './structured-data.ts';
import { describe } from './summary.ts';
import { longDate, plural } from './typography.ts';
import { compareText } from '../text/collate.ts';
import { slugify, uniqueSlugs } from '../text/slug.ts';

export interface Page {
  path: string;
  html: string;
}

/** A page the previous output already holds as it would be rendered now; rendered only if that copy is gone. */
export interface UnchangedPage {
  path: string;
  unchanged: true;
  render: () => string;
}

export interface RenderOptions {
  /** Given a page's path, template and values, true when the previous output holds that page as it would be rendered. */
  unchanged?: (path: string, template: string, values: Record<string, unknown>) => boolean;
}

/** What a page says about itself to search engines, feed readers and link previews. */
interface PageMeta {
  description: string;
  /** Open Graph's type. */
  type: 'website' | 'article' | 'profile';
  structuredData: Record<string, unknown>;
  /** The page's own feeds (a theme's, a speaker's), besides the site's. */
  feed?: { title: string; folder: string };
  published?: string | null;
}

interface QuoteView extends Quote {
  url: string;
  articleTitle: string;
  articleUrl: string;
  articleDate: string | null;
  outlet: string;
  speakerUrl: string | null;
  /** The other outlets that reported the statement, one link each (the first few), and how many more. */
  sameAsViews: Array<{ url: string; outlet: string; title: string }>;
  sameAsMore: number;
}

/** Every page of the site, rendered one at a time as they are asked for, so they can be written as they come. */
export function* renderSite(corpus: Corpus, config: Config, engine: Liquid, options: RenderOptions = {}): Generator<Page | UnchangedPage> {
  const articleBySlug = new Map(corpus.articles.map((article) => [article.slug, article]));
  const speakerById = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const themeById = new Map(corpus.themes.map((theme) => [theme.id, theme]));
  const quoteById = new Map<string, { quote: Quote; article: Article }>();
  for (const article of corpus.articles) for (const quote of article.quotes) quoteById.set(quote.id, { quote, article });

  const outletOf = (article: Article) => article.sources[0] ?? article.publisher ?? 'Unknown outlet';
  const quoteView = ({ quote, article }: { quote: Quote; article: Article }): QuoteView => ({
    ...quote,
    url: `${article.url}#${quote.id}`,
    articleTitle: article.title,
    articleUrl: article.url,
    articleDate: article.date,
    outlet: outletOf(article),
    speakerUrl: quote.speakerId ? (speakerById.get(quote.speakerId)?.url ?? null) : null,
    ...otherOutlets(quote),
  });
  function otherOutlets(quote: Quote): Pick<QuoteView, 'sameAsViews' | 'sameAsMore'> {
    const views = uniqueBy(
      quote.sameAs.flatMap((id) => {
        const other = quoteById.get(id);
        return other ? [{ url: `${other.article.url}#${id}`, outlet: outletOf(other.article), title: other.article.title }] : [];
      }),
      (view) => view.outlet,
    );
    return { sameAsViews: views.slice(0, shownOutlets), sameAsMore: Math.max(0, views.length - shownOutlets) };
  }
  // An article is shown on several cards (home, themes, sources, related); its standfirst is found once.
  const standfirsts = new Map<string, string>();
  const standfirstOf = (article: Article) => {
    let text = standfirsts.get(article.slug);
    if (text === undefined) standfirsts.set(article.slug, (text = describe(article.body)));
    return text;
  };
  const articleCard = (article: Article) => ({
    slug: article.slug,
    url: article.url,
    title: article.title,
    sources: article.sources,
    publisher: article.publisher,
    date: article.date,
    byline: article.byline,
    quoteCount: article.quotes.length,
    themes: article.themes.flatMap((id) => (themeById.has(id) ? [themeById.get(id)!] : [])),
    standfirst: standfirstOf(article),
    keyQuote: keyQuote(article),
  });
  // The quote a card shows: the first whole one with a named speaker, a sentence long if there is one.
  const keyQuote = (article: Article) => {
    const named = article.quotes.filter((quote) => !quote.partial && quote.speakerId && speakerById.has(quote.speakerId));
    const quote = named.find((candidate) => candidate.text.length >= 40) ?? named[0];
    return quote ? { text: quote.text, speaker: speakerById.get(quote.speakerId!)!.name } : null;
  };

  // Each speaker's record, page by page; an article's quotes link to the page that holds them.
  const speakerRecords = corpus.speakers.map((speaker) => ({
    speaker,
    pages: paginate(speaker.quotes.map((id) => quoteView(quoteById.get(id)!)).sort(newestFirst2), config.pagination.statements, speaker.url),
  }));
  const recordUrls = new Map(speakerRecords.flatMap(({ pages: recordPages }) => recordPages.flatMap((page) => page.items.map((quote) => [quote.id, page.url] as const))));

  const site = config.site;
  const sections = [
    { label: 'Home', url: 'index.html', within: 'index/' },
    { label: 'Themes', url: 'themes/index.html', within: 'themes/' },
    { label: 'Speakers', url: 'speakers/index.html', within: 'speakers/' },
    { label: 'Statements', url: 'statements/index.html', within: 'statements/' },
    { label: 'Sources', url: 'sources/index.html', within: 'sources/' },
    { label: 'Search', url: 'search.html', within: '' },
  ];
  const render = (path: string, template: string, values: Record<string, unknown>, meta: PageMeta): Page | UnchangedPage => {
    const feed = meta.feed ? { title: meta.feed.title, atom: feedPath(meta.feed.folder, 'atom'), json: feedPath(meta.feed.folder, 'json') } : null;
    const context = {
      site,
      // A 404 page is served in place of any missing path, at any depth, so its links start from the site's own folder.
      root: path === notFoundPage ? (site.baseUrl ? new URL(site.baseUrl).pathname : '') : rootFor(path),
      path,
      sections,
      ...values,
      meta: { description: meta.description || site.description, type: meta.type, canonical: path === notFoundPage ? null : absoluteUrl(site.baseUrl, path), noindex: path === notFoundPage, structuredData: jsonLdText(meta.structuredData), feed, published: meta.published ?? null },
    };
    const html = () => engine.renderFileSync(template, context) as string;
    return options.unchanged?.(path, template, context) ? { path, unchanged: true, render: html } : { path, html: html() };
  };

  // The home page lists the newest articles; the rest of the archive follows on numbered pages.
  const themesInUse = corpus.themes.filter((theme) => theme.articles.length > 0);
  for (const page of paginate(corpus.articles.map(articleCard).sort(newestFirst), homePageArticles, 'index.html')) {
    yield render(page.url, 'index', {
      title: page.pagination.current > 1 ? `${config.site.title}, page ${page.pagination.current}` : config.site.title,
      articles: page.items,
      articleCount: corpus.articles.length,
      themes: themesInUse,
      speakerCount: corpus.speakers.length,
      quoteCount: quoteById.size,
      pagination: page.pagination,
    }, { description: site.description, type: 'website', structuredData: page.pagination.current > 1 ? collectionPage(site, `${site.title}, page ${page.pagination.current}`, site.description, page.url) : webSite(site) });
  }

  for (const article of corpus.articles) {
    const path = article.url;
    const quotes = article.quotes.map((quote) => quoteView({ quote, article }));
    const speakers = uniqueBy(
      quotes.filter((quote) => quote.speakerId).map((quote) => speakerById.get(quote.speakerId!)!),
      (speaker) => speaker.id,
    ).map((speaker) => ({ ...speaker, count: quotes.filter((quote) => quote.speakerId === speaker.id).length }));
    const description = standfirstOf(article);
    const themeLabels = article.themes.flatMap((id) => (themeById.has(id) ? [themeById.get(id)!.label] : []));
    yield render(path, 'article', {
      title: article.title,
      description,
      // Pagefind's meta syntax splits on commas.
      searchMeta: [...article.sources, ...(article.publisher ? [article.publisher] : []), ...(article.date ? [longDate(article.date)] : [])].join(' · ').replace(/,/g, ' ·'),
      article: articleCard(article),
      body: finishBody(article.html, { quotes: new Map(article.quotes.map((quote) => [quote.id, quote])), speakers: speakerById, recordUrls, root: rootFor(path) }),
      quotes,
      speakers,
      related: (corpus.related.get(article.slug) ?? []).map((entry) => ({
        ...articleCard(articleBySlug.get(entry.slug)!),
        sharedThemes: entry.sharedThemes.map((id) => themeById.get(id)?.label ?? id),
        sharedSpeakers: entry.sharedSpeakers.map((id) => speakerById.get(id)?.name ?? id),
      })),
    }, { description, type: 'article', published: article.date, structuredData: newsArticle(site, article, description, themeLabels, speakerById) });
  }

  const themesDescription = 'The subjects the archive follows, each with its articles and statements.';
  yield render('themes/index.html', 'themes', { title: 'Themes', description: themesDescription, themes: corpus.themes.map((theme) => ({ ...theme, quoteCount: theme.quotes.length })) }, {
    description: themesDescription,
    type: 'website',
    structuredData: collectionPage(site, 'Themes', themesDescription, 'themes/index.html'),
  });
  for (const theme of corpus.themes) {
    const articles = theme.articles.map((slug) => articleBySlug.get(slug)!).sort(newestFirst);
    for (const page of paginate(articles, config.pagination.articles, theme.url)) {
      yield render(page.url, 'theme', {
        title: page.pagination.current > 1 ? `${theme.label}, page ${page.pagination.current}` : theme.label,
        theme: { ...theme, quoteCount: theme.quotes.length },
        articles: page.items.map(articleCard),
        quotes: page.items.flatMap((article) => article.quotes.map((quote) => quoteView({ quote, article }))).sort(newestFirst2),
        pagination: page.pagination,
      }, {
        description: theme.description || `Articles and statements on ${theme.label}.`,
        type: 'website',
        feed: { title: theme.label, folder: feedFolder(theme.url) },
        structuredData: collectionPage(site, theme.label, theme.description, page.url),
      });
    }
  }

  const speakersDescription = 'Everyone quoted in the archive, with a record of what they said and where.';
  yield render('speakers/index.html', 'speakers', {
    title: 'Speakers',
    description: speakersDescription,
    people: corpus.speakers.filter((speaker) => speaker.person).map(speakerCard),
    groups: corpus.speakers.filter((speaker) => !speaker.person).map(speakerCard),
  }, { description: speakersDescription, type: 'website', structuredData: collectionPage(site, 'Speakers', speakersDescription, 'speakers/index.html') });
  for (const { speaker, pages: recordPages } of speakerRecords) {
    for (const page of recordPages) {
      yield render(page.url, 'speaker', {
        title: page.pagination.current > 1 ? `${speaker.name}, page ${page.pagination.current}` : speaker.name,
        speaker: speakerCard(speaker),
        themes: speakerThemes(speaker),
        quotes: page.items,
        pagination: page.pagination,
      }, {
        description: `Statements by ${speaker.name}${speaker.roles[0] ? `, ${speaker.roles[0]}` : ''}: ${plural(speaker.quotes.length, 'statement')} in ${plural(speaker.articles.length, 'article')}, newest first.`,
        type: 'profile',
        feed: { title: speaker.name, folder: feedFolder(speaker.url) },
        structuredData: speakerProfile(site, speaker, page.url, page.items.map((quote) => quotation(site, quote, { url: quote.articleUrl }, speaker))),
      });
    }
  }

  // Every statement, newest first; views are made a page at a time.
  const statements = corpus.articles.flatMap((article) => article.quotes.map((quote) => ({ quote, article })));
  statements.sort((left, right) => compareText(right.article.date ?? '', left.article.date ?? '') || compareText(left.article.url, right.article.url) || left.quote.line - right.quote.line);
  const statementsDescription = 'Every statement in the archive with who made it and where it was printed.';
  for (const page of paginate(statements, config.pagination.statements, 'statements/index.html')) {
    yield render(page.url, 'statements', {
      title: page.pagination.current > 1 ? `Statements, page ${page.pagination.current}` : 'Statements',
      description: statementsDescription,
      quoteCount: statements.length,
      quotes: page.items.map(quoteView),
      pagination: page.pagination,
    }, { description: statementsDescription, type: 'website', structuredData: collectionPage(site, 'Statements', statementsDescription, page.url) });
  }

  const sources = sourcesOf(corpus.articles);
  const sourcesDescription = 'The agencies and outlets the articles name as their source or were printed by, with their articles.';
  yield render('sources/index.html', 'sources', {
    title: 'Sources',
    description: sourcesDescription,
    sources: sources.map(({ articles, ...source }) => source),
  }, { description: sourcesDescription, type: 'website', structuredData: collectionPage(site, 'Sources', sourcesDescription, 'sources/index.html') });
  for (const source of sources) {
    for (const page of paginate([...source.articles].sort(newestFirst), config.pagination.articles, source.url)) {
      yield render(page.url, 'source', {
        title: page.pagination.current > 1 ? `${source.name}, page ${page.pagination.current}` : source.name,
        source: { name: source.name, url: source.url, articleCount: source.articleCount, quoteCount: source.quoteCount },
        articles: page.items.map(articleCard),
        pagination: page.pagination,
      }, { description: `Articles from ${source.name} in the archive.`, type: 'website', structuredData: collectionPage(site, source.name, `Articles from ${source.name}`, page.url) });
    }
  }

  const searchDescription = 'Search every article, quote and speaker in the archive, by theme, speaker and source.';
  yield render('search.html', 'search', { title: 'Search', description: searchDescription }, { description: searchDescription, type: 'website', structuredData: collectionPage(site, 'Search', searchDescription, 'search.html') });

  yield render(notFoundPage, '404', { title: 'Page not found' }, { description: site.description, type: 'website', structuredData: webSite(site) });

  /** The themes of the articles that quote a speaker, most articles first (one pass over their articles). */
  function speakerThemes(speaker: Speaker) {
    const counts = new Map<string, number>();
    for (const slug of speaker.articles) for (const id of articleBySlug.get(slug)?.themes ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].sort((left, right) => right[1] - left[1] || compareText(left[0], right[0])).flatMap(([id]) => (themeById.has(id) ? [themeById.get(id)!] : [])).slice(0, 8);
  }

  function speakerCard(speaker: Speaker) {
    return { ...speaker, quoteCount: speaker.quotes.length, articleCount: speaker.articles.length };
  }
}

/**
 * The outlets of the archive: every source an article names and every publisher, one entry per
 * slug ("dpa" and "DPA" are one), under the spelling seen first, most articles first. One pass.
 */
export function sourcesOf(articles: Article[]): Array<{ name: string; url: string; articleCount: number; quoteCount: number; articles: Article[] }> {
  const groups = new Map<string, { name: string; articles: Article[] }>();
  for (const article of articles) {
    const names = [...article.sources, ...(article.publisher ? [article.publisher] : [])];
    for (const name of names) {
      const key = slugify(name) || name;
      const group = groups.get(key) ?? { name, articles: [] };
      if (group.articles[group.articles.length - 1] !== article) group.articles.push(article);
      groups.set(key, group);
    }
  }
  const sorted = [...groups.values()].sort((left, right) => right.articles.length - left.articles.length || compareText(left.name, right.name));
  const slugs = uniqueSlugs(sorted.map((group) => group.name), 'source');
  return sorted.map((group, index) => ({
    name: group.name,
    url: `sources/${slugs[index]}.html`,
    articleCount: group.articles.length,
    quoteCount: group.articles.reduce((sum, article) => sum + article.quotes.length, 0),
    articles: group.articles,
  }));
}

/** What a static host serves for a path it does not have. */
export const notFoundPage = '404.html';

/** Articles on the home page and on each older page of the archive. */
export const homePageArticles = 50;

/** How many other outlets a statement names before "and N more". */
const shownOutlets = 5;

/** A record of statements reads newest first; undated quotes last, then in article order. */
function newestFirst2(left: QuoteView, right: QuoteView): number {
  return compareText(right.articleDate ?? '', left.articleDate ?? '') || compareText(left.articleUrl, right.articleUrl) || left.line - right.line;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

