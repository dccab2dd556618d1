// `storygraph serve`: wiring only; the work lives in the pipeline stages.
//
// Two readers of the store: this process answers /api/story from a read-only store that follows
// `storygraph ingest` (reopening-store.ts), and a child process runs the Cypher box's queries
// under a time limit (query-process-client.ts), so no query can freeze or crash the server. With
// --allow-writes the child opens the store for writing and answers /api/story as well: the
// embedded database has one writer, and a reader beside it could not see what the writer has not
// yet checkpointed.
import { InvalidArgumentError, type Command } from 'commander';
import { createServer, DEFAULT_HOST, DEFAULT_PORT, type RunningServer } from '../server/create-server.ts';
import { isLoopbackAddress } from '../server/loopback-host.ts';
import { QueryProcess } from '../server/query-process-client.ts';
import { ReopeningStore } from '../server/reopening-store.ts';
import { assertViewerBuilt, DEFAULT_WEB_ROOT } from '../server/web-root.ts';
import type { GraphStore } from '../store/store.ts';
import { UserError } from '../user-error.ts';

export const DEFAULT_QUERY_TIMEOUT_SECONDS = 10;
/** How long stopping may take before the process exits regardless. */
const STOP_GRACE_MS = 2000;

interface ServeOptions {
  db?: string;
  neo4j?: string;
  port: number;
  host: string;
  allowWrites?: boolean;
  queryTimeout: number;
  webRoot?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the claim graph viewer and a Cypher endpoint (read-only unless --allow-writes)')
    .option('--db <dir>', 'embedded database directory (default ./.storygraph)')
    .option('--neo4j <url>', 'Neo4j Bolt URL instead of the embedded database, e.g. bolt://localhost:7687')
    .option('--port <n>', 'port to listen on; 0 picks a free one', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'address to bind; anything but loopback exposes the graph to the network', DEFAULT_HOST)
    .option('--allow-writes', 'let the Cypher box change the database')
    .option('--query-timeout <seconds>', 'stop a Cypher query that runs longer than this', parseSeconds, DEFAULT_QUERY_TIMEOUT_SECONDS)
    .option('--web-root <dir>', 'serve a viewer built elsewhere (default: dist/web)')
    .action(serve);
}

async function serve(options: ServeOptions): Promise<void> {
  if (options.db !== undefined && options.neo4j !== undefined) throw new UserError('use either --db or --neo4j, not both');
  const allowWrites = options.allowWrites ?? false;
  const settings = { db: options.db, neo4j: options.neo4j, existing: true };
  // The store first: without a database there is nothing to view, whatever the build.
  const reader = await ReopeningStore.open({ ...settings, readOnly: true });
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  try {
    assertViewerBuilt(webRoot);
  } catch (error) {
    await reader.close();
    throw error;
  }
  const location = reader.location;
  if (allowWrites) await reader.close();
  const queries = new QueryProcess({
    settings: { ...settings, readOnly: !allowWrites },
    queryTimeoutMs: options.queryTimeout * 1000,
    location,
  });
  const stories: GraphStore = allowWrites ? queries : reader;

  let server: RunningServer;
  try {
    server = await createServer({ store: stories, queries, port: options.port, host: options.host, allowWrites, webRoot });
  } catch (error) {
    await queries.close();
    await stories.close();
    throw listenError(error, options);
  }

  process.stdout.write(`${server.url}\n`);
  const notes = [
    `serving ${location}`,
    allowWrites ? 'writes ALLOWED from the Cypher box' : 'read-only',
    `queries stop after ${options.queryTimeout} s`,
    isLoopbackAddress(options.host) ? null : `listening on ${options.host}: anyone who can reach it can read the graph`,
    'Ctrl-C to stop',
  ];
  process.stderr.write(`${notes.filter(Boolean).join('; ')}\n`);

  await stopSignal(() => {
    // A second Ctrl-C while stopping: stop now.
    void queries.close();
    process.exit(1);
  });
  // Whatever still runs (a query in the child, a story read) must not keep the server up.
  const stopping = (async () => {
    await queries.close();
    await server.close();
    await stories.close();
  })();
  await Promise.race([stopping, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
  // A database handle still busy in native code could keep the process alive; it is not wanted.
  setTimeout(() => process.exit(0), 500).unref();
}

/** Resolves on the first SIGINT or SIGTERM; calls `again` on any later one. */
function stopSignal(again: () => void): Promise<void> {
  return new Promise<void>((resolve) => {
    let received = false;
    const stop = () => {
      if (received) again();
      received = true;
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > 24 * 3600) {
    throw new InvalidArgumentError('a number of seconds above 0, at most 86400');
  }
  return seconds;
}

function listenError(error: unknown, options: ServeOptions): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new UserError(`port ${options.port} on ${options.host} is already in use (try --port 0 for any free port)`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new UserError(`cannot listen on ${options.host}: no such local address`);
  if (code === 'EACCES') return new UserError(`not allowed to listen on port ${options.port} (ports below 1024 need privileges)`);
  return error;
}
