// Fits the pronoun antecedent scorer on GUM's coreference chains and writes
// src/language/models/pronoun.json:  npx tsx scripts/train-pronouns.ts --gum ../shared/gum
// For each he/she/it/they pronoun, the gold antecedent is the most recent earlier non-pronoun
// mention of its chain within the pronoun's sentence and the 3 before it; every other non-pronoun
// mention in that window is a negative. Prints how often the top-scored candidate is the gold one.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { givenNameGender } from '../src/language/given-names.ts';
import type { MentionType } from '../src/language/mention-type.ts';
import { antecedentFeatureNames, type AntecedentFeatures } from '../src/language/pronoun.ts';
import { labelProbabilities } from '../src/language/linear-model.ts';
import { readGum, type GumDocument, type GumPartition } from './gum.ts';
import { fitLogisticRegression, type Example } from './logistic-regression.ts';

const pronounOfForm: Record<string, AntecedentFeatures['pronoun']> = {
  he: 'he', him: 'he', his: 'he', himself: 'he', she: 'she', her: 'she', hers: 'she', herself: 'she',
  it: 'it', its: 'it', itself: 'it', they: 'they', them: 'they', their: 'they', theirs: 'they', themselves: 'they',
};
const typeOfGumType: Record<string, MentionType> = { person: 'person', organization: 'organisation', place: 'place', object: 'work', abstract: 'work' };
const window = 3;

/** Per pronoun with a gold antecedent in the window: the features of each candidate, gold first. */
function choicesOf(document: GumDocument): AntecedentFeatures[][] {
  const choices: AntecedentFeatures[][] = [];
  const { sentences, mentions } = document;
  const isPronoun = (index: number) => {
    const mention = mentions[index]!;
    return mention.firstToken === mention.lastToken && sentences[mention.sentence]!.tokens[mention.firstToken]!.upos === 'PRON';
  };
  mentions.forEach((mention, index) => {
    if (!isPronoun(index)) return;
    const pronoun = pronounOfForm[sentences[mention.sentence]!.tokens[mention.firstToken]!.form.toLowerCase()];
    if (!pronoun) return;
    const precedes = (other: (typeof mentions)[number]) =>
      other.sentence < mention.sentence || (other.sentence === mention.sentence && other.lastToken < mention.firstToken);
    const candidates = mentions
      .map((other, otherIndex) => ({ other, otherIndex }))
      .filter(({ other, otherIndex }) => !isPronoun(otherIndex) && precedes(other) && mention.sentence - other.sentence <= window)
      .reverse(); // nearest first
    const gold = candidates.findIndex(({ other }) => other.chain === mention.chain);
    if (gold < 0) return;
    const features = candidates.map(({ other }, rank): AntecedentFeatures => {
      const sentence = sentences[other.sentence]!;
      const tokens = sentence.tokens.slice(other.firstToken, other.lastToken + 1);
      const head = tokens.find((token) => token.head - 1 < other.firstToken || token.head - 1 > other.lastToken) ?? tokens.at(-1)!;
      const firstName = tokens.find((token) => token.upos === 'PROPN');
      return {
        pronoun,
        candidateType: typeOfGumType[other.entityType] ?? 'other',
        candidateGender: firstName ? givenNameGender(firstName.form) : null,
        candidateNumber: /Number=Plur/.test(head.feats) ? 'plural' : 'singular',
        sentenceDistance: mention.sentence - other.sentence,
        candidateIsSubject: head.deprel.startsWith('nsubj'),
        candidateMentionCount: mentions.filter((earlier) => earlier.chain === other.chain && precedes(earlier)).length,
        candidateRecency: rank + 1,
        sameParagraph: sentence.paragraph === sentences[mention.sentence]!.paragraph,
      };
    });
    choices.push([features[gold]!, ...features.filter((_, rank) => rank !== gold)]);
  });
  return choices;
}

const { values } = parseArgs({ options: { gum: { type: 'string' }, output: { type: 'string' } } });
if (!values.gum) {
  console.error('usage: npx tsx scripts/train-pronouns.ts --gum ../shared/gum');
  process.exit(1);
}
const documents = readGum(values.gum);
const byPartition = (partition: GumPartition) => documents.filter((document) => document.partition === partition).flatMap(choicesOf);
const examples: Example[] = byPartition('train').flatMap((candidates) =>
  candidates.map((features, index) => ({ features: antecedentFeatureNames(features), label: index === 0 ? 1 : 0 })),
);
const model = fitLogisticRegression(['other', 'antecedent'], examples, { epochs: 10, learningRate: 0.1, regularisation: 1e-4, minimumCount: 2, decimals: 3, seed: 20250501 });
const output = values.output ?? fileURLToPath(new URL('../src/language/models/pronoun.json', import.meta.url));
writeFileSync(output, JSON.stringify(model) + '\n');
console.log(`pronoun scorer: ${examples.length} candidate pairs, ${Object.keys(model.weights).length} features → ${output}`);
for (const partition of ['dev', 'test'] as const) {
  const choices = byPartition(partition);
  const score = (features: AntecedentFeatures) => labelProbabilities(model, antecedentFeatureNames(features))[1]!;
  const right = choices.filter((candidates) => candidates.every((features, index) => index === 0 || score(features) < score(candidates[0]!))).length;
  const nearest = choices.filter((candidates) => candidates[0]!.candidateRecency === 1).length;
  console.log(`GUM ${partition}: antecedent chosen right for ${((right / choices.length) * 100).toFixed(1)}% of ${choices.length} pronouns (the nearest candidate: ${((nearest / choices.length) * 100).toFixed(1)}%)`);
}
