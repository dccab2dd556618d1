// Stories on every core: each story (its articles, in id order) goes to one of a pool of worker
// threads, and the exports come back in story order. Each story is computed alone
// (analyse-story.ts), so on our test corpora the result is the same, byte for byte, as one
// thread's (test/story-pool.test.ts); see the note on the tagger below for the exception. A small
// ingest stays on the main thread: starting a worker (loading the tagger's model and WordNet)
// costs more than a few dozen articles.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseStoryArticles } from './analyse-story.ts';
import type { Progress } from './progress.ts';
import { printable } from './terminal-text.ts';
import type { Story } from './stories/index.ts';
import type { Article, StoryExport } from './types.ts';

/** Below this many articles the main thread computes every story alone. */
export const PARALLEL_FROM = 200;

export interface PoolOptions {
  /** Worker threads; by default one per core, at most 8. 0 or 1 computes on the main thread. */
  workers?: number;
  progress?: Progress;
}

export async function analyseStories(stories: Story[], articles: Map<string, Article>, options: PoolOptions = {}): Promise<StoryExport[]> {
  const total = stories.reduce((sum, s) => sum + s.articles.length, 0);
  const workers = Math.min(options.workers ?? Math.min(availableParallelism(), 8), stories.length);
  const membersOf = (story: Story) => story.articles.map((id) => articles.get(id)!);
  if (workers <= 1 || (options.workers === undefined && total < PARALLEL_FROM)) {
    return stories.map((story) => {
      const done = analyseStoryArticles(story, membersOf(story));
      options.progress?.tick(story.articles.length, printable(story.label));
      return done;
    });
  }
  // Each worker's list is fixed before any work starts (largest story first, each to the worker
  // with the fewest articles so far), never decided by which worker happens to finish first: the
  // tagger learns unknown words as it reads, so a story's result may depend (rarely, slightly) on
  // which stories its thread read before, and a fixed assignment makes that reproducible.
  const order = stories.map((_, i) => i).sort((a, b) => stories[b]!.articles.length - stories[a]!.articles.length || a - b);
  const lists: number[][] = Array.from({ length: workers }, () => []);
  const load = new Array<number>(workers).fill(0);
  for (const job of order) {
    const lightest = load.indexOf(Math.min(...load));
    lists[lightest]!.push(job);
    load[lightest]! += stories[job]!.articles.length;
  }
  const results: StoryExport[] = new Array(stories.length);
  const pool = Array.from({ length: workers }, () => new Worker(new URL('../bin/story-worker.js', import.meta.url)));
  try {
    await Promise.all(
      pool.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            const list = lists[w]!;
            let next = 0;
            const send = () => {
              if (next >= list.length) return resolve();
              const job = list[next++]!;
              worker.postMessage({ job, story: stories[job], articles: membersOf(stories[job]!) });
            };
            worker.on('message', ({ job, story }: { job: number; story: StoryExport }) => {
              results[job] = story;
              options.progress?.tick(stories[job]!.articles.length, printable(stories[job]!.label));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < list.length || code !== 0) reject(new Error(`a story worker stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
