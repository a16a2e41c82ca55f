// Whether a quotation is somebody's words or a name, title, slogan or scare quote in the
// reporter's own voice. The hand rules of isScareQuote give one signal; a small logistic
// regression (src/quotes/models/quote-filter.json, fitted by scripts/train-quote-filter.ts on
// PolNeAR's training split) weighs it with the others: the quotation's length, case and closing
// punctuation, the word before and after it, and whether its sentence attributes speech to anyone.
import { labelProbabilities, type LinearModel } from '../language/linear-model.ts';
import { attributionVerbForms, fragmentOnlyVerbs } from './attribution-verbs.ts';
import { type Finding, type Sentence, isNamedByCue, isQuoteOnly, isScareQuote, modifiesNextNoun, speechVerbSubjects } from './attribution.ts';
import type { QuoteSpan } from './quote-marks.ts';
import model from './models/quote-filter.json' with { type: 'json' };

export interface QuotationContext {
  /** The sentence's words before the quotation, quotations elided. */
  before: string;
  span: QuoteSpan;
  /** The paragraph's text right after the closing mark. */
  after: string;
  finding: Finding | null;
  sentence: Sentence;
  quoteIndex: number;
  /** The paragraph is the article's first and short, and no headline was found: it is likely the headline. */
  headline: boolean;
  /** The speaker the quotation's own attribution names, if any. */
  speaker: string | null;
}

const quoteFilter = model as LinearModel<'words' | 'name'>;

/** Set by the training script to see every quotation the filter decides on, with its features. */
export const quotationObserver: { current: ((context: QuotationContext, features: string[]) => void) | null } = { current: null };

/** The rule's verdict alone: a name, title or term in quotation marks (see isScareQuote). */
export function ruleCallsItAName({ before, span, after, finding }: QuotationContext): boolean {
  return finding ? isScareQuote(before, span.text, true, finding.direct ? '' : after) : isScareQuote(before, span.text, false, after);
}

const smallWords = /^(?:of|the|and|for|in|on|to|a|an|at|with|by|or|is|de|la|y)$/;
const firstPerson = /\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|we|we're|we’re|we've|we’ve|we'll|we’ll|us|our|you|your)\b/i;
// The word before a quotation, kept as a feature only from this list: function words and cues whose
// meaning holds in any article (a title after "on", a judgment after "as", a name after "the").
const cueWords = new Set([
  'the', 'a', 'an', 'as', 'of', 'on', 'in', 'to', 'for', 'and', 'or', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'was', 'is', 'be', 'being', 'been', 'are', 'were',
  'with', 'about', 'by', 'from', 'at', 'than', 'like', 'into', 'called', 'calling', 'calls', 'call', 'described', 'describing', 'labeled', 'branded', 'termed', 'dubbed',
  'said', 'says', 'saying', 'told', 'wrote', 'read', 'reads', 'titled', 'entitled', 'named', 'word', 'phrase', 'slogan', 'chants', 'chanting', 'show', 'film', 'book', 'song',
  'ad', 'program', 'series', 'movie', 'album', 'column', 'headline', 'very', 'so', 'too', 'more', 'most', 'not', 'will', 'would', 'it', 'he', 'she', 'they', 'we', 'who', 'which',
  'had', 'has', 'have', 'just', 'only', 'even', 'seen', 'some', 'any', 'no', 'what', 'how', 'said,', 'asked', 'added', 'declared', 'warned', 'insisted', 'promised', 'vowed',
]);
const nextWords = new Set(['and', 'or', 'but', 'to', 'in', 'on', 'for', 'of', 'that', 'which', 'who', 'with', 'as', 'at', 'is', 'was', 'by', 'from', 'he', 'she', 'they', 'the', 'a', 'said', 'says', 'star', 'host', 'show', 'co-host', 'when', 'because', 'if', 'than']);

const lengthBucket = (words: number) => (words <= 3 ? String(words) : words <= 5 ? '4-5' : words <= 10 ? '6-10' : '11+');

