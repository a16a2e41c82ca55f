import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givenNameGender, isGivenName } from '../src/language/given-names.ts';
import { typeMention, type MentionType } from '../src/language/mention-type.ts';
import { scoreAntecedent, type AntecedentFeatures } from '../src/language/pronoun.ts';

/** The type of the first occurrence of `mention` in `text`. */
function typeOf(text: string, mention: string): MentionType {
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`"${mention}" is not in "${text}"`);
  return typeMention(text, start, start + mention.length).type;
}

describe('given names', () => {
  it('knows given names of several cultures with their usual gender', () => {
    expect(givenNameGender('Hua')).toBe('female');
    expect(givenNameGender('Ngozi')).toBe('female');
    expect(givenNameGender('Oksana')).toBe('female');
    expect(givenNameGender('Volodymyr')).toBe('male');
    expect(givenNameGender('Kwame')).toBe('male');
    expect(givenNameGender('Hiroshi')).toBe('male');
    expect(givenNameGender('Mohammed')).toBe('male');
  });

  it('ignores case and accents', () => {
    expect(givenNameGender('Élodie')).toBe('female');
    expect(givenNameGender('ELODIE')).toBe('female');
    expect(givenNameGender('josé')).toBe('male');
  });

  it('calls a name unknown when registers disagree on its gender', () => {
    expect(givenNameGender('Andrea')).toBe('unknown');
    expect(givenNameGender('Taylor')).toBe('unknown');
    expect(isGivenName('Andrea')).toBe(true);
  });

  it('returns null for words that are not given names, function words included', () => {
    for (const word of ['Chunying', 'Twitter', 'Breitbart', 'The', 'Said', 'Should', 'Hours']) {
      expect(givenNameGender(word)).toBeNull();
      expect(isGivenName(word)).toBe(false);
    }
  });
});

describe('mention types', () => {
  it('types people named before and after a speech verb', () => {
    expect(typeOf('“We will rebuild the barn,” said Mike Wipf, who farms near the river.', 'Mike Wipf')).toBe('person');
    expect(typeOf('Trump told reporters he was confident.', 'Trump')).toBe('person');
    expect(typeOf('Senator Elizabeth Warren, a Democrat, said the bill would fail.', 'Elizabeth Warren')).toBe('person');
  });

  it('types organisations, places and works', () => {
    expect(typeOf('Breitbart News reported on Tuesday that the vote had been delayed.', 'Breitbart News')).toBe('organisation');
    expect(typeOf('She grew up in Vancouver before moving east.', 'Vancouver')).toBe('place');
    expect(typeOf('The report was released in Geneva on Monday.', 'Geneva')).toBe('place');
    expect(typeOf('The Affordable Care Act was signed in 2010.', 'Affordable Care Act')).toBe('work');
  });

  it('calls capitalised words that name nobody other', () => {
    expect(typeOf('Should I stay or should I go, she asked.', 'Should I')).toBe('other');
    expect(typeOf('In its two-page statement, the ministry denied the claims.', 'In')).toBe('other');
    expect(typeOf('Hours later, the bridge reopened.', 'Hours')).toBe('other');
    expect(typeOf('The Olympics open on Friday.', 'Friday')).toBe('other');
  });

  it('gives a probability to every type, summing to one, the same on every call', () => {
    const text = 'Breitbart News reported on Tuesday that the vote had been delayed.';
    const first = typeMention(text, 0, 14);
    const total = Object.values(first.scores).reduce((left, right) => left + right, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(Object.keys(first.scores).sort()).toEqual(['organisation', 'other', 'person', 'place', 'work']);
    expect(typeMention(text, 0, 14)).toEqual(first);
  });
});

describe('the language layer', () => {
  it('imports nothing from the other stages of src/', () => {
    const folder = new URL('../src/language/', import.meta.url);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      for (const [, path] of source.matchAll(/from '([^']+)'/g)) {
        expect(path!.startsWith('./') || path === '../types.ts' || !path!.startsWith('.'), `${file} imports ${path}`).toBe(true);
      }
    }
  });
});

describe('pronoun antecedents', () => {
  const candidate: AntecedentFeatures = {
    pronoun: 'she',
    candidateType: 'person',
    candidateGender: 'female',
    candidateNumber: 'singular',
    sentenceDistance: 1,
    candidateIsSubject: true,
    candidateMentionCount: 1,
    candidateRecency: 2,
    sameParagraph: true,
  };

  it('prefers a candidate whose gender, type and number agree with the pronoun', () => {
    expect(scoreAntecedent(candidate)).toBeGreaterThan(scoreAntecedent({ ...candidate, candidateGender: 'male' }));
    const it = { ...candidate, pronoun: 'it' as const, candidateGender: null };
    expect(scoreAntecedent({ ...it, candidateType: 'organisation' })).toBeGreaterThan(scoreAntecedent(it));
    const they = { ...candidate, pronoun: 'they' as const, candidateType: 'organisation' as const, candidateGender: null };
    expect(scoreAntecedent({ ...they, candidateNumber: 'plural' })).toBeGreaterThan(scoreAntecedent({ ...candidate, pronoun: 'they', candidateGender: 'male' }));
  });

  it('prefers a nearer candidate', () => {
    expect(scoreAntecedent({ ...candidate, sentenceDistance: 0 })).toBeGreaterThan(scoreAntecedent({ ...candidate, sentenceDistance: 3 }));
  });
});
