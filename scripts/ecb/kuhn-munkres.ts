// The Kuhn–Munkres (Hungarian) method: the one-to-one assignment of rows to columns with the largest
// total weight, which CEAF needs to align key and response clusters. A greedy pick of the largest
// weight first can miss it ([[3, 2], [3, 0]]: greedy takes 3 + 0, the best is 2 + 3).
//
// Written as the shortest-augmenting-path form: rows enter one at a time; each keeps the assignment
// optimal for the rows so far by growing a tree of tight edges (reduced cost zero under the dual
// potentials rowPotential/columnPotential), raising the potentials by the smallest slack when the tree
// is stuck, until it reaches a free column, then flipping the path. O(rows² × columns).

export interface Assignment {
  /** [row, column] pairs, one per row of the smaller side. */
  pairs: [number, number][];
  total: number;
}

/** Maximum-weight assignment; the matrix may be rectangular, every row of the same length. */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): Assignment {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : weights[0].length;
  if (rows === 0 || columns === 0) return { pairs: [], total: 0 };
  // The method assigns every row, so it wants no more rows than columns: transpose if needed.
  const transposed = rows > columns;
  const matrix = transposed ? Array.from({ length: columns }, (_, c) => weights.map((row) => row[c])) : weights;
  const largest = Math.max(...matrix.flat());
  // Maximising weight is minimising (largest - weight), a cost that is never negative.
  const columnOfRow = minCostAssignment(matrix.map((row) => row.map((w) => largest - w)));
  const pairs: [number, number][] = columnOfRow.map((column, row) => (transposed ? [column, row] : [row, column]));
  const total = pairs.reduce((sum, [row, column]) => sum + weights[row][column], 0);
  return { pairs, total };
}

/** Column chosen for each row, minimising the total cost; needs rows ≤ columns. */
function minCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const rows = cost.length;
  const columns = cost[0].length;
  // Index 0 of the column arrays is a virtual column where each new row starts its search;
  // rows are numbered from 1 so that 0 can mean "no row".
  const rowPotential = new Array<number>(rows + 1).fill(0);
  const columnPotential = new Array<number>(columns + 1).fill(0);
  const rowOfColumn = new Array<number>(columns + 1).fill(0);
  const cameFrom = new Array<number>(columns + 1).fill(0);

  for (let newRow = 1; newRow <= rows; newRow++) {
    rowOfColumn[0] = newRow;
    let column = 0;
    const slack = new Array<number>(columns + 1).fill(Infinity);
    const inTree = new Array<boolean>(columns + 1).fill(false);
    // Grow the tree until it reaches a column no row holds yet.
    while (rowOfColumn[column] !== 0) {
      inTree[column] = true;
      const row = rowOfColumn[column];
      let step = Infinity;
      let next = 0;
      for (let c = 1; c <= columns; c++) {
        if (inTree[c]) continue;
        const reduced = cost[row - 1][c - 1] - rowPotential[row] - columnPotential[c];
        if (reduced < slack[c]) {
          slack[c] = reduced;
          cameFrom[c] = column;
        }
        if (slack[c] < step) {
          step = slack[c];
          next = c;
        }
      }
      // Shift potentials so the cheapest edge out of the tree becomes tight.
      for (let c = 0; c <= columns; c++) {
        if (inTree[c]) {
          rowPotential[rowOfColumn[c]] += step;
          columnPotential[c] -= step;
        } else slack[c] -= step;
      }
      column = next;
    }
    // Flip the path back to the virtual column: each column takes the row of the one before it.
    while (column !== 0) {
      const previous = cameFrom[column];
      rowOfColumn[column] = rowOfColumn[previous];
      column = previous;
    }
  }
  const columnOfRow = new Array<number>(rows).fill(-1);
  for (let c = 1; c <= columns; c++) if (rowOfColumn[c] !== 0) columnOfRow[rowOfColumn[c] - 1] = c - 1;
  return columnOfRow;
}
