// Reading JSON request bodies (with a hard size limit) and writing JSON responses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body, jsonSafe);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(payload));
  response.setHeader('Cache-Control', 'no-store');
  response.end(payload);
}

/** Database drivers hand back BigInt for 64-bit integers; JSON has no such type. */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  return value;
}

/**
 * Reads a JSON body of at most MAX_BODY_BYTES. Requiring application/json also means a page on
 * another origin cannot post here without a CORS preflight, which this server never grants.
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'send the query as JSON with Content-Type: application/json');
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
}

function tooLarge(): HttpError {
  // Close the connection: the rest of an oversize body is not worth reading.
  return new HttpError(413, `request body is larger than ${MAX_BODY_BYTES / 1024} KB`, { Connection: 'close' });
}
