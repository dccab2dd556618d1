// `storygraph serve`: wiring only; the work lives in the pipeline stages.
import { InvalidArgumentError, type Command } from 'commander';
import { createServer, DEFAULT_HOST, DEFAULT_PORT } from '../server/create-server.ts';
import { isLoopbackAddress } from '../server/loopback-host.ts';
import { assertViewerBuilt } from '../server/web-root.ts';
import { openStore } from '../store/open-store.ts';
import { UserError } from '../user-error.ts';

interface ServeOptions {
  db?: string;
  neo4j?: string;
  port: number;
  host: string;
  allowWrites?: boolean;
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
    .action(serve);
}

async function serve(options: ServeOptions): Promise<void> {
  if (options.db !== undefined && options.neo4j !== undefined) throw new UserError('use either --db or --neo4j, not both');
  // The store first: without a database there is nothing to view, whatever the build.
  const store = await openStore({ db: options.db, neo4j: options.neo4j, existing: true });
  try {
    assertViewerBuilt();
  } catch (error) {
    await store.close();
    throw error;
  }
  let server;
  try {
    server = await createServer({ store, port: options.port, host: options.host, allowWrites: options.allowWrites ?? false });
  } catch (error) {
    await store.close();
    throw listenError(error, options);
  }

  process.stdout.write(`${server.url}\n`);
  const notes = [
    `serving ${store.location}`,
    options.allowWrites ? 'writes ALLOWED from the Cypher box' : 'read-only',
    isLoopbackAddress(options.host) ? null : `listening on ${options.host}: anyone who can reach it can read the graph`,
    'Ctrl-C to stop',
  ];
  process.stderr.write(`${notes.filter(Boolean).join('; ')}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await store.close();
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function listenError(error: unknown, options: ServeOptions): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new UserError(`port ${options.port} on ${options.host} is already in use (try --port 0 for any free port)`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new UserError(`cannot listen on ${options.host}: no such local address`);
  if (code === 'EACCES') return new UserError(`not allowed to listen on port ${options.port} (ports below 1024 need privileges)`);
  return error;
}
