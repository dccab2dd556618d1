// CaRB's scorer (default: binary lenient tuple match), reimplemented to reproduce the official
// figures. Entry points for scripts and tests.

import { readFileSync } from 'node:fs';
import { precisionRecallCurve } from './curve.ts';
import { summarise, type CarbSummary } from './summary.ts';
import { parseGold, parsePredictions, type CarbTuple } from './tuples.ts';

export type { CarbTuple } from './tuples.ts';
export type { CarbSummary } from './summary.ts';
export type { CurvePoint } from './curve.ts';
export { parseGold, parsePredictions, formatPredictions } from './tuples.ts';
export { binaryLenientTupleMatch, lenientTupleMatch } from './match.ts';
export { precisionRecallCurve } from './curve.ts';
export { summarise } from './summary.ts';

export function scoreTuples(gold: readonly CarbTuple[], predicted: readonly CarbTuple[]): CarbSummary {
  return summarise(precisionRecallCurve(gold, predicted));
}

/** Scores a CaRB tab-format prediction file against a gold file. */
export function scoreFiles(goldPath: string, predictedPath: string): CarbSummary {
  return scoreTuples(parseGold(readFileSync(goldPath, 'utf8')), parsePredictions(readFileSync(predictedPath, 'utf8')));
}

/** Rounded to the three decimals CaRB prints: np.round scales, rounds half to even, scales back. */
export function round3(x: number): number {
  const scaled = x * 1000;
  const nearest = Math.abs(scaled % 1) === 0.5 ? 2 * Math.round(scaled / 2) : Math.round(scaled);
  return nearest / 1000;
}
