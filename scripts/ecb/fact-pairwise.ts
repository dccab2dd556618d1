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
