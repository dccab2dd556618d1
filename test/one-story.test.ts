// Reading one story from the store (the viewer's story view) gives exactly that story's part of
// the whole export, on the embedded store and on Neo4j.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sliceStory } from '../src/export/story-slice.ts';
import { ingestPaths } from '../src/ingest.ts';
import { canonicalOrder } from '../src/store/canonical-order.ts';
import { openStore } from '../src/store/open-store.ts';
import type { GraphStore } from '../src/store/store.ts';
import { repoRoot } from './support/seeds.ts';

const folders = ['examples', 'test/fixtures/heldout-fire', 'test/fixtures/heldout-takeover'].map((f) => path.join(repoRoot, f));
const uri = process.env.NEO4J_TEST_URI;

for (const kind of ['embedded', 'neo4j'] as const) {
  describe.skipIf(kind === 'neo4j' && !uri)(`one story read from the ${kind} store`, () => {
    let store: GraphStore;
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-one-story-'));
    beforeAll(async () => {
      store = await openStore(kind === 'neo4j' ? { neo4j: uri } : { db: path.join(dir, 'db') });
      if (kind === 'neo4j') await store.query('MATCH (n) DETACH DELETE n');
      await ingestPaths(folders, store);
    }, 120_000);
    afterAll(async () => {
      if (kind === 'neo4j') await store?.query('MATCH (n) DETACH DELETE n');
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('equals the slice of the whole export, with the text of its articles only', async () => {
      const all = await store.readStory();
      expect(all.stories).toHaveLength(3);
      for (const { id, articles } of all.stories) {
        const one = (await store.readOneStory!(id))!;
        expect(canonicalOrder(one.story), id).toEqual(canonicalOrder(sliceStory(all, id)!));
        expect(one.articles.map((a) => a.id).sort()).toEqual([...articles].sort());
        expect(one.articles.every((a) => a.text.length > 0)).toBe(true);
      }
      expect(await store.readOneStory!('s:nope')).toBeUndefined();
    });
  });
}
