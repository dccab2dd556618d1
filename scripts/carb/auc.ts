// sklearn.metrics.auc: trapezoidal area under y(x) for points given in x order, either
// non-decreasing or non-increasing (a decreasing x gives the area with its sign flipped back).

export function trapezoidArea(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error('auc: x and y differ in length');
  if (x.length < 2) throw new Error('auc: at least 2 points are needed');
  let increasing = true;
  let decreasing = true;
  for (let i = 1; i < x.length; i++) {
    if (x[i] < x[i - 1]) increasing = false;
    if (x[i] > x[i - 1]) decreasing = false;
  }
  if (!increasing && !decreasing) throw new Error('auc: x is neither increasing nor decreasing');
  let area = 0;
  for (let i = 1; i < x.length; i++) area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return increasing ? area : -area;
}
