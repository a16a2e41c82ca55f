// How articles name the outlet or agency they come from. Each pattern captures the outlet's name;
// `known` patterns accept only outlets in the outlets table, because the same words
// ("according to X") also introduce people.
import { knownOutletPattern } from './outlets.ts';

export interface SourcePattern {
  pattern: RegExp;
  /** Accept only names from the outlets table. */
  known: boolean;
  /** The capture is a list: "AFP, Le Monde". */
  list?: boolean;
}

const outletName = String.raw`((?:[\p{Lu}\d][\p{L}\d.&'’/-]*)(?:\s+(?:of|de|du|der|the|[\p{Lu}\d][\p{L}\d.&'’/-]*))*)`;

export const sourcePatterns: SourcePattern[] = [
  // "Brussels, Nov 27 (AFP)", "KYIV (Reuters) -", "(avec AFP)", "(with Reuters)"
  { pattern: new RegExp(String.raw`\((?:(?:with|avec|mit|con|com|cu|met|se|z)\s+)?(${knownOutletPattern})\)`, 'gu'), known: true },
  // "Source: ANSA", "Sources: dpa, AFP" (each name after the colon)
  { pattern: /^(?:source|sources|via)\s*:\s*([^;\n]+)/giu, known: false, list: true },
  // "With material from dpa", "Reporting by Reuters"
  { pattern: new RegExp(String.raw`\b(?:with material from|with reporting from|additional reporting by)\s+(?:the\s+)?(${knownOutletPattern})\b`, 'giu'), known: true },
  // "in an interview with dpa agency", "told Reuters", "in an interview with DPA"
  { pattern: new RegExp(String.raw`\b(?:interview with|told|speaking to|talking to)\s+(?:the\s+)?(${knownOutletPattern})\b`, 'gu'), known: true },
  // "as reported by Suddeutsche Zeitung", "as quoted by DW", "reports Voice of America"
  { pattern: new RegExp(String.raw`\b(?:as\s+)?(?:reported|quoted|cited)\s+by\s+(?:the\s+)?${outletName}`, 'gu'), known: false },
  // "…, Voice of America reports." (an outlet reports; a person would "say")
  { pattern: new RegExp(String.raw`,\s+${outletName}\s+(?:reports|reported)\s*[.,]`, 'gu'), known: false },
  // "according to Reuters", "dpa reported", "(c) AFP"
  { pattern: new RegExp(String.raw`\b(?:according to|reported by|via)\s+(?:the\s+)?(${knownOutletPattern})\b`, 'gu'), known: true },
  { pattern: new RegExp(String.raw`\b(${knownOutletPattern})\s+(?:news agency|agency|reports|reported|said|writes|wrote)\b`, 'gu'), known: true },
  // "— Kyodo" alone on a line: the credit under a wire item.
  { pattern: new RegExp(String.raw`^[—–-]\s*(${knownOutletPattern})\s*$`, 'gmu'), known: true },
  // "Copyright Agence France-Presse": the wire that owns the text.
  { pattern: new RegExp(String.raw`\bcopyright\s+(?:\d{4}\s+)?(?:the\s+)?(${knownOutletPattern})\b`, 'giu'), known: true },
];
