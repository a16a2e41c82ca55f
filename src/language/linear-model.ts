// A multiclass linear model over named features: the form both learned models here are stored in
// (weights JSON written by the training scripts), and the scoring both use at run time and while
// they are trained, so that the two cannot drift apart.

export interface LinearModel<Label extends string> {
  labels: Label[];
  /** feature name → one weight per label, in the order of `labels` */
  weights: Record<string, number[]>;
}

/** The softmax probability of each label given the active features (unknown features add nothing). */
export function labelProbabilities<Label extends string>(model: LinearModel<Label>, features: string[]): number[] {
  const totals = model.labels.map(() => 0);
  for (const feature of features) {
    const weights = model.weights[feature];
    if (weights) for (let label = 0; label < totals.length; label++) totals[label]! += weights[label]!;
  }
  const highest = Math.max(...totals);
  const exponentials = totals.map((total) => Math.exp(total - highest));
  const sum = exponentials.reduce((left, right) => left + right, 0);
  return exponentials.map((value) => value / sum);
}
