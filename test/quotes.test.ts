import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/quotes/quote-marks.ts';
import { extractText } from './helpers.ts';

const quotesOf = (body: string) =>
  extractText('story.txt', `A headline for the test story\n\n${body}\n`).article.quotes.map((quote) => [quote.text, quote.speaker, quote.partial]);

describe('quote marks', () => {
  it('tells single quotes from apostrophes', () => {
    const spans = findQuoteSpans("The Kremlin's line, Berlin’s view and the ’90s: 'we don't agree,' she said, and ‘never’ again.");
    expect(spans.map((span) => span.text)).toEqual(["we don't agree,", 'never']);
  });

  it('reads guillemets and German quotation marks', () => {
    expect(findQuoteSpans('«Nous restons», dit-il. „Wir bleiben“, sagte er.').map((span) => span.text)).toEqual(['Nous restons', 'Wir bleiben']);
  });
});

describe('attribution', () => {
  it('reads speaker before and after the quotation', () => {
    expect(
      quotesOf('Polish Foreign Minister Adam Nowak said on Monday that the talks would go on.\n\n"We will not give up," Nowak said.\n\nNowak told reporters: "The door is open."'),
    ).toEqual([
      ['We will not give up', 'Adam Nowak', false],
      ['The door is open.', 'Adam Nowak', false],
    ]);
  });

  it('keeps two alternating speakers apart by pronoun', () => {
    expect(
      quotesOf(
        "Finland's president, Elina Virtanen, met German Chancellor Klaus Berger in Helsinki on Friday to discuss the new border fund.\n\n\"We are ready,\" she said.\n\n\"So are we,\" he said.",
      ),
    ).toEqual([
      ['We are ready', 'Elina Virtanen', false],
      ['So are we', 'Klaus Berger', false],
    ]);
  });

  it('marks a fragment inside reported speech as partial and skips scare quotes', () => {
    expect(quotesOf('Adam Nowak called the decision "long overdue" and dismissed the so-called "reset" as theatre.')).toEqual([['long overdue', 'Adam Nowak', true]]);
  });

  it('keeps a short fragment a named speaker is said to have used, drops titles of shows and songs', () => {
    expect(quotesOf('Mayor Dana Whitfield called the council vote “a total disgrace” on Monday.')).toEqual([['a total disgrace', 'Dana Whitfield', true]]);
    expect(quotesOf('Senator Paul Ostrander said the budget was “remarkable” and promised more.')).toEqual([['remarkable', 'Paul Ostrander', true]]);
    expect(quotesOf('“We will not back down,” Ostrander told NBC’s “Meet the Press.”').map(([text]) => text)).toEqual(['We will not back down']);
    expect(quotesOf('The council chair appeared on Tuesday on WXYZ’s “Morning Desk,” where she spoke about the budget.')).toEqual([]);
    expect(quotesOf('The band played “Another Rainy Day” as the crowd left.')).toEqual([]);
  });

  it('names the group or office when no person is named, never a pronoun', () => {
    expect(quotesOf('"The border stays closed," a government source in Warsaw said.')).toEqual([['The border stays closed', 'a government source in Warsaw', false]]);
  });

  it('carries the speaker into a quote-only paragraph that follows', () => {
    expect(quotesOf('"We have a plan," said Health Minister Ioana Dragomir.\n\n"And we will follow it to the end."')).toEqual([
      ['We have a plan', 'Ioana Dragomir', false],
      ['And we will follow it to the end.', 'Ioana Dragomir', false],
    ]);
  });

  it('joins a quotation that runs over two paragraphs', () => {
    expect(quotesOf('Health Minister Ioana Dragomir said: "The first wave is over.\n\n"The second will be smaller."')).toEqual([
      ['The first wave is over. The second will be smaller.', 'Ioana Dragomir', false],
    ]);
  });
});
