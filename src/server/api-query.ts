// POST /api/query {cypher, params} → {columns, rows}. Read-only unless the server allows writes.
// Everything that can be refused is refused here, before the query reaches the database: a body
// that is not a query, a query too long or too deep, nested parameters, a write, a parameter the
// query names but the request does not give.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphStore, Row } from '../store/store.ts';
import { HttpError } from './http-errors.ts';
import { readJsonBody, sendJson } from './json-io.ts';
import { QueryProcessError, QueryQueueFullError, QueryTimeoutError } from './query-process-client.ts';
import { queryLimitMessage } from './query-limits.ts';
import { missingParameterMessage, nestedParameterMessage } from './query-parameters.ts';
import { checkReadOnly } from './write-guard.ts';

export interface QueryRequest {
  cypher: string;
  params: Row;
}

/** What runs the queries: the store itself, or a process of its own (query-process-client.ts). */
export type QueryRunner = Pick<GraphStore, 'query'>;

export async function handleQuery(request: IncomingMessage, response: ServerResponse, queries: QueryRunner, allowWrites: boolean): Promise<void> {
  const { cypher, params } = parseQueryRequest(await readJsonBody(request));
  const tooLarge = queryLimitMessage(cypher) ?? nestedParameterMessage(params);
  if (tooLarge) throw new HttpError(400, tooLarge);
  if (!allowWrites) {
    const verdict = checkReadOnly(cypher);
    if (!verdict.allowed) throw new HttpError(403, verdict.reason);
  }
  const missing = missingParameterMessage(cypher, params);
  if (missing) throw new HttpError(400, missing);
  let result;
  try {
    result = await queries.query(cypher, params);
  } catch (error) {
    throw queryError(error);
  }
  sendJson(response, 200, result);
}

function queryError(error: unknown): HttpError {
  if (error instanceof QueryTimeoutError) return new HttpError(504, error.message);
  if (error instanceof QueryProcessError) return new HttpError(500, error.message);
  if (error instanceof QueryQueueFullError) return new HttpError(503, error.message, { 'Retry-After': '5' });
  // The database's own message is the most useful thing to show next to the query box.
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new HttpError(400, message.startsWith('query failed') ? message : `query failed: ${message}`);
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
