// The five seed articles, asserted in full against their hand-made expected files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expected } from '../src/eval/evaluate.ts';
import { extractFile, seedExpectations, seedsFolder } from './helpers.ts';

const seeds = readdirSync(seedsFolder).filter((file) => file.endsWith('.txt')).sort();

describe.each(seeds)('seed %s', (file) => {
  const expected = JSON.parse(readFileSync(path.join(seedExpectations, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  const { article } = extractFile(seedsFolder, file);

  it('has the printed headline, its sources, publisher, date and byline', () => {
    expect(article.title).toBe(expected.title);
    expect(article.sources).toEqual(expected.sources);
    expect(article.publisher).toBe(expected.publisher);
    expect(article.date).toBe(expected.date);
    expect(article.byline).toBe(expected.byline);
  });

  it('finds every quote with its speaker and partial flag', () => {
    const found = article.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, partial: quote.partial, unmarked: quote.unmarked }));
    expect(found).toEqual(expected.quotes.map((quote) => ({ ...quote, unmarked: quote.unmarked ?? false })));
  });

  it('keeps the article text and drops the page furniture', () => {
    for (const text of expected.mustContain ?? []) expect(article.body).toContain(text);
    for (const text of expected.mustNotContain ?? []) expect(article.body).not.toContain(text);
  });
});

describe('seed structure', () => {
  it('turns a subheading into a heading and keeps it out of the quotes', () => {
    const { article } = extractFile(seedsFolder, '001_cdc650c65d817e1a.txt');
    const headings = article.tree.children.filter((node) => node.type === 'heading');
    expect(headings.map((node) => (node.children[0] as { value: string }).value)).toEqual(["Ukraine's path to NATO"]);
  });

  it('records the role of a named speaker apart from the name', () => {
    const { article } = extractFile(seedsFolder, '004_2f7c325c21075ff2.txt');
    expect(article.people).toContainEqual({ name: 'Rob Bauer', role: 'head of the NATO military committee', gender: 'male' });
    expect(article.people.find((person) => person.name === 'Jens Stoltenberg')?.role).toBe('NATO Secretary General');
  });
});
