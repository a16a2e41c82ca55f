// Property tests (fast-check) on read, clean and extract: for any text they never throw (other
// than a positioned InputError), every quote's words occur in order in the body, lines are in
// range, speakers are non-empty strings or null, and slugs are safe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/article.ts';
import { decodeText, DecodeError } from '../../src/read/decode.ts';
import { InputError } from '../../src/site/errors.ts';
import { isSafeSlug, slugify, uniqueSlugs } from '../../src/text/slug.ts';

const pieces = [
  '“', '”', '"', '„', '«', '»', '‘', '’', "'", ',', '.', ' ', '\n', '\n\n', '---\n', '# ', '## ', '- ', '* ', '</script>', '<b>', '&amp;',
  'said', 'says', 'told reporters', 'he said.', 'she added', 'according to', 'Anna Berg', 'Li Wei', 'the minister', 'NATO', 'Brussels',
  'We will keep to it', 'Read also:', 'Advertisement', '© 2024', 'By Jane Doe', 'March 3, 2024', '2023-02-30', 'Владимир', '新闻', '\u200b', '\t',
];
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The quote's words are a contiguous run of the body's words (marks and breaks between are fine). */
function occursInBody(quote: string, body: string): boolean {
  const needle = words(quote).join(' ');
  return needle.length === 0 ? false : ` ${words(body).join(' ')} `.includes(` ${needle} `);
}

const settings = { numRuns: 150, interruptAfterTimeLimit: 15_000 };

describe('properties', () => {
  it('extraction never throws, and what it finds is in the text', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('a.txt', 'b.md', 'Новости мира.txt'), (text, file) => {
        let extraction;
        try {
          extraction = extractArticle({ file, text: decodeText(new TextEncoder().encode(text)) });
        } catch (error) {
          if (error instanceof InputError || error instanceof DecodeError) return;
          throw error;
        }
        const { article } = extraction;
        const lines = text.split(/\r\n?|\n/).length;
        expect(isSafeSlug(article.slug)).toBe(true);
        for (const quote of article.quotes) {
          expect(quote.text.trim(), JSON.stringify(quote)).not.toBe('');
          expect(occursInBody(quote.text, article.body), `${JSON.stringify(quote.text)} in ${JSON.stringify(article.body)}`).toBe(true);
          expect(quote.line).toBeGreaterThanOrEqual(1);
          expect(quote.line).toBeLessThanOrEqual(lines);
          expect(quote.speaker === null || (typeof quote.speaker === 'string' && quote.speaker.trim() !== '')).toBe(true);
        }
        for (const diagnostic of extraction.diagnostics) {
          expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.line).toBeLessThanOrEqual(lines);
        }
      }),
      settings,
    );
  }, 40_000);

  it('decoding never throws anything but a positioned error, and leaves no control characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          expect(decodeText(bytes)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
          expect((error as DecodeError).line).toBeGreaterThanOrEqual(1);
          expect((error as DecodeError).column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('slugs are safe, and unique over any list of names', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 30 }), (names) => {
        const slugs = uniqueSlugs(names, 'article');
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const slug of slugs) expect(isSafeSlug(slug), slug).toBe(true);
        for (const name of names) expect(slugify(name)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
      { numRuns: 300 },
    );
  });

  it('extraction time grows linearly: four times the text costs well under sixteen times', () => {
    // Not a benchmark (that is `npm run bench`): a guard against a quadratic step coming back.
    const unit = 'Anna Berg Said The Minister Of Water Told Reporters In Brussels “We will keep to it” ';
    // The fastest of three runs, so a busy machine's pauses do not read as growth.
    const time = (size: number) => {
      const text = `Headline of the story\n\n${unit.repeat(Math.ceil(size / unit.length))}\n`;
      let fastest = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        extractArticle({ file: 'long.txt', text });
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    time(2_000);
    const small = Math.max(time(8_000), 5);
    const large = time(32_000);
    expect(large / small).toBeLessThan(10);
  }, 30_000);
});
