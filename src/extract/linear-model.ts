/**
 * A choice among candidates learned from labelled pages (scripts/learn-metadata.mjs): each
 * candidate's score is the weighted sum of its features, and the best-scoring one is taken
 * when its score clears the model's threshold.
 */
export interface LinearModel<F extends string> {
  weights: Readonly<Partial<Record<F, number>>>;
  /** Below this score no candidate is taken. */
  threshold: number;
}

export function score<F extends string>(model: LinearModel<F>, features: Readonly<Record<F, number>>): number {
  let s = 0;
  for (const name in model.weights) s += (model.weights[name] ?? 0) * (features[name] ?? 0);
  return s;
}

/** The candidate with the highest score, if it clears the threshold. */
export function best<F extends string, C extends { features: Readonly<Record<F, number>> }>(model: LinearModel<F>, candidates: readonly C[]): C | undefined {
  let top: C | undefined;
  let topScore = -Infinity;
  for (const c of candidates) {
    const s = score(model, c.features);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return topScore >= model.threshold ? top : undefined;
}
