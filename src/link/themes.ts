// Themes from the taxonomy in the config. A theme's phrases are matched as sequences of Porter
// stems ("weapon" finds "weapons", "negotiate" finds "negotiations"; "artillery shells" finds
// "artillery shell"), inside one sentence. An article has a theme when it is about it, not when
// it mentions it: enough matches, and enough of its sentences holding one (the headline counts
// as two sentences), or the theme in its headline. The sentences that placed it there are kept
// as evidence.
import type { ThemeDefinition } from '../config/config.ts';
import type { ThemeMatch } from '../types.ts';
import { compareText } from '../text/collate.ts';
import { foldedWords, sentencesOf, stemOf } from './words.ts';

export interface ThemeSettings {
  /** Phrase matches an article needs (a match in the headline counts double). */
  minimumMatches: number;
  /** The share of an article's sentences (the headline weighing two) that must hold a match. */
  minimumShare: number;
}

/** Evidence kept per article and theme: enough to say why, short enough for a theme page. */
export const evidencePerArticle = 3;

/** A headline says what an article is about: it weighs as much as this many sentences. */
export const headlineWeight = 2;

// One stem sequence per phrase, not one per phrase and article.
const phraseStems = new Map<string, string[]>();

function stemsOfPhrase(phrase: string): string[] {
  let stems = phraseStems.get(phrase);
  if (!stems) phraseStems.set(phrase, (stems = foldedWords(phrase).map(stemOf)));
  return stems;
}

// A theme alone as a taxonomy, one array per theme, so its phrase index is made once.
const themeAlone = new WeakMap<ThemeDefinition, ThemeDefinition[]>();

/** Whether a text (a quote) holds one of a theme's phrases. */
export function mentionsTheme(theme: ThemeDefinition, text: string): boolean {
  let taxonomy = themeAlone.get(theme);
  if (!taxonomy) themeAlone.set(theme, (taxonomy = [theme]));
  const index = phraseIndexOf(taxonomy);
  return sentencesOf(text).some((sentence) => phrasesByTheme(foldedWords(sentence).map(stemOf), index, 1)[0]!.length > 0);
}

/** Body paragraphs split into sentences; a line without a full stop (a subheading) is one. */
function bodySentences(body: string): string[] {
  return body.split(/\n\s*\n/).flatMap((paragraph) => sentencesOf(paragraph.replace(/\s+/g, ' ')));
}

/** Every theme of the taxonomy with its score, share and evidence in one article. */
export function scoreThemes(taxonomy: ThemeDefinition[], title: string, body: string): ThemeMatch[] {
  const sentences = [{ text: title, weight: headlineWeight }, ...bodySentences(body).map((text) => ({ text, weight: 1 }))];
  const totalWeight = sentences.reduce((sum, sentence) => sum + sentence.weight, 0);
  const matches = taxonomy.map((theme) => ({ id: theme.id, score: 0, share: 0, evidence: [] as ThemeMatch['evidence'] }));
  const index = phraseIndexOf(taxonomy);
  for (const sentence of sentences) {
    const found = phrasesByTheme(foldedWords(sentence.text).map(stemOf), index, taxonomy.length);
    for (const [position, phrases] of found.entries()) {
      if (phrases.length === 0) continue;
      const match = matches[position]!;
      match.score += phrases.length * sentence.weight;
      match.share += sentence.weight;
      if (match.evidence.length < evidencePerArticle) match.evidence.push({ text: sentence.text, phrases: [...new Set(phrases)], quote: null });
    }
  }
  for (const match of matches) match.share = totalWeight > 0 ? match.share / totalWeight : 0;
  return matches;
}

/** One phrase of the taxonomy: its theme's and its own place there, and its stems. */
interface IndexedPhrase {
  theme: number;
  phrase: number;
  text: string;
  stems: string[];
}

// Every phrase of a taxonomy under its first stem, so a sentence is read once for all of them
// instead of once for each phrase.
const phraseIndexes = new WeakMap<ThemeDefinition[], Map<string, IndexedPhrase[]>>();

function phraseIndexOf(taxonomy: ThemeDefinition[]): Map<string, IndexedPhrase[]> {
  let index = phraseIndexes.get(taxonomy);
  if (index) return index;
  index = new Map();
  for (const [theme, definition] of taxonomy.entries()) {
    for (const [phrase, text] of definition.phrases.entries()) {
      const stems = stemsOfPhrase(text);
      if (stems.length === 0) continue;
      const entries = index.get(stems[0]!) ?? [];
      entries.push({ theme, phrase, text, stems });
      index.set(stems[0]!, entries);
    }
  }
  phraseIndexes.set(taxonomy, index);
  return index;
}

/**
 * For each theme (by its place in the taxonomy), the phrases that occur in a sentence, once per
 * occurrence: phrase by phrase in the theme's order, each by where it starts.
 */
function phrasesByTheme(sentenceStems: string[], index: Map<string, IndexedPhrase[]>, themes: number): string[][] {
  const found: Array<Array<{ phrase: number; start: number; text: string }>> = Array.from({ length: themes }, () => []);
  for (let start = 0; start < sentenceStems.length; start++) {
    for (const entry of index.get(sentenceStems[start]!) ?? []) {
      if (start + entry.stems.length > sentenceStems.length) continue;
      let at = 1;
      while (at < entry.stems.length && sentenceStems[start + at] === entry.stems[at]) at++;
      if (at === entry.stems.length) found[entry.theme]!.push({ phrase: entry.phrase, start, text: entry.text });
    }
  }
  return found.map((matches) => matches.sort((left, right) => left.phrase - right.phrase || left.start - right.start).map((match) => match.text));
}

/**
 * The themes an article has: front matter themes first (as the writer set them, with whatever
 * evidence the text gives), then every theme the text is about, strongest first.
 */
export function assignThemes(taxonomy: ThemeDefinition[], settings: ThemeSettings, title: string, body: string, frontMatterThemes: string[]): ThemeMatch[] {
  const scored = scoreThemes(taxonomy, title, body);
  const byId = new Map(scored.map((match) => [match.id, match]));
  // A headline names what the article is about, so a theme it holds needs only the matches.
  const inHeadline = new Set(scoreThemes(taxonomy, title, '').filter((match) => match.score > 0).map((match) => match.id));
  const about = scored
    .filter((match) => match.score >= settings.minimumMatches && (match.share >= settings.minimumShare || inHeadline.has(match.id)))
    .sort((left, right) => right.share - left.share || right.score - left.score || compareText(left.id, right.id));
  const chosen = [...frontMatterThemes.map((id) => byId.get(id) ?? { id, score: 0, share: 0, evidence: [] }), ...about];
  const seen = new Set<string>();
  return chosen.filter((match) => (seen.has(match.id) ? false : (seen.add(match.id), true)));
}
