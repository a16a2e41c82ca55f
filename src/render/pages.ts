// Every page of the site as a path, a template and the values it shows. Rendering is a
// function of the linked corpus: no page looks at the file system.
import type { Liquid } from 'liquidjs';
import type { Config } from '../config/config.ts';
import type { Article, Corpus, Quote, RelatedArticle, Speaker } from '../types.ts';
import { closeInDays } from '../link/related.ts';
import { bodyInputs, finishBody } from './body.ts';
import { sourcePages, statementPages, statementUrl } from './connections.ts';
import { feedFolder, feedPath } from './feeds.ts';
import { newestFirst } from './order.ts';
import { paginate } from './pagination.ts';
import { absoluteUrl, rootFor } from './site-urls.ts';
import { collectionPage, jsonLdText, newsArticle, quotation, speakerProfile, webSite } from './structured-data.ts';
import { describe, type QuoteContext, sentenceAround } from './summary.ts';
import { longDate, monthOf, plural } from './typography.ts';
import { compareText } from '../text/collate.ts';
import { outletName, printedBy } from '../metadata/outlets.ts';

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
  /** Take each article's body out of `corpus.bodies` once its page is rendered (the build's own corpus, used once). */
  releaseBodies?: boolean;
  /** Given a page's path, template and values, true when the previous output holds that page as it would be rendered. */
  unchanged?: (path: string, template: string, values: Record<string, unknown>) => boolean;
  /**
   * Told of each value made once and shown on many pages (an article's card, a theme's chip),
   * which stays as it is for the rest of the build: `unchanged` may then tell it apart once, not
   * once a page.
   */
  shared?: (value: object) => void;
  /** Told of each value made of a shared value and a few fields more: `unchanged` may tell it apart by those parts. */
  composed?: (value: object, parts: object[]) => void;
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
  /** The outlet that printed the article, and the agencies or sources it cites ("dpa"). */
  outlet: string;
  via: string;
  speakerUrl: string | null;
  /** The other outlets that reported the statement, one link each (the first few), and how many more. */
  sameAsViews: Array<{ url: string; outlet: string; title: string }>;
  sameAsMore: number;
  /** The page that sets the outlets' wordings side by side, when the quote is a statement seen elsewhere. */
  statementUrl: string | null;
  /** A partial quote's sentence around it, so a fragment is read where it was said. */
  context: QuoteContext | null;
}

