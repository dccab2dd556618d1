// `storygraph remove`: takes articles out of the store and recomputes everything over the rest, so
// claims, facts, contradictions and stories are as if the removed articles had never been ingested.
import path from 'node:path';
import { buildStoryInParallel } from './ingest.ts';
import type { GraphStore } from './store/store.ts';
import type { Article, StoryExport } from './types.ts';
import { UserError } from './user-error.ts';

export interface RemoveResult {
  removed: Article[];
  story: StoryExport;
}

/**
 * Each name is an article id or the path it was ingested from (as given then, or resolved). A
 * name that matches no stored article is an error and nothing is removed: a typo must not pass
 * for a removal.
 */
export async function removeArticles(names: string[], store: GraphStore): Promise<RemoveResult> {
  const release = await store.lockForIngest?.();
  try {
    return await removeFrom(names, store);
  } finally {
    await release?.();
  }
}

async function removeFrom(names: string[], store: GraphStore): Promise<RemoveResult> {
  const stored = await store.readArticles();
  const removed = new Map<string, Article>();
  for (const name of names) {
    const matches = stored.filter((a) => a.id === name || a.path === name || path.resolve(a.path) === path.resolve(name));
    if (matches.length === 0) throw new UserError(`no stored article has the id or path ${name}; nothing was removed`);
    for (const article of matches) removed.set(article.id, article);
  }
  const kept = stored.filter((a) => !removed.has(a.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const story = await buildStoryInParallel(kept);
  await store.writeStory(story, kept, { removedArticles: [...removed.keys()] });
  return { removed: [...removed.values()], story };
}
