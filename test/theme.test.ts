// The theme as a reader meets it: the speaker at every quote, one kind of quotation mark, excerpts
// that end at a word, and the same navigation on every page.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describe as describeText, excerpt } from '../src/render/summary.ts';
import { buildSeeds } from './helpers.ts';

let site: string;
let pages: string[];

/** The text a reader sees: tags, scripts and styles out, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|&#x22;/g, '"')
    .replace(/&amp;/g, '&');
}

beforeAll(async () => {
  site = await buildSeeds('theme');
  pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
});

describe('the theme', () => {
  it('names the speaker after every paragraph that quotes someone, pull-quotes included', async () => {
    let marked = 0;
    for (const page of pages.filter((file) => file.startsWith('articles/'))) {
      const html = await readFile(path.join(site, page), 'utf8');
      for (const paragraph of html.match(/<p>[\s\S]*?<\/p>/g) ?? []) {
        const speakers = [...paragraph.matchAll(/data-speaker="([^"]+)"/g)].map((match) => match[1]!.replace(/&#x27;/g, '’'));
        if (speakers.length === 0) continue;
        marked++;
        const marker = /<span class="said-by"> —\u00a0([^<]+)<\/span><\/p>$/.exec(paragraph);
        expect(marker, paragraph).not.toBeNull();
        for (const speaker of speakers) expect(marker![1]!.split(', ')).toContain(speaker);
      }
    }
    expect(marked).toBeGreaterThan(20);
  });

  it('prints typographic quotes and apostrophes everywhere a reader looks, never straight ones', async () => {
    for (const page of pages) {
      const text = visibleText(await readFile(path.join(site, page), 'utf8'));
      expect(text.match(/.{0,30}["'].{0,30}/g), page).toBeNull();
    }
  });

  it('has the same navigation, a skip link and a favicon on every page', async () => {
    for (const page of pages) {
      const html = await readFile(path.join(site, page), 'utf8');
      expect(html, page).toContain('<a class="skip-link" href="#main">');
      expect(html, page).toMatch(/<link rel="icon" href="[./]*favicon\.svg"/);
      const nav = /<nav aria-label="Sections">([\s\S]*?)<\/nav>/.exec(html)![1]!;
      expect([...nav.matchAll(/>([A-Z][a-z]+)<\/a>/g)].map((match) => match[1])).toEqual(['Home', 'Themes', 'Speakers', 'Statements', 'Sources', 'Search']);
    }
  });
});

describe('excerpts', () => {
  const text = 'Ukraine needs quality weapons and more military assistance, NATO Secretary General Jens Stoltenberg has said. Investing in security pays.';

  it('keeps a text that fits, and cuts a longer one after a sentence or a whole word, with an ellipsis', () => {
    expect(excerpt('Short.', 40)).toBe('Short.');
    expect(excerpt(text, 120)).toBe('Ukraine needs quality weapons and more military assistance, NATO Secretary General Jens Stoltenberg has said. …');
    const cut = excerpt(text, 50);
    expect(cut).toBe('Ukraine needs quality weapons and more military…');
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text[cut.length - 1]).toBe(' ');
  });

  it('describes a page by its standfirst, or its first sentence when the standfirst is long', () => {
    expect(describeText('A short standfirst.\n\nThe body.')).toBe('A short standfirst.');
    const long = describeText(`${text} ${'More words here. '.repeat(10)}`);
    expect(long.startsWith(text)).toBe(true);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long).toMatch(/\.$/);
  });
});

describe('word diff of two wordings', () => {
  it('keeps every word of both, and a space between struck and inserted words', async () => {
    const { wordDiff } = await import('../src/render/word-diff.ts');
    const parts = wordDiff('they are able to defend themselves', 'they can defend themselves');
    expect(parts.filter((part) => part.change !== 'added').map((part) => part.text).join('').replace(/\s+/g, ' ').trim()).toBe('they are able to defend themselves');
    expect(parts.filter((part) => part.change !== 'removed').map((part) => part.text).join('').replace(/\s+/g, ' ').trim()).toBe('they can defend themselves');
    expect(parts.map((part) => part.text).join('')).toContain('to can');
  });
});
