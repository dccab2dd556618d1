// Entity coreference on ECB+ (issue 11): runs the pipeline on each ECB+ sub-topic of a split and scores
// its entities against the gold cross-document chains. The corpus is read from ../shared at run time;
// none of its text is kept in the repository.
//
//   npm run eval:ecb [-- --split dev|train|all] [--dir FOLDER] [--group subtopic|topic] [--json FILE]

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Split } from './ecb/corpus.ts';
import { evaluateCorpus, type Grouping } from './ecb/evaluate-corpus.ts';
import { formatReport } from './ecb/report.ts';
import { claimRuns } from './ecb/claim-events.ts';
import { blockingReach, factPairwise, type FactFigures } from './ecb/fact-pairwise.ts';
import { candidatePairs } from '../src/align/candidates.ts';
import { clusterFacts, scoreCandidates } from '../src/align/index.ts';
import { alignmentModel } from '../src/align/alignment-model.ts';

interface FactEvaluation {
  runs: number;
  statements: number;
  aligned: FactFigures;
  exactOnly: FactFigures;
  /** Share of gold pairs blocking reaches directly (same claim or candidate pair). */
  blocking: { gold: number; reachable: number; share: number };
}

/** Facts against gold events: each sub-topic (one story) aligned as production aligns it. */
async function evaluateFacts(dir: string, split: Split): Promise<FactEvaluation> {
  const runs = await claimRuns(dir, split);
  const model = alignmentModel();
  const scored = runs.map((run) => ({ run, pairs: scoreCandidates(run.profiles, model) }));
  return {
    runs: runs.length,
    statements: runs.reduce((n, r) => n + r.statements.length, 0),
    aligned: factPairwise(scored.map(({ run, pairs }) => ({ run, facts: clusterFacts(run.profiles, pairs, model.threshold) }))),
    exactOnly: factPairwise(scored.map(({ run, pairs }) => ({ run, facts: clusterFacts(run.profiles, pairs, Infinity) }))),
    blocking: blockingReach(runs.map((run) => ({ run, candidates: candidatePairs(run.profiles) }))),
  };
}

function formatFacts(f: FactEvaluation, split: Split): string {
  const row = (name: string, x: FactFigures) =>
    `  ${name.padEnd(30)} ${String(x.gold).padStart(6)} ${String(x.predicted).padStart(9)} ${String(x.correct).padStart(8)}  ${x.precision.toFixed(3).padStart(9)} ${x.recall.toFixed(3).padStart(7)} ${x.f1.toFixed(3).padStart(6)}`;
  return [
    '',
    `Facts against gold events (ECB+ ${split}, ${f.runs} sub-topics, ${f.statements} claim sources whose verb is a gold action mention)`,
    '  pairs of such sources in different documents: gold = same gold event chain, predicted = same fact',
    '                                   gold  predicted  correct  precision  recall     F1',
    row('aligned facts (src/align)', f.aligned),
    row('exact claims only (no align)', f.exactOnly),
    `  gold pairs blocking reaches directly (same claim or a candidate pair): ${f.blocking.reachable}/${f.blocking.gold} = ${f.blocking.share.toFixed(3)}`,
  ].join('\n');
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultEcbDir = path.resolve(repoRoot, '../shared/eval/ecbplus');

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'dev' },
      dir: { type: 'string', default: defaultEcbDir },
      group: { type: 'string', default: 'subtopic' },
      json: { type: 'string' },
    },
  });
  const started = performance.now();
  const split = oneOf<Split>('split', values.split, ['dev', 'train', 'all']);
  const grouping = oneOf<Grouping>('group', values.group, ['subtopic', 'topic']);
  const evaluation = await evaluateCorpus(path.resolve(values.dir), split, grouping);
  const facts = await evaluateFacts(path.resolve(values.dir), split);
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(formatReport(evaluation, totalSeconds));
  console.log(formatFacts(facts, split));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ ...evaluation, facts, totalSeconds }, null, 2)}\n`);
    console.log(`wrote the figures to ${values.json}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
