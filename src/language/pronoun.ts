// How likely a candidate mention is the antecedent of a third-person pronoun: a logistic
// regression over readable fields, fitted on GUM's coreference chains by
// scripts/train-pronouns.ts into models/pronoun.json.
import { labelProbabilities, type LinearModel } from './linear-model.ts';
import type { MentionType } from './mention-type.ts';
import weights from './models/pronoun.json' with { type: 'json' };

export interface AntecedentFeatures {
  /** the pronoun's lemma: he (him, his), she (her, hers), it (its), they (them, their) */
  pronoun: 'he' | 'she' | 'it' | 'they';
  /** the candidate's type: typeMention for a name; for GUM nominals, their gold type */
  candidateType: MentionType;
  /** givenNameGender of the candidate's first word (after any title), null when none is known */
  candidateGender: 'male' | 'female' | 'unknown' | null;
  /** plural when the candidate's head noun is plural ("officials", "the Smiths"), else singular */
  candidateNumber: 'singular' | 'plural';
  /** sentences between candidate and pronoun: 0 for the same sentence, up to 3 */
  sentenceDistance: number;
  /** 1 for the nearest candidate before the pronoun, 2 for the one before it, and so on */
  candidateRecency: number;
  /** the candidate is its clause's subject (nsubj in GUM; at run time: it opens its clause) */
  candidateIsSubject: boolean;
  /** how many mentions of the candidate's entity came before the pronoun, this one included */
  candidateMentionCount: number;
  /** candidate and pronoun are in the same paragraph */
  sameParagraph: boolean;
}

const model = weights as unknown as LinearModel<'other' | 'antecedent'>;

/** The field values as the model's feature names, crossed with the pronoun where it matters. */
export function antecedentFeatureNames(features: AntecedentFeatures): string[] {
  const { pronoun } = features;
  const count = features.candidateMentionCount >= 4 ? '4+' : String(features.candidateMentionCount);
  return [
    'bias',
    `type:${pronoun}:${features.candidateType}`,
    `gender:${pronoun}:${features.candidateGender ?? 'none'}`,
    `number:${pronoun}:${features.candidateNumber}`,
    `distance:${Math.min(features.sentenceDistance, 3)}`,
    `subject:${features.candidateIsSubject}`,
    `subject-distance:${features.candidateIsSubject}:${Math.min(features.sentenceDistance, 3)}`,
    `mentions:${count}`,
    `recency:${Math.min(features.candidateRecency, 6)}`,
    `same-paragraph:${features.sameParagraph}`,
  ];
}

/** The probability (0 to 1) that the candidate is the pronoun's antecedent; rank candidates by it. */
export function scoreAntecedent(features: AntecedentFeatures): number {
  return labelProbabilities(model, antecedentFeatureNames(features))[1]!;
}
