// Search and navigation in a real browser, from disk (file://, the MiniSearch fallback) and over
// http from a sub-path (Pagefind): a reader clicks from the home page to an article, a quote, its
// speaker, a theme, a search result and back to an article; a quoted phrase finds its article;
// filters narrow the results. Also: every internal link and #fragment resolves over http.
import { readdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../src/site/preview.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { buildSeeds } from './helpers.ts';

const available = browserAvailable;

let site: string;
let preview: Preview;
/** The same site with its search index in shards of two articles (a large archive's layout), merged by the search page. */
let shardedPreview: Preview;
let browser: Browser;

beforeAll(async () => {
  site = await buildSeeds('search');
  preview = await startPreview(site, { basePath: '/archive/' });
  shardedPreview = await startPreview(await buildSeeds('search-shards', { searchPagesPerShard: 2 }), { basePath: '/archive/' });
  if (available) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
  await shardedPreview?.close();
});

describe('served over http from a sub-path', () => {
  it('resolves every internal link and #fragment of every page', async () => {
    const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html') && file !== '404.html');
    const texts = new Map<string, string | null>();
    const fetchText = async (url: string) => {
      if (!texts.has(url)) {
        const response = await fetch(url);
        texts.set(url, response.ok ? await response.text() : null);
      }
      return texts.get(url)!;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = new URL(page, preview.url).href;
      const html = (await fetchText(pageUrl))!;
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = new URL(match[1]!.replace(/&amp;/g, '&'), pageUrl);
        if (target.origin !== new URL(preview.url).origin) continue;
        if (!target.pathname.startsWith('/archive/')) broken.push(`${page} → ${match[1]} (leaves the sub-path)`);
        const text = await fetchText(target.origin + target.pathname);
        if (text === null) broken.push(`${page} → ${match[1]}`);
        else if (target.hash && !text.includes(`id="${decodeURIComponent(target.hash.slice(1))}"`)) broken.push(`${page} → ${match[1]} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe.skipIf(!available)('search and navigation in Chromium', () => {
  const sites = () => [
    { name: 'file://', base: pathToFileURL(site).href + '/' },
    { name: 'http', base: preview.url },
    { name: 'http, index in shards', base: shardedPreview.url },
  ];

  for (const which of ['file://', 'http', 'http, index in shards']) {
    it(`clicks home → article → quote → speaker → theme → search result → article (${which})`, async () => {
      const { base } = sites().find((entry) => entry.name === which)!;
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => message.type() === 'warning' && errors.push(message.text()));
      await tab.goto(`${base}index.html`);
      await tab.click('.card-title a >> nth=0');
      expect(tab.url()).toMatch(/\/articles\/[a-z0-9-]+\.html$/);
      await tab.click('.article-body .quote-link >> nth=0');
      expect(tab.url()).toMatch(/\/speakers\/[a-z0-9-]+\.html#q-[0-9a-f]+$/);
      const quoteId = new URL(tab.url()).hash.slice(1);
      expect(await tab.isVisible(`li.record[id="${quoteId}"]`)).toBe(true);
      await tab.click('.page-aside .chip >> nth=0');
      expect(tab.url()).toMatch(/\/themes\/[a-z0-9-]+\.html$/);
      await tab.fill('#site-search-query', '"Putin has permanently lost Ukraine"');
      await tab.press('#site-search-query', 'Enter');
      await tab.waitForSelector('.search-result a', { timeout: 15_000 });
      const found = await tab.$$eval('.search-result a', (links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(found[0]).toMatch(/\/articles\/000-4aa4ee8aa911d42a\.html$/);
      await tab.click('.search-result a >> nth=0');
      expect(tab.url()).toMatch(/\/articles\/000-4aa4ee8aa911d42a\.html$/);
      expect(await tab.textContent('h1')).toContain('Kremlin');
      expect(errors).toEqual([]);
      await tab.close();
    });

    it(`finds an article by a quoted phrase and narrows by a filter (${which})`, async () => {
      const { base } = sites().find((entry) => entry.name === which)!;
      const tab = await browser.newPage();
      await tab.goto(`${base}search.html?q=${encodeURIComponent('"War in Israel should not weaken support"')}`);
      await tab.waitForSelector('.search-result a', { timeout: 15_000 });
      expect(await tab.getAttribute('.search-result a >> nth=0', 'href')).toMatch(/articles\/003-71a02698f07e61a3\.html$/);
      // "Ukraine" is in every article; the theme "NATO troops" has one.
      await tab.goto(`${base}search.html?q=Ukraine&theme=${encodeURIComponent('NATO troops')}`);
      await tab.waitForSelector('.search-result a', { timeout: 15_000 });
      const hrefs = await tab.$$eval('.search-result a', (links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(['articles/004-2f7c325c21075ff2.html']);
      expect(await tab.$$eval('select[name="theme"] option', (options) => options.length)).toBeGreaterThan(2);
      await tab.close();
    });
  }

  it('prints dark text on white whatever the scheme, without the navigation', async () => {
    const tab = await browser.newPage();
    await tab.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await tab.goto(`${pathToFileURL(site).href}/articles/002-b85de5f2a6ed30c6.html`);
    const colours = await tab.evaluate(() => {
      const style = getComputedStyle(document.body);
      const nav = getComputedStyle(document.querySelector('.masthead nav')!);
      return { text: style.color, background: style.backgroundColor, nav: nav.display };
    });
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', nav: 'none' });
    await tab.close();
  });
});
