// The author: "By Anna Keller", "Author: …", or a name glued to a category label by the scraper
// ("Daria DurovaWorld").
import type { VFile } from 'vfile';
import { sectionLabels } from '../clean/boilerplate-patterns.ts';
import { parsePersonPhrase } from '../speakers/names.ts';

declare module 'vfile' {
  interface DataMap {
    byline: string | null;
  }
}

const name = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}`;
// After "By", a name may have inner capitals: "Alasdair MacInnes".
const prefixedName = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
const labels = new Set(sectionLabels);
const bylinePrefix = new RegExp(String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Cc]ompiled by|[Rr]eported by|Par|Von|Por|Di|Door|Autor:?|Autorka:?|Szerző:?|Kirjoittaja:?|Texto:?|Testo:?|[Aa]uthor:?|[Rr]eporter:|[Tt]ext:|[Ww]ords:)\s+(${prefixedName})`, 'u');
const gluedToLabel = new RegExp(String.raw`^(${name})(\p{Lu}\p{Ll}+)$`, 'u');
const signedName = new RegExp(String.raw`^(${prefixedName})\s*[,|·—–]\s*(.{2,60})$`, 'u');
// A line under a bare name that says the name is the author's: "Tennis correspondent".
const authorRole = /\b(?:correspondent|reporter|editor|writer|columnist|journalist|staff writer|contributor)\b/i;

export function findByline(lines: Array<{ kind: string; text: string }>): string | null {
  for (const line of lines) {
    const byPrefix = bylinePrefix.exec(line.text);
    if (byPrefix) return byPrefix[1]!;
    // "Daria DurovaWorld": a name whose last word runs into a category label.
    const glued = gluedToLabel.exec(line.text);
    if (glued && labels.has(glued[2]!.toLowerCase())) return glued[1]!;
    // "Gary Cottle, Chief Football Reporter", "Emre Doğangün | Ankara"
    const signed = signedName.exec(line.text.trim());
    if (signed && parsePersonPhrase(signed[1]!)?.name === signed[1] && (authorRole.test(signed[2]!) || /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(signed[2]!.trim()))) return signed[1]!;
  }
  // A bare name with the author's role, or a dateline, right under it.
  for (let index = 0; index + 1 < lines.length; index++) {
    const text = lines[index]!.text.trim();
    if (parsePersonPhrase(text)?.name !== text) continue;
    const under = lines.slice(index + 1, index + 3);
    if (authorRole.test(under[0]!.text) || under.some((line) => line.kind === 'dateline')) return text;
  }
  return null;
}

export default function remarkByline() {
  return (_tree: unknown, file: VFile) => {
    file.data.byline = findByline((file.data.furniture ?? []).filter((line) => ['byline', 'header', 'dateline', 'label'].includes(line.kind)));
  };
}
