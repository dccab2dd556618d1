// Fits story grouping (src/stories/story-weights.json) on ECB+ train: the background document
// frequencies are counted over the train articles, then a grid search picks the name and figure
// weights, the threshold and the cohesion ratio that give the best B³ F1 of the predicted stories against the
// gold sub-topics, with all train articles grouped at once; then the year split's group size and
// share, with the threshold again. Dev is never read.
//
//   npm run train:stories [-- --dir FOLDER]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleTerms } from '../src/stories/article-terms.ts';
import { groupIntoStories } from '../src/stories/index.ts';
import type { StoryModel } from '../src/stories/story-model.ts';
import { bCubed } from './ecb/b-cubed.ts';
import { readCorpus } from './ecb/corpus.ts';
import { partitionOf } from './ecb/partition.ts';
import { storyArticles } from './ecb/story-articles.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({ options: { dir: { type: 'string', default: path.resolve(repoRoot, '../shared/eval/ecbplus') } } });
const dir = path.resolve(values.dir);
const train = storyArticles(dir, readCorpus(dir, 'train').documents);
const articles = train.map((t) => t.article);
const gold = partitionOf(train.map((t) => [t.article.id, t.goldStory] as const));

// Terms seen in one train article only are left out: an unseen term weighs the same, and the file stays small.
const frequency: Record<string, number> = {};
for (const article of articles) for (const term of articleTerms(article).keys()) frequency[term] = (frequency[term] ?? 0) + 1;
const background = { documents: articles.length, frequency: Object.fromEntries(Object.entries(frequency).filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };

let best: { model: StoryModel; f1: number; precision: number; recall: number } | undefined;
/** Groups the train articles with `model` and keeps it when its B³ F1 beats the best so far. */
function tryModel(model: StoryModel): void {
  const stories = groupIntoStories(articles, model);
  const score = bCubed(gold, stories.map((s) => s.articles));
  if (!best || score.f1 > best.f1 + 1e-9) best = { model, ...score };
}
for (const nameWeight of [1, 2, 3]) {
  for (const [figureWeight, cohesion] of [0.5, 1].flatMap((f) => [0, 0.4, 0.5, 0.6, 0.7].map((c) => [f, c]))) {
    for (let t = 0.08; t <= 0.3; t += 0.01) {
      tryModel({ nameWeight, figureWeight: figureWeight!, blockingTerms: 20, neighbours: 20, threshold: Math.round(t * 100) / 100, cohesion: cohesion!, yearSplit: null, background });
    }
  }
  console.log(`name weight ${nameWeight}: best so far B³ F1 ${best!.f1.toFixed(3)} (P ${best!.precision.toFixed(3)} R ${best!.recall.toFixed(3)}) at ${JSON.stringify({ ...best!.model, background: undefined })}`);
}
// Then the year split (average-link.ts), with the threshold searched again: once two events of
// different years are kept apart, a lower threshold may join more of one event's articles.
const firstStage = best!;
for (const minGroup of [3, 4, 5]) {
  for (const share of [0.5, 0.6, 0.7, 0.8]) {
    for (let t = 0.08; t <= 0.3; t += 0.01) {
      tryModel({ ...firstStage.model, threshold: Math.round(t * 100) / 100, yearSplit: { minGroup, share } });
    }
  }
}
console.log(`with the year split: B³ F1 ${best!.f1.toFixed(3)} (P ${best!.precision.toFixed(3)} R ${best!.recall.toFixed(3)}) at ${JSON.stringify({ ...best!.model, background: undefined })}`);
const file = path.join(repoRoot, 'src/stories/story-weights.json');
writeFileSync(file, `${JSON.stringify(best!.model)}\n`);
console.log(`wrote ${path.relative(repoRoot, file)}: train B³ F1 ${best!.f1.toFixed(3)}, ${train.length} articles, ${Object.keys(background.frequency).length} background terms`);
