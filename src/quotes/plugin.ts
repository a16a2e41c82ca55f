// Where a quote is found: a unified plugin that walks an article's paragraphs in order,
// finds every quotation, decides whether it is somebody's words, attributes it to a speaker
// and marks it in the tree. Results go to file.data.quotes and file.data.people.
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Person } from '../types.ts';
import { collectMentions, type SpokenBy } from '../speakers/mentions.ts';
import { PeopleRegistry, paragraphStride, type Resolution } from '../speakers/people.ts';
import { type Sentence, buildSkeleton, findAttribution, speechVerbSubjects, type Finding, isFragment, isQuoteOnly, leadInAttribution, splitSentences, textBefore } from './attribution.ts';
import { findQuoteSpans, opensWithQuoteMark, type QuoteSpan } from './quote-marks.ts';
import { markQuotation } from './quotation-node.ts';
import { keepsQuotation } from './quote-filter.ts';
import { findUnmarkedQuote } from './unmarked.ts';

/** A quote as extraction finds it; the article slug and ids are added when the article is assembled. */
export interface FoundQuote {
  text: string;
  speaker: string | null;
  partial: boolean;
  unmarked: boolean;
  attribution: Resolution['attribution'] | 'continuation';
  line: number;
  column: number;
  /** Local key, unique within the article, used to mark the tree before ids are known. */
  key: string;
}

declare module 'vfile' {
  interface DataMap {
    quotes: FoundQuote[];
    people: Person[];
  }
}


