// Quotes printed without quotation marks. Claimed only on strong evidence, never invented:
// a pull-quote whose speaker stands on the lines under it (found by the clean stage), or a
// first-person passage closed by its attribution ("…, but they are not endless, Bauer warned.").
import type { Paragraph } from 'mdast';
import type { PeopleRegistry, Resolution } from '../speakers/people.ts';
import { attributionVerbForms } from './attribution-verbs.ts';

export interface UnmarkedQuote {
  text: string;
  speaker: string;
  attribution: Resolution['attribution'];
  start: number;
  end: number;
}

// Speaking in the first person is what tells a quotation from the reporter's paraphrase.
const firstPerson = /\b(?:I|I'm|I've|we|We|we're|We're|our|Our|us|my|My)\b/;

export function findUnmarkedQuote(paragraph: Paragraph, text: string, registry: PeopleRegistry, position: number): UnmarkedQuote | null {
  const pullQuote = paragraph.data?.pullQuote;
  if (pullQuote && firstPerson.test(text)) {
    const resolution = registry.resolve(pullQuote.role ? `${pullQuote.name}, ${pullQuote.role}` : pullQuote.name, position);
    if (resolution.person) registry.mention(resolution.person, position, true);
    const start = text.search(/\S/);
    return resolution.speaker ? { text: text.trim(), speaker: resolution.speaker, attribution: 'explicit', start, end: text.trimEnd().length } : null;
  }
  const closing = /,\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(\p{Ll}+)\.\s*$/u.exec(text);
  if (!closing || !attributionVerbForms.has(closing[2]!)) return null;
  const passage = text.slice(0, closing.index);
  if (!firstPerson.test(passage)) return null;
  const resolution = registry.resolve(closing[1]!, position + closing.index + 2);
  if (!resolution.person || !resolution.speaker) return null;
  registry.mention(resolution.person, position + closing.index, true);
  const start = passage.search(/\S/);
  return { text: passage.trim(), speaker: resolution.speaker, attribution: 'explicit', start, end: passage.length };
}
