// A seeded, deterministic synthetic news corpus for `npm run bench`: 600–900-word articles, as raw
// scraped .txt pages (masthead, menu, caption, byline, "Read also", copyright footer) and as .md
// files with front matter. Quotes are attributed by name, by pronoun and by role, and several
// outlets report the same statements, as wire copy is reprinted across an archive.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const given = ['Anna', 'Marek', 'Sofia', 'Tomas', 'Elena', 'Jonas', 'Irene', 'Pavel', 'Laura', 'Viktor', 'Clara', 'Henrik', 'Maria', 'Oskar', 'Nadia', 'Felix', 'Greta', 'Lukas', 'Rosa', 'Stefan'];
const family = ['Kowalski', 'Brandt', 'Moretti', 'Lindqvist', 'Novak', 'Dumont', 'Petrov', 'Haller', 'Santos', 'Varga', 'Olsen', 'Keller', 'Marin', 'Weber', 'Costa', 'Horvath', 'Berg', 'Rossi', 'Lenz', 'Fischer', 'Ionescu', 'Jansen', 'Kaya', 'Larsen', 'Meyer'];
const female = new Set(['Anna', 'Sofia', 'Elena', 'Irene', 'Laura', 'Clara', 'Maria', 'Nadia', 'Greta', 'Rosa']);
const roles = ['defence minister', 'foreign minister', 'finance minister', 'health minister', 'central bank governor', 'mayor', 'union leader', 'chief executive', 'prime minister', 'opposition leader'];
const countries = ['Lithuania', 'Poland', 'Romania', 'Finland', 'Portugal', 'Austria', 'Denmark', 'Slovakia', 'Estonia', 'Croatia', 'Belgium', 'Greece'];
const outlets = ['Reuters', 'AFP', 'dpa', 'Associated Press', 'ANSA', 'EFE'];
const sites = ['The Baltic Ledger', 'Northern Courier', 'Danube Daily', 'Harbour Times', 'Continental Post', 'Evening Standardbearer', 'Riverside Herald', 'Meridian News'];
const subjects = ['the government', 'the ministry', 'the alliance', 'the committee', 'the council', 'the agency', 'the coalition', 'the regulator', 'the city', 'the delegation'];
const verbsPast = ['announced', 'approved', 'rejected', 'delayed', 'reviewed', 'expanded', 'defended', 'questioned', 'outlined', 'postponed'];
const objects = ['a new budget', 'the aid package', 'the rail project', 'the energy plan', 'a defence agreement', 'the housing reform', 'the pension bill', 'new border checks', 'the climate target', 'the trade deal', 'weapons deliveries', 'ammunition production'];
const details = ['after weeks of talks', 'despite strong objections', 'ahead of the summit', 'in a late-night session', 'following a court ruling', 'amid rising costs', 'under pressure from partners', 'before the winter'];
const claimWords = ['support', 'production', 'security', 'funding', 'cooperation', 'stability', 'pressure', 'investment', 'membership', 'negotiations', 'losses', 'reform', 'capacity', 'resilience', 'deterrence', 'prices', 'supply', 'demand', 'trust', 'commitment'];
const claimVerbs = ['must increase', 'will not weaken', 'cannot wait', 'needs more', 'depends on', 'has strengthened', 'will decide', 'must protect', 'should expand', 'will remain'];
const claimTails = ['for the rest of this decade', 'whatever the cost', 'in every member state', 'before the end of the year', 'for our partners and ourselves', 'without further delay', 'across the whole region', 'as long as it takes'];

interface Person {
  name: string;
  surname: string;
  pronoun: 'he' | 'she';
  role: string;
  country: string;
}

interface Event {
  topic: string;
  people: Person[];
  statements: Array<{ speaker: number; text: string }>;
  date: string;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Share of .md files; the rest are raw .txt pages. */
  markdownShare?: number;
  /** How many outlets report one event, on average. */
  outletsPerEvent?: number;
}