export default function remarkQuotes() {
  return (tree: Root, file: VFile) => {
    const registry = new PeopleRegistry();
    registry.author = file.data.byline ?? null;
    const quotes: FoundQuote[] = [];
    let paragraphIndex = 0;
    // What the previous paragraph ended with: its last quote (and whether it was left open), and
    // its last speaker, quoted or named in the reporter's words ("Weil recalled the night:").
    // (leadIn: the paragraph ended "Cruz continued:", so a quotation opening the next one is Cruz's.)
    let previous: { paragraph: number; quote: FoundQuote | null; unclosed: boolean; speaker: string | null; leadIn: boolean } | null = null;

    visit(tree, (node) => {
      if (node.type === 'heading' || node.type === 'code' || node.type === 'html' || node.type === 'thematicBreak') {
        // A quotation left open does not run on across a heading or a break to the next paragraph.
        previous = null;
        return 'skip';
      }
      if (node.type !== 'paragraph') return undefined;
      const paragraph = node as Paragraph;
      const index = paragraphIndex++;
      const text = toString(paragraph, { includeImageAlt: false });
      const base = index * paragraphStride;
      const line = paragraph.position?.start.line ?? 1;
      const column = paragraph.position?.start.column ?? 1;
      // Rafael "Foguete" Guimarães: a nickname inside a name is part of the name, not a quotation.
      const spans = findQuoteSpans(text).filter((span) => !isNickname(text, span));
      const skeleton = buildSkeleton(text, spans);
      const sentences = splitSentences(skeleton.text, spans);
      const spokenBy = collectMentions(sentences, registry, (offset) => base + skeleton.toOriginal(offset));

      if (spans.length === 0) {
        const unmarked = findUnmarkedQuote(paragraph, text, registry, base);
        if (unmarked) {
          const quote: FoundQuote = { ...unmarked, line, column, key: `k${quotes.length}`, unmarked: true, partial: false };
          quotes.push(quote);
          markQuotation(paragraph, unmarked.start, unmarked.end, quote.key, 0);
        }
        const leadIn = unmarked ? null : leadInSpeaker(sentences, registry, (offset) => base + skeleton.toOriginal(offset));
        const lastSpoken = unmarked ? null : (spokenBy[spokenBy.length - 1]?.speaker ?? null);
        previous = { paragraph: index, quote: null, unclosed: false, speaker: leadIn ?? lastSpoken, leadIn: leadIn !== null };
        return undefined;
      }

      const found: Array<FoundQuote | null> = [];
      spans.forEach((span, spanIndex) => {
        const sentence = sentences.find((candidate) => candidate.start <= skeleton.offsets[spanIndex]! && skeleton.offsets[spanIndex]! < candidate.end + 1)!;
        const position = base + span.start;
        const quoteLine = line;
        const quoteColumn = column + span.start;

        // A quotation carried over from the previous paragraph: one statement, one quote.
        if (spanIndex === 0 && previous?.quote && previous.unclosed && previous.paragraph === index - 1 && opensWithQuoteMark(text) && span.start === text.search(/\S/)) {
          previous.quote.text = `${previous.quote.text} ${span.text.replace(/[,\s]+$/, '').trim()}`;
          markQuotation(paragraph, span.start, span.end, previous.quote.key, 1);
          // The attribution may come only at the end: „… (next paragraph) „…,“ she said.
          if (!previous.quote.speaker) {
            const closing = findAttribution(sentence, spanIndex, spans);
            const resolution = closing ? registry.resolve(closing.phrase, position) : null;
            if (resolution?.speaker) {
              previous.quote.speaker = resolution.speaker;
              previous.quote.attribution = resolution.attribution;
            }
          }
          found.push(previous.quote);
          return;
        }

        const finding = findAttribution(sentence, spanIndex, spans);
        const before = textBefore(sentence, spanIndex);
        // A weak finding (a lead-in sentence's subject) counts only if it names a person.
        const trusted = finding && (!finding.weak || registry.namesPerson(finding.phrase)) ? finding : null;
        let resolution: Resolution = trusted ? registry.resolve(trusted.phrase, position) : { speaker: null, person: null, attribution: 'none' };
        let attribution: FoundQuote['attribution'] = resolution.attribution;
        const after = text.slice(span.end, span.end + 30);
        if (!keepsQuotation({ before, span, after, finding, sentence, quoteIndex: spanIndex, headline: index === 0 && !file.data.rawTitle && text.split(/\s+/).length <= 30, speaker: resolution.speaker })) {
          found.push(null);
          return;
        }
        // The framing phrase names nobody who can speak ("like the United", "Hours"): the subject of
        // another speech verb in the sentence, or the person the sentence is about, is the speaker.
        // A bare name that is no person ("Ohio" in "Clinton, during a meeting in Columbus, Ohio, said")
        // loses to a person who is the subject of the sentence.
        const bareName = resolution.speaker !== null && resolution.person === null && /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?$/u.test(resolution.speaker);
        const sentenceStart = base + skeleton.toOriginal(sentence.start);
        if (finding && (!resolution.speaker || bareName)) {
          resolution = sentenceSpeaker(sentence, spanIndex, registry, position, sentenceStart) ?? resolution;
          attribution = resolution.attribution;
        }
        if (!finding || !resolution.speaker) {
          const opensParagraph = spanIndex === 0 && span.start <= text.search(/\S/) + 1;
          const carried = carriedSpeaker({ finding, found, spokenBy, quoteOffset: skeleton.offsets[spanIndex]!, quoteOnly: isQuoteOnly(sentence.text), opensParagraph, previous: previous?.paragraph === index - 1 ? previous : null });
          if (carried) {
            resolution = { speaker: carried, person: null, attribution: 'none' };
            attribution = 'continuation';
          }
        }
        // "He anticipated that the challenge would be “dealing with …”": a fragment woven into a
        // sentence about a person, with no verb of saying, is that person's.
        if (!resolution.speaker && !isQuoteOnly(sentence.text)) {
          resolution = sentenceSpeaker(sentence, spanIndex, registry, position, sentenceStart) ?? resolution;
          attribution = resolution.attribution;
        }
        if (resolution.person) registry.mention(resolution.person, position, true);
        const attributedAfter = finding !== null && finding.offset > skeleton.offsets[spanIndex]!;
        const quote: FoundQuote = {
          text: span.text.replace(/[,\s]+$/, '').trim(),
          speaker: resolution.speaker,
          partial: isFragment(before, span.text, finding?.direct ?? false, attributedAfter),
          unmarked: false,
          attribution,
          line: quoteLine,
          column: quoteColumn,
          key: `k${quotes.length}`,
        };
        if (!quote.speaker) file.message(`quote without a speaker: “${abbreviate(quote.text)}”`, { line: quoteLine, column: quoteColumn }, 'verbatim:quote-speaker');
        quotes.push(quote);
        markQuotation(paragraph, span.start, span.end, quote.key, 0);
        found.push(quote);
      });
      const last = [...found].reverse().find((quote): quote is FoundQuote => quote !== null);
      const lastSpan = spans[spans.length - 1]!;
      const leadIn = leadInSpeaker(sentences, registry, (offset) => base + skeleton.toOriginal(offset));
      previous = { paragraph: index, quote: last ?? null, unclosed: lastSpan.unclosed, speaker: leadIn ?? last?.speaker ?? null, leadIn: leadIn !== null };
      return 'skip';
    });

    file.data.quotes = quotes;
    file.data.people = registry.people.filter((person) => quotes.some((quote) => quote.speaker === person.name));
  };
}

