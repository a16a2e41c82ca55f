// Typographic quotes and apostrophes in a body's text, as in headlines and lists: a rehype plugin
// over the text nodes, in order, each block starting afresh. Whether a mark opens or closes
// depends on the character before it, which may sit in the text node before (a quotation's
// words are their own node), so that character is carried from node to node within a block.
import type { Element, Root, RootContent } from 'hast';

const blocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'th', 'dd', 'dt', 'figcaption', 'div']);
const literal = new Set(['code', 'pre', 'kbd', 'samp']);
// A mark opens after nothing, white space, an opening bracket or a dash.
const opensAfter = /[\s([{\u2014\u2013-]/;

/**
 * `text` with ' and " as ‘ ’ “ ”, given the character before it; characters between \u0001 and
 * \u0002 (the placeholders of a prerendered body, see body.ts) are passed over.
 */
export function typesetRun(text: string, before: string): { text: string; last: string } {
  let out = '';
  let last = before;
  let inPlaceholder = false;
  for (const character of text) {
    if (character === '\u0001') inPlaceholder = true;
    if (inPlaceholder) {
      out += character;
      if (character === '\u0002') inPlaceholder = false;
      continue;
    }
    const opens = last === '' || opensAfter.test(last);
    out += character === '"' ? (opens ? '“' : '”') : character === "'" ? (opens ? '‘' : '’') : character;
    last = character;
  }
  return { text: out, last };
}

export function rehypeTypeset() {
  return (tree: Root) => {
    const state = { last: '' };
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          const result = typesetRun(node.value, state.last);
          node.value = result.text;
          state.last = result.last;
        } else if (node.type === 'element') {
          const element = node as Element;
          if (literal.has(element.tagName)) continue;
          if (blocks.has(element.tagName)) state.last = '';
          walk(element.children as RootContent[]);
          if (blocks.has(element.tagName)) state.last = '';
        }
      }
    };
    walk(tree.children);
  };
}
