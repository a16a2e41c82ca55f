// JSON-LD (schema.org) for each page: NewsArticle on articles, Person (or Organization) on
// speaker records, Quotation for each quote, WebSite and CollectionPage elsewhere.
import type { Config } from '../config/config.ts';
import type { Article, Quote, Speaker } from '../types.ts';
import { absoluteUrl } from './site-urls.ts';

type Site = Config['site'];
type Thing = Record<string, unknown>;

const context = 'https://schema.org';

/** The value as the text of a `<script type="application/ld+json">`: no `<` can close the element or open a comment. */
export function jsonLdText(value: Thing): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Whoever publishes the site: the config's publisher, else the site's title. */
function sitePublisher(site: Site): Thing {
  return withUrl({ '@type': 'Organization', name: site.publisher || site.title }, absoluteUrl(site.baseUrl, 'index.html'));
}

function withUrl(thing: Thing, url: string | null): Thing {
  return url === null ? thing : { ...thing, url };
}

function speakerThing(site: Site, speaker: Pick<Speaker, 'name' | 'person' | 'roles' | 'url'>): Thing {
  const thing: Thing = { '@type': speaker.person ? 'Person' : 'Organization', name: speaker.name };
  if (speaker.person && speaker.roles.length > 0) thing.jobTitle = speaker.roles[0];
  return withUrl(thing, absoluteUrl(site.baseUrl, speaker.url));
}

/** A quote as schema.org's Quotation: its words and who said them, in the article that printed it. */
export function quotation(site: Site, quote: Quote, article: Pick<Article, 'url'>, speaker: Speaker | undefined): Thing {
  const thing: Thing = { '@type': 'Quotation', text: quote.text };
  const url = absoluteUrl(site.baseUrl, article.url);
  if (url !== null) thing['@id'] = `${url}#${quote.id}`;
  if (speaker) thing.creator = speakerThing(site, speaker);
  else if (quote.speaker) thing.creator = { '@type': 'Thing', name: quote.speaker };
  return thing;
}

export function newsArticle(site: Site, article: Article, description: string, themes: string[], speakers: Map<string, Speaker>): Thing {
  const thing: Thing = { '@context': context, '@type': 'NewsArticle', headline: article.title, description, inLanguage: site.language };
  const url = absoluteUrl(site.baseUrl, article.url);
  if (url !== null) Object.assign(thing, { url, mainEntityOfPage: url });
  if (article.date) thing.datePublished = article.date;
  thing.author = article.byline ? { '@type': 'Person', name: article.byline } : { '@type': 'Organization', name: article.publisher ?? article.sources[0] ?? (site.publisher || site.title) };
  thing.publisher = article.publisher ? { '@type': 'Organization', name: article.publisher } : sitePublisher(site);
  // The outlets the article names as its origin: it is based on their reporting.
  if (article.sources.length > 0) {
    const reports = article.sources.map((name) => ({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name } }));
    thing.isBasedOn = reports;
    thing.citation = reports;
  }
  if (themes.length > 0) thing.about = themes.map((name) => ({ '@type': 'Thing', name }));
  if (article.quotes.length > 0) thing.hasPart = article.quotes.map((quote) => quotation(site, quote, article, quote.speakerId ? speakers.get(quote.speakerId) : undefined));
  return thing;
}

/** A speaker's record: the person (or group) and, on this page, their statements. */
export function speakerProfile(site: Site, speaker: Speaker, path: string, quotes: Thing[]): Thing {
  return withUrl({ '@context': context, '@type': 'ProfilePage', inLanguage: site.language, mainEntity: speakerThing(site, speaker), hasPart: quotes }, absoluteUrl(site.baseUrl, path));
}

export function webSite(site: Site): Thing {
  return withUrl({ '@context': context, '@type': 'WebSite', name: site.title, description: site.description, inLanguage: site.language, publisher: sitePublisher(site) }, absoluteUrl(site.baseUrl, 'index.html'));
}

export function collectionPage(site: Site, name: string, description: string, path: string): Thing {
  return withUrl({ '@context': context, '@type': 'CollectionPage', name, description, inLanguage: site.language, isPartOf: webSite(site) }, absoluteUrl(site.baseUrl, path));
}
