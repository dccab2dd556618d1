// The fitted alignment model: a logistic regression over the pair features and the score above
// which two claims are one fact. The numbers live in alignment-weights.json, written by
// `npm run train:align` from ECB+ train topics; nothing here is tuned by hand.
import { readFileSync } from 'node:fs';
import { FEATURE_NAMES, type FeatureName } from './pair-features.ts';

export interface AlignmentModel {
  bias: number;
  weights: Record<FeatureName, number>;
  /** Pairs scoring at least this are one fact. */
  threshold: number;
  /** Where the numbers came from, for the README and for a reader of the file. */
  fittedOn: string;
}

let loaded: AlignmentModel | null = null;

export function alignmentModel(): AlignmentModel {
  loaded ??= JSON.parse(readFileSync(new URL('./alignment-weights.json', import.meta.url), 'utf8')) as AlignmentModel;
  return loaded;
}

export function scorePair(values: Record<FeatureName, number>, model: AlignmentModel = alignmentModel()): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += (model.weights[name] ?? 0) * values[name];
  return 1 / (1 + Math.exp(-z));
}
