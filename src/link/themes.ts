// Themes from the taxonomy in the config: an article has a theme when enough of the theme's
// phrases occur in it (a phrase in the headline counts double). Front matter themes are added.
import type { ThemeDefinition } from '../config/config.ts';
import { compareText } from '../text/collate.ts';

// One compiled pattern per phrase, not one per phrase and article.
const phrasePatterns = new Map<string, RegExp>();

function countMatches(text: string, phrase: string): number {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
    phrasePatterns.set(phrase, pattern);
  }
  return (text.match(pattern) ?? []).length;
}

export function themeScore(theme: ThemeDefinition, title: string, body: string): number {
  return theme.phrases.reduce((sum, phrase) => sum + countMatches(body, phrase) + 2 * countMatches(title, phrase), 0);
}

export function assignThemes(taxonomy: ThemeDefinition[], minimumMatches: number, title: string, body: string, frontMatterThemes: string[]): string[] {
  const scored = taxonomy
    .map((theme) => ({ id: theme.id, score: themeScore(theme, title, body) }))
    .filter((entry) => entry.score >= minimumMatches)
    .sort((left, right) => right.score - left.score || compareText(left.id, right.id))
    .map((entry) => entry.id);
  return [...new Set([...frontMatterThemes, ...scored])];
}
