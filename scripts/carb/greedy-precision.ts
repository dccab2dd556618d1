// CaRB's precision numerator for one sentence at one threshold ("optimised global match"):
// repeatedly take the gold×prediction pair with the highest precision among rows and columns not
// yet used, one pair per prediction up to the number of gold tuples. Each gold tuple can thus vouch
// for one prediction only, so ten copies of one good extraction do not earn ten times the credit.

import type { MatchScore } from './match.ts';

/**
 * Sum of precisions of the greedily chosen pairs. `scores[gold][prediction]`; `columns` are the
 * predictions above the threshold. Ties go to the first pair in row-major order, as in CaRB's
 * strict `>` scan; the running best starts below zero so zero-precision pairs are taken too.
 */
export function greedyPrecisionSum(scores: readonly (readonly MatchScore[])[], columns: readonly number[]): number {
  const usedRows = new Set<number>();
  const usedColumns = new Set<number>();
  const pairs = Math.min(scores.length, columns.length);
  let sum = 0;
  for (let t = 0; t < pairs; t++) {
    let bestRow = -1;
    let bestColumn = -1;
    let best = -1;
    for (let row = 0; row < scores.length; row++) {
      if (usedRows.has(row)) continue;
      for (const column of columns) {
        if (usedColumns.has(column)) continue;
        if (scores[row][column][0] > best) {
          best = scores[row][column][0];
          bestRow = row;
          bestColumn = column;
        }
      }
    }
    usedRows.add(bestRow);
    usedColumns.add(bestColumn);
    sum += best;
  }
  return sum;
}
