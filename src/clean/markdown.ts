// Markdown articles are mostly written by people, but scrapers write Markdown too: the same
// boilerplate table takes "Read also" blockquotes, share bars, newsletter lines and captions
// out of a Markdown body, and keeps them as furniture for the metadata plugins.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { matchBoilerplate } from './boilerplate-patterns.ts';
import { isMenuLine } from './headline.ts';
import type { FurnitureLine } from './raw-article.ts';

const cleanable = new Set<RootContent['type']>(['paragraph', 'blockquote', 'list', 'heading']);

export function cleanMarkdownTree(tree: Root): FurnitureLine[] {
  const furniture: FurnitureLine[] = [];
  const kept: RootContent[] = [];
  let seenProse = false;
  for (let index = 0; index < tree.children.length; index++) {
    const node = tree.children[index]!;
    const text = toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
    const line = node.position?.start.line ?? 0;
    const rule = cleanable.has(node.type) && text ? matchBoilerplate(text) : undefined;
    if (rule && (rule.reach !== 'rest' || seenProse)) {
      furniture.push({ kind: rule.kind, text, line });
      if (rule.reach === 'rest') {
        for (const rest of tree.children.slice(index + 1)) furniture.push({ kind: rule.kind, text: toString(rest), line: rest.position?.start.line ?? 0 });
        break;
      }
      continue;
    }
    // A list whose every item is just a link: other articles.
    if (node.type === 'list' && node.children.every((item) => item.children.length === 1 && item.children[0]!.type === 'paragraph' && item.children[0]!.children.every((child) => child.type === 'link' || (child.type === 'text' && child.value.trim() === '')))) {
      furniture.push({ kind: 'related-news', text, line });
      continue;
    }
    if (node.type === 'paragraph' && text.split(' ').length <= 12 && isMenuLine(text)) {
      furniture.push({ kind: 'label', text, line });
      continue;
    }
    if (node.type === 'paragraph' && text.split(' ').length >= 8) seenProse = true;
    kept.push(node);
  }
  tree.children = kept;
  return furniture;
}
