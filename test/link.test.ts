import { describe, expect, it } from 'vitest';
import { relateArticles } from '../src/link/related.ts';
import { compareSentences, findStatements, type StatementQuote } from '../src/link/statements.ts';
import { corpusRarity } from '../src/link/words.ts';
import { assignThemes, scoreThemes } from '../src/link/themes.ts';

describe('link', () => {
  it('scores related articles by shared statements, speakers, themes and dates, and says which', () => {
    const related = relateArticles(
      [
        { slug: 'a', themes: ['aid', 'talks'], speakers: ['nowak', 'berg'], statements: ['s1'], date: '2024-02-10' },
        { slug: 'b', themes: ['aid'], speakers: ['nowak'], statements: ['s1'], date: '2024-02-11' },
        { slug: 'c', themes: ['aid', 'talks'], speakers: ['nowak', 'berg'], date: '2024-02-10' },
        { slug: 'd', themes: ['sport'], speakers: ['nowak'] },
      ],
      5,
    );
    // The shared statement (the same interview) outweighs two shared themes, a rarer speaker and the same day.
    expect(related.get('a')!.map((entry) => entry.slug)).toEqual(['b', 'c', 'd']);
    expect(related.get('a')![0]).toMatchObject({ sharedStatements: ['s1'], sharedSpeakers: ['nowak'], sharedThemes: ['aid'], daysApart: 1 });
    expect(related.get('a')![1]).toMatchObject({ sharedStatements: [], sharedSpeakers: ['nowak', 'berg'], sharedThemes: ['aid', 'talks'], daysApart: 0 });
    // A speaker every article quotes says little: "d" shares only that.
    expect(related.get('a')![2]!.score).toBeLessThan(0.5);
    expect(related.get('d')!.map((entry) => entry.slug)).toEqual(['a', 'b', 'c']);
  });


  it('assigns a theme when its phrases occur often enough, title counting double', () => {
    const taxonomy = [{ id: 'aid', label: 'Aid', description: '', phrases: ['weapons', 'ammunition'] }];
    const settings = { minimumMatches: 2, minimumShare: 0.15 };
    const ids = (title: string, body: string, front: string[] = []) => assignThemes(taxonomy, settings, title, body, front).map((match) => match.id);
    expect(ids('More weapons for Kyiv', 'Nothing here.')).toEqual(['aid']);
    expect(ids('A headline', 'Some weapons.')).toEqual([]);
    expect(ids('A headline', 'Some weapons.', ['local'])).toEqual(['local']);
  });

  it('matches word forms and phrases by their stems, and keeps the sentences as evidence', () => {
    const taxonomy = [{ id: 'talks', label: 'Talks', description: '', phrases: ['negotiate', 'peace talks'] }];
    const [match] = assignThemes(taxonomy, { minimumMatches: 2, minimumShare: 0.15 }, 'A headline', 'The sides are negotiating. The peace talk failed. Rain fell.', []);
    expect(match!.id).toBe('talks');
    expect(match!.evidence.map((sentence) => sentence.text)).toEqual(['The sides are negotiating.', 'The peace talk failed.']);
    expect(match!.evidence[1]!.phrases).toEqual(['peace talks']);
  });

  it('does not tag an article for a passing mention', () => {
    const taxonomy = [{ id: 'aid', label: 'Aid', description: '', phrases: ['weapons'] }];
    const body = ['Weapons arrived, and more weapons followed.', ...Array.from({ length: 12 }, (_, index) => `The harbour opened berth ${index}.`)].join(' ');
    const [match] = scoreThemes(taxonomy, 'The harbour grows', body);
    expect(match!.score).toBe(2);
    expect(match!.share).toBeLessThan(0.15);
    expect(assignThemes(taxonomy, { minimumMatches: 2, minimumShare: 0.15 }, 'The harbour grows', body, [])).toEqual([]);
    // The same mention under a headline about it is the article's theme.
    expect(assignThemes(taxonomy, { minimumMatches: 2, minimumShare: 0.15 }, 'Weapons for the harbour', body, []).map((entry) => entry.id)).toEqual(['aid']);
  });


});

