// Which common nouns name someone who can speak (a person or an organisation), learned from
// GUM's gold entity types: for every mention whose syntactic head is a common noun, the head
// counts towards its entity type. Writes src/language/models/speaking-nouns.json, a table of
// noun → share of person and organisation mentions (nouns seen at least `minimumCount` times):
//   npx tsx scripts/build-speaking-nouns.ts --gum ../shared/gum
// Fitted on GUM's train documents; the share of dev and test mentions it classifies right is printed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nounKey } from '../src/language/speaking-nouns.ts';
import { readGum } from './gum.ts';

const { values } = parseArgs({ options: { gum: { type: 'string' } } });
if (!values.gum) {
  console.error('usage: npx tsx scripts/build-speaking-nouns.ts --gum DIR');
  process.exit(2);
}
const minimumCount = 3;
const speaking = new Set(['person', 'organization']);
const counts = { train: new Map<string, [number, number]>(), held: [] as Array<[string, boolean]> };

for (const document of readGum(values.gum)) {
  for (const mention of document.mentions) {
    const tokens = document.sentences[mention.sentence]!.tokens;
    // The head: the token of the span whose syntactic head lies outside it.
    let head = -1;
    for (let index = mention.firstToken; index <= mention.lastToken; index++) {
      const parent = tokens[index]!.head - 1;
      if (parent < mention.firstToken || parent > mention.lastToken) head = index;
    }
    if (head === -1 || tokens[head]!.upos !== 'NOUN') continue;
    const key = nounKey(tokens[head]!.form);
    const speaks = speaking.has(mention.entityType);
    if (document.partition === 'train') {
      const entry = counts.train.get(key) ?? [0, 0];
      entry[0] += speaks ? 1 : 0;
      entry[1]++;
      counts.train.set(key, entry);
    } else counts.held.push([key, speaks]);
  }
}

const table = Object.fromEntries(
  [...counts.train.entries()]
    .filter(([, [, total]]) => total >= minimumCount)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([noun, [speaks, total]]) => [noun, Math.round((speaks / total) * 100) / 100]),
);
const known = counts.held.filter(([noun]) => noun in table);
const right = known.filter(([noun, speaks]) => (table[noun]! >= 0.5) === speaks).length;
console.log(`${Object.keys(table).length} nouns; GUM dev+test mentions headed by a known noun: ${known.length} of ${counts.held.length}, speaking or not right for ${((100 * right) / Math.max(known.length, 1)).toFixed(1)}%`);
writeFileSync(fileURLToPath(new URL('../src/language/models/speaking-nouns.json', import.meta.url)), `${JSON.stringify(table)}\n`);
