// Whether a common noun names someone who can speak (a person or an organisation: "tycoon",
// "campaign") or something that cannot ("clue", "platform"), from a table learned on GUM's gold
// entity types (scripts/build-speaking-nouns.ts). Nouns the table has not seen are unknown.
import table from './models/speaking-nouns.json' with { type: 'json' };

const shares: Record<string, number> = table;

/** The table's key for a noun: lower case, a plural "-s" taken off. */
export function nounKey(noun: string): string {
  const lower = noun.toLowerCase();
  if (/ies$/.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/[^s]s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

/** True when GUM mostly uses the noun for people or organisations, false when mostly for other things, null when unseen. */
export function nounCanSpeak(noun: string): boolean | null {
  const share = shares[nounKey(noun)];
  return share === undefined ? null : share >= 0.5;
}
