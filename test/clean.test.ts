import { describe, expect, it } from 'vitest';
import { parseRawArticle } from '../src/clean/raw-article.ts';
import { matchBoilerplate } from '../src/clean/boilerplate-patterns.ts';

describe('clean', () => {
  const raw = [
    'Example.com - All The News',
    'Budget talks stall as ministers trade blame',
    'By Anna Keller',
    '',
    'The finance ministers of the bloc failed on Tuesday to agree a budget for next year, officials said after the meeting.',
    '',
    'ADVERTISEMENT',
    '',
    'What comes next',
    '',
    'Talks resume in March, when the *interim* plan expires and #budget2025 trends again.',
    '',
    'Read also: Ministers meet in Brussels',
    '',
    'We use cookies to improve your experience. By continuing you accept our cookie policy.',
    '',
    'More News',
    'Another headline here',
    'And one more headline',
  ].join('\n');
  const article = parseRawArticle(raw);
  const texts = article.tree.children.map((node) => ('children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : ''));

  it('finds the headline below the site banner', () => {
    expect(article.title).toEqual({ text: 'Budget talks stall as ministers trade blame', line: 2 });
  });

  it('keeps prose and makes a subheading a heading', () => {
    expect(article.tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(texts[1]).toBe('What comes next');
  });

  it('keeps * and # literal: raw text is not Markdown', () => {
    expect(texts[2]).toBe('Talks resume in March, when the *interim* plan expires and #budget2025 trends again.');
  });

  it('takes out the furniture and keeps it for the metadata', () => {
    const kinds = article.furniture.map((line) => line.kind);
    expect(kinds).toEqual(expect.arrayContaining(['masthead', 'byline', 'advertisement', 'read-also', 'cookie-banner', 'related-news']));
    expect(article.furniture.find((line) => line.kind === 'masthead')?.text).toBe('Example.com');
    expect(texts.join(' ')).not.toMatch(/ADVERTISEMENT|Read also|cookies|Another headline/);
  });

  it('records positions from the input file', () => {
    expect(article.tree.children[0]!.position?.start.line).toBe(5);
  });

  it('scores the headline among menus, mastheads and captions', () => {
    const page = parseRawArticle(
      ['EN | FR | DE', 'EuroDaily24 — Europe, every hour', 'Politics   Economy   Society', '', 'Farmers tighten blockade around Paris as talks stall', '', 'Camille DurandEurope', '31 January 2024, 08:47', '', 'Thousands of farmers kept up blockades on eight motorways leading into Paris on Wednesday.'].join('\n'),
    );
    expect(page.title?.text).toBe('Farmers tighten blockade around Paris as talks stall');
    expect(page.furniture.find((line) => line.kind === 'masthead')?.text).toBe('EuroDaily24');
  });

  it('keeps a paragraph that opens with its dateline', () => {
    const page = parseRawArticle('A headline about a strike\n\nFRANKFURT, March 5 (Reuters) - Train drivers walked off the job early on Tuesday, halting most services.');
    expect(page.tree.children).toHaveLength(1);
  });

  it('never takes a long line of the story for a promotion', () => {
    const line = 'Dobre, who will join the enlarged group\'s board, said she had no doubt the deal was right for staff, and that the unions would be asked to subscribe to a new agreement before the end of the year.';
    expect(matchBoilerplate(line)).toBeUndefined();
    expect(matchBoilerplate('Join the CricPulse channel now')?.kind).toBe('promotion');
  });

  it('has a readable boilerplate table', () => {
    expect(matchBoilerplate('All rights reserved. Copyright Agence France-Presse.')?.kind).toBe('copyright');
    expect(matchBoilerplate('Source:  ANSA')?.kind).toBe('source');
    expect(matchBoilerplate('ua en ru')?.kind).toBe('language-switcher');
    expect(matchBoilerplate('The minister said the plan would use existing funds.')).toBeUndefined();
  });

  it('takes a first line that is a one-sentence headline ending in a full stop as the title', () => {
    const article = parseRawArticle(
      'Mayor Okafor says the bridge “will open in May.”\n\nThe mayor of Riverton, Paul Okafor, told reporters on Tuesday that the new bridge would open in May, two months late.\n',
    );
    expect(article.title?.text).toBe('Mayor Okafor says the bridge “will open in May.”');
    expect(JSON.stringify(article.tree)).not.toContain('will open in May');
    // Two sentences on the first line are a paragraph of the story, not a headline.
    expect(parseRawArticle('The bridge is late. The mayor said so on Tuesday.\n\nThe mayor of Riverton told reporters on Tuesday that the new bridge would open in May.\n').title).toBeNull();
  });
});
