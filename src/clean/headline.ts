// Where the headline is found among the lines above the article: site names, taglines, menus,
// section labels, captions and bylines compete with it. Each line is scored by the signals in
// this table; the best line is the headline. The site's own name, where it stands above the
// headline, is kept as the masthead (the publisher plugin reads it).
import { matchBoilerplate } from './boilerplate-patterns.ts';

export interface HeaderLine {
  text: string;
  /** Index of the line in the file. */
  index: number;
}

interface Candidate extends HeaderLine {
  position: number;
  words: number;
  repeated: boolean;
  followedByFurniture: boolean;
  followedByNavigation: boolean;
  followsHeadline: boolean;
}

interface HeadlineSignal {
  reason: string;
  weight: number;
  applies(candidate: Candidate): boolean;
}

export const headlineSignals: HeadlineSignal[] = [
  // Scraped pages print the headline twice (the page title and the article title), apart.
  { reason: 'printed twice', weight: 4, applies: (candidate) => candidate.repeated },
  { reason: 'a byline or date follows', weight: 2, applies: (candidate) => candidate.followedByFurniture },
  { reason: 'headline length', weight: 1, applies: (candidate) => candidate.words >= 5 && candidate.words <= 25 },
  { reason: 'opens the page', weight: 1, applies: (candidate) => candidate.position === 0 },
  { reason: 'too short for a headline', weight: -2, applies: (candidate) => candidate.words < 4 },
  // "Your city. Your voice. Since 1887.": headlines are one sentence.
  { reason: 'several sentences', weight: -2, applies: (candidate) => /[.!?]\s+\p{Lu}/u.test(candidate.text) },
  // A standfirst under the headline says more, in a longer line, right after it.
  { reason: 'follows a headline', weight: -2, applies: (candidate) => candidate.followsHeadline },
  // "The magazine of the living planet" with the menu under it: a tagline.
  { reason: 'navigation follows', weight: -2, applies: (candidate) => candidate.followedByNavigation },
  // "EuroDaily24 — Europe, every hour": a site's name and its tagline.
  { reason: 'site name and tagline', weight: -3, applies: (candidate) => candidate.position === 0 && /^\S+(?:\s\S+){0,2}\s[—–|-]\s/u.test(candidate.text.trim()) },
];

const furnitureKinds = new Set(['byline', 'dateline', 'source']);

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Where menus and tickers put their items: pipes, middle dots, chevrons, or runs of spaces. */
export function isMenuLine(text: string): boolean {
  return /\S\s{3,}\S/.test(text) || /\S\s{2,}\S+\s{2,}\S/.test(text) || /(?:\s[|·›»>•]\s.*){2,}/.test(text) || /[▲▼☰🔍▾]/u.test(text);
}

export interface Headline {
  title: HeaderLine | null;
  masthead: HeaderLine | null;
}

/**
 * `lines` are the non-blank lines above the first paragraph of prose, in order; `following` the
 * first few lines after them, where a byline or date under a long standfirst may stand.
 */
export function findHeadline(lines: HeaderLine[], following: HeaderLine[] = []): Headline {
  const usable = lines.filter((line) => !matchBoilerplate(line.text) && !isMenuLine(line.text));
  // Indexed once, so scoring every header line stays linear in the number of lines.
  const copiesOf = new Map<string, HeaderLine[]>();
  for (const line of lines) copiesOf.set(line.text.trim(), [...(copiesOf.get(line.text.trim()) ?? []), line]);
  const ordered = [...lines, ...following];
  const at = new Map(ordered.map((line, position) => [line, position]));
  const candidates: Candidate[] = usable.map((line, position) => {
    const here = at.get(line)!;
    const previous = here > 0 ? lines[here - 1] : undefined;
    const copies = copiesOf.get(line.text.trim())!;
    // A byline or date under the headline, perhaps below a standfirst.
    const next: HeaderLine[] = [];
    for (let ahead = here + 1; ahead < ordered.length && next.length < 3; ahead++) if (ordered[ahead]!.text.trim() !== line.text.trim()) next.push(ordered[ahead]!);
    return {
      ...line,
      position,
      words: wordCount(line.text),
      repeated: copies.length > 1 && copies.some((copy) => Math.abs(copy.index - line.index) > 1) && wordCount(line.text) >= 4,
      followedByFurniture: next.some((other) => furnitureKinds.has(matchBoilerplate(other.text)?.kind ?? '')),
      followsHeadline:
        previous !== undefined && previous.index === line.index - 1 && wordCount(previous.text) >= 5 && !matchBoilerplate(previous.text) && !isMenuLine(previous.text) && wordCount(line.text) > wordCount(previous.text),
      followedByNavigation: next.length > 0 && (isMenuLine(next[0]!.text) || ['label', 'promotion'].includes(matchBoilerplate(next[0]!.text)?.kind ?? '')),
    };
  });
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score = headlineSignals.reduce((sum, signal) => sum + (signal.applies(candidate) ? signal.weight : 0), 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const title = best ? { text: best.text.trim(), index: best.index } : null;
  return { title, masthead: title ? findMasthead(lines, title) : null };
}

/** The site's name: a short first line above the headline, before a tagline, a menu or the headline. */
function findMasthead(lines: HeaderLine[], title: HeaderLine): HeaderLine | null {
  const first = lines.find((line) => line.index < title.index && !['language-switcher', 'label', 'cookie-banner', 'promotion', 'advertisement'].includes(matchBoilerplate(line.text)?.kind ?? '') && !/\bcookies?\b/i.test(line.text));
  if (!first || first.text.trim() === title.text) return null;
  const name = first.text.split(/\s{2,}|\s[|—–-]\s/)[0]!.trim();
  if (wordCount(name) > 4 || !/^[\p{Lu}\d]/u.test(name) || /[.!?,;:]$/.test(name)) return null;
  return { text: name, index: first.index };
}
