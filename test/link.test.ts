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
