// Fits the mention typer on GUM and writes src/language/models/mention-type.json:
//   npm run train -- --gum ../shared/gum --polnear ../shared/realnews/data/polnear-train.jsonl
// Fitted on GUM's train documents; accuracy and per-type precision and recall printed for its dev
// and test documents. GUM types map to ours as: person → person, organization → organisation,
// place → place, object and abstract (named products, artworks, titles, laws, documents) → work,
// event, time, animal, substance and plant → other.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { foldWord } from '../src/language/normalise.ts';
import { mentionFeatures, wordCaseLookup, type WordCase, type WordCases } from '../src/language/mention-features.ts';
import { labelProbabilities } from '../src/language/linear-model.ts';
import type { MentionType } from '../src/language/mention-type.ts';
import { readFileSync } from 'node:fs';
import { givenNameGender } from '../src/language/given-names.ts';
import { readGum, type GumDocument, type GumPartition, type GumSentence } from './gum.ts';
import { confusionFigures, fitLogisticRegression, type Example } from './logistic-regression.ts';

const labels: MentionType[] = ['person', 'organisation', 'place', 'work', 'other'];
const typeOfGumType: Record<string, MentionType> = { person: 'person', organization: 'organisation', place: 'place', object: 'work', abstract: 'work' };
const determiners = new Set(['the', 'a', 'an']);
const longestMention = 8;

interface Candidate {
  text: string;
  start: number;
  end: number;
  type: MentionType;
  /** gold: a named mention as GUM marks it; bare: the same without its leading article; run: a capitalised run GUM does not mark as a name */
  kind: 'gold' | 'bare' | 'run';
}

const isCapitalised = (form: string) => /^\p{Lu}/u.test(form);

/** The token of the span whose syntactic head lies outside it. */
function headToken(sentence: GumSentence, first: number, last: number): number {
  for (let index = first; index <= last; index++) {
    const head = sentence.tokens[index]!.head - 1;
    if (head < first || head > last) return index;
  }
  return last;
}

