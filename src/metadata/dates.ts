// The publication date, in ISO form, from datelines such as "Brussels, Nov 27 (AFP) Nov 27, 2023",
// "Published 3 June 2024" or "17.09.2023". Only header lines count: a date inside the story
// ("In July 2023, the Allies…") is not when it was published.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    date: string | null;
  }
}

/**
 * Month names as English editions of other outlets print them, by month number. Add a language
 * by adding its names to each row.
 */
export const monthNames: string[][] = [
  ['january', 'jan', 'gennaio', 'enero', 'janvier', 'januar', 'jänner', 'stycznia', 'janeiro', 'ocak'],
  ['february', 'feb', 'febbraio', 'febrero', 'février', 'fevrier', 'februar', 'lutego', 'fevereiro', 'şubat', 'subat'],
  ['march', 'mar', 'marzo', 'mars', 'märz', 'marz', 'marca', 'março', 'marco', 'mart'],
  ['april', 'apr', 'aprile', 'abril', 'avril', 'kwietnia', 'nisan'],
  ['may', 'maggio', 'mayo', 'mai', 'maja', 'maio', 'mayıs', 'mayis'],
  ['june', 'jun', 'giugno', 'junio', 'juin', 'juni', 'czerwca', 'junho', 'haziran'],
  ['july', 'jul', 'luglio', 'julio', 'juillet', 'juli', 'lipca', 'julho', 'temmuz'],
  ['august', 'aug', 'agosto', 'août', 'aout', 'sierpnia', 'ağustos', 'agustos'],
  ['september', 'sep', 'sept', 'settembre', 'septiembre', 'septembre', 'września', 'wrzesnia', 'setembro', 'eylül', 'eylul'],
  ['october', 'oct', 'ottobre', 'octubre', 'octobre', 'oktober', 'października', 'pazdziernika', 'outubro', 'ekim'],
  ['november', 'nov', 'novembre', 'noviembre', 'listopada', 'novembro', 'kasım', 'kasim'],
  ['december', 'dec', 'dicembre', 'diciembre', 'décembre', 'decembre', 'dezember', 'grudnia', 'dezembro', 'aralık', 'aralik'],
];
const monthByName = new Map(monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const monthName = String.raw`(${[...monthByName.keys()].sort((left, right) => right.length - left.length).join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?`;

interface DateFormat {
  pattern: RegExp;
  toParts(match: RegExpExecArray): [year: number, month: number, day: number];
}

const monthNumber = (name: string) => monthByName.get(name.toLowerCase()) ?? monthByName.get(name.slice(0, 3).toLowerCase()) ?? 0;

export const dateFormats: DateFormat[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, toParts: (match) => [+match[1]!, +match[2]!, +match[3]!] },
  { pattern: new RegExp(String.raw`(?<![\p{L}])${monthName}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'iu'), toParts: (match) => [+match[3]!, monthNumber(match[1]!), +match[2]!] },
  { pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+${monthName},?\s+(\d{4})\b`, 'iu'), toParts: (match) => [+match[3]!, monthNumber(match[2]!), +match[1]!] },
  // Numeric dates: day first, as in most of the world, unless the second number cannot be a month (US order).
  { pattern: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/, toParts: (match) => (+match[2]! > 12 ? [+match[3]!, +match[1]!, +match[2]!] : [+match[3]!, +match[2]!, +match[1]!]) },
];

export function parseDate(text: string): string | null {
  for (const format of dateFormats) {
    const match = format.pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = format.toParts(match);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    return date.toISOString().slice(0, 10);
  }
  return null;
}

/** "PARIS, May 21, 2024 (AFP) - A Paris court…": a dateline that opens the first paragraph. */
export function openingDateline(text: string): string | null {
  const prefix = /^(.{3,60}?)\s+[-–—]\s/.exec(text)?.[1];
  return prefix && /^\p{Lu}[\p{Lu}\p{L} .'-]*,/u.test(prefix) ? parseDate(prefix) : null;
}

export default function remarkDate() {
  return (tree: Root, file: VFile) => {
    // Publication dates first: datelines before other header lines, and "Updated …" last of all.
    const lines = (file.data.furniture ?? []).filter((line) => ['dateline', 'header', 'byline', 'label'].includes(line.kind));
    const updated = (line: { text: string }) => /^(?:updated|last updated|modified|edited)\b/i.test(line.text);
    const sorted = [...lines.filter((line) => line.kind === 'dateline' && !updated(line)), ...lines.filter((line) => line.kind !== 'dateline' && !updated(line)), ...lines.filter(updated)];
    const firstParagraph = tree.children.find((node) => node.type === 'paragraph');
    file.data.date =
      sorted.map((line) => parseDate(line.text)).find((date) => date !== null) ?? (firstParagraph ? openingDateline(toString(firstParagraph)) : null);
  };
}
