// The outlets an article cites as its origin, primary first.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { findOutlet, knownOutletPattern, sameOutlet } from './outlets.ts';
import { sourcePatterns } from './source-patterns.ts';

declare module 'vfile' {
  interface DataMap {
    sources: string[];
  }
}

const notOutlets = /^(?:NATO|the|The|He|She|It|They|We|Ukraine|Russia|Kyiv|Moscow|Brussels|Washington|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|January|February|March|April|May|June|July|August|September|October|November|December)$/;

// Most texts name no outlet from the table, and each pattern that needs one would scan for the
// whole table on its own: one scan says first whether any outlet's name (in its case) is in the text.
// (This holds for the patterns whose outlet group, case-sensitive, must match: all rows that read
// the table do, as a required group.)
const anyKnownOutlet = new RegExp(knownOutletPattern, 'u');
const needsKnownOutlet = sourcePatterns.map(({ pattern }) => !pattern.flags.includes('i') && pattern.source.includes(`(${knownOutletPattern})`));

export function findSources(texts: string[]): string[] {
  const found: Array<{ name: string; order: number }> = [];
  texts.forEach((text, textIndex) => {
    const namesKnownOutlet = anyKnownOutlet.test(text);
    for (const [patternIndex, { pattern, known, list }] of sourcePatterns.entries()) {
      if (!namesKnownOutlet && needsKnownOutlet[patternIndex]) continue;
      for (const match of text.matchAll(pattern)) {
        const names = list ? match[1]!.split(/\s*,\s*|\s+and\s+/) : [match[1]!];
        names.forEach((printed, offset) => {
          const name = printed.trim().replace(/\s+(?:agency|news agency)$/i, '').replace(/[.,;:]+$/, '');
          if (!name || notOutlets.test(name)) return;
          if (known && !findOutlet(name)) return;
          if (!known && !findOutlet(name) && !/^[\p{Lu}\d]/u.test(name)) return;
          found.push({ name, order: textIndex * 1_000_000 + match.index! + offset });
        });
      }
    }
  });
  found.sort((left, right) => left.order - right.order);
  const sources: string[] = [];
  for (const { name } of found) if (!sources.some((source) => sameOutlet(source, name))) sources.push(name);
  return sources;
}

/** Reads the header furniture first (datelines, "Source:" lines), then the body, then the footer. */
export default function remarkSources() {
  return (tree: Root, file: VFile) => {
    const furniture = file.data.furniture ?? [];
    const header = furniture.filter((line) => ['dateline', 'source', 'header', 'byline'].includes(line.kind)).map((line) => line.text);
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    const footer = furniture.filter((line) => line.kind === 'copyright').map((line) => line.text);
    file.data.sources = findSources([...header, ...paragraphs, ...footer]);
  };
}
