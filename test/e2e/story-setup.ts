// The store the e2e test serves. Today: the fixture story written through the real embedded
// store (so Cypher in the query box runs against a real database). When the ingest pipeline
// is complete (src/ingest.ts and src/export/story-export.ts), the seeds and a hostile article go
// through it here instead; the test reads its expectations from /api/story, so it does not change.
import path from 'node:path';
import { openStore } from '../../src/store/open-store.ts';
import type { GraphStore } from '../../src/store/store.ts';
import { fixtureArticles, fixtureStory } from './fixture-story.ts';

export async function openTestStore(dir: string): Promise<GraphStore> {
  const store = await openStore({ db: path.join(dir, 'db') });
  await store.writeStory(fixtureStory, fixtureArticles);
  return store;
}
