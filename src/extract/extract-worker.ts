// Inside a worker thread: extracts each batch of articles the pool sends and posts the results
// back in the same order. Extraction reads nothing but its article, so a worker gives exactly what
// the main thread would.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../types.ts';
import { extractTriples } from './index.ts';

parentPort!.on('message', ({ batch, articles }: { batch: number; articles: Article[] }) => {
  parentPort!.postMessage({ batch, extractions: articles.map(extractTriples) });
});