/** Every page of the site, rendered one at a time as they are asked for, so they can be written as they come. */
export function* renderSite(corpus: Corpus, config: Config, engine: Liquid, options: RenderOptions = {}): Generator<Page | UnchangedPage> {
  const articleBySlug = new Map(corpus.articles.map((article) => [article.slug, article]));
  const shared = <T extends object>(value: T): T => (options.shared?.(value), value);
  const extended = <T extends object, U extends object>(base: T, more: U): T & U => {
    const value = { ...base, ...more };
    options.composed?.(value, [base, more]);
    return value;
  };
  // Each prerendered body is read by its article's page only; taken out of the corpus as that page
  // is made (`releaseBodies`), a large archive's bodies are not all held to the end of the build.
  const takeBody = (slug: string) => {
    const body = corpus.bodies.get(slug);
    if (body === undefined) throw new Error(`no prerendered body for article ${slug}`);
    if (options.releaseBodies) corpus.bodies.delete(slug);
    return body;
  };
  const speakerById = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const themeById = new Map(corpus.themes.map((theme) => [theme.id, theme]));
  // What a chip shows of a theme. Not the theme itself: its evidence and statements change with
  // any article on it, and a page's values are what tells a rebuild whether the page changed.
  const chipById = new Map(corpus.themes.map((theme) => [theme.id, shared({ id: theme.id, label: theme.label, url: theme.url, description: theme.description, articles: theme.articles })]));
  const chipsOf = (ids: string[]) => ids.flatMap((id) => (chipById.has(id) ? [chipById.get(id)!] : []));
  const quoteById = new Map<string, { quote: Quote; article: Article }>();
  for (const article of corpus.articles) for (const quote of article.quotes) quoteById.set(quote.id, { quote, article });

  const statementOf = new Map<string, string>();
  for (const statement of corpus.statements) for (const member of statement.members) if (!statementOf.has(member.quote)) statementOf.set(member.quote, statementUrl(statement));
  // Asked of an article for each of its quotes and each quote elsewhere of the same statement: found once.
  const printers = new Map<Article, { outlet: string; via: string }>();
  const printerOf = (article: Article) => {
    let printer = printers.get(article);
    if (printer === undefined) {
      const { outlet, via } = printedBy(article.sources, article.publisher);
      printers.set(article, (printer = { outlet: outlet ?? 'Unknown outlet', via: via.join(', ') }));
    }
    return printer;
  };
  const quoteView = ({ quote, article }: { quote: Quote; article: Article }): QuoteView => {
    const printer = printerOf(article);
    const { sameAsViews, sameAsMore } = otherOutlets(quote);
    return {
      ...quote,
      url: `${article.url}#${quote.id}`,
      articleTitle: article.title,
      articleUrl: article.url,
      articleDate: article.date,
      outlet: printer.outlet,
      via: printer.via,
      speakerUrl: quote.speakerId ? (speakerById.get(quote.speakerId)?.url ?? null) : null,
      sameAsViews,
      sameAsMore,
      statementUrl: statementOf.get(quote.id) ?? null,
      context: quote.partial ? sentenceAround(article.body, quote.text) : null,
    };
  };
  // A statement every outlet reported has a long `sameAs`: a view is made for the outlets shown, the rest only counted.
  function otherOutlets(quote: Quote): Pick<QuoteView, 'sameAsViews' | 'sameAsMore'> {
    const outlets = new Set<string>();
    const sameAsViews: QuoteView['sameAsViews'] = [];
    for (const id of quote.sameAs) {
      const other = quoteById.get(id);
      if (other === undefined) continue;
      const { outlet } = printerOf(other.article);
      if (outlets.has(outlet)) continue;
      outlets.add(outlet);
      if (sameAsViews.length < shownOutlets) sameAsViews.push({ url: `${other.article.url}#${id}`, outlet, title: other.article.title });
    }
    return { sameAsViews, sameAsMore: outlets.size - sameAsViews.length };
  }
  // An article is shown on several cards (home, themes, sources, related); its standfirst is found once.
  const standfirsts = new Map<string, string>();
  const standfirstOf = (article: Article) => {
    let text = standfirsts.get(article.slug);
    if (text === undefined) standfirsts.set(article.slug, (text = describe(article.body)));
    return text;
  };
  // An article's card is made once: it is on the home or an older page, the timeline, its themes'
  // and sources' pages and its related articles' pages, some ten pages at least.
  const cards = new Map<string, ReturnType<typeof makeCard>>();
  const articleCard = (article: Article) => {
    let card = cards.get(article.slug);
    if (card === undefined) cards.set(article.slug, (card = shared(makeCard(article))));
    return card;
  };
  const makeCard = (article: Article) => ({
    slug: article.slug,
    url: article.url,
    title: article.title,
    // As Verbatim names each outlet ("DPA" → "dpa", "Suddeutsche Zeitung" → "Süddeutsche Zeitung").
    sources: [...new Set(article.sources.map(outletName))],
    publisher: article.publisher,
    date: article.date,
    byline: article.byline,
    quoteCount: article.quotes.length,
    themes: chipsOf(article.themes),
    standfirst: standfirstOf(article),
    keyQuote: keyQuote(article),
  });
  // The quote a card shows: the first whole one with a named speaker, a sentence long if there is one.
  const keyQuote = (article: Article) => {
    const named = article.quotes.filter((quote) => !quote.partial && quote.speakerId && speakerById.has(quote.speakerId));
    const quote = named.find((candidate) => candidate.text.length >= 40) ?? named[0];
    return quote ? { text: quote.text, speaker: speakerById.get(quote.speakerId!)!.name } : null;
  };

  // An article's quotes link to the page of the record that holds them.
  // Each speaker's record, page by page, one entry a statement: where several outlets printed the
  // same statement, the newest wording stands for all (its "also reported by" names the others).
  const recordIds = new Map<string, string>();
  // Entries are placed by quote and article alone; a page's quote views are made when it is rendered.
  const speakerRecords = corpus.speakers.map((speaker) => {
    const shown = new Map<string, string>();
    const entries = speaker.quotes.map((id) => quoteById.get(id)!).sort(newestInRecord).filter(({ quote }) => {
      const statement = statementOf.get(quote.id);
      if (statement === undefined) return true;
      const standing = shown.get(statement);
      if (standing === undefined) shown.set(statement, quote.id);
      else recordIds.set(quote.id, standing);
      return standing === undefined;
    });
    return { speaker, statementCount: entries.length, pages: paginate(entries, config.pagination.statements, speaker.url) };
  });
  const recordUrls = new Map(speakerRecords.flatMap(({ pages: recordPages }) => recordPages.flatMap((page) => page.items.map(({ quote }) => [quote.id, page.url] as const))));
  for (const [id, standing] of recordIds) recordUrls.set(id, recordUrls.get(standing)!);

  // On every page: told apart once.
  const site = shared(config.site);
  const sections = shared([
    { label: 'Home', url: 'index.html', within: 'index/' },
    { label: 'Themes', url: 'themes/index.html', within: 'themes/' },
    { label: 'Speakers', url: 'speakers/index.html', within: 'speakers/' },
    { label: 'Statements', url: 'statements/index.html', within: 'statements/' },
    { label: 'Sources', url: 'sources/index.html', within: 'sources/' },
    { label: 'Search', url: 'search.html', within: '' },
  ]);
  /**
   * One page. `later` is values that cost more to make than to tell apart (an article's finished
   * body): made only when the page is rendered, and `key` stands for them in the page's values.
   */
  const render = (path: string, template: string, values: Record<string, unknown>, meta: PageMeta, later?: { key: unknown; values: () => Record<string, unknown> }): Page | UnchangedPage => {
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
    const html = () => engine.renderFileSync(template, later ? { ...context, ...later.values() } : context) as string;
    return options.unchanged?.(path, template, later ? { context, later: later.key } : context) ? { path, unchanged: true, render: html } : { path, html: html() };
  };

  // The home page lists the newest articles; the rest of the archive follows on numbered pages.
  const themesInUse = corpus.themes.filter((theme) => theme.articles.length > 0);
  for (const page of paginate(corpus.articles.map(articleCard).sort(newestFirst), homePageArticles, 'index.html')) {
    yield render(page.url, 'index', {
      title: page.pagination.current > 1 ? `${config.site.title}, page ${page.pagination.current}` : config.site.title,
      articles: page.items,
      articleCount: corpus.articles.length,
      themes: chipsOf(themesInUse.map((theme) => theme.id)),
      speakerCount: corpus.speakers.length,
      quoteCount: quoteById.size,
      pagination: page.pagination,
    }, { description: site.description, type: 'website', structuredData: page.pagination.current > 1 ? collectionPage(site, `${site.title}, page ${page.pagination.current}`, site.description, page.url) : webSite(site) });
  }

  for (const article of corpus.articles) {
    const path = article.url;
    const quotes = article.quotes.map((quote) => quoteView({ quote, article }));
    // What the side column shows of a speaker, not the whole record: its quotes and articles
    // change with any article that quotes them, and this page would be made again for each.
    const speakers = uniqueBy(
      quotes.filter((quote) => quote.speakerId).map((quote) => speakerById.get(quote.speakerId!)!),
      (speaker) => speaker.id,
    ).map(({ id, name, url, roles, person }) => ({ id, name, url, roles, person, count: quotes.filter((quote) => quote.speakerId === id).length }));
    const description = standfirstOf(article);
    const themeLabels = article.themes.flatMap((id) => (themeById.has(id) ? [themeById.get(id)!.label] : []));
    const body = takeBody(article.slug);
    const links = { quotes: new Map(article.quotes.map((quote) => [quote.id, quote])), speakers: speakerById, recordUrls, recordIds, root: rootFor(path) };
    yield render(path, 'article', {
      title: article.title,
      description,
      // Pagefind's meta syntax splits on commas.
      searchMeta: [...article.sources, ...(article.publisher ? [article.publisher] : []), ...(article.date ? [longDate(article.date)] : [])].join(' · ').replace(/,/g, ' ·'),
      article: articleCard(article),
      quotes,
      speakers,
      related: (corpus.related.get(article.slug) ?? []).map((entry) =>
        extended(articleCard(articleBySlug.get(entry.slug)!), {
          sharedThemes: entry.sharedThemes.map((id) => themeById.get(id)?.label ?? id),
          sharedSpeakers: entry.sharedSpeakers.map((id) => speakerById.get(id)?.name ?? id),
          reasons: relatedReasons(entry, (id) => themeById.get(id)?.label ?? id, (id) => speakerById.get(id)?.name ?? id),
        }),
      ),
    }, { description, type: 'article', published: article.date, structuredData: newsArticle(site, article, description, themeLabels, speakerById) }, {
      key: bodyInputs(body, links),
      values: () => ({ body: finishBody(body, links) }),
    });
  }

  const themesDescription = 'The subjects the archive follows, each with its articles and statements.';
  // The timeline: dated articles newest first, a heading a month; undated ones apart, after them, by headline.
  const dated = corpus.articles.filter((article) => article.date).sort(newestFirst);
  const undated = corpus.articles.filter((article) => !article.date).sort((left, right) => compareText(left.title, right.title));
  const timelineDescription = 'Every article by the date it gives, newest first; articles without a date are listed apart.';
  for (const page of paginate([...dated, ...undated], config.pagination.articles * 4, 'timeline.html')) {
    const months: Array<{ label: string; articles: ReturnType<typeof articleCard>[] }> = [];
    for (const article of page.items) {
      const label = article.date ? monthOf(article.date) : 'Undated';
      if (months[months.length - 1]?.label !== label) months.push({ label, articles: [] });
      months[months.length - 1]!.articles.push(articleCard(article));
    }
    yield render(page.url, 'timeline', {
      title: page.pagination.current > 1 ? `Timeline, page ${page.pagination.current}` : 'Timeline',
      description: timelineDescription,
      months,
      datedCount: dated.length,
      undatedCount: undated.length,
      pagination: page.pagination,
    }, { description: timelineDescription, type: 'website', structuredData: collectionPage(site, 'Timeline', timelineDescription, page.url) });
  }

  yield render('themes/index.html', 'themes', { title: 'Themes', description: themesDescription, themes: corpus.themes.map((theme) => ({ ...theme, quoteCount: theme.quotes.length })) }, {
    description: themesDescription,
    type: 'website',
    structuredData: collectionPage(site, 'Themes', themesDescription, 'themes/index.html'),
  });
  for (const theme of corpus.themes) {
    const articles = theme.articles.map((slug) => articleBySlug.get(slug)!).sort(newestFirst);
    const evidenceByArticle = new Map(theme.evidence.map((entry) => [entry.article, entry]));
    for (const page of paginate(articles, config.pagination.articles, theme.url)) {
      yield render(page.url, 'theme', {
        title: page.pagination.current > 1 ? `${theme.label}, page ${page.pagination.current}` : theme.label,
        // The theme as a chip shows it, and its counts: not its evidence, which changes with any
        // of its articles (each card carries its own) and would make every page of it again.
        theme: { ...chipById.get(theme.id)!, quotes: theme.quotes, quoteCount: theme.quotes.length },
        // Each article with the sentences that placed it here, not every quote it holds.
        articles: page.items.map((article) => {
          const entry = evidenceByArticle.get(article.slug);
          return extended(articleCard(article), {
            themeShare: Math.round((entry?.share ?? 0) * 100),
            evidence: (entry?.evidence ?? []).map((sentence) => ({ ...sentence, url: sentence.quote ? `${article.url}#${sentence.quote}` : null })),
          });
        }),
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
  // People first, then groups and offices, a bounded number a page: the index stays a fast page however many speak.
  const speakerList = [...corpus.speakers.filter((speaker) => speaker.person), ...corpus.speakers.filter((speaker) => !speaker.person)];
  for (const page of paginate(speakerList, config.pagination.speakers, 'speakers/index.html')) {
    yield render(page.url, 'speakers', {
      title: page.pagination.current > 1 ? `Speakers, page ${page.pagination.current}` : 'Speakers',
      description: speakersDescription,
      people: page.items.filter((speaker) => speaker.person).map(speakerCard),
      groups: page.items.filter((speaker) => !speaker.person).map(speakerCard),
      pagination: page.pagination,
    }, { description: speakersDescription, type: 'website', structuredData: collectionPage(site, 'Speakers', speakersDescription, page.url) });
  }
  for (const { speaker, statementCount, pages: recordPages } of speakerRecords) {
    for (const page of recordPages) {
      const quotes = page.items.map(quoteView);
      yield render(page.url, 'speaker', {
        title: page.pagination.current > 1 ? `${speaker.name}, page ${page.pagination.current}` : speaker.name,
        speaker: speakerCard(speaker),
        statementCount,
        articles: speaker.articles.slice(0, shownArticles).map((slug) => articleBySlug.get(slug)!).map(({ url, title }) => ({ url, title })),
        themes: speakerThemes(speaker),
        quotes,
        pagination: page.pagination,
      }, {
        description: `Statements by ${speaker.name}${speaker.roles[0] ? `, ${speaker.roles[0]}` : ''}: ${plural(speaker.quotes.length, 'statement')} in ${plural(speaker.articles.length, 'article')}, newest first.`,
        type: 'profile',
        feed: { title: speaker.name, folder: feedFolder(speaker.url) },
        structuredData: speakerProfile(site, speaker, page.url, quotes.map((quote) => quotation(site, quote, { url: quote.articleUrl }, speaker))),
      });
    }
  }

  // Statements across outlets and the sources (connections.ts), each with its own description.
  const connectionDescriptions: Record<string, string> = {
    statement: 'One statement as every outlet that reported it printed it, with the words that differ marked.',
    statements: 'Statements reported by more than one outlet, each with every outlet’s wording side by side.',
    sources: 'The outlets that printed the articles, and the agencies and sources they came through.',
    source: 'Articles from one outlet or agency in the archive.',
  };
  for (const spec of [...statementPages(corpus, config), ...sourcePages(corpus, config, articleCard)]) {
    const title = String(spec.values.title ?? '');
    const description = connectionDescriptions[spec.template] ?? site.description;
    yield render(spec.path, spec.template, { description, ...spec.values }, { description, type: 'website', structuredData: collectionPage(site, title, description, spec.path) }, spec.later);
  }

  const searchDescription = 'Search every article, quote and speaker in the archive, by theme, speaker and source.';
  yield render('search.html', 'search', { title: 'Search', description: searchDescription }, { description: searchDescription, type: 'website', structuredData: collectionPage(site, 'Search', searchDescription, 'search.html') });

  yield render(notFoundPage, '404', { title: 'Page not found' }, { description: site.description, type: 'website', structuredData: webSite(site) });

  /** The themes of the articles that quote a speaker, most articles first (one pass over their articles). */
  function speakerThemes(speaker: Speaker) {
    const counts = new Map<string, number>();
    for (const slug of speaker.articles) for (const id of articleBySlug.get(slug)?.themes ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    return chipsOf([...counts].sort((left, right) => right[1] - left[1] || compareText(left[0], right[0])).map(([id]) => id)).slice(0, 8);
  }

  function speakerCard(speaker: Speaker) {
    return { ...speaker, quoteCount: speaker.quotes.length, articleCount: speaker.articles.length };
  }
}

/** Why a related article is listed, strongest first: "same interview", "also quotes Rob Bauer", "2 shared themes: …". */
export function relatedReasons(entry: RelatedArticle, themeLabel: (id: string) => string, speakerName: (id: string) => string): string[] {
  const reasons: string[] = [];
  const statements = entry.sharedStatements.length;
  if (statements > 1) reasons.push(`same interview (${statements} shared statements)`);
  else if (statements === 1) reasons.push('same statement');
  if (entry.sharedSpeakers.length > 0) reasons.push(`also quotes ${entry.sharedSpeakers.map(speakerName).join(', ')}`);
  const themes = entry.sharedThemes.map(themeLabel);
  if (themes.length > 1) reasons.push(`${themes.length} shared themes: ${themes.join(', ')}`);
  else if (themes.length === 1) reasons.push(`same theme: ${themes[0]}`);
  if (entry.daysApart === 0) reasons.push('published the same day');
  else if (entry.daysApart !== null && entry.daysApart <= closeInDays) reasons.push(`${entry.daysApart === 1 ? 'a day' : `${entry.daysApart} days`} apart`);
  return reasons;
}

/** What a static host serves for a path it does not have. */
export const notFoundPage = '404.html';

/** Articles on the home page and on each older page of the archive. */
export const homePageArticles = 50;

/** How many of a speaker's articles the record's side column names. */
const shownArticles = 12;

/** How many other outlets a statement names before "and N more". */
const shownOutlets = 5;

/** A record of statements reads newest first; undated quotes last, then in article order. */
function newestInRecord(left: { quote: Quote; article: Article }, right: { quote: Quote; article: Article }): number {
  return compareText(right.article.date ?? '', left.article.date ?? '') || compareText(left.article.url, right.article.url) || left.quote.line - right.quote.line;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

