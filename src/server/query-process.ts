// The query process: `storygraph serve` runs the viewer's Cypher in this child process, so a
// query that runs for minutes or crashes the database engine costs this process, never the
// server. The server kills it when a query overruns and starts another. It answers one request at
// a time over IPC; the server queues the rest.
import type { StoreSettings } from '../store/open-store.ts';
import { UserError } from '../user-error.ts';
import type { ProcessOpen, ProcessReply, ProcessRequest } from './query-process-client.ts';
import { ReopeningStore } from './reopening-store.ts';

// The server decides when this process ends: Ctrl-C in the terminal reaches the whole process
// group, and the server must not see its query process die before it has stopped itself.
process.on('SIGINT', () => undefined);
// When the server goes, so does this process, however the server ended.
process.on('disconnect', () => process.exit(0));

// The store settings come as the first message, not as arguments: a password in the command line
// would be readable by every user of the machine.
const settings = await new Promise<StoreSettings>((resolve) => process.once('message', (message: ProcessOpen) => resolve(message.open)));

let store: ReopeningStore | null = null;
/** Opened on first need; a store that cannot be opened is reported on each request (and tried again). */
async function openedStore(): Promise<ReopeningStore> {
  store ??= await ReopeningStore.open(settings);
  return store;
}

// Open before saying ready, so the server's timeout never counts the opening.
await openedStore().catch(() => undefined);
process.on('message', (request: ProcessRequest) => void answer(request));
send({ ready: true });

async function answer({ id, operation, cypher, params }: ProcessRequest): Promise<void> {
  try {
    const store = await openedStore();
    const value =
      operation === 'query' ? await store.query(cypher ?? '', params) : operation === 'readStory' ? await store.readStory() : await store.readArticles();
    send({ id, value });
  } catch (error) {
    // A UserError is the database's answer to the query ("query failed: …"); anything else is a bug.
    if (!(error instanceof UserError)) console.error(error);
    send({ id, error: error instanceof Error ? error.message : String(error), userError: error instanceof UserError });
  }
}

function send(reply: ProcessReply): void {
  process.send?.(reply);
}
