// The viewer's HTTP server: the built web app, the story as JSON and a Cypher endpoint.
// Plain node:http; every route is a small handler and every failure becomes a JSON error here.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { GraphStore } from '../store/store.ts';
import { handleQuery, type QueryRunner } from './api-query.ts';
import { handleStories } from './api-stories.ts';
import { handleStory } from './api-story.ts';
import { clientAbortCode, clientAbortLine } from './client-aborts.ts';
import { HttpError } from './http-errors.ts';
import { sendJson } from './json-io.ts';
import { isAcceptedHostHeader, isLoopbackAddress } from './loopback-host.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { sendStaticFile } from './static-files.ts';
import { DEFAULT_WEB_ROOT } from './web-root.ts';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerOptions {
  /** Answers /api/story, and the Cypher box unless `queries` is given. */
  store: GraphStore;
  /** Runs the Cypher box's queries; `storygraph serve` gives a process of their own (query-process-client.ts). */
  queries?: QueryRunner;
  /** 0 picks any free port; the chosen one is in `RunningServer.url`. */
  port?: number;
  host?: string;
  allowWrites?: boolean;
  /** The built viewer; defaults to dist/web in the repository. */
  webRoot?: string;
  /** The server log, one line per call; defaults to stderr. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const webRoot = path.resolve(options.webRoot ?? DEFAULT_WEB_ROOT);
  const { store } = options;
  const queries = options.queries ?? store;
  const allowWrites = options.allowWrites ?? false;
  const log = options.log ?? ((line: string) => process.stderr.write(`storygraph serve: ${line}\n`));
  const checkHostHeader = isLoopbackAddress(host);

  // Each API route lists the methods it answers; anything else on it is a 405.
  const apiRoutes: Record<string, Record<string, Handler>> = {
    '/api/story': { GET: (request, response) => handleStory(response, store, new URL(request.url ?? '/', 'http://localhost').searchParams.get('story')) },
    '/api/stories': { GET: (_request, response) => handleStories(response, store) },
    '/api/query': { POST: (request, response) => handleQuery(request, response, queries, allowWrites) },
  };

  // One line per hung-up connection: a reset mid-body reaches both the socket and the request.
  const reportedSockets = new WeakSet<object>();
  function reportAbort(code: string, socket: object, request?: http.IncomingMessage): void {
    if (reportedSockets.has(socket)) return;
    reportedSockets.add(socket);
    log(clientAbortLine(code, request));
  }

  const server = http.createServer((request, response) => {
    setSecurityHeaders(response);
    route(request, response).catch((error: unknown) => {
      const aborted = clientAbortCode(error);
      if (!aborted) return sendError(response, error);
      reportAbort(aborted, request.socket, request);
      response.destroy();
    });
  });
  // A socket error outside a handler: the client hung up between requests or mid-request.
  server.on('clientError', (error, socket) => {
    const aborted = clientAbortCode(error);
    if (aborted) reportAbort(aborted, socket);
    else if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    socket.destroy();
  });

  async function route(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (checkHostHeader && !isAcceptedHostHeader(request.headers.host, server.address() as AddressInfo)) {
      throw new HttpError(421, 'this server only answers requests addressed to localhost');
    }
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const method = request.method ?? 'GET';
    const methods = apiRoutes[urlPath];
    if (methods) {
      const handler = methods[method];
      if (!handler) throw new HttpError(405, `${method} is not allowed on ${urlPath}`, { Allow: Object.keys(methods).join(', ') });
      return handler(request, response);
    }
    if (urlPath.startsWith('/api/')) throw new HttpError(404, `no API route ${urlPath}`);
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed on ${urlPath}`, { Allow: 'GET, HEAD' });
    return sendStaticFile(webRoot, urlPath, response, method === 'HEAD');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}/`,
    host: address.address,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function sendError(response: http.ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof HttpError) {
    for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
    sendJson(response, error.status, { error: error.message });
    return;
  }
  // Not the user's fault: keep the detail in the server log, not in the browser.
  console.error(error);
  sendJson(response, 500, { error: 'internal server error (details in the server log)' });
}
