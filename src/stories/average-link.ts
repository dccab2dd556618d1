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
//
// A third keeps apart two events of one kind in different years (the Saints put one running back on
// injured reserve in 2008, another in 2011; Microsoft patches Internet Explorer in 2008 and 2013):
// groups of a few articles each, where most articles of one write a year that no article of the
// other writes, are two stories.
import type { ArticlePair } from './nearest-articles.ts';
import { dot, type TermVector } from './term-vectors.ts';

interface Group {
  members: number[];
  /** Years written ("d:2011") → how many members write them. */
  years: Map<string, number>;
  sum: Map<string, number>;
  /** |sum|²: the dot products of every ordered pair of members, each member with itself included. */
  sumSquared: number;
  /** Σ |member|², to take the members' own dot products back out of sumSquared. */
  selfSquared: number;
}

export interface YearSplit {
  /** Groups smaller than this say nothing: a year in two or three articles may be background. */
  minGroup: number;
  /** Share of a group's articles that must write a year for it to be the group's year. */
  share: number;
}

/** Groups of item indexes, each sorted, in order of their first item. */
export function averageLinkGroups(vectors: TermVector[], pairs: ArticlePair[], threshold: number, cohesion = 0, yearSplit: YearSplit | null = null): number[][] {
  const groupOf = vectors.map((_, i) => i);
  const groups = new Map<number, Group>(
    vectors.map((v, i) => {
      const self = dot(v.weights, v.weights);
      const years = new Map([...v.weights.keys()].filter((term) => YEAR_TERM.test(term)).map((term) => [term, 1]));
      return [i, { members: [i], years, sum: new Map(v.weights), sumSquared: self, selfSquared: self }];
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
    if (yearSplit && (hasYearOtherLacks(keep, fold, yearSplit) || hasYearOtherLacks(fold, keep, yearSplit))) continue;
    for (const [year, count] of fold.years) keep.years.set(year, (keep.years.get(year) ?? 0) + count);
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

/** A figure term that is a year of the last two centuries (article-terms.ts writes figures as "d:…"). */
const YEAR_TERM = /^d:(?:19|20)\d\d$/;

/** Whether most of `group`'s articles write a year that no article of `other` writes. */
function hasYearOtherLacks(group: Group, other: Group, split: YearSplit): boolean {
  if (group.members.length < split.minGroup || other.members.length < split.minGroup) return false;
  const needed = split.share * group.members.length;
  for (const [year, count] of group.years) if (count >= needed && !other.years.has(year)) return true;
  return false;
}
