// The classes of attribution that real news uses and that fictional fixtures rarely show, each on
// a passage written here (no text from any corpus): who is speaking, or nobody, never a clause.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/quotes/quote-marks.ts';
import { extractText } from './helpers.ts';

const intro = 'Senator Maria Lindqvist and the mayor, Paul Okafor, met voters in Riverton on Tuesday to talk about the new bridge.';
const speakersOf = (body: string) =>
  extractText('story.txt', `A headline for the test story\n\n${intro}\n\n${body}\n`).article.quotes.map((quote) => [quote.text, quote.speaker]);

describe('attribution classes from real news', () => {
  it('takes the name and verb after a quotation closed by a comma, whatever the verb', () => {
    expect(speakersOf('“They only came for the free coffee,” Okafor shot back with a grin.')).toEqual([['They only came for the free coffee', 'Paul Okafor']]);
  });

  it('keeps a question and the name and verb after it in one sentence', () => {
    expect(speakersOf('“Who pays for the bridge?” Lindqvist pressed on, to applause.')).toEqual([['Who pays for the bridge?', 'Maria Lindqvist']]);
  });

  it('gives a participle after a quotation to the subject of the sentence, not to the one spoken to', () => {
    expect(speakersOf('Hours later, Okafor answered the critics, telling Radio Riverton, “The bridge will open in May.”')).toEqual([
      ['The bridge will open in May.', 'Paul Okafor'],
    ]);
  });

  it('names the speaker of ", said X" that closes a sentence a quotation opened', () => {
    expect(speakersOf('“It can be built, but not this year” unless the state pays, said Greta Halvorsen, an engineer with the county.')).toEqual([
      ['It can be built, but not this year', 'Greta Halvorsen'],
    ]);
  });

  it('gives a fragment in a sentence about a person, with no verb of saying, to that person', () => {
    expect(speakersOf('She thanked the volunteers for working “day and night, in the rain” on the petition.')).toEqual([['day and night, in the rain', 'Maria Lindqvist']]);
  });

  it('never takes a clause cut by mistake, a possessive or a place for a speaker', () => {
    const quotes = speakersOf('Okafor said that Lindqvist’s plan would leave the town “poorer than before the flood.”\n\nLindqvist, during a stop in Dover, Delaware, said the town would be “better off within a decade.”');
    expect(quotes).toEqual([
      ['poorer than before the flood.', 'Paul Okafor'],
      ['better off within a decade.', 'Maria Lindqvist'],
    ]);
  });

  it('keeps an initial inside a name and a title before it', () => {
    expect(speakersOf('“Nobody asked the farmers,” said Rev. Thomas J. Whitcombe, who leads the valley church.')).toEqual([['Nobody asked the farmers', 'Thomas J. Whitcombe']]);
  });

  it('keeps two indefinite speakers of the same kind apart', () => {
    expect(speakersOf('“We will vote no,” said an Oakdale resident.\n\n“We will vote yes,” added a Riverton resident.')).toEqual([
      ['We will vote no', 'an Oakdale resident'],
      ['We will vote yes', 'a Riverton resident'],
    ]);
  });

  it('reads a speaker label before a colon and a description tied to a name', () => {
    expect(speakersOf('Lindqvist: “The money is there.” Okafor: “Then show us.”\n\n“It is a stunt,” said a longtime adviser to Okafor.')).toEqual([
      ['The money is there.', 'Maria Lindqvist'],
      ['Then show us.', 'Paul Okafor'],
      ['It is a stunt', 'a longtime adviser to Okafor'],
    ]);
  });

  it('resolves "they" to the group that spoke last and "who" to the name before it', () => {
    expect(
      speakersOf('The Riverton Residents Association said it would sue. They called the plan “a bridge to nowhere for the rich.”\n\nOkafor, who has called the lawsuit “a waste of everybody’s money and time,” did not comment.'),
    ).toEqual([
      ['a bridge to nowhere for the rich.', 'Riverton Residents Association'],
      ['a waste of everybody’s money and time', 'Paul Okafor'],
    ]);
  });

  it("gives a document's words to its author", () => {
    expect(speakersOf('Lindqvist did not attend the hearing.\n\n“The bridge is safe,” her statement read.\n\n“The mayor has lost his way,” said an editorial in the Riverton Gazette.')).toEqual([
      ['The bridge is safe', 'Maria Lindqvist'],
      ['The mayor has lost his way', 'Riverton Gazette'],
    ]);
  });

  it('gives a quotation opening a paragraph to the lead-in that closed the one before, whatever its verb', () => {
    expect(speakersOf('Okafor went further:\n\n“The bridge will be finished before the winter, I promise you that.”\n\nStated Lindqvist:\n\n“We will see.”')).toEqual([
      ['The bridge will be finished before the winter, I promise you that.', 'Paul Okafor'],
      ['We will see.', 'Maria Lindqvist'],
    ]);
  });

  it('gives a participle to the subject of the sentence, not to a noun or a clause in the object', () => {
    expect(speakersOf('Lindqvist posted a Facebook comment of her own, saying, “See you at the ribbon cutting!”')).toEqual([['See you at the ribbon cutting!', 'Maria Lindqvist']]);
    expect(speakersOf('Okafor repeated claims that Lindqvist recites the same talking points, calling her “a broken record.”')).toEqual([['a broken record.', 'Paul Okafor']]);
    expect(speakersOf('Okafor took the stage at the Grand Theater in Riverton and called the plan “a fantasy.”')).toEqual([['a fantasy.', 'Paul Okafor']]);
  });

  it('reads a description before a name, and a dateline in title case, as part of no subject', () => {
    expect(speakersOf('Riverton (AP) – Democratic mayoral hopeful Dana Whitcombe is questioning whether the bridge would have been approved “if anyone had read the report.”')).toEqual([
      ['if anyone had read the report.', 'Dana Whitcombe'],
    ]);
  });

  it('does not take a new clause after a conjunction, or a capitalised word, for an attribution', () => {
    expect(speakersOf('Okafor said he had “signed the contract yesterday,” and he said he hoped Lindqvist would sign too.')).toEqual([['signed the contract yesterday', 'Paul Okafor']]);
    expect(speakersOf('Lindqvist said that what the United States needs most is “patience” and little else.')).toEqual([['patience', 'Maria Lindqvist']]);
  });

  it('gives a quote-only sentence to the speaker its own paragraph just named, not to the last paragraph’s', () => {
    expect(speakersOf('“The vote is on Friday,” Okafor said.\n\nRiverton College’s Ines Albrecht agreed. “Friday is too late for the farmers.”')).toEqual([
      ['The vote is on Friday', 'Paul Okafor'],
      ['Friday is too late for the farmers.', 'Ines Albrecht'],
    ]);
  });

  it('gives an indefinite description ("a senior official") to someone new, never to a person named before', () => {
    expect(speakersOf('“We expect more cuts,” a senior official said.')).toEqual([['We expect more cuts', 'a senior official']]);
  });

  it('reads the offices of a legislature before a given name as a title ("Senate Minority Whip")', () => {
    expect(speakersOf('State Senate Majority Whip Jolene R. Haskins took questions.\n\nIn an interview, Haskins said she “read every page of the bill.”')).toEqual([['read every page of the bill.', 'Jolene R. Haskins']]);
  });

  it('knows verbs of manner and stance as verbs of saying', () => {
    expect(speakersOf('“We were wrong about the cost,” Okafor conceded.\n\n“Nobody was wrong,” retorted Lindqvist.')).toEqual([
      ['We were wrong about the cost', 'Paul Okafor'],
      ['Nobody was wrong', 'Maria Lindqvist'],
    ]);
  });

  it('pairs mixed straight and curly quotation marks, but not across a nested curly quotation', () => {
    expect(findQuoteSpans('“The roads are crumbling," she said. "Fix them.”').map((span) => span.text)).toEqual(['The roads are crumbling,', 'Fix them.']);
    // The straight mark runs on to the next paragraph; the curly pair stays inside it.
    expect(findQuoteSpans('"The law isn’t about “equal justice” anymore.').map((span) => [span.text, span.unclosed])).toEqual([['The law isn’t about “equal justice” anymore.', true]]);
  });
});

describe('nouns that can speak, learned from GUM', () => {
  it('knows people and organisations from things', async () => {
    const { nounCanSpeak } = await import('../src/language/speaking-nouns.ts');
    expect(nounCanSpeak('candidates')).toBe(true);
    expect(nounCanSpeak('council')).toBe(true);
    expect(nounCanSpeak('letter')).toBe(false);
    expect(nounCanSpeak('website')).toBe(false);
    expect(nounCanSpeak('zorblat')).toBeNull();
  });
});
