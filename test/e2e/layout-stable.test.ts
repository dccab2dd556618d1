// The same story is the same picture on every load: the layout's starting positions come from the
// story, not from the moment. Two loads whose pages draw different Math.random sequences must place
// every entity at the same point.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { GraphStore } from '../../src/store/store.ts';
import { mustRunBrowserTests } from './browser.ts';
import { openViewer } from './viewer-session.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe.runIf(mustRunBrowserTests)('graph layout', () => {
  let dir: string;
  let store: GraphStore;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-layout-'));
    store = await openStore({ db: path.join(dir, 'db') });
    await ingestPaths([path.join(repoRoot, 'examples')], store);
  });

  afterAll(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function positions(randomSeed: number): Promise<Record<string, [number, number]>> {
    const viewer = await openViewer(store, path.join(dir, `load-${randomSeed}`), '', randomSeed);
    try {
      return await viewer.page.evaluate(() =>
        Object.fromEntries(window.__cy!.nodes().map((node) => [node.id(), [Math.round(node.position('x')), Math.round(node.position('y'))] as [number, number]])),
      );
    } finally {
      await viewer.close();
    }
  }

  it('places every entity at the same point on two loads with different page randomness', async () => {
    const first = await positions(1);
    const second = await positions(987654321);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  }, 120_000);
});
