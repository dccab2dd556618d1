// One measured ingest of a feed folder into a fresh embedded store, in its own process so that its
// peak memory is its own: prints one JSON line (seconds, peak RSS, stories and their B³ against the
// gold stories in the folder's gold.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import { bCubed } from '../ecb/b-cubed.ts';
import { partitionOf } from '../ecb/partition.ts';

const [folder, db] = process.argv.slice(2) as [string, string];
const gold = JSON.parse(readFileSync(path.join(folder, 'gold.json'), 'utf8')) as Record<string, string>;
const started = performance.now();
const store = await openStore({ db });
const result = await ingestPaths([path.join(folder, 'articles')], store);
await store.close();
const seconds = (performance.now() - started) / 1000;
const goldOf = new Map(result.articles.map((a) => [a.id, gold[path.basename(a.path)]!]));
const score = bCubed(partitionOf([...goldOf]), result.story.stories.map((s) => s.articles));
console.log(JSON.stringify({
  articles: result.articles.length,
  seconds,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  stories: result.story.stories.length,
  goldStories: new Set(goldOf.values()).size,
  b3: { precision: score.precision, recall: score.recall, f1: score.f1 },
  claims: result.story.claims.length,
  contradictions: result.story.contradictions.length,
}));
