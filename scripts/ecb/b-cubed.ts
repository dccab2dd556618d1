// B³ (Bagga and Baldwin 1998): for every key mention, the share of its key cluster that its response
// cluster also holds, averaged over key mentions (recall); the same from the response side
// (precision). Summed cluster by cluster, a key cluster K meeting response cluster R contributes
// |K∩R|²/|K| to recall's numerator. A mention one side leaves out scores 0 on the other side's
// average, which is what makes missed mentions cost recall.
import { overlaps, type Partition } from './partition.ts';
import { ratio, scoreOf, type Score } from './precision-recall.ts';

function averageShare(from: Partition, into: Partition): number {
  const counts = overlaps(from, into);
  let sum = 0;
  let mentions = 0;
  from.forEach((cluster, index) => {
    for (const shared of counts[index]!.values()) sum += (shared * shared) / cluster.length;
    mentions += cluster.length;
  });
  return ratio(sum, mentions);
}

export function bCubed(key: Partition, response: Partition): Score {
  return scoreOf(averageShare(response, key), averageShare(key, response));
}
