// Precision, recall and their harmonic mean, the triple every figure of the ECB+ eval is reported as.

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** numerator / denominator, with 0 for an empty denominator (nothing to find scores nothing, not NaN). */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function scoreOf(precision: number, recall: number): Score {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
