// Where a body becomes HTML: mdast → hast (remark-rehype) → string (rehype-stringify).
// Each quotation becomes a highlighted <mark> with a stable id, followed by a link to its
// speaker's page. Raw HTML in the input is never passed through.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { Element, ElementContent } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Quotation } from '../quotes/quotation-node.ts';
import type { BodyHtml, BodyMark, HeldBody, Quote, Speaker } from '../types.ts';
import { rehypeTypeset } from './typeset-body.ts';
import { typographicQuotes } from './typography.ts';

export interface BodyLinks {
  quotes: Map<string, Quote>;
  speakers: Map<string, Speaker>;
  /** The page of the speaker's record that holds each quote. */
  recordUrls: Map<string, string>;
  /** The record entry that stands for a quote, where another outlet's wording of the same statement is shown instead. */
  recordIds?: Map<string, string>;
  /** Prefix from the page to the site root, e.g. "../". */
  root: string;
}

/**
 * GitHub's sanitising schema (no scripts, no event handlers, no javascript: URLs), plus the
 * quotation marks this renderer adds. Quote ids are ours, so they are not prefixed.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    mark: ['id', 'className', 'dataQuote', 'dataSpeaker'],
    span: ['className'],
    a: ['href', 'title', 'className'],
  },
};

/** The `<mark>` (and, with a speaker, the link inside it) that wraps one quotation's words. */
function markElement(quoteId: string, part: number, links: BodyLinks, children: ElementContent[]): Element {
  const quote = links.quotes.get(quoteId);
  const speaker = quote?.speakerId ? links.speakers.get(quote.speakerId) : undefined;
  // The quoted words themselves link to the speaker's record of this statement.
  const content: ElementContent[] = speaker
    ? [{ type: 'element', tagName: 'a', properties: { className: ['quote-link'], href: `${links.root}${links.recordUrls.get(quoteId) ?? speaker.url}#${links.recordIds?.get(quoteId) ?? quoteId}`, title: `${typographicQuotes(speaker.name)}: all statements` }, children }]
    : children;
  return {
    type: 'element',
    tagName: 'mark',
    properties: {
      className: ['quote', ...(quote?.partial ? ['quote-partial'] : [])],
      ...(part === 0 ? { id: quoteId } : {}),
      dataQuote: quoteId,
      ...(speaker ? { dataSpeaker: speaker.name } : {}),
    },
    children: content,
  };
}

// One processor for every body (compiled once); the links of the body being rendered are read
// by the quotation handler from here.
let current: BodyLinks | null = null;

const processor = unified()
  .use(remarkRehype, {
    allowDangerousHtml: false,
    handlers: {
      quotation(state: State, node: Quotation): ElementContent[] {
        return [markElement(node.quoteId, node.part, current!, state.all(node as never) as ElementContent[])];
      },
    } as never,
  })
  .use(rehypeTypeset)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

export function renderBody(tree: Root, links: BodyLinks): string {
  current = links;
  try {
    // mdast → hast builds a new tree and sanitising another, so the article's tree is left as it was.
    const hast = processor.runSync(tree as never);
    return withSpeakers(processor.stringify(hast as never), links);
  } finally {
    current = null;
  }
}

// A body is rendered in two steps, so that the tree need not live until the link stage is done.
// Right after extraction (on the worker), everything but the quotations' marks becomes HTML; each
// quotation's words are left between two control characters that say which quotation they
// belong to (the read stage takes control characters out of the text, and these two keep the HTML
// a one-byte string in memory). Once the corpus is linked, `finishBody` puts the marks in, made by the same element
// function, sanitiser and serialiser as `renderBody`, so both give the same bytes. A body whose
// text already holds those characters keeps its tree and is rendered by `renderBody`.
const opens = '\u0001';
const shuts = '\u0002';
const holdsSentinel = /[\u0001\u0002]/;
const placeholder = /\u0001(\/?)(\d+)\u0002/g;

let found: BodyMark[] = [];

