// MUC (Vilain et al. 1995): how many coreference links must be added to turn one partition into the
// other. A key cluster of n mentions is n - 1 links; the response recovers n - p of them, where p is
// the number of pieces the response cuts the cluster into. A mention the response leaves out is a
// piece of its own. Precision is the same count with the roles swapped. Singletons carry no links,
// so they count for nothing either way.
import { overlaps, type Partition } from './partition.ts';
import { ratio, scoreOf, type Score } from './precision-recall.ts';

/** Share of `from`'s links that `into` keeps. */
function linksKept(from: Partition, into: Partition): number {
  const counts = overlaps(from, into);
  let kept = 0;
  let links = 0;
  from.forEach((cluster, index) => {
    const inside = [...counts[index]!.values()].reduce((sum, n) => sum + n, 0);
    const pieces = counts[index]!.size + (cluster.length - inside);
    kept += cluster.length - pieces;
    links += cluster.length - 1;
  });
  return ratio(kept, links);
}

export function muc(key: Partition, response: Partition): Score {
  return scoreOf(linksKept(response, key), linksKept(key, response));
}
