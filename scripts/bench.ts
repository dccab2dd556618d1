// `npm run bench`: throughput of the pipeline on news-like text built from our own examples.
// Prints medians of several runs; compares extraction with compromise's bare parse of the same text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { extractTriples } from '../src/extract/index.ts';
import type { Article } from '../src/types.ts';

const examplesDir = path.resolve(import.meta.dirname, '../examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(examplesDir, f), 'utf8'));
const args = new Set(process.argv.slice(2));

/** Varies names and numbers per copy, so caches keyed on names do not make copies free. */
function corpus(minBytes: number): Article[] {
  const articles: Article[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const [k, text] of examples.entries()) {
      const varied = text.replace(/\b(\d+)\b/g, (n) => String(Number(n) + (copy % 7))).replace(/\b([A-Z][a-z]{3,})\b/g, (w) => (copy % 3 === 0 ? w : `${w}${String.fromCharCode(97 + (copy % 26))}`));
      articles.push({ id: `b${copy}-${k}`, title: '', outlet: `Outlet ${k}`, published: null, path: `bench/${copy}-${k}.txt`, text: varied });
      bytes += Buffer.byteLength(varied);
    }
  }
  return articles;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(work: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = work();
  return { seconds: (performance.now() - start) / 1000, result };
}

function peakHeapMb(): number {
  return Math.round(process.memoryUsage().rss / 1e6);
}

function benchExtraction(): void {
  const articles = corpus(1_000_000);
  const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  // Warm-up: model loading and JIT are not what a long ingest pays per article.
  for (const a of articles.slice(0, 20)) extractTriples(a);
  let sentences = 0;
  const ours: number[] = [];
  const bare: number[] = [];
  const tagger: number[] = [];
  const wink = winkNLP(winkModel);
  for (let run = 0; run < 3; run++) {
    const timed = time(() => articles.reduce((n, a) => n + extractTriples(a).sentences.length, 0));
    sentences = timed.result;
    ours.push(timed.seconds);
    bare.push(time(() => articles.forEach((a) => nlp(a.text))).seconds);
    tagger.push(time(() => articles.forEach((a) => wink.readDoc(a.text).tokens().out(wink.its.pos))).seconds);
  }
  const oursS = median(ours);
  const bareS = median(bare);
  const taggerS = median(tagger);
  console.log(`extract: ${articles.length} articles, ${megabytes.toFixed(2)} MB, ${sentences} sentences, median of 3 runs`);
  console.log(`  storygraph extract     ${oursS.toFixed(2)} s  ${Math.round(sentences / oursS)} sentences/s  ${Math.round(articles.length / oursS)} articles/s`);
  console.log(`  compromise nlp(text)   ${bareS.toFixed(2)} s  ${Math.round(sentences / bareS)} sentences/s`);
  console.log(`  wink-nlp tagging only  ${taggerS.toFixed(2)} s  ${Math.round(sentences / taggerS)} sentences/s`);
  console.log(`  ratio storygraph / compromise time: ${(oursS / bareS).toFixed(2)}×   peak RSS ${peakHeapMb()} MB`);
}

async function benchIngest(): Promise<void> {
  const { buildStory } = await import('../src/ingest.ts');
  console.log('ingest (extract → resolve → merge → compare), in memory, one story told 50/200/800 times:');
  const all = corpus(3_000_000);
  const rows: { n: number; seconds: number }[] = [];
  for (const n of [50, 200, 800]) {
    const articles = all.slice(0, n);
    const stages: Record<string, number> = {};
    const stopwatch = <T>(stage: string, work: () => T): T => {
      const timed = time(work);
      stages[stage] = (stages[stage] ?? 0) + timed.seconds;
      return timed.result;
    };
    const story = buildStory(articles, undefined, stopwatch);
    const seconds = Object.values(stages).reduce((sum, s) => sum + s, 0);
    const claims = story.claims.length;
    const contradictions = story.contradictions.length;
    rows.push({ n, seconds });
    const perStage = Object.entries(stages).map(([stage, s]) => `${stage} ${s.toFixed(2)}`).join(', ');
    console.log(`  ${String(n).padStart(4)} articles  ${seconds.toFixed(2)} s  ${Math.round(n / seconds)} articles/s  ${claims} claims  ${contradictions} contradictions  peak RSS ${peakHeapMb()} MB`);
    console.log(`        stages (s): ${perStage}`);
  }
  const [a, b, c] = rows;
  console.log(`  growth: 50→200 ×${(b!.seconds / a!.seconds).toFixed(1)} (4× articles), 200→800 ×${(c!.seconds / b!.seconds).toFixed(1)} (4× articles)`);
}

async function benchStore(): Promise<void> {
  try {
    const { benchStoreLoad } = await import('./bench-store.ts');
    const figures = await benchStoreLoad(20_000);
    console.log('store loading:');
    console.log(`  ${JSON.stringify(figures)}`);
  } catch (error) {
    console.log(`store loading: skipped (${(error as Error).message})`);
  }
}

async function benchViewerSection(): Promise<void> {
  const { existsSync } = await import('node:fs');
  if (!existsSync('/usr/bin/chromium')) {
    console.log('viewer: skipped (no /usr/bin/chromium; apt-get install chromium)');
    return;
  }
  const { benchViewer } = await import('./bench-viewer.ts');
  const figures = await benchViewer(5000);
  console.log('viewer (headless chromium, synthetic story):');
  console.log(`  ${JSON.stringify(figures)}`);
}

const only = (name: string) => args.size === 0 || args.has(name);
if (only('extract')) benchExtraction();
if (only('ingest')) await benchIngest();
if (only('store')) await benchStore();
if (only('viewer')) await benchViewerSection();
