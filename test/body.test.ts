// An article's body is rendered in two steps (before and after the link stage) and held compactly
// in between; the HTML is the one-step renderer's, byte for byte.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BodyLinks, finishBody, holdBody, prerenderBody, renderBody } from '../src/render/body.ts';
import { extractFile, extractText, projectRoot, seedsFolder } from './helpers.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/articles');
const articles = [
  ...readdirSync(seedsFolder).filter((file) => file.endsWith('.txt')).map((file) => ({ name: file, extract: () => extractFile(seedsFolder, file) })),
  ...readdirSync(fixtures).filter((file) => /\.(?:txt|md)$/.test(file)).map((file) => ({ name: file, extract: () => extractFile(fixtures, file) })),
  {
    name: 'a body with characters outside the Basic Multilingual Plane',
    extract: () => extractText('flags.txt', 'Flags \u{1F1FA}\u{1F1E6} at the summit\n\nThe minister said: \u201cWe stand with Kyiv \u{1F499}\u{1F49B}, whatever it costs.\u201d\n\nThe talks, in \u0130stanbul, went on.\n'),
  },
];

describe('a body rendered in two steps', () => {
  it.each(articles)('is the one-step HTML for $name', ({ extract }) => {
    const { article } = extract();
    const links: BodyLinks = { quotes: new Map(article.quotes.map((quote) => [quote.id, quote])), speakers: new Map(), recordUrls: new Map(), root: '../' };
    const prerendered = prerenderBody(article.tree, article.body);
    const held = holdBody(prerendered);
    // Held, the body keeps its hash and marks at hand and not its HTML as a string.
    if ('html' in prerendered) {
      expect(held).toEqual({ hash: prerendered.hash, marks: prerendered.marks, html: expect.any(Function) });
    }
    expect(finishBody(held, links)).toBe(renderBody(article.tree, links));
  });

  it('reads the HTML from where it is told to, when it is told', () => {
    const { article } = extractFile(seedsFolder, readdirSync(seedsFolder).filter((file) => file.endsWith('.txt')).sort()[0]!);
    const prerendered = prerenderBody(article.tree, article.body);
    if (!('html' in prerendered)) throw new Error('a seed body keeps its tree');
    let reads = 0;
    const held = holdBody(prerendered, () => (reads++, prerendered.html));
    expect(reads).toBe(0);
    const links: BodyLinks = { quotes: new Map(article.quotes.map((quote) => [quote.id, quote])), speakers: new Map(), recordUrls: new Map(), root: '' };
    expect(finishBody(held, links)).toBe(renderBody(article.tree, links));
    expect(reads).toBe(1);
  });
});
