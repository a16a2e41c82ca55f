// Where a body becomes HTML: mdast → hast (remark-rehype) → string (rehype-stringify).
// Each quotation becomes a highlighted <mark> with a stable id, followed by a link to its
// speaker's page. Raw HTML in the input is never passed through.
import type { Root } from 'mdast';
import type { Element, ElementContent } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Quotation } from '../quotes/quotation-node.ts';
import type { Quote, Speaker } from '../types.ts';

export interface BodyLinks {
  quotes: Map<string, Quote>;
  speakers: Map<string, Speaker>;
  /** The page of the speaker's record that holds each quote. */
  recordUrls: Map<string, string>;
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
    a: ['href', 'title', 'className'],
  },
};

// One processor for every body (compiled once); the links of the body being rendered are read
// by the quotation handler from here.
let current: BodyLinks | null = null;

const processor = unified()
  .use(remarkRehype, {
    allowDangerousHtml: false,
    handlers: {
      quotation(state: State, node: Quotation): ElementContent[] {
        const links = current!;
        const quote = links.quotes.get(node.quoteId);
        const speaker = quote?.speakerId ? links.speakers.get(quote.speakerId) : undefined;
        const children = state.all(node as never) as ElementContent[];
        // The quoted words themselves link to the speaker's record of this statement.
        const content: ElementContent[] = speaker
          ? [{ type: 'element', tagName: 'a', properties: { className: ['quote-link'], href: `${links.root}${links.recordUrls.get(node.quoteId) ?? speaker.url}#${node.quoteId}`, title: `${speaker.name}: all statements` }, children }]
          : children;
        const mark: Element = {
          type: 'element',
          tagName: 'mark',
          properties: {
            className: ['quote', ...(quote?.partial ? ['quote-partial'] : [])],
            ...(node.part === 0 ? { id: node.quoteId } : {}),
            dataQuote: node.quoteId,
            ...(speaker ? { dataSpeaker: speaker.name } : {}),
          },
          children: content,
        };
        return [mark];
      },
    } as never,
  })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

export function renderBody(tree: Root, links: BodyLinks): string {
  current = links;
  try {
    // mdast → hast builds a new tree and sanitising another, so the article's tree is left as it was.
    const hast = processor.runSync(tree as never);
    return processor.stringify(hast as never);
  } finally {
    current = null;
  }
}
