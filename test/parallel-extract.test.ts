// Extraction on worker threads gives what one thread gives, byte for byte and in the same order.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../src/extract/parallel-extract.ts';
import { readArticles } from '../src/read/index.ts';
import { repoRoot } from './support/seeds.ts';

describe('extraction on worker threads', () => {
  it('gives the same extractions as the main thread, in input order', async () => {
    const fixtures = path.join(repoRoot, 'test/fixtures');
    const folders = ['blind-round4', 'blind-round5', 'blind-round6', 'blind-round7'].flatMap((round) =>
      readdirSync(path.join(fixtures, round)).map((name) => path.join(fixtures, round, name)).filter((p) => statSync(p).isDirectory()),
    );
    const { articles } = await readArticles([...folders, path.join(repoRoot, 'examples')]);
    expect(articles.length).toBeGreaterThan(50);
    const single = await extractAll(articles, { workers: 1 });
    const ticks: number[] = [];
    const parallel = await extractAll(articles, { workers: 2, progress: { tick: (n = 1) => ticks.push(n), stop() {} } });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(ticks.reduce((a, b) => a + b, 0)).toBe(articles.length);
  }, 120_000);
});
