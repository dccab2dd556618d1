// Groups by average link: the best pair first, two groups join when their articles' cosine,
// averaged over EVERY pair between them, is at least the threshold. Single link would chain two
// earthquakes into one story through one article that mentions both. The mean of all pairwise dot
// products is the dot product of the two groups' mean vectors, so each check costs one sparse dot
// product, however large the groups.
import type { ArticlePair } from './nearest-articles.ts';
import type { TermVector } from './term-vectors.ts';

/** Groups of item indexes, each sorted, in order of their first item. */
export function averageLinkGroups(vectors: TermVector[], pairs: ArticlePair[], threshold: number): number[][] {
  const groupOf = vectors.map((_, i) => i);
  const members = new Map<number, number[]>(groupOf.map((i) => [i, [i]]));
  const sums = new Map<number, Map<string, number>>(vectors.map((v, i) => [i, new Map(v.weights)]));
  const ranked = pairs.filter((p) => p.similarity >= threshold).sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const pair of ranked) {
    const x = groupOf[pair.a]!;
    const y = groupOf[pair.b]!;
    if (x === y) continue;
    const [keep, fold] = members.get(x)!.length >= members.get(y)!.length ? [x, y] : [y, x];
    const average = dot(sums.get(keep)!, sums.get(fold)!) / (members.get(keep)!.length * members.get(fold)!.length);
    if (average < threshold) continue;
    // The smaller group folds into the larger, so a big story absorbs its articles cheaply.
    for (const item of members.get(fold)!) groupOf[item] = keep;
    members.get(keep)!.push(...members.get(fold)!);
    members.delete(fold);
    const sum = sums.get(keep)!;
    for (const [term, weight] of sums.get(fold)!) sum.set(term, (sum.get(term) ?? 0) + weight);
    sums.delete(fold);
  }
  return [...members.values()].map((group) => group.sort((p, q) => p - q)).sort((p, q) => p[0]! - q[0]!);
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) total += weight * other;
  }
  return total;
}
