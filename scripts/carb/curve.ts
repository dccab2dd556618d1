// CaRB's threshold sweep (Benchmark.compare): one precision/recall point for every distinct
// predicted confidence, counting the predictions whose confidence is at least that threshold.

import { binaryLenientTupleMatch, type MatchScore } from './match.ts';
import { greedyPrecisionSum } from './greedy-precision.ts';
import { groupBySentence } from './sentence-key.ts';
import type { CarbTuple } from './tuples.ts';

export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
}

/**
 * The PR curve, thresholds ascending (so recall descends).
 *
 * As in CaRB: the thresholds are the confidences of all predictions, including ones on sentences
 * that have no gold tuples (those predictions are otherwise ignored); recall's denominator is every
 * gold tuple; precision's is the predictions above the threshold on gold sentences; a threshold with
 * no prediction above it on any gold sentence has precision 1.
 */
export function precisionRecallCurve(gold: readonly CarbTuple[], predicted: readonly CarbTuple[]): CurvePoint[] {
  const goldBySentence = groupBySentence(gold);
  const predictedBySentence = groupBySentence(predicted);

  const thresholds = [...new Set([...predictedBySentence.values()].flat().map((t) => t.confidence))].sort((a, b) => a - b);
  const indexOfThreshold = new Map(thresholds.map((c, i) => [c, i]));
  const precisionNumerator = new Float64Array(thresholds.length);
  const precisionDenominator = new Float64Array(thresholds.length);
  const recallNumerator = new Float64Array(thresholds.length);
  const recallDenominator = new Float64Array(thresholds.length);

  for (const [key, goldTuples] of goldBySentence) {
    const predictions = predictedBySentence.get(key) ?? [];
    const scores: MatchScore[][] = goldTuples.map((g) => predictions.map((p) => binaryLenientTupleMatch(g, p)));

    // A sentence's contribution changes only at its own confidences, so it is computed there and
    // copied to every global threshold up to it (CaRB's p[prev_c:c+1] += …).
    let from = 0;
    for (const confidence of predictions.map((p) => p.confidence).sort((a, b) => a - b)) {
      const to = indexOfThreshold.get(confidence)! + 1;
      if (to <= from) continue; // a repeated confidence: that stretch is already filled
      const columns = predictions.flatMap((p, j) => (p.confidence >= confidence ? [j] : []));
      const recallSum = scores.reduce((sum, row) => sum + Math.max(0, ...columns.map((j) => row[j][1])), 0);
      const precisionSum = greedyPrecisionSum(scores, columns);
      for (let c = from; c < to; c++) {
        precisionNumerator[c] += precisionSum;
        precisionDenominator[c] += columns.length;
        recallNumerator[c] += recallSum;
        recallDenominator[c] += goldTuples.length;
      }
      from = to;
    }
    // Above the sentence's highest confidence nothing of it is predicted, but its gold still counts.
    for (let c = from; c < thresholds.length; c++) recallDenominator[c] += goldTuples.length;
  }

  return thresholds.map((threshold, c) => ({
    threshold,
    precision: precisionDenominator[c] > 0 ? precisionNumerator[c] / precisionDenominator[c] : 1,
    recall: recallDenominator[c] > 0 ? recallNumerator[c] / recallDenominator[c] : 0,
  }));
}
