// Ready for the open web: feeds, sitemap, robots.txt, 404, per-page metadata and JSON-LD.
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitemapFiles } from '../src/render/sitemap.ts';
import { build } from '../src/site/build.ts';
import { projectConfig, seedsFolder } from './helpers.ts';

const baseUrl = 'https://example.org/archive/';
const article = 'articles/002-b85de5f2a6ed30c6.html';
let site: string;
let plain: string;

const read = (folder: string, file: string) => readFile(path.join(folder, file), 'utf8');
const config = projectConfig;

function structuredData(html: string): Record<string, any> {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]![1]!);
}

function atom(text: string): Record<string, any> {
  expect(XMLValidator.validate(text)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(text).feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  // RFC 4287: a feed and each entry have an id, a title and an updated time.
  for (const element of [feed, ...(feed.entry ?? [])]) {
    expect(element.id).toEqual(expect.any(String));
    expect(element.title).toBeTruthy();
    expect(new Date(element.updated).toISOString()).toBe(element.updated);
  }
  return feed;
}

function jsonFeed(text: string): Record<string, any> {
  const feed = JSON.parse(text);
  expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
  expect(feed.title).toEqual(expect.any(String));
  for (const item of feed.items) {
    expect(item.id).toEqual(expect.any(String));
    expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
  }
  return feed;
}

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'verbatim-publish-'));
  site = path.join(work, 'site');
  plain = path.join(work, 'plain');
  await build({ input: seedsFolder, output: site, config: await config(), baseUrl });
  await build({ input: seedsFolder, output: plain, config: await config() });
});

describe('feeds', () => {
  it('writes a valid Atom feed and JSON Feed of the whole site, with absolute links under the base URL', async () => {
    const feed = atom(await read(site, 'feed.xml'));
    expect(feed.entry).toHaveLength(5);
    expect(feed.entry[0].link[0]['@_href']).toBe(`${baseUrl}${article}`);
    expect(feed.link.map((link: any) => link['@_href'])).toContain(`${baseUrl}feed.xml`);
    const json = jsonFeed(await read(site, 'feed.json'));
    expect(json.items).toHaveLength(5);
    expect(json.feed_url).toBe(`${baseUrl}feed.json`);
    expect(json.items[0].url).toBe(`${baseUrl}${article}`);
  });

  it('writes feeds per theme and per speaker', async () => {
    const themes = JSON.parse(await read(site, 'data/themes.json'));
    const aid = themes.find((theme: { id: string }) => theme.id === 'military-aid');
    expect(atom(await read(site, 'themes/military-aid/feed.xml')).entry).toHaveLength(aid.articles.length);
    expect(jsonFeed(await read(site, 'themes/military-aid/feed.json')).items).toHaveLength(aid.articles.length);
    const stoltenberg = atom(await read(site, 'speakers/jens-stoltenberg/feed.xml'));
    expect(stoltenberg.entry).toHaveLength(5);
    expect(stoltenberg.title).toContain('Jens Stoltenberg');
    const page = await read(site, 'speakers/jens-stoltenberg.html');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="Jens Stoltenberg (Atom)" href="../speakers/jens-stoltenberg/feed.xml">');
  });

  it('links relative to the feed without a base URL, and the links resolve', async () => {
    const feed = atom(await read(plain, 'speakers/jens-stoltenberg/feed.xml'));
    for (const entry of feed.entry) {
      const href = entry.link[0]['@_href'];
      expect(href).toMatch(/^\.\.\/\.\.\/articles\//);
      await read(path.join(plain, 'speakers/jens-stoltenberg'), href);
    }
    expect(jsonFeed(await read(plain, 'feed.json')).items[0].url).toBe(article);
  });
});

describe('sitemap, robots.txt and 404', () => {
  it('lists every page but the 404 in sitemap.xml, and names it in robots.txt', async () => {
    const text = await read(site, 'sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const locations = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html') && file !== '404.html');
    expect(locations).toHaveLength(pages.length);
    expect(locations).toContain(baseUrl);
    expect(locations).toContain(`${baseUrl}${article}`);
    expect(await read(site, 'robots.txt')).toContain(`Sitemap: ${baseUrl}sitemap.xml`);
  });

  it('splits a sitemap past its limit into parts under a sitemap index', () => {
    const files = sitemapFiles(baseUrl, ['index.html', 'a.html', 'b.html'], 2).map((file) => ({ path: file.path, text: [...file.contents].join('') }));
    expect(files.map((file) => file.path)).toEqual(['sitemap.xml', 'sitemaps/sitemap-1.xml', 'sitemaps/sitemap-2.xml']);
    expect(files[0]!.text).toContain(`<sitemap><loc>${baseUrl}sitemaps/sitemap-2.xml</loc></sitemap>`);
    expect(files[2]!.text).toContain(`<loc>${baseUrl}b.html</loc>`);
    for (const file of files) expect(XMLValidator.validate(file.text)).toBe(true);
  });

  it('writes neither without a base URL', async () => {
    await expect(read(plain, 'sitemap.xml')).rejects.toThrow();
    await expect(read(plain, 'robots.txt')).rejects.toThrow();
  });

  it('writes a 404 page whose links work from any depth on the host', async () => {
    const page = await read(site, '404.html');
    expect(page).toContain('href="/archive/style.css"');
    expect(page).toContain('href="/archive/index.html"');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('rel="canonical"');
    expect(await read(plain, '404.html')).toContain('href="style.css"');
  });
});

