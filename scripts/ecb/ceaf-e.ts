// Entity-based CEAF (Luo 2005, φ4): align key and response clusters one to one so that the summed
// similarity φ4(K, R) = 2|K∩R| / (|K| + |R|) is largest (Kuhn–Munkres); recall is that sum over the
// number of key clusters, precision the same sum over the number of response clusters.
//
// Clusters that share no mention have similarity 0, so the best alignment is found separately inside
// each group of clusters connected by shared mentions: over a whole split that turns one assignment
// over thousands of clusters into many tiny ones, with the same total.
import { maxWeightAssignment } from './kuhn-munkres.ts';
import { overlaps, type Partition } from './partition.ts';
import { ratio, scoreOf, type Score } from './precision-recall.ts';

/** Key and response cluster indexes that are joined, directly or through others, by shared mentions. */
function connectedGroups(shared: Map<number, number>[], responseClusters: number): { keys: number[]; responses: number[] }[] {
  const responseKeys = Array.from({ length: responseClusters }, () => [] as number[]);
  shared.forEach((counts, key) => {
    for (const response of counts.keys()) responseKeys[response].push(key);
  });
  const keySeen = new Array<boolean>(shared.length).fill(false);
  const groups: { keys: number[]; responses: number[] }[] = [];
  for (let start = 0; start < shared.length; start++) {
    if (keySeen[start] || shared[start].size === 0) continue;
    const group = { keys: [] as number[], responses: [] as number[] };
    const responseSeen = new Set<number>();
    const pending = [start];
    keySeen[start] = true;
    while (pending.length) {
      const key = pending.pop()!;
      group.keys.push(key);
      for (const response of shared[key].keys()) {
        if (responseSeen.has(response)) continue;
        responseSeen.add(response);
        group.responses.push(response);
        for (const other of responseKeys[response]) {
          if (!keySeen[other]) {
            keySeen[other] = true;
            pending.push(other);
          }
        }
      }
    }
    groups.push(group);
  }
  return groups;
}

/** The largest total φ4 over one-to-one alignments of key to response clusters. */
export function bestAlignmentSimilarity(key: Partition, response: Partition): number {
  const shared = overlaps(key, response);
  let total = 0;
  for (const group of connectedGroups(shared, response.length)) {
    const similarity = group.keys.map((k) =>
      group.responses.map((r) => (2 * (shared[k].get(r) ?? 0)) / (key[k].length + response[r].length)),
    );
    total += maxWeightAssignment(similarity).total;
  }
  return total;
}

export function ceafE(key: Partition, response: Partition): Score {
  const similarity = bestAlignmentSimilarity(key, response);
  return scoreOf(ratio(similarity, response.length), ratio(similarity, key.length));
}
