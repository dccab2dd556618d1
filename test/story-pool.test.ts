// Stories computed on worker threads give what one thread gives, byte for byte.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import { combineStories } from '../src/export/combine-stories.ts';
import { readArticles } from '../src/read/index.ts';
import { groupIntoStories } from '../src/stories/index.ts';
import { analyseStories } from '../src/story-pool.ts';
import { repoRoot } from './support/seeds.ts';

describe('stories on worker threads', () => {
  it('give the same export as the main thread, and tick progress once per article', async () => {
    const fixtures = path.join(repoRoot, 'test/fixtures');
    const folders = ['blind-round4', 'blind-round5', 'blind-round6', 'blind-round7'].flatMap((round) =>
      readdirSync(path.join(fixtures, round)).map((name) => path.join(fixtures, round, name)).filter((p) => statSync(p).isDirectory()),
    );
    const { articles } = await readArticles([...folders, path.join(repoRoot, 'examples')]);
    const single = buildStory(articles);
    expect(single.stories.length, 'a feed of many stories').toBeGreaterThan(10);
    const ticks: number[] = [];
    const stories = groupIntoStories(articles);
    const parallel = combineStories(
      await analyseStories(stories, new Map(articles.map((a) => [a.id, a])), { workers: 2, progress: { tick: (n = 1) => ticks.push(n), stop() {} } }),
    );
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(ticks.reduce((a, b) => a + b, 0)).toBe(articles.length);
  }, 180_000);
});
