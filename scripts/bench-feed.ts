// The scale benchmark of issue 12: feeds of 1,000 to 10,000 articles built from the ECB+ train/dev
// articles (scripts/feed/varied-copies.ts), each ingested into a fresh embedded store by a child
// process (scripts/feed/ingest-feed.ts); prints wall time, articles/s, peak RSS and how each grows.
//
//   npm run bench:feed [-- --sizes 1000,2000,5000,10000] [--dir FOLDER]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCorpus } from './ecb/corpus.ts';
import { storyArticles } from './ecb/story-articles.ts';
import { variedFeed } from './feed/varied-copies.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,2000,5000,10000' },
    dir: { type: 'string', default: path.resolve(repoRoot, '../shared/eval/ecbplus') },
  },
});
const dir = path.resolve(values.dir);
const documents = storyArticles(dir, readCorpus(dir, 'all').documents).sort((a, b) => (a.article.path < b.article.path ? -1 : 1));
const sizes = values.sizes.split(',').map(Number);
console.log(`feed benchmark: ECB+ train+dev (${documents.length} articles) copied with names, figures and words varied; a fresh embedded store each`);
const rows: { size: number; seconds: number; rss: number }[] = [];
for (const size of sizes) {
  const work = mkdtempSync(path.join(tmpdir(), 'storygraph-feed-'));
  try {
    const feed = variedFeed(documents, size);
    mkdirSync(path.join(work, 'articles'));
    for (const article of feed) writeFileSync(path.join(work, 'articles', `${article.name}`), article.text);
    writeFileSync(path.join(work, 'gold.json'), JSON.stringify(Object.fromEntries(feed.map((a) => [a.name, a.goldStory]))));
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/feed/ingest-feed.ts'), work, path.join(work, 'db')], { encoding: 'utf8', cwd: repoRoot, maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`ingest of ${size} articles failed: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const figures = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number; stories: number; goldStories: number; b3: { f1: number }; claims: number; contradictions: number };
    rows.push({ size, seconds: figures.seconds, rss: figures.peakRssMb });
    console.log(`  ${String(size).padStart(6)} articles  ${figures.seconds.toFixed(1)} s  ${Math.round(size / figures.seconds)} articles/s  peak RSS ${figures.peakRssMb} MB  ${figures.stories} stories (gold ${figures.goldStories}, B³ F1 ${figures.b3.f1.toFixed(3)})  ${figures.claims} claims  ${figures.contradictions} contradictions`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1]!, rows[i]!];
  console.log(`  ${a.size}→${b.size} (×${(b.size / a.size).toFixed(1)} articles): time ×${(b.seconds / a.seconds).toFixed(2)}, peak RSS ×${(b.rss / a.rss).toFixed(2)}`);
}
