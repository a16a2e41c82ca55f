// A raw scraped article becomes a clean document tree, built straight from its lines.
// Raw text is not Markdown: a "*" or "#" in it stays literal. What is taken out (banner,
// captions, byline, dateline, ads, related news, footer) is kept on file.data.furniture,
// because the metadata plugins read the byline, date and sources from it.
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { parsePersonPhrase } from '../speakers/names.ts';
import { type BoilerplateKind, matchBoilerplate } from './boilerplate-patterns.ts';
import { findHeadline, isMenuLine } from './headline.ts';

export interface FurnitureLine {
  kind: BoilerplateKind | 'title' | 'masthead' | 'header' | 'pull-quote-attribution';
  text: string;
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The headline as found in the text, and its line. */
    rawTitle: { text: string; line: number } | null;
    furniture: FurnitureLine[];
  }
}

interface Line {
  text: string;
  /** 1-based line in the input file. */
  number: number;
}

// A sentence ends in . ! ? … : or ; perhaps inside a closing quotation mark or bracket.
const terminalPunctuation = /[.!?…:;]["”»’')]*$/;
const bulletMarker = /^\s*(?:[-•*–—›»▸►·]|\d+[.)])\s+/;

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * A line that is plainly article prose: a finished sentence of some length, or very long. A
 * standfirst under the headline ("Health Ministry targets children who missed …") is long but
 * unpunctuated, and stays in the header with the byline and date that follow it.
 */
function isProse(text: string): boolean {
  const count = words(text);
  return count >= 30 || (count >= 8 && terminalPunctuation.test(text.trim()));
}

/**
 * The first line of a text, standing alone above a longer paragraph, one short sentence that
 * opens with a capital: a headline, even when it ends in a full stop.
 */
