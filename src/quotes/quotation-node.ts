// The tree node that marks a quotation inside a paragraph, so the page can highlight it and link to it.
import type { Paragraph, PhrasingContent, Text } from 'mdast';
import type { Node } from 'unist';

export interface Quotation extends Node {
  type: 'quotation';
  quoteId: string;
  /** 0 for the first part; further parts belong to a quotation that runs over several paragraphs. */
  part: number;
  children: PhrasingContent[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    quotation: Quotation;
  }
  interface ParagraphData {
    /** A pull-quote's attribution lines, taken out of the text by the clean stage. */
    pullQuote?: { name: string; role: string | null; line: number };
  }
}

/**
 * Wraps characters [start, end) of a paragraph's text in a quotation node. Returns false (and
 * leaves the tree alone) when the range crosses inline formatting, which only Markdown input has.
 */
export function markQuotation(paragraph: Paragraph, start: number, end: number, quoteId: string, part: number): boolean {
  let offset = 0;
  for (let index = 0; index < paragraph.children.length; index++) {
    const child = paragraph.children[index]!;
    const length = textLength(child);
    if (child.type === 'text' && start >= offset && end <= offset + length) {
      const local = start - offset;
      const localEnd = end - offset;
      const pieces: PhrasingContent[] = [];
      if (local > 0) pieces.push(textPiece(child, 0, local));
      pieces.push({ type: 'quotation', quoteId, part, children: [textPiece(child, local, localEnd)] });
      if (localEnd < child.value.length) pieces.push(textPiece(child, localEnd, child.value.length));
      paragraph.children.splice(index, 1, ...pieces);
      return true;
    }
    offset += length;
  }
  return false;
}

function textPiece(node: Text, from: number, to: number): Text {
  const piece: Text = { type: 'text', value: node.value.slice(from, to) };
  if (node.position && node.position.start.line === node.position.end.line) {
    const line = node.position.start.line;
    const column = node.position.start.column;
    const offset = node.position.start.offset;
    piece.position = {
      start: { line, column: column + from, offset: offset === undefined ? undefined : offset + from },
      end: { line, column: column + to, offset: offset === undefined ? undefined : offset + to },
    };
  }
  return piece;
}

function textLength(node: PhrasingContent): number {
  if ('value' in node && typeof node.value === 'string') return node.value.length;
  if ('children' in node) return (node.children as PhrasingContent[]).reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}