function candidatesOf(document: GumDocument): Candidate[] {
  const candidates: Candidate[] = [];
  const named = document.mentions.filter((mention) => {
    const sentence = document.sentences[mention.sentence]!;
    const tokens = sentence.tokens.slice(mention.firstToken, mention.lastToken + 1);
    const opening = determiners.has(tokens[0]!.form.toLowerCase()) ? tokens[1] : tokens[0];
    return tokens.length <= longestMention && opening !== undefined && isCapitalised(opening.form) && tokens.some((token) => token.upos === 'PROPN' && isCapitalised(token.form));
  });
  const typeOf = (gumType: string) => typeOfGumType[gumType] ?? 'other';
  const covered = new Set<string>();
  for (const mention of named) {
    const sentence = document.sentences[mention.sentence]!;
    const { tokens, text } = sentence;
    // GUM puts a possessive 's inside the mention; a name finder leaves it after the name.
    const last = mention.lastToken > mention.firstToken && /^['’]s?$/u.test(tokens[mention.lastToken]!.form) ? mention.lastToken - 1 : mention.lastToken;
    const end = tokens[last]!.end;
    candidates.push({ text, start: tokens[mention.firstToken]!.start, end, type: typeOf(mention.entityType), kind: 'gold' });
    covered.add(`${mention.sentence}:${mention.firstToken}:${last}`);
    if (last > mention.firstToken && determiners.has(tokens[mention.firstToken]!.form.toLowerCase())) {
      candidates.push({ text, start: tokens[mention.firstToken + 1]!.start, end, type: typeOf(mention.entityType), kind: 'bare' });
      covered.add(`${mention.sentence}:${mention.firstToken + 1}:${last}`);
    }
  }
  // Runs of capitalised words ("In", "Should", "Hours", "Twitter" in "a Twitter account"): what a
  // pattern for names finds, so the typer learns to call them other unless they name something.
  document.sentences.forEach((sentence, sentenceIndex) => {
    const { tokens, text } = sentence;
    for (let first = 0; first < tokens.length; first++) {
      if (!isCapitalised(tokens[first]!.form) || tokens[first]!.upos === 'PRON') continue;
      let last = first;
      while (last + 1 < tokens.length && isCapitalised(tokens[last + 1]!.form) && tokens[last + 1]!.upos !== 'PRON') last++;
      const run = `${sentenceIndex}:${first}:${last}`;
      if (!covered.has(run)) {
        const holders = named.filter((mention) => mention.sentence === sentenceIndex && mention.firstToken <= first && mention.lastToken >= last);
        // A run inside a named mention that holds the mention's head names what the mention names;
        // one beside the head ("Scientology" in "the Church of Scientology") is left out, as unknown.
        const holder = holders
          .filter((mention) => {
            const head = headToken(sentence, mention.firstToken, mention.lastToken);
            return head >= first && head <= last;
          })
          .sort((left, right) => left.lastToken - left.firstToken - (right.lastToken - right.firstToken))[0];
        if (holder || !holders.length) candidates.push({ text, start: tokens[first]!.start, end: tokens[last]!.end, type: holder ? typeOf(holder.entityType) : 'other', kind: 'run' });
      }
      first = last;
    }
  });
  return candidates;
}

/**
 * How each word of the training text is usually written where no sentence start capitalises it:
 * the profile the typer reads to tell "In" and "Hours" from names it has never seen.
 */
function profileWordCases(documents: GumDocument[]): WordCases {
  const counts = new Map<string, { lower: number; capitalised: number }>();
  for (const document of documents) {
    for (const { tokens } of document.sentences) {
      tokens.forEach((token, index) => {
        if (!/^\p{L}/u.test(token.form) || index === 0 || !/^[\p{L}\p{N},]/u.test(tokens[index - 1]!.form)) return;
        const word = foldWord(token.form);
        const count = counts.get(word) ?? { lower: 0, capitalised: 0 };
        if (/^\p{Lu}/u.test(token.form)) count.capitalised++;
        else count.lower++;
        counts.set(word, count);
      });
    }
  }
  const wordCases: Record<keyof WordCases, string[]> = { lower: [], capitalised: [], mixed: [] };
  for (const word of [...counts.keys()].sort()) {
    const { lower, capitalised } = counts.get(word)!;
    if (lower + capitalised < 2) continue;
    wordCases[lower >= 4 * capitalised ? 'lower' : capitalised >= 4 * lower ? 'capitalised' : 'mixed'].push(word);
  }
  return { lower: wordCases.lower.join(' '), capitalised: wordCases.capitalised.join(' '), mixed: wordCases.mixed.join(' ') };
}

function toExample(candidate: Candidate, wordCase: WordCase): Example {
  return { features: mentionFeatures(candidate.text, candidate.start, candidate.end, wordCase), label: labels.indexOf(candidate.type) };
}

function report(name: string, candidates: Candidate[], model: ReturnType<typeof fitLogisticRegression<MentionType>>, wordCase: WordCase): void {
  const examples = candidates.map((candidate) => toExample(candidate, wordCase));
  const predicted = examples.map((example) => {
    const probabilities = labelProbabilities(model, example.features);
    return probabilities.indexOf(Math.max(...probabilities));
  });
  const { accuracy, classes, confusion } = confusionFigures(labels, examples.map((example) => example.label), predicted);
  console.log(`${name}: accuracy ${(accuracy * 100).toFixed(1)}% of ${examples.length}`);
  for (const figures of classes) {
    console.log(`  ${figures.label.padEnd(12)} P ${(figures.precision * 100).toFixed(1).padStart(5)}  R ${(figures.recall * 100).toFixed(1).padStart(5)}  n ${figures.support}`);
  }
  console.log(`  confusion (rows gold, columns predicted, ${labels.join(' ')}): ${confusion.map((row) => row.join(' ')).join(' | ')}`);
}

/**
 * News examples of people, from PolNeAR's named quote sources (the even-numbered articles; the odd
 * ones are left for scripts/check-mention-types-polnear.ts). A source head is taken as a person
 * when it opens with a known given name ("Ken Blackwell"), or when it is one word that ends such a
 * head elsewhere in the same article ("Blackwell said"); other heads, which may be organisations,
 * are left out. GUM has few reporters' "X said" sentences; these teach the typer that context.
 */
function polnearPeople(path: string): Candidate[] {
  const candidates: Candidate[] = [];
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim());
  lines.forEach((line, articleIndex) => {
    if (articleIndex % 2 === 1) return;
    const article = JSON.parse(line) as { text: string; quotes: Array<{ source: { type: string; head: string | null; ranges: Array<[number, number]> } | null }> };
    const heads = article.quotes.flatMap(({ source }) => (source?.type === 'named' && source.head && source.ranges.length ? [{ head: source.head, from: source.ranges[0]![0] }] : []));
    const fullNames = heads.map(({ head }) => head.split(' ')).filter((words) => words.length > 1 && givenNameGender(words[0]!) !== null);
    const surnames = new Set(fullNames.map((words) => words.at(-1)!));
    for (const { head, from } of heads) {
      const words = head.split(' ');
      const isPerson = words.length > 1 ? givenNameGender(words[0]!) !== null : surnames.has(head);
      const start = article.text.indexOf(head, from);
      if (!isPerson || start < 0) continue;
      const paragraphStart = article.text.lastIndexOf('\n\n', start) + 1;
      const paragraphEnd = article.text.indexOf('\n\n', start);
      const text = article.text.slice(paragraphStart, paragraphEnd < 0 ? undefined : paragraphEnd);
      candidates.push({ text, start: start - paragraphStart, end: start - paragraphStart + head.length, type: 'person', kind: 'gold' });
    }
  });
  return candidates;
}