function isHeadlineSentence(lines: Line[], index: number): boolean {
  const text = lines[index]!.text.trim();
  const next = lines.slice(index + 1).find((line) => line.text.trim() !== '');
  const standsAlone = (lines[index + 1]?.text.trim() ?? '') === '';
  const oneSentence = !/[.!?]["”’']?\s+\p{Lu}/u.test(text.replace(/\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|St|Jr|U\.S)\./g, ''));
  return standsAlone && oneSentence && words(text) <= 25 && /^[\p{Lu}\d"“‘']/u.test(text) && next !== undefined && words(next.text) > words(text);
}

/** Short, unpunctuated, capitalised: a headline, a subheading or a list of other headlines. */
function isHeadlineLike(text: string): boolean {
  const trimmed = text.trim();
  return words(trimmed) <= 16 && !/[.!?:;,…]["”»’']?$/.test(trimmed) && /^[\p{Lu}\d"“„«‘']/u.test(trimmed);
}

function isNameLine(text: string): boolean {
  const trimmed = text.trim();
  return words(trimmed) >= 2 && words(trimmed) <= 4 && !/[.!?:;,]$/.test(trimmed) && parsePersonPhrase(trimmed)?.name === trimmed;
}

export interface RawArticle {
  tree: Root;
  title: { text: string; line: number } | null;
  furniture: FurnitureLine[];
}

export function parseRawArticle(text: string, lineOffset = 0): RawArticle {
  const lines: Line[] = text.split('\n').map((value, index) => ({ text: value.replace(/\s+$/, ''), number: index + 1 + lineOffset }));
  const furniture: FurnitureLine[] = [];
  const remove = (line: Line, kind: FurnitureLine['kind']) => furniture.push({ kind, text: line.text.trim(), line: line.number });

  // 1. The header runs to the first line of prose (a line printed twice is a headline, not prose).
  const copies = new Map<string, number>();
  for (const line of lines) copies.set(line.text.trim(), (copies.get(line.text.trim()) ?? 0) + 1);
  const printedTwice = (line: Line) => copies.get(line.text.trim())! > 1;
  const prose = (line: Line) => isProse(line.text) && !matchBoilerplate(line.text);
  // An article whose every paragraph is printed twice still has a body: its first prose line.
  let firstProse = lines.findIndex((line) => prose(line) && !printedTwice(line));
  if (firstProse === -1) firstProse = lines.findIndex(prose);
  let bodyStart = firstProse === -1 ? lines.length : firstProse;
  // A text that opens with its headline as a sentence of its own ("Clinton calls on U.S. to lead."),
  // on a line by itself above the story, has no header before its first prose line: that line is the headline.
  const opening = lines.findIndex((line) => line.text.trim() !== '');
  if (opening === bodyStart && opening !== -1 && isHeadlineSentence(lines, opening)) bodyStart = opening + 1;
  const headerLines = lines.slice(0, bodyStart).flatMap((line, index) => (line.text.trim() ? [{ text: line.text, index }] : []));

  // 2. The headline, scored among the header lines; everything else in the header is furniture.
  const following = lines.slice(bodyStart).flatMap((line, offset) => (line.text.trim() ? [{ text: line.text, index: bodyStart + offset }] : [])).slice(0, 3);
  const headline = findHeadline(headerLines, following);
  const titleLine = headline.title ? lines[headline.title.index]! : null;
  const title = titleLine ? titleLine.text.trim() : null;
  for (const { index } of headerLines) {
    const line = lines[index]!;
    if (index === headline.masthead?.index) furniture.push({ kind: 'masthead', text: headline.masthead.text, line: line.number });
    else remove(line, line === titleLine ? 'title' : (isMenuLine(line.text) ? 'label' : (matchBoilerplate(line.text)?.kind ?? 'header')));
  }

  // 3. The body, block by block (a block is a run of lines without a blank line between them).
  const children: RootContent[] = [];
  const body = lines.slice(bodyStart);
  let index = 0;
  let seenProse = false;
  while (index < body.length) {
    const line = body[index]!;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      index++;
      continue;
    }
    const rule = matchBoilerplate(trimmed);
    if (rule && (rule.reach === 'rest' ? seenProse : true)) {
      remove(line, rule.kind);
      index++;
      if (rule.reach === 'rest') {
        for (const rest of body.slice(index)) if (rest.text.trim()) remove(rest, rule.kind);
        break;
      }
      if (rule.reach === 'list') {
        // The list runs on through its bullets (blank lines between them allowed) and through the
        // headline-like lines right under it; a blank line followed by anything else ends it.
        while (index < body.length) {
          const next = body[index]!;
          const isBlank = next.text.trim() === '';
          let ahead = index;
          while (isBlank && ahead < body.length && body[ahead]!.text.trim() === '') ahead++;
          const following = isBlank ? body[ahead] : next;
          if (isBlank ? !(following && bulletMarker.test(following.text)) : !(bulletMarker.test(next.text) || (isHeadlineLike(next.text) && !matchBoilerplate(next.text)))) break;
          if (!isBlank) remove(next, rule.kind);
          index++;
        }
      }
      continue;
    }
    if (title && (trimmed === title || (trimmed.startsWith(title) && matchBoilerplate(trimmed.slice(title.length))))) {
      remove(line, 'title');
      index++;
      continue;
    }
    const block: Line[] = [];
    while (index < body.length && body[index]!.text.trim() !== '') block.push(body[index++]!);

    // Bullets that are all headlines (perhaps under a heading of their own, "More on this") are
    // links to other articles, not part of this one.
    const bullets = block.filter((member) => bulletMarker.test(member.text));
    const underHeading = bullets.length === block.length - 1 && !bulletMarker.test(block[0]!.text) && isHeadlineLike(block[0]!.text) && bullets.length >= 2;
    if ((bullets.length === block.length || underHeading) && bullets.length >= 1 && bullets.every((member) => isHeadlineLike(member.text.replace(bulletMarker, ''))) && seenProse) {
      for (const member of block) remove(member, 'related-news');
      continue;
    }
    // A block of three or more headline-like lines is a list of other articles.
    if (seenProse && block.length >= 3 && block.filter((member) => isHeadlineLike(member.text) || matchBoilerplate(member.text)).length >= block.length - 1 && !block.some((member) => bulletMarker.test(member.text))) {
      for (const member of block) remove(member, 'related-news');
      continue;
    }
    for (const node of blockToNodes(block, furniture)) {
      children.push(node);
      if (node.type === 'paragraph') seenProse = true;
    }
  }

  attachPullQuotes(children, furniture);
  return { tree: { type: 'root', children }, title: titleLine && title ? { text: title, line: titleLine.number } : null, furniture };
}

function textNode(line: Line, text = line.text.trim()) {
  const column = line.text.indexOf(text) + 1;
  return {
    type: 'text' as const,
    value: text,
    position: { start: { line: line.number, column }, end: { line: line.number, column: column + text.length } },
  };
}

function blockToNodes(block: Line[], furniture: FurnitureLine[]): RootContent[] {
  const nodes: RootContent[] = [];
  let list: List | null = null;
  for (const line of block) {
    const rule = matchBoilerplate(line.text);
    if (rule) {
      furniture.push({ kind: rule.kind, text: line.text.trim(), line: line.number });
      continue;
    }
    if (bulletMarker.test(line.text)) {
      const content = line.text.replace(bulletMarker, '').trim();
      const item: ListItem = { type: 'listitem' as 'listItem', spread: false, children: [paragraph(line, content)] };
      item.type = 'listItem';
      if (!list) {
        list = { type: 'list', ordered: /^\s*\d/.test(line.text), spread: false, children: [] };
        nodes.push(list);
      }
      list.children.push(item);
      continue;
    }
    list = null;
    const trimmed = line.text.trim();
    if (block.length === 1 && isHeadlineLike(trimmed) && words(trimmed) <= 12 && !isNameLine(trimmed)) {
      const heading: Heading = { type: 'heading', depth: 2, children: [textNode(line)], position: positionOf(line) };
      nodes.push(heading);
      continue;
    }
    nodes.push(paragraph(line, trimmed));
  }
  return nodes;
}

function paragraph(line: Line, text: string): Paragraph {
  return { type: 'paragraph', children: [textNode(line, text)], position: positionOf(line) };
}

function positionOf(line: Line) {
  return { start: { line: line.number, column: 1 }, end: { line: line.number, column: line.text.length + 1 } };
}

/**
 * A pull-quote: a first-person paragraph followed by its speaker's name (sometimes twice) and
 * title on lines of their own. The name lines leave the body; the paragraph keeps the attribution.
 */
function attachPullQuotes(children: RootContent[], furniture: FurnitureLine[]): void {
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type !== 'paragraph') continue;
    let next = index + 1;
    const nameLines: Paragraph[] = [];
    while (next < children.length && nameLines.length < 3) {
      const candidate = children[next]!;
      const text = candidate.type === 'paragraph' || candidate.type === 'heading' ? plain(candidate) : '';
      if (!text || !(isNameLine(text) || (nameLines.length > 0 && isHeadlineLike(text) && words(text) <= 8) || (nameLines.length > 0 && text === plain(nameLines[0]!)))) break;
      nameLines.push(candidate as Paragraph);
      next++;
    }
    if (nameLines.length === 0 || !isNameLine(plain(nameLines[0]!))) continue;
    const name = plain(nameLines[0]!);
    const roleLine = nameLines.slice(1).map(plain).find((text) => text !== name) ?? null;
    node.data = { ...node.data, pullQuote: { name, role: roleLine, line: nameLines[0]!.position?.start.line ?? 0 } };
    for (const line of nameLines) furniture.push({ kind: 'pull-quote-attribution', text: plain(line), line: line.position?.start.line ?? 0 });
    children.splice(index + 1, nameLines.length);
  }
}

