// GET /api/story[?story=s:…]: read fresh from the store on each request, so a concurrent ingest shows
// up on reload. With `story`, only that story (the viewer opens one story at a time); without, all.
import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../store/store.ts';
import { HttpError } from './http-errors.ts';
import { sendJson } from './json-io.ts';
import { QueryProcessError } from './query-process-client.ts';
import { buildViewerStory } from './viewer-story.ts';
import { readOneStory } from '../store/read-one-story.ts';

export async function handleStory(response: ServerResponse, store: GraphStore, storyId: string | null = null): Promise<void> {
  let story, articles;
  try {
    if (storyId === null) [story, articles] = await Promise.all([store.readStory(), store.readArticles()]);
    else {
      const one = await readOneStory(store, storyId);
      if (!one) throw new HttpError(404, `no story ${storyId}`);
      ({ story, articles } = one);
    }
  } catch (error) {
    // With --allow-writes the query process reads the story; its crash is already one line in the log.
    if (error instanceof QueryProcessError) throw new HttpError(500, error.message);
    throw error;
  }
  sendJson(response, 200, buildViewerStory(story, articles));
}
