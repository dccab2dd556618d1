// The extract stage on every core: articles go to a pool of worker threads in small batches, each
// worker takes the next batch when it finishes one, and the results are put back in input order,
// so the extractions are the same, byte for byte, as one thread's (test/parallel-extract.test.ts).
// A small ingest stays on the main thread: starting a worker (loading the tagger's model) costs
// more than extracting a few dozen articles.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Progress } from '../progress.ts';
import { printable } from '../terminal-text.ts';
import type { Article, Extraction } from '../types.ts';
import { extractTriples } from './index.ts';

/** Below this many articles the main thread extracts them alone. */
export const PARALLEL_FROM = 200;
const BATCH = 25;

export interface ParallelOptions {
  /** Worker threads; by default one per core, at most 8. 0 or 1 extracts on the main thread. */
  workers?: number;
  progress?: Progress;
}

export async function extractAll(articles: Article[], options: ParallelOptions = {}): Promise<Extraction[]> {
  const workers = Math.min(options.workers ?? Math.min(availableParallelism(), 8), Math.ceil(articles.length / BATCH));
  if (workers <= 1 || (options.workers === undefined && articles.length < PARALLEL_FROM)) {
    return articles.map((article) => {
      const extraction = extractTriples(article);
      options.progress?.tick(1, printable(article.path));
      return extraction;
    });
  }
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += BATCH) batches.push(articles.slice(i, i + BATCH));
  const results: Extraction[][] = new Array(batches.length);
  let next = 0;
  const pool = Array.from({ length: workers }, () => new Worker(new URL('../../bin/extract-worker.js', import.meta.url)));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              worker.postMessage({ batch, articles: batches[batch] });
            };
            worker.on('message', ({ batch, extractions }: { batch: number; extractions: Extraction[] }) => {
              results[batch] = extractions;
              options.progress?.tick(extractions.length, printable(batches[batch]!.at(-1)!.path));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < batches.length || code !== 0) reject(new Error(`an extract worker stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results.flat();
}
