// Every page of the site as a path, a template and the values it shows. Rendering is a
// function of the linked corpus: no page looks at the file system.
import type { Liquid } from 'liquidjs';
import type { Config } from '../config/config.ts';
import type { Article, Corpus, Quote, RelatedArticle, Speaker } from '../types.ts';
import { closeInDays } from '../link/related.ts';
import { finishBody } from './body.ts';
import { sourcePages, statementPages, statementUrl } from './connections.ts';
import { paginate } from './pagination.ts';
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
  /** Given a page's path, template and values, true when the previous output holds that page as it would be rendered. */
  unchanged?: (path: string, template: string, values: Record<string, unknown>) => boolean;
}

/** From a page at `path` back to the site root: "" at the top, "../" one folder down. */
export function rootFor(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
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
}

/** Every page of the site, rendered one at a time as they are asked for, so they can be written as they come. */
export function* renderSite(corpus: Corpus, config: Config, engine: Liquid, options: RenderOptions = {}): Generator<Page | UnchangedPage> {
  const articleBySlug = new Map(corpus.articles.map((article) => [article.slug, article]));
  const speakerById = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker]));
  const themeById = new Map(corpus.themes.map((theme) => [theme.id, theme]));
  const quoteById = new Map<string, { quote: Quote; article: Article }>();
  for (const article of corpus.articles) for (const quote of article.quotes) quoteById.set(quote.id, { quote, article });

  const statementOf = new Map<string, string>();
  for (const statement of corpus.statements) for (const member of statement.members) if (!statementOf.has(member.quote)) statementOf.set(member.quote, statementUrl(statement));
  const outletOf = (article: Article) => printedBy(article.sources, article.publisher).outlet ?? 'Unknown outlet';
  const viaOf = (article: Article) => printedBy(article.sources, article.publisher).via.join(', ');
  const quoteView = ({ quote, article }: { quote: Quote; article: Article }): QuoteView => ({
    ...quote,
    url: `${article.url}#${quote.id}`,
    articleTitle: article.title,
    articleUrl: article.url,
    articleDate: article.date,
    outlet: outletOf(article),
    via: viaOf(article),
    speakerUrl: quote.speakerId ? (speakerById.get(quote.speakerId)?.url ?? null) : null,
    ...otherOutlets(quote),
    statementUrl: statementOf.get(quote.id) ?? null,
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
  const articleCard = (article: Article) => ({
    slug: article.slug,
    url: article.url,
    title: article.title,
    // As Verbatim names each outlet ("DPA" → "dpa", "Suddeutsche Zeitung" → "Süddeutsche Zeitung").
    sources: [...new Set(article.sources.map(outletName))],
    publisher: article.publisher,
    date: article.date,
    byline: article.byline,
    quoteCount: article.quotes.length,
    themes: article.themes.flatMap((id) => (themeById.has(id) ? [themeById.get(id)!] : [])),
  });
  const newestFirst = (left: { date: string | null; title: string }, right: { date: string | null; title: string }) =>
    compareText(right.date ?? '', left.date ?? '') || compareText(left.title, right.title);

  // Each speaker's record, page by page; an article's quotes link to the page that holds them.
  const speakerRecords = corpus.speakers.map((speaker) => ({
    speaker,
    pages: paginate(speaker.quotes.map((id) => quoteView(quoteById.get(id)!)).sort(newestFirst2), config.pagination.statements, speaker.url),
  }));
  const recordUrls = new Map(speakerRecords.flatMap(({ pages: recordPages }) => recordPages.flatMap((page) => page.items.map((quote) => [quote.id, page.url] as const))));

  const render = (path: string, template: string, values: Record<string, unknown>): Page | UnchangedPage => {
    const context = { site: config.site, root: rootFor(path), path, ...values };
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
    });
  }

  for (const article of corpus.articles) {
    const path = article.url;
    const quotes = article.quotes.map((quote) => quoteView({ quote, article }));
    const speakers = uniqueBy(
      quotes.filter((quote) => quote.speakerId).map((quote) => speakerById.get(quote.speakerId!)!),
      (speaker) => speaker.id,
    ).map((speaker) => ({ ...speaker, count: quotes.filter((quote) => quote.speakerId === speaker.id).length }));
    yield render(path, 'article', {
      title: article.title,
      article: articleCard(article),
      body: finishBody(article.html, { quotes: new Map(article.quotes.map((quote) => [quote.id, quote])), speakers: speakerById, recordUrls, root: rootFor(path) }),
      quotes,
      speakers,
      related: (corpus.related.get(article.slug) ?? []).map((entry) => ({
        ...articleCard(articleBySlug.get(entry.slug)!),
        sharedThemes: entry.sharedThemes.map((id) => themeById.get(id)?.label ?? id),
        sharedSpeakers: entry.sharedSpeakers.map((id) => speakerById.get(id)?.name ?? id),
        reasons: relatedReasons(entry, (id) => themeById.get(id)?.label ?? id, (id) => speakerById.get(id)?.name ?? id),
      })),
    });
  }

  yield render('themes/index.html', 'themes', { title: 'Themes', themes: corpus.themes.map((theme) => ({ ...theme, quoteCount: theme.quotes.length })) });
  for (const theme of corpus.themes) {
    const articles = theme.articles.map((slug) => articleBySlug.get(slug)!).sort(newestFirst);
    const evidenceByArticle = new Map(theme.evidence.map((entry) => [entry.article, entry]));
    for (const page of paginate(articles, config.pagination.articles, theme.url)) {
      yield render(page.url, 'theme', {
        title: page.pagination.current > 1 ? `${theme.label}, page ${page.pagination.current}` : theme.label,
        theme: { ...theme, quoteCount: theme.quotes.length },
        // Each article with the sentences that placed it here, not every quote it holds.
        articles: page.items.map((article) => {
          const entry = evidenceByArticle.get(article.slug);
          return {
            ...articleCard(article),
            themeShare: Math.round((entry?.share ?? 0) * 100),
            evidence: (entry?.evidence ?? []).map((sentence) => ({ ...sentence, url: sentence.quote ? `${article.url}#${sentence.quote}` : null })),
          };
        }),
        pagination: page.pagination,
      });
    }
  }

  yield render('speakers/index.html', 'speakers', {
    title: 'Speakers',
    people: corpus.speakers.filter((speaker) => speaker.person).map(speakerCard),
    groups: corpus.speakers.filter((speaker) => !speaker.person).map(speakerCard),
  });
  for (const { speaker, pages: recordPages } of speakerRecords) {
    for (const page of recordPages) {
      yield render(page.url, 'speaker', {
        title: page.pagination.current > 1 ? `${speaker.name}, page ${page.pagination.current}` : speaker.name,
        speaker: speakerCard(speaker),
        quotes: page.items,
        pagination: page.pagination,
      });
    }
  }

  for (const spec of [...statementPages(corpus, config), ...sourcePages(corpus, config, articleCard)]) yield render(spec.path, spec.template, spec.values);

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

