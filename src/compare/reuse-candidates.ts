// Which article pairs reuse scoring looks at, without looking at every pair. A pair whose
// vocabulary cosine is below the alignment gate can only be "independent" (score-reuse.ts), so only
// pairs that may reach the gate are candidates, found exactly by prefix filtering: each article's
// stems are taken rarest first, and the rare ones are indexed until the stems left over weigh
// less than half the gate. Two articles whose cosine reaches the gate must share an indexed stem:
// if they shared none, every shared stem would be in one of the two leftovers, and the cosine
// would be below ½ gate + ½ gate. Common words ("police", "said") are never indexed, so a story
// of many independent reports costs far fewer than all pairs.

import { pushTo } from '../push-to.ts';

export interface CountVector {
  counts: Map<string, number>;
  norm: number;
}

/** Index pairs [i, j], i < j, in order. */
export function reuseCandidates(vectors: CountVector[], gate: number): [number, number][] {
  const frequency = new Map<string, number>();
  for (const v of vectors) for (const stem of v.counts.keys()) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const postings = new Map<string, number[]>();
  const prefixes = vectors.map((v, index) => {
    if (v.norm === 0) return [];
    const stems = [...v.counts.keys()].sort(rarestFirst);
    // Squared weight of what is left after each stem; the prefix ends where the rest is light.
    let rest = 1;
    const prefix: string[] = [];
    for (const stem of stems) {
      if (Math.sqrt(Math.max(rest, 0)) < gate / 2) break;
      prefix.push(stem);
      rest -= (v.counts.get(stem)! / v.norm) ** 2;
    }
    for (const stem of prefix) pushTo(postings, stem, index);
    return prefix;
  });
  const pairs = new Set<number>();
  const n = vectors.length;
  prefixes.forEach((prefix, index) => {
    for (const stem of prefix) for (const other of postings.get(stem)!) if (other > index) pairs.add(index * n + other);
  });
  return [...pairs].sort((a, b) => a - b).map((key) => [Math.floor(key / n), key % n]);
}