const preprocessor = unified()
  .use(remarkRehype, {
    allowDangerousHtml: false,
    handlers: {
      quotation(state: State, node: Quotation): ElementContent[] {
        const index = found.push({ quoteId: node.quoteId, part: node.part }) - 1;
        return [{ type: 'text', value: `${opens}${index}${shuts}` }, ...(state.all(node as never) as ElementContent[]), { type: 'text', value: `${opens}/${index}${shuts}` }];
      },
    } as never,
  })
  .use(rehypeTypeset)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

const markProcessor = unified().use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/** Renders a body as far as it can be rendered before the link stage. */
export function prerenderBody(tree: Root, text: string): BodyHtml {
  if (holdsSentinel.test(text)) return { tree };
  found = [];
  try {
    const hast = preprocessor.runSync(tree as never);
    const html = preprocessor.stringify(hast as never);
    return { html, hash: createHash('sha256').update(html).digest('hex'), marks: found };
  } finally {
    found = [];
  }
}

/** The body's HTML with every quotation marked and linked. */
export function finishBody(body: HeldBody, links: BodyLinks): string {
  if ('tree' in body) return renderBody(body.tree, links);
  const tags = body.marks.map(({ quoteId, part }) => {
    const mark = markElement(quoteId, part, links, [{ type: 'text', value: opens }]);
    const html = markProcessor.stringify(markProcessor.runSync({ type: 'root', children: [mark] } as never) as never);
    return html.split(opens) as [string, string];
  });
  return withSpeakers(
    body.html().replace(placeholder, (_, shut: string, index: string) => tags[Number(index)]![shut ? 1 : 0]),
    links,
  );
}

/**
 * Everything `finishBody`'s HTML is made from, cheaper to make than the HTML: the hash of the body's
 * HTML and each quotation's mark (its id, class, speaker and link), which also name the speakers
 * the paragraphs end with. A page whose inputs are the last build's has the last build's body.
 */
export function bodyInputs(body: HeldBody, links: BodyLinks): unknown {
  if ('tree' in body) return renderBody(body.tree, links);
  return { html: body.hash, marks: body.marks.map(({ quoteId, part }) => markElement(quoteId, part, links, [])) };
}

/**
 * A body as the corpus holds it until its page is rendered: its HTML read by `again` when given
 * (from where it is stored), else kept as UTF-8 bytes, about half the size of the string
 * (typographic quotes make it a two-byte string in memory).
 */
export function holdBody(body: BodyHtml, again?: () => string): HeldBody {
  return 'tree' in body ? body : { hash: body.hash, marks: body.marks, html: again ?? utf8Copy(body.html) };
}

function utf8Copy(text: string): () => string {
  const bytes = Buffer.from(text, 'utf8');
  return () => bytes.toString('utf8');
}

const blockEnd = /<\/(?:p|li|h[1-6])>/g;
const quoteMark = /<mark [^>]*data-quote="([^"]+)"/g;

/**
 * Each paragraph (or list item, or heading) that holds quotes ends with who said them
 * ("— Jens Stoltenberg"), so the speaker is seen at the quote on every screen, not only in a
 * tooltip; a pull-quote printed without marks gets one too. One pass over the HTML.
 */
function withSpeakers(html: string, links: BodyLinks): string {
  let out = '';
  let from = 0;
  for (const end of html.matchAll(blockEnd)) {
    const block = html.slice(from, end.index);
    const names: string[] = [];
    for (const mark of block.matchAll(quoteMark)) {
      const quote = links.quotes.get(mark[1]!);
      const name = quote?.speakerId ? links.speakers.get(quote.speakerId)?.name : undefined;
      if (name && !names.includes(name)) names.push(name);
    }
    out += names.length > 0 ? block + speakerMarker(names) : block;
    from = end.index;
  }
  return out + html.slice(from);
}

function speakerMarker(names: string[]): string {
  const marker: Element = { type: 'element', tagName: 'span', properties: { className: ['said-by'] }, children: [{ type: 'text', value: ` —\u00a0${typographicQuotes(names.join(', '))}` }] };
  return markProcessor.stringify(markProcessor.runSync({ type: 'root', children: [marker] } as never) as never);
}
