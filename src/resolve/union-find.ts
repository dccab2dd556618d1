// Disjoint sets over 0..n-1, for merging name groups found to be one person.
export class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression keeps later finds constant-time.
    while (this.parent[item] !== root) [this.parent[item], item] = [root, this.parent[item]];
    return root;
  }

  /** Joins two sets; the smaller index stays the root so results do not depend on call order. */
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    if (rootA < rootB) this.parent[rootB] = rootA;
    else this.parent[rootA] = rootB;
  }
}