describe('page metadata', () => {
  it('gives each page its own description, a canonical URL and Open Graph and Twitter tags; links stay relative', async () => {
    const html = await read(site, article);
    const home = await read(site, 'index.html');
    const description = /<meta name="description" content="([^"]*)">/.exec(html)![1];
    expect(description).toBe('NATO Secretary General Jens Stoltenberg said Monday that Ukraine was still inflicting major losses on Russia, despite Kyiv not managing to regain captured territory.');
    expect(/<meta name="description" content="([^"]*)">/.exec(home)![1]).not.toBe(description);
    expect(html).toContain(`<link rel="canonical" href="${baseUrl}${article}">`);
    expect(html).toContain(`<meta property="og:url" content="${baseUrl}${article}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toContain('<a class="brand" href="../index.html">');
    expect(await read(plain, article)).not.toContain('rel="canonical"');
  });
});

describe('JSON-LD', () => {
  it('describes an article as a NewsArticle with its quotes as Quotations', async () => {
    const data = structuredData(await read(site, article));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: "NATO chief says Ukraine inflicting 'heavy losses' on Russian forces",
      datePublished: '2023-11-27',
      url: `${baseUrl}${article}`,
      author: { name: expect.any(String) },
      publisher: { '@type': 'Organization', name: 'SpaceWar.com' },
      isBasedOn: [{ publisher: { name: 'AFP' } }],
    });
    const quotes = JSON.parse(await read(site, 'data/articles.json'))[2].quotes;
    expect(data.hasPart).toHaveLength(quotes.length);
    expect(data.hasPart[0]).toMatchObject({ '@type': 'Quotation', text: quotes[0].text, creator: { '@type': 'Person', name: 'Jens Stoltenberg' }, '@id': `${baseUrl}${article}#${quotes[0].id}` });
  });

  it('describes a speaker as a Person, with the statements on the page', async () => {
    const data = structuredData(await read(site, 'speakers/jens-stoltenberg.html'));
    expect(data.mainEntity).toMatchObject({ '@type': 'Person', name: 'Jens Stoltenberg', url: `${baseUrl}speakers/jens-stoltenberg.html` });
    expect(data.hasPart.length).toBeGreaterThan(5);
    expect(data.hasPart.every((quote: any) => quote['@type'] === 'Quotation' && quote.text && quote.creator.name === 'Jens Stoltenberg')).toBe(true);
  });

  it('cannot be closed early by a headline holding </script>', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'verbatim-ld-'));
    await mkdir(path.join(input, 'in'));
    const title = 'A </script><script>alert(1)</script> <!-- headline';
    await writeFile(path.join(input, 'in', 'a.md'), `---\ntitle: "${title}"\n---\nThe minister said nothing of note on Monday.\n`);
    await build({ input: path.join(input, 'in'), output: path.join(input, 'out'), config: await config() });
    const html = await read(path.join(input, 'out'), 'articles/a.html');
    // Two script elements of the site's own (the search script and the JSON-LD), and no more.
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(structuredData(html).headline).toBe(title);
  });
});