/** The named features the model weighs for one quotation. */
export function quotationFeatures(context: QuotationContext): string[] {
  const { before, span, after, finding, sentence, quoteIndex } = context;
  const text = span.text.trim();
  const words = text.split(/\s+/).filter(Boolean);
  const length = lengthBucket(words.length);
  const features = ['bias', `len:${length}`];
  const rule = ruleCallsItAName(context) ? 'name' : 'words';
  features.push(`rule:${rule}`, `rule:${rule}&len:${length}`);
  const attribution = !finding ? 'none' : finding.weak ? 'weak' : finding.direct ? 'direct' : 'sentence';
  features.push(`attr:${attribution}`, `attr:${attribution}&len:${length}`);
  const speaking = speechVerbSubjects(sentence, quoteIndex).length > 0;
  features.push(`speech:${speaking}`, `speech:${speaking}&len:${length}`);
  const resolved = context.speaker !== null;
  features.push(`speaker:${resolved}`, `speaker:${resolved}&len:${length}`, `speaker:${resolved}&rule:${rule}`);

  const opening = /^\p{Lu}/u.test(text) ? 'upper' : /^\p{Ll}/u.test(text) ? 'lower' : /^\d/.test(text) ? 'digit' : 'other';
  features.push(`open:${opening}`, `open:${opening}&len:${length}`);
  const closing = /[.!?]["'”’]?$/.test(text) ? 'stop' : /,$/.test(text) ? 'comma' : /[;:—–-]$/.test(text) ? 'dash' : 'none';
  features.push(`close:${closing}`, `close:${closing}&len:${length}`);
  const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  const small = words.filter((word) => smallWords.test(word)).length;
  if (words.length >= 2 && capitalised >= 2 && capitalised + small === words.length) features.push('titlecase', `titlecase&close:${closing}`);
  if (words.length >= 2 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) features.push('allcaps');
  if (firstPerson.test(text)) features.push('firstperson', `firstperson&len:${length}`);
  if (/\b(?:is|are|was|were|will|would|can|could|should|have|has|had|do|does|did|not|n['’]t)\b/i.test(text)) features.push('hasverb');

  const lead = before.trimEnd();
  const leadWords = lead.toLowerCase().replace(/[^\p{L}\s'’-]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const previous = leadWords[leadWords.length - 1] ?? '';
  if (!lead) features.push('prev:none');
  else if (/[,:]$/.test(lead)) features.push(`prev:punct${lead.slice(-1)}`, `prev:punct&len:${length}`);
  else if (/[—–(-]$/.test(lead)) features.push('prev:dash');
  else {
    if (cueWords.has(previous)) features.push(`prev:${previous}`);
    if (/['’]s?$/.test(previous)) features.push('prev:possessive', `prev:possessive&open:${opening}`);
    if (attributionVerbForms.has(previous)) features.push(fragmentOnlyVerbs.has(previous) ? 'prev:judging-verb' : 'prev:speech-verb', `prev:verb&len:${length}`);
    if (/^\p{Lu}/u.test(lead.split(/\s+/).pop() ?? '')) features.push('prev:capitalised');
    const verbNear = leadWords.slice(-4, -1).some((word) => attributionVerbForms.has(word));
    if (verbNear) features.push('prev:verb-near', `prev:verb-near&len:${length}`);
  }
  const next = /^\s*([\p{L}’'-]+|[^\s\p{L}])/u.exec(after.replace(/^["”’'»]+/, ''))?.[1]?.toLowerCase() ?? '';
  if (nextWords.has(next)) features.push(`next:${next}`);
  else if (/^[\p{Ll}]/u.test(next)) features.push('next:lower', `next:lower&len:${length}`);
  else if (/^\p{Lu}/u.test(next)) features.push('next:upper');
  else if (next) features.push('next:punct');
  else features.push('next:end');
  if (isQuoteOnly(sentence.text)) features.push('quote-only');
  if (context.headline) features.push('headline', `headline&len:${length}`);
  return features;
}

/** The model's probability that a quotation is somebody's words. */
export function wordsProbability(features: string[]): number {
  return labelProbabilities(quoteFilter, features)[0]!;
}

/**
 * Whether a quotation is kept as somebody's words: the model decides, except that a quotation the
 * rule calls a name is kept only when its own attribution names a speaker (a fragment in
 * "Trump called him “a total stiff”" is kept, the same words in the reporter's voice are not).
 */
export function keepsQuotation(context: QuotationContext): boolean {
  const features = quotationFeatures(context);
  quotationObserver.current?.(context, features);
  return decides(wordsProbability(features), verdictOf(context));
}

export interface Verdict {
  /** Introduced as a name ("so-called", "dubbed", "known as") or used as a capitalised name (the "Gnista" engine): never somebody's words. */
  namedByCue: boolean;
  /** isScareQuote calls it a name, title or term. */
  ruleSaysName: boolean;
  /** The quotation's own attribution names a speaker. */
  hasSpeaker: boolean;
  /** Runs on into the next paragraph: pairing, not wording, decides it. */
  unclosed: boolean;
}

export function verdictOf(context: QuotationContext): Verdict {
  return { namedByCue: isNamedByCue(context.before) || (/^\p{Lu}/u.test(context.span.text) && modifiesNextNoun(context.span.text, context.finding?.direct ? '' : context.after)), ruleSaysName: ruleCallsItAName(context), hasSpeaker: context.speaker !== null, unclosed: context.span.unclosed };
}

/** Below this the model overrules the rule and drops a quotation the rule would keep. */
export const dropBelow = 0.5;

/** The decision from the model's probability and the rule's verdict. */
export function decides(probability: number, verdict: Verdict): boolean {
  if (verdict.namedByCue) return false;
  if (verdict.ruleSaysName) return probability >= 0.5 && verdict.hasSpeaker;
  return verdict.unclosed || probability >= dropBelow;
}
