import { describe, expect, it } from 'vitest';
import { relateArticles } from '../src/link/related.ts';
import { findSameStatements } from '../src/link/statements.ts';
import { assignThemes } from '../src/link/themes.ts';

describe('link', () => {
  it('scores related articles by shared themes and speakers, and says which', () => {
    const related = relateArticles(
      [
        { slug: 'a', themes: ['aid', 'talks'], speakers: ['nowak'] },
        { slug: 'b', themes: ['aid'], speakers: ['nowak'] },
        { slug: 'c', themes: ['aid', 'talks'], speakers: [] },
        { slug: 'd', themes: ['sport'], speakers: [] },
      ],
      5,
    );
    expect(related.get('a')).toEqual([
      { slug: 'b', score: 3, sharedThemes: ['aid'], sharedSpeakers: ['nowak'] },
      { slug: 'c', score: 2, sharedThemes: ['aid', 'talks'], sharedSpeakers: [] },
    ]);
    expect(related.get('d')).toEqual([]);
  });

  it('assigns a theme when its phrases occur often enough, title counting double', () => {
    const taxonomy = [{ id: 'aid', label: 'Aid', description: '', phrases: ['weapons', 'ammunition'] }];
    expect(assignThemes(taxonomy, 2, 'More weapons for Kyiv', 'Nothing here.', [])).toEqual(['aid']);
    expect(assignThemes(taxonomy, 2, 'A headline', 'Some weapons.', [])).toEqual([]);
    expect(assignThemes(taxonomy, 2, 'A headline', 'Some weapons.', ['local'])).toEqual(['local']);
  });

  it('finds the same statement across articles but not within one or across speakers', () => {
    const same = findSameStatements([
      { id: 'q1', article: 'a', speakerId: 's', text: 'Putin has lost Ukraine forever.' },
      { id: 'q2', article: 'b', speakerId: 's', text: 'Putin has permanently lost Ukraine' },
      { id: 'q3', article: 'b', speakerId: 's', text: 'Putin has lost Ukraine forever' },
      { id: 'q4', article: 'c', speakerId: 't', text: 'Putin has lost Ukraine forever' },
    ]);
    expect(same.get('q1')).toEqual(['q2', 'q3']);
    expect(same.get('q4')).toEqual([]);
  });
});

describe('related articles at scale', () => {
  it('looks at a bounded number of neighbours per shared theme', async () => {
    const { candidatesPerKey } = await import('../src/link/related.ts');
    const articles = Array.from({ length: candidatesPerKey * 3 }, (_, index) => ({ slug: `a${String(index).padStart(5, '0')}`, themes: ['common'], speakers: [] }));
    const related = relateArticles(articles, 1000);
    for (const list of related.values()) expect(list.length).toBeLessThanOrEqual(candidatesPerKey);
    expect(related.get('a00300')!.map((entry) => entry.slug)).toContain('a00301');
  });
});

describe('the same statement at scale', () => {
  it('groups a statement reprinted by every outlet and still finds edited copies', () => {
    const text = 'Deterrence must protect every member state. Production will double in Kessel before winter.';
    const quotes = Array.from({ length: 400 }, (_, index) => ({
      id: `q${String(index).padStart(3, '0')}`,
      article: `a${index}`,
      speakerId: 's',
      // Every tenth outlet changes a word; every seventh keeps only the first sentence.
      text: index % 10 === 0 ? text.replace('double', 'triple') : index % 7 === 0 ? text.split('. ')[0]! + '.' : text,
    }));
    quotes.push({ id: 'other', article: 'b', speakerId: 's', text: 'Nothing here resembles the reprinted statement at all.' });
    const same = findSameStatements(quotes);
    expect(same.get('q001')).toHaveLength(399);
    expect(same.get('q010')).toContain('q001');
    expect(same.get('q007')).toContain('q010');
    expect(same.get('other')).toEqual([]);
  });

  it('matches sentences by their share of words, not only by shared word pairs', () => {
    const same = findSameStatements([
      { id: 'q1', article: 'a', speakerId: null, text: 'Kessel bridge repairs finish before winter, the council promised.' },
      { id: 'q2', article: 'b', speakerId: null, text: 'Repairs to the Kessel bridge will finish before the winter.' },
      { id: 'q3', article: 'c', speakerId: null, text: 'Winter came.' },
    ]);
    expect(same.get('q1')).toEqual(['q2']);
    expect(same.get('q3')).toEqual([]);
  });
});