export function generateCorpus(options: CorpusOptions): Array<{ file: string; text: string }> {
  const next = random(options.seed ?? 11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const sentence = () => `${capitalise(pick(subjects))} ${pick(verbsPast)} ${pick(objects)} ${pick(details)}.`;
  // Names of places, firms and programmes give quotes the long tail of rare words real ones have.
  const syllables = ['ka', 'lo', 'mer', 'tan', 'vi', 'sor', 'den', 'ul', 'bra', 'nek', 'sti', 'po', 'rin', 'gal', 'esh', 'mo', 'tra', 'vel'];
  const properName = () => capitalise(Array.from({ length: between(2, 3) }, () => pick(syllables)).join(''));
  const units = ['million euros', 'new jobs', 'extra staff', 'tonnes', 'homes', 'soldiers', 'nurses', 'buses', 'hectares', 'families'];
  const claims = [
    () => `${capitalise(pick(claimWords))} ${pick(claimVerbs)} ${pick(claimWords)} in ${properName()} ${pick(claimTails)}, with ${between(2, 900)} ${pick(units)}.`,
    () => `We told ${properName()} that ${pick(objects)} ${pick(claimVerbs)} ${pick(claimWords)}.`,
    () => `Nobody in ${properName()} or ${properName()} ${pick(['expected', 'wanted', 'asked for', 'feared'])} ${between(2, 900)} ${pick(units)} ${pick(details)}.`,
    () => `${capitalise(pick(objects))} is about ${pick(claimWords)}, not ${pick(claimWords)}, and ${properName()} knows it.`,
    () => `Our partners at ${properName()} ${pick(verbsPast)} ${pick(objects)}, and ${pick(claimWords)} ${pick(claimVerbs)} ${pick(claimWords)} ${pick(claimTails)}.`,
  ];
  const claim = () => pick(claims)();

  const eventCount = Math.max(1, Math.ceil(options.articles / (options.outletsPerEvent ?? 4)));
  const events: Event[] = Array.from({ length: eventCount }, (_, index) => {
    const people = Array.from({ length: between(2, 3) }, () => {
      const first = pick(given);
      const surname = pick(family);
      return { name: `${first} ${surname}`, surname, pronoun: female.has(first) ? ('she' as const) : ('he' as const), role: pick(roles), country: pick(countries) };
    });
    const statements = Array.from({ length: between(3, 6) }, () => ({ speaker: between(0, people.length - 1), text: `${claim()} ${claim()}` }));
    const day = index % 28;
    const month = Math.floor(index / 28) % 12;
    const date = `${2020 + Math.floor(index / 336)}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
    return { topic: pick(objects), people, statements, date };
  });

  const files: Array<{ file: string; text: string }> = [];
  for (let index = 0; index < options.articles; index++) {
    const event = events[Math.floor(next() * events.length)]!;
    const markdown = next() < (options.markdownShare ?? 0.5);
    const outlet = pick(outlets);
    const site = pick(sites);
    const byline = `${pick(given)} ${pick(family)}`;
    const lead = event.people[0]!;
    const title = `${lead.surname} says ${event.topic} ${pick(['must go ahead', 'faces new doubts', 'will be decided this week', 'needs wider support'])}`;
    const paragraphs: string[] = [];
    paragraphs.push(`${lead.country}'s ${lead.role} ${lead.name} said on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} that ${event.topic} would be discussed again, ${outlet} reported. ${sentence()}`);
    let words = 0;
    let statement = 0;
    const target = between(600, 900);
    while (words < target) {
      if (statement < event.statements.length && next() < 0.45) {
        const { speaker, text: said0 } = event.statements[statement++]!;
        // Outlets trim what they reprint: some drop the second sentence, some change a word.
        const variant = next();
        const text = variant < 0.15 ? said0.slice(0, said0.indexOf('. ') + 1) : variant < 0.3 ? said0.replace(/ will /, ' would ').replace(/ must /, ' should ') : said0;
        const person = event.people[speaker]!;
        const form = next();
        const said = `${text.slice(0, -1)},`;
        // By name, by pronoun (after the person was named), by role.
        if (form < 0.4) paragraphs.push(`"${said}" ${person.name} said. ${sentence()}`);
        else if (form < 0.7) paragraphs.push(`${person.name} spoke to reporters after the meeting. ${sentence()}\n\n"${said}" ${person.pronoun} said.`);
        else paragraphs.push(`${person.name}, the ${person.role}, was asked about ${event.topic}. ${sentence()}\n\n"${said}" the ${person.role} said.`);
      } else {
        paragraphs.push(Array.from({ length: between(3, 5) }, sentence).join(' '));
      }
      if (next() < 0.1) paragraphs.push(pick(['Background', 'What comes next', 'Reactions', 'The numbers']));
      words = paragraphs.join(' ').split(/\s+/).length;
    }
    const slug = `${String(index).padStart(6, '0')}-${lead.surname.toLowerCase()}`;
    if (markdown) {
      const front = ['---', `title: "${title}"`, 'sources:', `  - ${outlet}`, `date: ${event.date}`, `byline: ${byline}`, '---', ''];
      const body = paragraphs.map((paragraph) => (paragraph.split(' ').length <= 4 ? `## ${paragraph}` : paragraph));
      files.push({ file: `${slug}.md`, text: `${front.join('\n')}\n${body.join('\n\n')}\n` });
    } else {
      const [year, month, day] = event.date.split('-');
      const page = [
        site,
        'Home | World | Politics | Business | Opinion',
        title,
        `${lead.name} (Photo by ${pick(outlets)})`,
        `By ${byline}`,
        `${Number(day)}.${Number(month)}.${year}`,
        '',
        paragraphs.join('\n\n'),
        '',
        `Read also: ${capitalise(pick(objects))} ${pick(['divides', 'unites', 'worries'])} ${pick(countries)}`,
        `© ${year} ${site}. All rights reserved.`,
      ];
      files.push({ file: `${slug}.txt`, text: `${page.join('\n')}\n` });
    }
  }
  return files;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export async function writeCorpus(folder: string, options: CorpusOptions): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const { file, text } of generateCorpus(options)) await writeFile(path.join(folder, file), text);
}

// `tsx test/bench/corpus.ts DIR N [SEED]` writes a corpus, for profiling by hand.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [folder, count, seed] = process.argv.slice(2);
  await writeCorpus(folder!, { articles: Number(count ?? 1000), seed: Number(seed ?? 11) });
}
