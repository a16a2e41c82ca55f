// What a name-like mention names: a person, an organisation, a place, a work (a title, product,
// law or document) or something else (a date, an event, a capitalised phrase that names nothing).
// A logistic regression over the features of mention-features.ts, fitted on GUM by
// scripts/train-mention-types.ts into models/mention-type.json.
import { labelProbabilities, type LinearModel } from './linear-model.ts';
import { mentionFeatures, wordCaseLookup, type WordCases } from './mention-features.ts';
import weights from './models/mention-type.json' with { type: 'json' };

export type MentionType = 'person' | 'organisation' | 'place' | 'work' | 'other';

export const mentionTypes: MentionType[] = ['person', 'organisation', 'place', 'work', 'other'];

/** The weights, with the case profile of the training text's words that mentionFeatures reads. */
export interface MentionTypeModel extends LinearModel<MentionType> {
  /** space-separated folded words, by how they are usually written inside a sentence */
  wordCases: WordCases;
}

const model = weights as unknown as MentionTypeModel;

const wordCase = wordCaseLookup(model.wordCases);

/**
 * The type of the mention text.slice(start, end) in its running text (a sentence or paragraph),
 * with the probability of every type.
 */
export function typeMention(text: string, start: number, end: number): { type: MentionType; scores: Record<MentionType, number> } {
  const probabilities = labelProbabilities(model, mentionFeatures(text, start, end, wordCase));
  const scores = Object.fromEntries(model.labels.map((label, index) => [label, probabilities[index]!])) as Record<MentionType, number>;
  let type = model.labels[0]!;
  for (const label of model.labels) if (scores[label] > scores[type]) type = label;
  return { type, scores };
}
