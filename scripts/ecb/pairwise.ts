// Pairwise coreference: every pair of mentions the response puts in one cluster is a predicted link,
// every pair the key puts in one cluster a gold link. Precision is the share of predicted links that
// are gold, recall the share of gold links predicted. Pairs are counted inside clusters, never over
// all mention pairs, so a split of thousands of mentions costs only its clusters' sizes squared.
import { groupBy, pairs } from '../../src/compare/statements.ts';
import { ratio, scoreOf, type Score } from './precision-recall.ts';

export interface PairMention {
  id: string;
  /** Gold cluster label. */
  key: string;
  /** Predicted cluster label; absent when the system has no mention here. */
  response?: string;
}

export interface PairCounts {
  /** Gold links between mentions that both have a response label. */
  gold: number;
  /** Gold links between all mentions, found or not: recall over these is end to end. */
  goldAll: number;
  predicted: number;
  correct: number;
  score: Score;
  /** correct / goldAll. */
  recallAll: number;
}

/** Every pair of mentions that share a cluster label. */
function* linkedPairs<M>(mentions: readonly M[], label: (m: M) => string | null): Generator<[M, M]> {
  for (const cluster of groupBy(mentions, label).values()) yield* pairs(cluster);
}

/** Pairwise counts over the pairs `include` admits (e.g. only mentions in different documents). */
export function pairwise<M extends PairMention>(mentions: readonly M[], include: (a: M, b: M) => boolean): PairCounts {
  let gold = 0;
  let goldAll = 0;
  for (const [a, b] of linkedPairs(mentions, (m) => m.key)) {
    if (!include(a, b)) continue;
    goldAll++;
    if (a.response !== undefined && b.response !== undefined) gold++;
  }
  let predicted = 0;
  let correct = 0;
  for (const [a, b] of linkedPairs(mentions, (m) => m.response ?? null)) {
    if (!include(a, b)) continue;
    predicted++;
    if (a.key === b.key) correct++;
  }
  return { gold, goldAll, predicted, correct, score: scoreOf(ratio(correct, predicted), ratio(correct, gold)), recallAll: ratio(correct, goldAll) };
}
