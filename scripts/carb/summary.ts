// The figures CaRB reports from a PR curve: the point of best F1, and the area under the curve.

import { trapezoidArea } from './auc.ts';
import type { CurvePoint } from './curve.ts';

export interface CarbSummary {
  precision: number;
  recall: number;
  f1: number;
  /** Confidence threshold of the best-F1 point; null when there were no predictions. */
  threshold: number | null;
  auc: number;
}

export function f1(precision: number, recall: number): number {
  // CaRB means 0 here (it catches ZeroDivisionError), but its numbers are numpy floats, which give
  // NaN instead, and np.argmax would then pick that point as "optimal". We keep the intended 0:
  // the two differ only for a threshold where precision and recall are both exactly 0.
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function summarise(curve: readonly CurvePoint[]): CarbSummary {
  if (curve.length === 0) return { precision: 0, recall: 0, f1: 0, threshold: null, auc: 0 };

  // First best point wins a tie (np.argmax), scanning thresholds ascending.
  let best = 0;
  const f1s = curve.map((p) => f1(p.precision, p.recall));
  for (let i = 1; i < f1s.length; i++) if (f1s[i] > f1s[best]) best = i;

  // CaRB appends (recall 0, precision 1) so the area reaches the y axis; it adds no point at the
  // other end, so the curve's area stops at the lowest threshold's recall.
  const recalls = [...curve.map((p) => p.recall), 0];
  const precisions = [...curve.map((p) => p.precision), 1];
  return {
    precision: curve[best].precision,
    recall: curve[best].recall,
    f1: f1s[best],
    threshold: curve[best].threshold,
    auc: trapezoidArea(recalls, precisions),
  };
}