/** A person who is the subject of a verb of saying in the sentence, or failing that the latest person who is a subject in it before the quotation. */
function sentenceSpeaker(sentence: Sentence, quoteIndex: number, registry: PeopleRegistry, position: number, sentenceStart: number): Resolution | null {
  for (const subject of speechVerbSubjects(sentence, quoteIndex)) {
    if (!registry.namesPerson(subject.phrase) && !/^(?:he|she)$/i.test(subject.phrase.trim())) continue;
    const resolution = registry.resolve(subject.phrase, position);
    if (resolution.person) return resolution;
  }
  const subject = registry.mentionsBefore(position).find((mention) => mention.subject && mention.position >= sentenceStart);
  return subject ? { speaker: subject.person.name, person: subject.person, attribution: 'explicit' } : null;
}

/** Who the paragraph's closing "Cruz continued:" leads into the next paragraph's quotation, if anyone. */
function leadInSpeaker(sentences: Sentence[], registry: PeopleRegistry, position: (offset: number) => number): string | null {
  const last = sentences[sentences.length - 1];
  const finding = last ? leadInAttribution(last) : null;
  if (!finding || (finding.weak && !registry.namesPerson(finding.phrase))) return null;
  return registry.resolve(finding.phrase, position(finding.offset)).speaker;
}

interface CarryContext {
  finding: Finding | null;
  /** The quotes found so far in this paragraph (null for skipped scare quotes). */
  found: Array<FoundQuote | null>;
  spokenBy: SpokenBy[];
  quoteOffset: number;
  quoteOnly: boolean;
  /** The quotation opens its paragraph. */
  opensParagraph: boolean;
  /** The paragraph right before this one, if any. */
  previous: { speaker: string | null; leadIn: boolean } | null;
}

/**
 * The speaker a quote with no attribution of its own carries on from: the first half of a split
 * quote ("A," he said. "B."), the speaker the paragraph just named ("… police said. Officers were
 * "…""), or, for a quote-only paragraph, whoever spoke last in the paragraph before.
 */
function carriedSpeaker({ finding, found, spokenBy, quoteOffset, quoteOnly, opensParagraph, previous }: CarryContext): string | null {
  if (opensParagraph && previous?.leadIn && !finding) return previous.speaker;
  const earlier = [...found].reverse().find((quote): quote is FoundQuote => quote !== null && quote.speaker !== null);
  if (earlier && (!finding || quoteOnly)) return earlier.speaker;
  const named = [...spokenBy].reverse().find((spoken) => spoken.offset < quoteOffset);
  // ("Bystrom agreed. “…”": the speaker this paragraph named before the quote, over the last paragraph's.)
  if (!finding && !earlier && named) return named.speaker;
  if (quoteOnly && previous?.speaker) return previous.speaker;
  return null;
}

function isNickname(text: string, span: QuoteSpan): boolean {
  return (
    /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(span.text) &&
    /\p{Lu}[\p{L}'’-]+\s$/u.test(text.slice(0, span.start)) &&
    /^\s\p{Lu}/u.test(text.slice(span.end))
  );
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
