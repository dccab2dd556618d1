// The store the e2e test serves: the two seed articles plus a hostile one, through the real
// ingest pipeline into a real embedded store, so the viewer sees exactly what a user's ingest
// would give it. The hostile article carries markup in its text; the viewer must show it as text.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../src/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { GraphStore } from '../../src/store/store.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

export const HOSTILE_ARTICLE = [
  'Readers Respond To The Beijing Visit',
  '',
  'A reader wrote <script>window.__pwned=1</script> under the story about the visit.',
  'Another reader posted <img src=x onerror="window.__pwned=2"> as a comment on the tariffs.',
  'Donald Trump will visit Beijing in April, the reader said.',
].join('\n');

export async function openTestStore(dir: string): Promise<GraphStore> {
  const hostile = path.join(dir, 'hostile-comments.txt');
  await writeFile(hostile, HOSTILE_ARTICLE);
  const store = await openStore({ db: path.join(dir, 'db') });
  await ingestPaths([SEEDS_DIR, hostile], store);
  return store;
}

/** The examples (an earthquake told by four outlets) ingested into a store in `dir`. */
export async function openExamplesStore(dir: string): Promise<GraphStore> {
  const store = await openStore({ db: path.join(dir, 'db') });
  await ingestPaths([EXAMPLES_DIR], store);
  return store;
}