function plain(node: Paragraph | Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/** The unified parser for raw `.txt` articles. */
export default function rawArticleParse(this: Processor) {
  this.parser = (document: string, file: VFile) => {
    const lineOffset = (file.data.bodyLineOffset as number | undefined) ?? 0;
    const article = parseRawArticle(document, lineOffset);
    file.data.rawTitle = article.title;
    file.data.furniture = article.furniture;
    warnWhenMostlyDiscarded(document, article.furniture, file);
    return article.tree;
  };
}

/**
 * Every line taken out is on `furniture`; when that is more than half of the article's text, the
 * article was probably misread (no line looked like prose), so the build says so.
 */
function warnWhenMostlyDiscarded(document: string, furniture: FurnitureLine[], file: VFile): void {
  const total = document.replace(/\s+/g, '').length;
  const discarded = furniture.filter((line) => line.kind !== 'title').reduce((sum, line) => sum + line.text.replace(/\s+/g, '').length, 0);
  if (total > 0 && discarded * 2 > total) {
    const lines = furniture.filter((line) => line.kind !== 'title').length;
    file.message(`${Math.round((100 * discarded) / total)}% of the text (${lines} line${lines === 1 ? '' : 's'}) was taken out as page furniture; is the article body there?`, { line: 1, column: 1 });
  }
}
