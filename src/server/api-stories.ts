// GET /api/stories: the stored stories with their counts, largest first (the viewer's story list).
import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../store/store.ts';
import { listStories } from '../store/story-list.ts';
import { HttpError } from './http-errors.ts';
import { sendJson } from './json-io.ts';
import { QueryProcessError } from './query-process-client.ts';

export async function handleStories(response: ServerResponse, store: GraphStore): Promise<void> {
  try {
    sendJson(response, 200, await listStories(store));
  } catch (error) {
    if (error instanceof QueryProcessError) throw new HttpError(500, error.message);
    throw error;
  }
}
