// GET /api/story: read fresh from the store on each request, so a concurrent ingest shows up on reload.
import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../store/store.ts';
import { sendJson } from './json-io.ts';
import { buildViewerStory } from './viewer-story.ts';

export async function handleStory(response: ServerResponse, store: GraphStore): Promise<void> {
  const [story, articles] = await Promise.all([store.readStory(), store.readArticles()]);
  sendJson(response, 200, buildViewerStory(story, articles));
}
