// The story listing read by Cypher from a real embedded store equals the one computed from the
// export (what the in-memory snapshot serves), on a feed of two stories.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/ingest.ts';
import { SnapshotStore } from '../src/server/snapshot-store.ts';
import { openStore } from '../src/store/open-store.ts';
import { listStories, storiesOfExport } from '../src/store/story-list.ts';
import { repoRoot } from './support/seeds.ts';

describe('story listing', () => {
  it('is the same from the database and from the export', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sg-story-list-'));
    const store = await openStore({ db: path.join(dir, 'db') });
    try {
      await ingestPaths([path.join(repoRoot, 'examples'), path.join(repoRoot, 'test/fixtures/heldout-fire')], store);
      const fromDatabase = await listStories(store);
      const story = await store.readStory();
      expect(fromDatabase).toHaveLength(2);
      expect(storiesOfExport(story)).toEqual(fromDatabase);
      expect(await listStories(new SnapshotStore(story))).toEqual(fromDatabase);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
