// Pairwise precision and recall of facts against gold events, over labelled statements (a claim
// source whose verb is a gold action mention) in different documents of one sub-topic.
import type { Fact } from '../../src/align/index.ts';
import { pairwise } from './pairwise.ts';
import type { ClaimRun } from './claim-events.ts';

export interface FactFigures {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export function factPairwise(results: { run: ClaimRun; facts: Fact[] }[]): FactFigures {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const { run, facts } of results) {
    const factOf = new Map<string, string>();
    for (const fact of facts) for (const claim of fact.claims) factOf.set(claim, fact.id);
    const mentions = run.statements.map((s, i) => ({
      id: String(i),
      key: `${run.group}:${s.chain}`,
      response: factOf.get(run.profiles[s.claim]!.claim.id) ?? `alone:${i}`,
      article: s.article,
    }));
    const counts = pairwise(mentions, (a, b) => a.article !== b.article);
    gold += counts.gold;
    predicted += counts.predicted;
    correct += counts.correct;
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted, correct };
}

/**
 * Of the gold pairs (labelled sources in different documents on one event), the share blocking can
 * reach directly: the same claim, or a candidate pair. Joining groups may reach more; this is what
 * scoring and clustering start from.
 */
export function blockingReach(runs: { run: ClaimRun; candidates: readonly (readonly [number, number, ...unknown[]])[] }[]): { gold: number; reachable: number; share: number } {
  let gold = 0;
  let reachable = 0;
  for (const { run, candidates } of runs) {
    const pairs = new Set(candidates.map(([a, b]) => `${Math.min(a, b)},${Math.max(a, b)}`));
    const statements = run.statements;
    for (let i = 0; i < statements.length; i++) {
      for (let j = i + 1; j < statements.length; j++) {
        const [x, y] = [statements[i]!, statements[j]!];
        if (x.article === y.article || x.chain !== y.chain) continue;
        gold++;
        if (x.claim === y.claim || pairs.has(`${Math.min(x.claim, y.claim)},${Math.max(x.claim, y.claim)}`)) reachable++;
      }
    }
  }
  return { gold, reachable, share: gold ? reachable / gold : 0 };
}
