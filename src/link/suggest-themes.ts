// `verbatim themes --suggest`: candidate themes the taxonomy lacks, so an editor can grow it as
// the archive grows. Candidates are key phrases (one to three content words in a row, inside one
// sentence, compared by their Porter stems) shared by several articles, scored TF-IDF-style:
// each article holding a phrase adds 1 + ln(times it holds it), times ln((articles + 1) / articles
// holding it), so a phrase every article repeats scores little and one a few articles dwell on
// scores most; times its number of words, because a theme is rarely one word. One pass over the words.
import type { ThemeDefinition } from '../config/config.ts';
import { compareText } from '../text/collate.ts';
import { attributionVerbForms } from '../quotes/attribution-verbs.ts';
import { roleNouns } from '../speakers/vocabulary.ts';
import { foldedWords, sentencesOf, stemOf, stopWords } from './words.ts';

/** Words that say who speaks, not what about: verbs of saying ("said", "warned") and roles ("chief"). */
const speakingWords = new Set([...attributionVerbForms, ...roleNouns.filter((role) => !role.includes(' '))]);

/** Words of time and quantity: "last week", "nearly two years" say when, not what about. */
const timeWords = new Set(
  'day days week weeks month months year years today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday last next nearly almost about two three four five six seven eight nine ten hundred hundreds thousand thousands million millions billion billions percent'.split(' '),
);

export interface SuggestOptions {
  /** How many suggestions to list. */
  limit: number;
  /** A theme is shared: a phrase must occur in at least this many articles. */
  minimumArticles: number;
}

export const defaultSuggestOptions: SuggestOptions = { limit: 12, minimumArticles: 2 };

export interface ThemeSuggestion {
  /** The phrase as most often printed, lower case. */
  phrase: string;
  score: number;
  /** Slugs of the articles that hold it. */
  articles: string[];
}

/** The fewest letters (of its stem) a one-word suggestion has. */
const minimumSingleWord = 6;

/** The longest key phrase considered. */
const longestPhrase = 3;

interface Candidate {
  articles: Map<string, number>;
  forms: Map<string, number>;
  words: number;
}

/**
 * `names` are the corpus's speakers: a speaker's name is who talks, not what about. Phrases the
 * taxonomy already has (by stems, or inside one of its phrases) are left out.
 */
export function suggestThemes(
  articles: Array<{ slug: string; title: string; body: string }>,
  taxonomy: ThemeDefinition[],
  names: string[],
  options: SuggestOptions = defaultSuggestOptions,
): ThemeSuggestion[] {
  const nameWords = new Set(names.flatMap((name) => foldedWords(name)));
  const known = taxonomy.flatMap((theme) => theme.phrases.map((phrase) => ` ${foldedWords(phrase).map(stemOf).join(' ')} `));
  const candidates = new Map<string, Candidate>();
  for (const article of articles) {
    for (const sentence of [article.title, ...article.body.split(/\n\s*\n/).flatMap(sentencesOf)]) {
      // Runs of content words: a stop word, a number, a name or a word of saying ends a phrase.
      let run: string[] = [];
      const flush = () => {
        for (let start = 0; start < run.length; start++) {
          for (let length = 1; length <= longestPhrase && start + length <= run.length; length++) {
            const words = run.slice(start, start + length);
            const key = words.map(stemOf).join(' ');
            let candidate = candidates.get(key);
            if (!candidate) candidates.set(key, (candidate = { articles: new Map(), forms: new Map(), words: length }));
            candidate.articles.set(article.slug, (candidate.articles.get(article.slug) ?? 0) + 1);
            const form = words.join(' ');
            candidate.forms.set(form, (candidate.forms.get(form) ?? 0) + 1);
          }
        }
        run = [];
      };
      // A capitalised word inside a sentence is a name ("Vladimir Putin", "NATO"): who or where, not a theme.
      (sentence.match(/[\p{L}\p{N}]+/gu) ?? []).forEach((printed, position) => {
        const word = foldedWords(printed).join('');
        const named = position > 0 && /^\p{Lu}/u.test(printed);
        if (named || stopWords.has(word) || speakingWords.has(word) || timeWords.has(word) || nameWords.has(word) || /^\d+$/.test(word) || word.length < 3) flush();
        else run.push(word);
      });
      flush();
    }
  }
  const total = articles.length;
  const scored: ThemeSuggestion[] = [];
  for (const [key, candidate] of candidates) {
    const holding = candidate.articles.size;
    if (holding < options.minimumArticles) continue;
    // A short single word ("need", "much", "win") is rarely a theme; a long one may be ("sanctions").
    if (candidate.words === 1 && key.length < minimumSingleWord) continue;
    if (known.some((phrase) => phrase.includes(` ${key} `) || ` ${key} `.includes(phrase))) continue;
    const rarity = Math.log((total + 1) / holding);
    let score = 0;
    for (const count of candidate.articles.values()) score += (1 + Math.log(count)) * rarity;
    score *= candidate.words;
    const phrase = [...candidate.forms].sort((left, right) => right[1] - left[1] || compareText(left[0], right[0]))[0]![0];
    scored.push({ phrase, score: Math.round(score * 1000) / 1000, articles: [...candidate.articles.keys()].sort() });
  }
  scored.sort((left, right) => right.score - left.score || compareText(left.phrase, right.phrase));
  // A phrase inside a better one held by the same articles says nothing new ("shells" under "artillery shells").
  const kept: ThemeSuggestion[] = [];
  for (const suggestion of scored) {
    if (kept.length >= options.limit) break;
    const inside = kept.some((better) => ` ${better.phrase} `.includes(` ${suggestion.phrase} `) && better.articles.join() === suggestion.articles.join());
    if (!inside) kept.push(suggestion);
  }
  return kept;
}

export function formatSuggestions(suggestions: ThemeSuggestion[], total: number): string {
  if (suggestions.length === 0) return 'No candidate themes: no phrase outside the taxonomy is shared by enough articles.';
  const lines = [`Candidate themes (key phrases shared by several of ${total} articles, not in the taxonomy):`, ''];
  const width = Math.max(...suggestions.map((suggestion) => suggestion.phrase.length));
  for (const suggestion of suggestions) lines.push(`  ${suggestion.phrase.padEnd(width)}  score ${suggestion.score.toFixed(2).padStart(6)}  in ${suggestion.articles.length}: ${suggestion.articles.join(', ')}`);
  return lines.join('\n');
}
