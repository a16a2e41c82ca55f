// A sanity check of the mention typer on real news: the heads of PolNeAR's named quote sources
// ("Haley Morris", "the Washington Post") are people or organisations that speak, so nearly all of
// them should be typed person or organisation. Prints the share of each type, on the odd-numbered
// articles, which the trainer does not see.
//   npx tsx scripts/check-mention-types-polnear.ts --polnear ../shared/realnews/data/polnear-train.jsonl
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mentionTypes, typeMention, type MentionType } from '../src/language/mention-type.ts';

interface PolnearSource {
  type: string;
  head: string | null;
  ranges: Array<[number, number]>;
}

const { values } = parseArgs({ options: { polnear: { type: 'string' } } });
if (!values.polnear) {
  console.error('usage: npx tsx scripts/check-mention-types-polnear.ts --polnear ../shared/realnews/data/polnear-train.jsonl');
  process.exit(1);
}
const counts = Object.fromEntries(mentionTypes.map((type) => [type, 0])) as Record<MentionType, number>;
let timeTaken = 0;
// The odd-numbered articles: the even ones lend the trainer examples of people.
const articles = readFileSync(values.polnear, 'utf8').split('\n').filter((line) => line.trim());
for (const line of articles.filter((_, index) => index % 2 === 1)) {
  const article = JSON.parse(line) as { text: string; quotes: Array<{ source: PolnearSource | null }> };
  for (const { source } of article.quotes) {
    if (source?.type !== 'named' || !source.head || !source.ranges.length) continue;
    const headStart = article.text.indexOf(source.head, source.ranges[0]![0]);
    if (headStart < 0) continue;
    // the paragraph around the head, as the typer sees running text at build time
    const paragraphStart = article.text.lastIndexOf('\n\n', headStart) + 1;
    const paragraphEnd = article.text.indexOf('\n\n', headStart);
    const paragraph = article.text.slice(paragraphStart, paragraphEnd < 0 ? undefined : paragraphEnd);
    const started = performance.now();
    const { type } = typeMention(paragraph, headStart - paragraphStart, headStart - paragraphStart + source.head.length);
    timeTaken += performance.now() - started;
    counts[type]++;
  }
}
const total = Object.values(counts).reduce((left, right) => left + right, 0);
console.log(`PolNeAR named-source heads: ${total}`);
for (const type of mentionTypes) console.log(`  ${type.padEnd(12)} ${((counts[type] / total) * 100).toFixed(1)}%  (${counts[type]})`);
console.log(`  person or organisation: ${(((counts.person + counts.organisation) / total) * 100).toFixed(1)}%; ${((timeTaken / total) * 1000).toFixed(1)} µs a mention`);
