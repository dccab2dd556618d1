// The adjusted Rand index (Hubert and Arabie 1985): agreement of two partitions of the same items
// over all item pairs, corrected for chance — 1 for identical partitions, about 0 for random ones.
import { overlaps, type Partition } from './partition.ts';

const pairsOf = (n: number) => (n * (n - 1)) / 2;

export function adjustedRand(key: Partition, response: Partition): number {
  const items = key.reduce((sum, cluster) => sum + cluster.length, 0);
  let together = 0;
  for (const counts of overlaps(key, response)) for (const shared of counts.values()) together += pairsOf(shared);
  const keyPairs = key.reduce((sum, cluster) => sum + pairsOf(cluster.length), 0);
  const responsePairs = response.reduce((sum, cluster) => sum + pairsOf(cluster.length), 0);
  const expected = (keyPairs * responsePairs) / pairsOf(items);
  const best = (keyPairs + responsePairs) / 2;
  return best === expected ? 1 : (together - expected) / (best - expected);
}
