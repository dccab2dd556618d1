// Fits the entity-merge model (src/resolve/entity-merge-weights.json) on ECB+ train topics. Each
// sub-topic is resolved with merging off; every candidate pair of entity keys that blocking gives
// is labelled by the gold chains of the mentions matched to each key (a key takes its mentions'
// most frequent chain), a logistic regression is fitted, and the threshold is the one with the
// best cross-document pairwise F1 of the eval's matched mentions among those with precision at
// least 0.9 (the floor: a wrong merge joins two people's claims), measured by two-fold
// cross-validation over train topics. Dev is never read.
//
//   npm run train:entities [-- --dir FOLDER]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { logisticScore } from '../src/logistic-model.ts';
import type { EntityProfile } from '../src/resolve/entity-profile.ts';
import { ENTITY_FEATURES, type EntityFeature } from '../src/resolve/entity-pair-features.ts';
import { clusterEntities, type EntityMergeModel, type EntityPair } from '../src/resolve/merge-entities.ts';
import { predictCorpus, type CorpusPrediction } from './ecb/evaluate-corpus.ts';
import { evaluateEntities } from './ecb/evaluate-entities.ts';
import { goldOfEntities } from './ecb/entity-gold.ts';
import { fitLogistic, round } from './fit-logistic.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_PRECISION = 0.9;
const FOLDS = 2;
// Only some 150 candidate pairs have gold mentions on both sides: a firmer penalty than align's keeps
// correlated features (same kind, kinds clash) from taking large opposite weights.
const L2 = 0.01;

interface Run {
  group: string;
  profiles: readonly EntityProfile[];
  pairs: readonly EntityPair[];
  idOf: ReadonlyMap<string, string>;
}

/** The predictions with each merged key's entity id replaced by its representative's. */
function withMerges(prediction: CorpusPrediction, runs: readonly Run[], modelOf: (run: Run) => EntityMergeModel): CorpusPrediction {
  const renamed = new Map<string, string>();
  for (const run of runs) {
    const model = modelOf(run);
    const scored = run.pairs.map((pair) => ({ ...pair, score: logisticScore(ENTITY_FEATURES, pair.features, model) }));
    const { rootOf } = clusterEntities(run.profiles, scored, model);
    for (const [key, root] of rootOf) renamed.set(`${run.group}/${run.idOf.get(key)}`, `${run.group}/${run.idOf.get(root)}`);
  }
  return {
    ...prediction,
    predictions: prediction.predictions.map((p) => ({ ...p, predicted: p.predicted.map((m) => ({ ...m, entity: renamed.get(m.entity) ?? m.entity })) })),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: path.resolve(repoRoot, '../shared/eval/ecbplus') } } });
  const runs: Run[] = [];
  const prediction = await predictCorpus(path.resolve(values.dir), 'train', 'subtopic', (group) => {
    const run: Run = { group, profiles: [], pairs: [], idOf: new Map() };
    runs.push(run);
    return {
      model: null,
      onCandidates: (profiles, pairs) => Object.assign(run, { profiles, pairs }),
      onEntityIds: (idOf) => Object.assign(run, { idOf }),
    };
  });
  const goldOf = goldOfEntities(prediction);
  const rowsOf = (run: Run) =>
    run.pairs.flatMap((pair) => {
      const [a, b] = [run.profiles[pair.a]!, run.profiles[pair.b]!].map((p) => goldOf.get(`${run.group}/${run.idOf.get(p.key)}`));
      if (a === undefined || b === undefined) return [];
      // A pair stands for as many mention pairs as its entities have mentions: the eval counts those.
      const weight = Math.sqrt(run.profiles[pair.a]!.mentions * run.profiles[pair.b]!.mentions);
      return [{ x: ENTITY_FEATURES.map((name) => pair.features[name]), y: a === b ? 1 : 0, weight }];
    });
  const fit = (fitted: readonly Run[]): EntityMergeModel => {
    const { bias, w } = fitLogistic(fitted.flatMap(rowsOf), 25, L2);
    const weights = Object.fromEntries(ENTITY_FEATURES.map((name, k) => [name, round(w[k]!)])) as Record<EntityFeature, number>;
    return { bias: round(bias), weights, threshold: 1.01, fittedOn: '' };
  };
  const rows = runs.flatMap(rowsOf);
  const positives = rows.filter((r) => r.y === 1).length;
  console.log(`ECB+ train: ${runs.length} sub-topics, ${runs.reduce((n, r) => n + r.pairs.length, 0)} candidate pairs, ${rows.length} labelled (${positives} one entity)`);
  const unmerged = evaluateEntities(prediction.predictions, prediction.selected).pairs.all.score;
  console.log(`  no merging: P ${unmerged.precision.toFixed(3)} R ${unmerged.recall.toFixed(3)} F1 ${unmerged.f1.toFixed(3)}`);
  // The threshold is chosen on held-out scores: two folds of train topics, each merged by the model
  // fitted on the other fold, so the precision floor holds for topics the weights never saw.
  const foldOf = (run: Run) => Number.parseInt(run.group, 10) % FOLDS;
  const foldModels = Array.from({ length: FOLDS }, (_, fold) => fit(runs.filter((run) => foldOf(run) !== fold)));
  let best = { threshold: 1.01, f1: -1, precision: 0, recall: 0 };
  for (let t = 0.1; t <= 0.991; t += 0.025) {
    const merged = withMerges(prediction, runs, (run) => ({ ...foldModels[foldOf(run)]!, threshold: t }));
    const { precision, recall, f1 } = evaluateEntities(merged.predictions, prediction.selected).pairs.all.score;
    console.log(`  threshold ${t.toFixed(3)}, cross-validated: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`);
    const [ok, bestOk] = [precision >= MIN_PRECISION, best.precision >= MIN_PRECISION];
    if ((ok && !bestOk) || (ok === bestOk && f1 > best.f1)) best = { threshold: round(t), precision, recall, f1 };
  }
  const model = fit(runs);
  model.threshold = best.threshold;
  model.fittedOn = `ECB+ train (${runs.length} sub-topics, ${rows.length} labelled pairs); threshold chosen on two-fold cross-validation over train topics (cross-document pairwise P ${best.precision.toFixed(3)} R ${best.recall.toFixed(3)} F1 ${best.f1.toFixed(3)}) (no merging: P ${unmerged.precision.toFixed(3)} R ${unmerged.recall.toFixed(3)}); written by npm run train:entities`;
  const file = path.join(repoRoot, 'src/resolve/entity-merge-weights.json');
  writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
  console.log(JSON.stringify(model, null, 2));
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}

await main();
