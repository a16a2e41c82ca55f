import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/read/decode.ts';
import { splitFrontMatter } from '../src/read/front-matter.ts';
import { InputError } from '../src/site/errors.ts';
import { extractText } from './helpers.ts';

describe('read', () => {
  it('removes a byte-order mark and normalises CRLF and CR line endings', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title line\r\nSecond\rThird')]);
    expect(decodeText(bytes)).toBe('Title line\nSecond\nThird');
  });

  it('refuses bytes that are not UTF-8, naming the line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok\nab'), 0xff]);
    expect(() => decodeText(bytes)).toThrow(/not valid UTF-8/);
    try {
      decodeText(bytes);
    } catch (error) {
      expect(error).toMatchObject({ line: 2, column: 3 });
    }
  });

  it('validates front matter and converts YAML dates to ISO', () => {
    const split = splitFrontMatter('---\ntitle: A headline\ndate: 2024-06-03\nsources: AFP\n---\nBody text.\n');
    expect(split.frontMatter).toEqual({ title: 'A headline', date: '2024-06-03', sources: ['AFP'] });
    expect(split.bodyLineOffset).toBe(5);
  });

  it('names the file, line and key of a front matter value of the wrong type', () => {
    const text = '---\ntitle: Fine\nsources:\n  nested: object\n---\nBody.\n';
    try {
      extractText('bad.md', text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ file: 'bad.md', line: 3 });
      expect((error as Error).message).toMatch(/sources/);
    }
  });

  it('front matter wins over what is extracted', () => {
    const { article } = extractText('story.md', '---\ntitle: From front matter\nsources: [Reuters]\nbyline: Anna Keller\n---\n# From the body\n\nKYIV (AFP) - "We will stay," said Defence Minister Olena Marchenko.\n');
    expect(article.title).toBe('From front matter');
    expect(article.sources).toEqual(['Reuters']);
    expect(article.byline).toBe('Anna Keller');
    expect(article.quotes.map((quote) => quote.speaker)).toEqual(['Olena Marchenko']);
  });
});
