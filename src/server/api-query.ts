// POST /api/query {cypher, params} → {columns, rows}. Read-only unless the server allows writes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphStore, Row } from '../store/store.ts';
import { HttpError } from './http-errors.ts';
import { readJsonBody, sendJson } from './json-io.ts';
import { checkReadOnly } from './write-guard.ts';

export interface QueryRequest {
  cypher: string;
  params: Row;
}

export async function handleQuery(request: IncomingMessage, response: ServerResponse, store: GraphStore, allowWrites: boolean): Promise<void> {
  const { cypher, params } = parseQueryRequest(await readJsonBody(request));
  if (!allowWrites) {
    const verdict = checkReadOnly(cypher);
    if (!verdict.allowed) throw new HttpError(403, verdict.reason);
  }
  let result;
  try {
    result = await store.query(cypher, params);
  } catch (error) {
    // The database's own message is the most useful thing to show next to the query box.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new HttpError(400, message.startsWith('query failed') ? message : `query failed: ${message}`);
  }
  sendJson(response, 200, result);
}

export function parseQueryRequest(body: unknown): QueryRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'send {"cypher": "…", "params": {…}}');
  }
  const { cypher, params = {} } = body as Record<string, unknown>;
  if (typeof cypher !== 'string' || cypher.trim() === '') throw new HttpError(400, '"cypher" must be a non-empty string');
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new HttpError(400, '"params" must be an object');
  return { cypher, params: params as Row };
}
