// Logistic regression for the training scripts (train:align, train:entities): small feature sets,
// fitted exactly by Newton's method on labelled pairs from ECB+ train.

/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with a small L2
 * penalty and balanced class weights: a dozen features converge in a few steps, exactly.
 */
export function fitLogistic(rows: { x: number[]; y: number; weight?: number }[], steps = 25, l2 = 1e-4): { bias: number; w: number[] } {
  const d = rows[0]!.x.length + 1;
  const theta = new Array<number>(d).fill(0);
  const mass = (y: number) => rows.reduce((sum, r) => sum + (r.y === y ? (r.weight ?? 1) : 0), 0);
  const [positives, negatives] = [mass(1), mass(0)];
  // Negatives outnumber positives in blocked pairs; each class weighs half.
  const classWeight = (y: number) => (y === 1 ? rows.length / (2 * positives) : rows.length / (2 * negatives));
  for (let step = 0; step < steps; step++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, weight } of rows) {
      const v = [1, ...x];
      const p = 1 / (1 + Math.exp(-v.reduce((sum, value, k) => sum + value * theta[k]!, 0)));
      const c = classWeight(y) * (weight ?? 1);
      for (let i = 0; i < d; i++) {
        gradient[i]! += c * (p - y) * v[i]!;
        for (let j = 0; j < d; j++) hessian[i]![j]! += c * p * (1 - p) * v[i]! * v[j]!;
      }
    }
    for (let i = 1; i < d; i++) {
      gradient[i]! += l2 * rows.length * theta[i]!;
      hessian[i]![i]! += l2 * rows.length;
    }
    const delta = solve(hessian, gradient);
    let change = 0;
    for (let i = 0; i < d; i++) {
      theta[i] = theta[i]! - delta[i]!;
      change = Math.max(change, Math.abs(delta[i]!));
    }
    if (change < 1e-6) break;
  }
  return { bias: theta[0]!, w: theta.slice(1) };
}

/** Gaussian elimination with partial pivoting: a is d×d, small. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

/** Three decimals: the committed weight files stay short and readable. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
