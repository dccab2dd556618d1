// Groups by average link: the best pair first, two groups join when their articles' similarity,
// averaged over EVERY pair between them, is at least the threshold. Single link would chain two
// earthquakes into one story through one article that mentions both. The mean of all pairwise dot
// products is the dot product of the two groups' mean vectors, so each check costs one sparse dot
// product, however large the groups.
//
// A second condition keeps apart two events of one kind told with the same names (the same team
// fires two coaches): the pairs between the groups must also average at least `cohesion` times the
// pairs inside each group of two or more. Two halves of one story are about as close to each other
// as inside; two events are much closer inside than across.
import type { ArticlePair } from './nearest-articles.ts';
import { dot, type TermVector } from './term-vectors.ts';

interface Group {
  members: number[];
  sum: Map<string, number>;
  /** |sum|²: the dot products of every ordered pair of members, each member with itself included. */
  sumSquared: number;
  /** Σ |member|², to take the members' own dot products back out of sumSquared. */
  selfSquared: number;
}

/** Groups of item indexes, each sorted, in order of their first item. */
export function averageLinkGroups(vectors: TermVector[], pairs: ArticlePair[], threshold: number, cohesion = 0): number[][] {
  const groupOf = vectors.map((_, i) => i);
  const groups = new Map<number, Group>(
    vectors.map((v, i) => {
      const self = dot(v.weights, v.weights);
      return [i, { members: [i], sum: new Map(v.weights), sumSquared: self, selfSquared: self }];
    }),
  );
  const ranked = pairs.filter((p) => p.similarity >= threshold).sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const pair of ranked) {
    const x = groupOf[pair.a]!;
    const y = groupOf[pair.b]!;
    if (x === y) continue;
    // The smaller group folds into the larger, so a big story absorbs its articles cheaply.
    const [keepKey, foldKey] = groups.get(x)!.members.length >= groups.get(y)!.members.length ? [x, y] : [y, x];
    const keep = groups.get(keepKey)!;
    const fold = groups.get(foldKey)!;
    const between = dot(keep.sum, fold.sum);
    const average = between / (keep.members.length * fold.members.length);
    if (average < threshold || average < cohesion * innerAverage(keep) || average < cohesion * innerAverage(fold)) continue;
    for (const item of fold.members) groupOf[item] = keepKey;
    groups.delete(foldKey);
    keep.members.push(...fold.members);
    for (const [term, weight] of fold.sum) keep.sum.set(term, (keep.sum.get(term) ?? 0) + weight);
    keep.sumSquared += fold.sumSquared + 2 * between;
    keep.selfSquared += fold.selfSquared;
  }
  return [...groups.values()].map((group) => group.members.sort((p, q) => p - q)).sort((p, q) => p[0]! - q[0]!);
}

/** The mean similarity of the pairs inside a group; 0 for one article, which then never refuses. */
function innerAverage(group: Group): number {
  const n = group.members.length;
  return n < 2 ? 0 : (group.sumSquared - group.selfSquared) / (n * (n - 1));
}
