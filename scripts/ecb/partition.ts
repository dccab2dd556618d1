// A clustering of mentions, the shape every coreference scorer here reads: each cluster is the list
// of its mention ids. Key (gold) and response (predicted) need not cover the same mentions; a mention
// one side leaves out is simply absent from that side's clusters.
import { groupBy } from '../../src/compare/statements.ts';

export type Cluster = readonly string[];
export type Partition = readonly Cluster[];

/** Groups mention ids by their cluster label, clusters in first-seen order. */
export function partitionOf(labels: Iterable<readonly [mention: string, label: string]>): Cluster[] {
  return [...groupBy(labels, ([, label]) => label).values()].map((cluster) => cluster.map(([mention]) => mention));
}

/**
 * For each cluster of `from`, how many of its mentions fall in each cluster of `into` (by index).
 * Mentions that `into` leaves out are not counted anywhere: the scorers decide what they cost.
 */
export function overlaps(from: Partition, into: Partition): Map<number, number>[] {
  const clusterOf = new Map<string, number>();
  into.forEach((cluster, index) => {
    for (const mention of cluster) clusterOf.set(mention, index);
  });
  return from.map((cluster) => {
    const counts = new Map<number, number>();
    for (const mention of cluster) {
      const index = clusterOf.get(mention);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    return counts;
  });
}
