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
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(formatReport(evaluation, totalSeconds));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ ...evaluation, totalSeconds }, null, 2)}\n`);
    console.log(`wrote the figures to ${values.json}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
