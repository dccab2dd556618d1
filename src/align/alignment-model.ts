// The fitted alignment model: a logistic regression over the pair features and the score above
// which two claims are one fact. The numbers live in alignment-weights.json, written by
// `npm run train:align` from ECB+ train topics; nothing here is tuned by hand.
import { logisticScore, readLogisticModel, type LogisticModel } from '../logistic-model.ts';
import { FEATURE_NAMES, type FeatureName } from './pair-features.ts';

export type AlignmentModel = LogisticModel<FeatureName>;

let loaded: AlignmentModel | null = null;

export function alignmentModel(): AlignmentModel {
  loaded ??= readLogisticModel<FeatureName>(new URL('./alignment-weights.json', import.meta.url));
  return loaded;
}

export function scorePair(values: Record<FeatureName, number>, model: AlignmentModel = alignmentModel()): number {
  return logisticScore(FEATURE_NAMES, values, model);
}