describe('the same statement across outlets', () => {
  const statementsOf = (quotes: StatementQuote[], extra: string[] = []) => findStatements(quotes, corpusRarity([...quotes.map((quote) => quote.text), ...extra]));
  // Background sentences make "Kessel" and "bridge" common, as a local paper would.
  const background = Array.from({ length: 30 }, (_, index) => `The Kessel bridge council met on day ${index} about the bridge.`);

  it('groups translations and trimmed quotes by one speaker, never the same words by two people', () => {
    const { sameAs, statements } = statementsOf(
      [
        { id: 'q1', article: 'a', speakerId: 'nowak', text: 'The ferry to Ostrava has permanently lost its licence. We will appeal.' },
        { id: 'q2', article: 'b', speakerId: 'nowak', text: 'The Ostrava ferry has lost its licence forever' },
        { id: 'q3', article: 'c', speakerId: 'nowak', text: 'lost its licence forever' },
        { id: 'q4', article: 'd', speakerId: 'berg', text: 'The Ostrava ferry has lost its licence forever' },
        { id: 'q5', article: 'e', speakerId: null, text: 'The Ostrava ferry has lost its licence forever' },
      ],
      background,
    );
    expect(sameAs.get('q1')).toEqual(['q2', 'q3']);
    expect(sameAs.get('q3')).toEqual(['q1', 'q2']);
    expect(sameAs.get('q4')).toEqual([]);
    expect(sameAs.get('q5')).toEqual([]);
    // At sentence level: the statement holds the first sentence of q1, not "We will appeal."
    expect(statements).toHaveLength(1);
    expect(statements[0]!.members.map((member) => member.sentence)).toEqual(['The ferry to Ostrava has permanently lost its licence.', 'The Ostrava ferry has lost its licence forever', 'lost its licence forever']);
  });

  it('keeps apart different statements that share common words, and a statement from its negation', () => {
    const { sameAs } = statementsOf(
      [
        { id: 'q1', article: 'a', speakerId: 'nowak', text: 'The council has no plan to close the Kessel bridge to lorries.' },
        { id: 'q2', article: 'b', speakerId: 'nowak', text: 'Thirdly, we agreed a repair package for the bridge with the Kessel council.' },
        { id: 'q3', article: 'c', speakerId: 'nowak', text: 'The Kessel bridge will carry trams by the summer.' },
        { id: 'q4', article: 'd', speakerId: 'nowak', text: 'The Kessel bridge will not carry trams by the summer.' },
      ],
      background,
    );
    expect([...sameAs.values()].every((ids) => ids.length === 0)).toBe(true);
  });

  it('weighs rare words: two sentences alike but for their rare words are two statements', () => {
    const rarity = corpusRarity([...background, 'Kessel lost tens of thousands of visitors.', 'Kessel lost hundreds of tourists.']);
    expect(compareSentences('The Kessel bridge lost tens of thousands of visitors', 'The Kessel bridge lost hundreds of tourists', rarity).same).toBe(false);
    expect(compareSentences('The Kessel bridge lost tens of thousands of visitors', 'The bridge at Kessel lost tens of thousands of its visitors', rarity).same).toBe(true);
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
    const { sameAs: same } = findStatements(quotes, corpusRarity(quotes.map((quote) => quote.text)));
    expect(same.get('q001')).toHaveLength(399);
    expect(same.get('q010')).toContain('q001');
    expect(same.get('q007')).toContain('q010');
    expect(same.get('other')).toEqual([]);
  });

});

describe('themes --suggest', () => {
  it('proposes key phrases shared by several articles that the taxonomy lacks, not names or words of saying', async () => {
    const { suggestThemes } = await import('../src/link/suggest-themes.ts');
    const articles = [
      { slug: 'a', title: 'Grain exports resume', body: 'Grain exports resumed on Monday, Marta Kowalczyk said. The port strike ended.' },
      { slug: 'b', title: 'Harbour busy again', body: 'The harbour handled grain exports all week. Lorries queued at the port.' },
      { slug: 'c', title: 'Ferry timetable', body: 'The ferry timetable changes in May, Kowalczyk said.' },
    ];
    const taxonomy = [{ id: 'strikes', label: 'Strikes', description: '', phrases: ['port strike'] }];
    const suggestions = suggestThemes(articles, taxonomy, ['Marta Kowalczyk'], { limit: 5, minimumArticles: 2 });
    expect(suggestions[0]).toMatchObject({ phrase: 'grain exports', articles: ['a', 'b'] });
    const phrases = suggestions.map((suggestion) => suggestion.phrase);
    expect(phrases).not.toContain('said');
    expect(phrases).not.toContain('kowalczyk');
    expect(phrases).not.toContain('port strike');
    // "ferry timetable" is in one article only.
    expect(phrases).not.toContain('ferry timetable');
  });
});
