// Fits a multiclass logistic regression over named features by stochastic gradient descent, in a
// fixed order from a fixed seed, so that the same data always gives the same weights file.
import { labelProbabilities, type LinearModel } from '../src/language/linear-model.ts';

export interface Example {
  features: string[];
  /** index into the model's labels */
  label: number;
}

export interface FitOptions {
  epochs: number;
  learningRate: number;
  /** L2 shrinkage applied to the weights an example touches */
  regularisation: number;
  /** features seen in fewer training examples than this are left out */
  minimumCount: number;
  /** weights are rounded to this many decimals, and features whose weights all round to 0 dropped */
  decimals: number;
  seed: number;
}

/** mulberry32: a small, fast, seedable generator, for a reproducible shuffle. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function fitLogisticRegression<Label extends string>(labels: Label[], examples: Example[], options: FitOptions): LinearModel<Label> {
  const counts = new Map<string, number>();
  for (const example of examples) for (const feature of new Set(example.features)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const kept = (feature: string) => (counts.get(feature) ?? 0) >= options.minimumCount;
  const prepared = examples.map((example) => ({ label: example.label, features: [...new Set(example.features)].filter(kept) }));

  const model: LinearModel<Label> = { labels, weights: {} };
  for (const example of prepared) for (const feature of example.features) model.weights[feature] ??= labels.map(() => 0);

  const random = seededRandom(options.seed);
  const order = prepared.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    const rate = options.learningRate / (1 + epoch);
    for (const exampleIndex of order) {
      const example = prepared[exampleIndex]!;
      const probabilities = labelProbabilities(model, example.features);
      for (const feature of example.features) {
        const weights = model.weights[feature]!;
        for (let label = 0; label < labels.length; label++) {
          const gradient = (label === example.label ? 1 : 0) - probabilities[label]!;
          weights[label] = weights[label]! * (1 - rate * options.regularisation) + rate * gradient;
        }
      }
    }
  }

  const scale = 10 ** options.decimals;
  const rounded: Record<string, number[]> = {};
  for (const feature of Object.keys(model.weights).sort()) {
    const weights = model.weights[feature]!.map((weight) => Math.round(weight * scale) / scale);
    if (weights.some((weight) => weight !== 0)) rounded[feature] = weights;
  }
  return { labels, weights: rounded };
}

export interface ClassFigures {
  label: string;
  precision: number;
  recall: number;
  support: number;
}

/** Accuracy and per-label precision and recall of predicted against gold label indices. */
export function confusionFigures(labels: string[], gold: number[], predicted: number[]): { accuracy: number; classes: ClassFigures[]; confusion: number[][] } {
  const confusion = labels.map(() => labels.map(() => 0));
  gold.forEach((label, index) => confusion[label]![predicted[index]!]!++);
  const correct = labels.reduce((sum, _, label) => sum + confusion[label]![label]!, 0);
  const classes = labels.map((label, index) => {
    const support = confusion[index]!.reduce((left, right) => left + right, 0);
    const predictedCount = confusion.reduce((sum, row) => sum + row[index]!, 0);
    return { label, precision: predictedCount ? confusion[index]![index]! / predictedCount : 0, recall: support ? confusion[index]![index]! / support : 0, support };
  });
  return { accuracy: gold.length ? correct / gold.length : 0, classes, confusion };
}