export { candidatesOf };
function main(): void {
  const { values } = parseArgs({ options: { gum: { type: 'string' }, polnear: { type: 'string' }, output: { type: 'string' } } });
  if (!values.gum) {
    console.error('usage: npm run train -- --gum ../shared/gum [--polnear ../shared/realnews/data/polnear-train.jsonl]');
    process.exit(1);
  }
  const documents = readGum(values.gum);
  const byPartition = (partition: GumPartition) => documents.filter((document) => document.partition === partition).flatMap(candidatesOf);
  const training = [...byPartition('train'), ...(values.polnear ? polnearPeople(values.polnear) : [])];
  const wordCases = profileWordCases(documents.filter((document) => document.partition === 'train'));
  const wordCase = wordCaseLookup(wordCases);
  const fitted = fitLogisticRegression(labels, training.map((candidate) => toExample(candidate, wordCase)), { epochs: 30, learningRate: 0.2, regularisation: 1e-4, minimumCount: 2, decimals: 3, seed: 20250501 });
  const output = values.output ?? fileURLToPath(new URL('../src/language/models/mention-type.json', import.meta.url));
  const model = { ...fitted, wordCases };
  writeFileSync(output, JSON.stringify(model) + '\n');
  console.log(`mention typer: ${training.length} training spans, ${Object.keys(model.weights).length} features → ${output}`);
  for (const partition of ['dev', 'test'] as const) {
    const candidates = byPartition(partition);
    report(`GUM ${partition}, named mentions as annotated`, candidates.filter((candidate) => candidate.kind === 'gold'), model, wordCase);
    report(`GUM ${partition}, every span (annotated, without article, capitalised runs)`, candidates, model, wordCase);
  }
}

// Run when invoked as a script, not when a diagnostic imports candidatesOf.
if (import.meta.url === pathToFileURL(process.argv[1]!).href) main();
