// Stories from a feed, measured on ECB+: every article of the split ingested at once (train+dev by
// default: 772 articles, 43 topics, 66 gold stories = sub-topics), the predicted stories scored
// against the gold sub-topics (B³, adjusted Rand), and the contradictions counted by whether their
// two sides come from articles of different gold stories (across topics, or across the two events
// of one topic). The grouping weights are fitted on train only (`npm run train:stories`), so the
// dev line is the held-out figure.
//
//   npm run eval:feed [-- --split all|dev|train] [--dir FOLDER] [--no-pipeline]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildStory } from '../src/ingest.ts';
import { groupIntoStories } from '../src/stories/index.ts';
import { adjustedRand } from './ecb/adjusted-rand.ts';
import { bCubed } from './ecb/b-cubed.ts';
import { readCorpus, type Split } from './ecb/corpus.ts';
import { partitionOf } from './ecb/partition.ts';
import { storyArticles } from './ecb/story-articles.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'all' },
    dir: { type: 'string', default: path.resolve(repoRoot, '../shared/eval/ecbplus') },
    'no-pipeline': { type: 'boolean', default: false },
  },
});
const dir = path.resolve(values.dir);
const fixed = (x: number) => x.toFixed(3);

for (const split of values.split === 'all' ? (['train', 'dev', 'all'] as Split[]) : [values.split as Split]) {
  const documents = storyArticles(dir, readCorpus(dir, split).documents);
  const gold = partitionOf(documents.map((d) => [d.article.id, d.goldStory] as const));
  const started = performance.now();
  const stories = groupIntoStories(documents.map((d) => d.article));
  const seconds = (performance.now() - started) / 1000;
  const predicted = stories.map((s) => s.articles);
  const b3 = bCubed(gold, predicted);
  console.log(`${(split === 'all' ? 'train+dev' : split).padEnd(9)} ${String(documents.length).padStart(4)} articles  ${String(gold.length).padStart(3)} gold stories  ${String(stories.length).padStart(3)} predicted  B³ P ${fixed(b3.precision)} R ${fixed(b3.recall)} F1 ${fixed(b3.f1)}  ARI ${fixed(adjustedRand(gold, predicted))}  (${seconds.toFixed(2)} s)`);
  if (split !== 'all' || values['no-pipeline']) continue;

  // The whole pipeline over all articles at once: which contradictions pair different gold stories.
  const byId = new Map(documents.map((d) => [d.article.id, d]));
  const started2 = performance.now();
  const story = buildStory(documents.map((d) => d.article));
  const pipelineSeconds = (performance.now() - started2) / 1000;
  const articlesOf = new Map(story.claims.map((c) => [c.id, new Set(c.sources.map((s) => s.article))]));
  let acrossTopics = 0;
  let acrossEvents = 0;
  for (const contradiction of story.contradictions) {
    const sides = contradiction.claims.map((claim) => [...(articlesOf.get(claim) ?? [])].map((id) => byId.get(id)!));
    const golds = new Set(sides.flat().map((d) => d.goldStory));
    const topics = new Set(sides.flat().map((d) => d.topic));
    if (topics.size > 1) acrossTopics++;
    else if (golds.size > 1) acrossEvents++;
  }
  const total = story.contradictions.length;
  const share = (n: number) => `${n} (${total ? ((100 * n) / total).toFixed(1) : '0.0'}%)`;
  console.log(`pipeline over all ${documents.length} articles at once (${pipelineSeconds.toFixed(1)} s): ${story.stories.length} stories, ${total} contradictions; across topics ${share(acrossTopics)}, across the two events of one topic ${share(acrossEvents)}`);
}
