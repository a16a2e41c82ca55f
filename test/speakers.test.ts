// Speaker resolution on short passages written for each rule: who "he", "the company" or
// "the coach" is, and how a group is named.
import { describe, expect, it } from 'vitest';
import { parsePersonPhrase, roleHead } from '../src/speakers/names.ts';
import { tidyGroup } from '../src/speakers/people.ts';
import { extractText } from './helpers.ts';

const speakersOf = (body: string) => extractText('story.txt', `A headline for the test story\n\n${body}\n`).article.quotes.map((quote) => quote.speaker);

describe('names and roles', () => {
  it('keeps the name apart from titles before it and roles after it', () => {
    expect(parsePersonPhrase('NATO Secretary-General Jens Stoltenberg')).toMatchObject({ name: 'Jens Stoltenberg', role: 'NATO Secretary-General' });
    expect(parsePersonPhrase("Finland's president, Elina Virtanen")).toMatchObject({ name: 'Elina Virtanen', role: "Finland's president" });
    expect(parsePersonPhrase('Councillor Javier Ruano of the opposition Green Bloc')).toMatchObject({ name: 'Javier Ruano', role: 'Councillor of the opposition Green Bloc' });
    expect(parsePersonPhrase('Paris deputy mayor for security Laurent Sabatier')?.name).toBe('Laurent Sabatier');
    expect(parsePersonPhrase('the rights group Quadrature Libre')).toBeNull();
    expect(parsePersonPhrase('Geneva-based Helvetia Container Lines')).toBeNull();
  });

  it('finds the longest role noun', () => {
    expect(roleHead('the NATO Secretary-General')).toBe('secretary general');
    expect(roleHead("Ukraine's top general")).toBe('general');
    expect(roleHead('a government source')).toBeNull();
  });

  it('shows a group by its name', () => {
    expect(tidyGroup('The Personal Data Protection Office (UODO)')).toBe('Personal Data Protection Office');
    expect(tidyGroup("The ship's operator, Geneva-based Helvetia Container Lines")).toBe('Helvetia Container Lines');
    expect(tidyGroup("IPMA, Portugal's weather institute")).toBe('IPMA');
    expect(tidyGroup('The interior ministry')).toBe('the interior ministry');
  });
});

describe('who is speaking', () => {
  it('takes "the company" to be the organisation last named', () => {
    expect(speakersOf('Deutsche Fernbahn said in a statement that the strike was unjustified.\n\n"We have made a fair offer," the company said.')).toEqual(['Deutsche Fernbahn']);
  });

  it('takes "the official" to be the unnamed official already speaking', () => {
    expect(
      speakersOf('Agriculture Minister Sophie Marchal said the government had listened.\n\nA senior EU official said the Commission was preparing proposals. "We understand the frustration," the official added.'),
    ).toEqual(['a senior EU official']);
  });

  it('matches a role with its qualifier: "the Hafnia coach" is not the Barrosa coach', () => {
    expect(
      speakersOf('Barrosa coach Dario Fenucci praised his players after the match on Thursday evening.\n\nHafnia coach Niels Haugaard refused to blame the referee for the defeat.\n\n"He read the game better than me," the Hafnia coach told reporters.'),
    ).toEqual(['Niels Haugaard']);
  });

  it('skips a relative clause between the subject and the verb', () => {
    expect(speakersOf('German MEP Tobias Reinholt, who steered the law through parliament, wrote on social media: "Today the law grew teeth."')).toEqual(['Tobias Reinholt']);
  });

  it('gives a coordinated verb the subject that opens the sentence', () => {
    expect(speakersOf('Council leader Martin Pryce, who lost his seat, congratulated his opponents but warned of "some very tough choices on the budget".')).toEqual(['Martin Pryce']);
  });

  it('learns a gender from the text when no list knows the name', () => {
    expect(
      speakersOf('Kwame Osei met Zuri Adebayo-Lind in Accra on Monday to sign the agreement.\n\nAdebayo-Lind presented the plan. She said it would take a decade.\n\nOsei was more cautious.\n\n"We will see," she said.'),
    ).toEqual(['Zuri Adebayo-Lind']);
  });

  it('attributes a fragment to the speaker the paragraph just named', () => {
    expect(speakersOf('Nobody was injured, Avon and Somerset Police said. Officers were "assisting organisers with a safe departure".')).toEqual(['Avon and Somerset Police']);
  });
});
