// Reads GUM CoNLL-U files (amir-zeldes/gum) into sentences, tokens with character offsets into
// each sentence's `# text`, and entity mentions with their type and coreference chain. Used only
// by the training scripts; the build and the tests never read GUM.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface GumToken {
  form: string;
  upos: string;
  feats: string;
  /** 1-based index of the syntactic head in the sentence, 0 for the root */
  head: number;
  deprel: string;
  /** character offsets of the token in its sentence's text, end exclusive */
  start: number;
  end: number;
}

export interface GumSentence {
  text: string;
  /** the paragraph's position in the document, from `# newpar` */
  paragraph: number;
  tokens: GumToken[];
}

export interface GumMention {
  sentence: number;
  /** 0-based indices of the first and last token in the sentence */
  firstToken: number;
  lastToken: number;
  /** GUM entity type: person, organization, place, object, event, time, abstract, … */
  entityType: string;
  /** coreference chain id, unique within the document */
  chain: string;
}

export interface GumDocument {
  name: string;
  sentences: GumSentence[];
  /** in the order they open, which for mentions of one sentence is by first token, outer first */
  mentions: GumMention[];
}

export type GumPartition = 'train' | 'dev' | 'test';

/** The partition of each document named in splits.md; documents it does not list are train. */
export function readSplits(folder: string): Map<string, GumPartition> {
  const partitionOf = new Map<string, GumPartition>();
  let section = '';
  for (const line of readFileSync(join(folder, 'splits.md'), 'utf8').split('\n')) {
    const heading = /^##\s+(\S+)/.exec(line);
    if (heading) section = heading[1]!;
    const item = /^\s*\*\s+(\S+)/.exec(line);
    if (item && (section === 'dev' || section === 'test')) partitionOf.set(item[1]!, section);
  }
  return partitionOf;
}

export function readGumDocument(path: string, name: string): GumDocument {
  const sentences: GumSentence[] = [];
  const mentions: GumMention[] = [];
  let paragraph = -1;
  let text = '';
  let tokens: GumToken[] = [];
  let cursor = 0;
  // open mentions of the current sentence: chain id → stack of mention indices
  let open = new Map<string, number[]>();

  const finishSentence = () => {
    if (tokens.length) sentences.push({ text, paragraph: Math.max(paragraph, 0), tokens });
    tokens = [];
    cursor = 0;
    open = new Map();
  };

  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar')) {
      if (line.startsWith('# newpar ') || line === '# newpar') paragraph++;
      continue;
    }
    if (line.startsWith('# text = ')) {
      text = line.slice('# text = '.length);
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      finishSentence();
      continue;
    }
    const columns = line.split('\t');
    if (!/^\d+$/.test(columns[0]!)) continue; // multiword ranges and empty nodes
    const form = columns[1]!;
    const found = text.indexOf(form, cursor);
    const start = found < 0 ? cursor : found;
    cursor = start + form.length;
    const index = tokens.length;
    tokens.push({ form, upos: columns[3]!, feats: columns[5]!, head: Number(columns[6]), deprel: columns[7]!, start, end: cursor });

    const entity = /(?:^|\|)Entity=([^|]*)/.exec(columns[9]!)?.[1];
    if (!entity) continue;
    let position = 0;
    while (position < entity.length) {
      if (entity[position] === '(') {
        let stop = position + 1;
        while (stop < entity.length && entity[stop] !== '(' && entity[stop] !== ')') stop++;
        const [chain, entityType] = entity.slice(position + 1, stop).split('-');
        const mention: GumMention = { sentence: sentences.length, firstToken: index, lastToken: index, entityType: entityType!, chain: chain! };
        if (entity[stop] === ')') {
          mentions.push(mention);
          position = stop + 1;
        } else {
          if (!open.has(chain!)) open.set(chain!, []);
          open.get(chain!)!.push(mentions.length);
          mentions.push(mention);
          position = stop;
        }
      } else {
        const closing = /^(\d+)\)/.exec(entity.slice(position));
        if (!closing) break;
        const opened = open.get(closing[1]!)?.pop();
        if (opened !== undefined) mentions[opened]!.lastToken = index;
        position += closing[0].length;
      }
    }
  }
  finishSentence();
  return { name, sentences, mentions };
}

/** Every `.conllu` document in `folder`, sorted by name so that training is reproducible. */
export function readGum(folder: string): Array<GumDocument & { partition: GumPartition }> {
  const partitionOf = readSplits(folder);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.conllu'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.conllu$/, '');
      return { ...readGumDocument(join(folder, file), name), partition: partitionOf.get(name) ?? 'train' };
    });
}
