// GET /api/story[?story=s:…]: read fresh from the store on each request, so a concurrent ingest shows
// up on reload. With `story`, only that story (the viewer opens one story at a time); without, all.
import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../store/store.ts';
import { HttpError } from './http-errors.ts';
import { sendJson } from './json-io.ts';
import { QueryProcessError } from './query-process-client.ts';
import { buildViewerStory } from './viewer-story.ts';
import { sliceStory } from '../export/story-slice.ts';

export async function handleStory(response: ServerResponse, store: GraphStore, storyId: string | null = null): Promise<void> {
  let story, articles;
  try {
    if (storyId !== null && store.readOneStory) {
      const one = await store.readOneStory(storyId);
      if (!one) throw new HttpError(404, `no story ${storyId}`);
      sendJson(response, 200, buildViewerStory(one.story, one.articles));
      return;
    }
    [story, articles] = await Promise.all([store.readStory(), store.readArticles()]);
  } catch (error) {
    // With --allow-writes the query process reads the story; its crash is already one line in the log.
    if (error instanceof QueryProcessError) throw new HttpError(500, error.message);
    throw error;
  }
  if (storyId !== null) {
    const one = sliceStory(story, storyId);
    if (!one) throw new HttpError(404, `no story ${storyId}`);
    story = one;
  }
  sendJson(response, 200, buildViewerStory(story, articles));
}
