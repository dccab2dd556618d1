// The two calls the viewer makes to its server.
import type { ViewerStory } from '../../src/server/viewer-story.ts';
import type { QueryResult } from '../../src/store/store.ts';

export async function fetchStory(): Promise<ViewerStory> {
  const response = await fetch('/api/story');
  if (!response.ok) throw new Error(await errorMessage(response));
  return (await response.json()) as ViewerStory;
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
