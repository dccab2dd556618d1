// The two calls the viewer makes to its server.
import type { ViewerStory } from '../../src/server/viewer-story.ts';
import type { QueryResult } from '../../src/store/store.ts';
import type { StoryListing } from '../../src/store/story-list.ts';

/** One story, or every story when `story` is null. */
export async function fetchStory(story: string | null = null): Promise<ViewerStory> {
  const response = await fetch(story === null ? '/api/story' : `/api/story?story=${encodeURIComponent(story)}`);
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as ViewerStory;
}

export async function fetchStories(): Promise<StoryListing[]> {
  const response = await fetch('/api/stories');
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as StoryListing[];
}

export async function runQuery(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
  const response = await fetch('/api/query', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher, params }),
  });
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as QueryResult;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    return body.error ?? `${response.status} ${response.statusText}`;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}
