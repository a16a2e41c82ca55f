// The site that printed the article, where the page names itself: a banner
// ("SpaceWar.com - Your World At War"), a promotion ("our Telegram OBOZ.UA"), a pointer to its
// own earlier stories ("As OBOZ.UA wrote:") or a copyright line that is not an agency's.
import type { VFile } from 'vfile';
import { findOutlet } from './outlets.ts';

declare module 'vfile' {
  interface DataMap {
    publisher: string | null;
  }
}

const site = String.raw`([\p{Lu}\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)+|\p{Lu}[\p{L}\d]+(?:\s\p{Lu}[\p{L}\d]+){0,3})`;

export const publisherPatterns: Array<{ kinds: string[]; pattern: RegExp }> = [
  { kinds: ['masthead'], pattern: /^(.+)$/u },
  { kinds: ['banner'], pattern: /^([\w.-]+\.[a-z]{2,})\s+[-–—|]/i },
  { kinds: ['banner'], pattern: /^(\p{Lu}[\p{L}\d.]*(?:\s[\p{Lu}\d][\p{L}\d.]*){0,2})\s[-–—|]\s/u },
  { kinds: ['promotion'], pattern: new RegExp(String.raw`\bour\s+(?:Telegram|Viber|website|site|channel|newsletter|app|Facebook|page)\s+(?:channel\s+)?${site}`, 'u') },
  { kinds: ['related-news'], pattern: new RegExp(String.raw`^As\s+${site}\s+(?:wrote|reported|has reported|previously reported)`, 'u') },
  { kinds: ['copyright'], pattern: new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?${site}`, 'iu') },
];

export function findPublisher(lines: Array<{ kind: string; text: string }>): string | null {
  for (const { kinds, pattern } of publisherPatterns) {
    for (const line of lines) {
      if (!kinds.includes(line.kind)) continue;
      const match = pattern.exec(line.text);
      if (match && !findOutlet(match[1]!)) return match[1]!;
    }
  }
  return null;
}

export default function remarkPublisher() {
  return (_tree: unknown, file: VFile) => {
    file.data.publisher = findPublisher(file.data.furniture ?? []);
  };
}
