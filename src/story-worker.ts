// Inside a worker thread (bin/story-worker.js): computes each story it is sent and posts its export back.
import { parentPort } from 'node:worker_threads';
import { analyseStoryArticles } from './analyse-story.ts';
import type { Story } from './stories/index.ts';
import type { Article } from './types.ts';

parentPort!.on('message', ({ job, story, articles }: { job: number; story: Story; articles: Article[] }) => {
  parentPort!.postMessage({ job, story: analyseStoryArticles(story, articles) });
});
