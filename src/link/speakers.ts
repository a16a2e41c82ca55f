// One speaker across the corpus: "Stoltenberg", "Jens Stoltenberg" and
// "NATO Secretary-General Jens Stoltenberg" in three articles are one speaker page.
import { surnameOf } from '../speakers/names.ts';
import { uniqueSlugs } from '../text/slug.ts';
import type { Speaker, UnlinkedArticle } from '../types.ts';
import { compareText } from '../text/collate.ts';

interface SpeakerEntry {
  name: string;
  person: boolean;
  roles: Map<string, number>;
}

/** Maps every speaker name as extracted to its canonical name, and builds the speaker list. */
export function mergeSpeakers(articles: Array<Pick<UnlinkedArticle, 'people' | 'quotes'>>): { canonical: Map<string, string>; speakers: Speaker[] } {
  const entries = new Map<string, SpeakerEntry>();
  for (const article of articles) {
    for (const person of article.people) {
      const entry = entries.get(person.name) ?? { name: person.name, person: true, roles: new Map() };
      if (person.role) entry.roles.set(person.role, (entry.roles.get(person.role) ?? 0) + 1);
      entries.set(person.name, entry);
    }
  }
  // A one-word speaker ("Stoltenberg") is the person of that surname when the corpus knows exactly one.
  const canonical = new Map<string, string>();
  const peopleBySurname = new Map<string, SpeakerEntry[]>();
  for (const entry of entries.values()) {
    const surname = surnameOf(entry.name);
    const sharing = peopleBySurname.get(surname);
    if (sharing) sharing.push(entry);
    else peopleBySurname.set(surname, [entry]);
  }
  for (const article of articles) {
    for (const quote of article.quotes) {
      if (!quote.speaker || canonical.has(quote.speaker)) continue;
      if (entries.has(quote.speaker)) {
        canonical.set(quote.speaker, quote.speaker);
        continue;
      }
      const bySurname = quote.speaker.includes(' ') ? [] : (peopleBySurname.get(quote.speaker) ?? []).filter((entry) => entry.person);
      if (bySurname.length === 1) {
        canonical.set(quote.speaker, bySurname[0]!.name);
      } else {
        canonical.set(quote.speaker, quote.speaker);
        entries.set(quote.speaker, { name: quote.speaker, person: false, roles: new Map() });
      }
    }
  }
  const quotedNames = new Set(articles.flatMap((article) => article.quotes.flatMap((quote) => (quote.speaker ? [canonical.get(quote.speaker) ?? quote.speaker] : []))));
  const quoted = [...entries.values()].filter((entry) => quotedNames.has(entry.name)).sort((left, right) => compareText(left.name, right.name));
  const ids = uniqueSlugs(quoted.map((entry) => entry.name), 'speaker');
  const speakers: Speaker[] = quoted.map((entry, index) => ({
    id: ids[index]!,
    name: entry.name,
    roles: [...entry.roles.entries()].sort((left, right) => right[1] - left[1] || compareText(left[0], right[0])).map(([role]) => role),
    person: entry.person,
    url: `speakers/${ids[index]!}.html`,
    quotes: [],
    articles: [],
  }));
  return { canonical, speakers };
}
