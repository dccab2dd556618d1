// The server's side of the query process (query-process.ts): starts it, hands it one request at a
// time, kills it when a query overruns its time or when the server stops, and starts a new one.
// A query that hangs or crashes the database engine costs one request and a restart, and the
// server itself keeps answering.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StoreSettings } from '../store/open-store.ts';
import type { GraphStore, QueryResult, Row } from '../store/store.ts';
import type { Article, StoryExport } from '../types.ts';
import { UserError } from '../user-error.ts';

export type ProcessOperation = 'query' | 'readStory' | 'readArticles';

export interface ProcessRequest {
  id: number;
  operation: ProcessOperation;
  cypher?: string;
  params?: Row;
}

/** The first message to a new query process: what to open. */
export interface ProcessOpen {
  open: StoreSettings;
}

export type ProcessReply = { ready: true } | { id: number; value: unknown } | { id: number; error: string; userError: boolean };

/** The query ran longer than the server allows; its process was killed. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

/** The query process died while running a request, or could not start. */
export class QueryProcessError extends Error {
  override name = 'QueryProcessError';
}

/** Too many requests are already waiting for the query process. */
export class QueryQueueFullError extends Error {
  override name = 'QueryQueueFullError';
}

export interface QueryProcessOptions {
  /** Opens the store in the child; `readOnly` decides whether Cypher may write. */
  settings: StoreSettings;
  /** How long one query may run before its process is killed. */
  queryTimeoutMs: number;
  /** Where the store is, for messages ("embedded store at ./.storygraph"). */
  location: string;
  /** One line per event worth a line in the server log. */
  log?: (line: string) => void;
}

const CHILD_MODULE = fileURLToPath(new URL('./query-process.ts', import.meta.url));
// The TypeScript loader bin/storygraph.js uses, found from this file so any working directory will do.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
/** Requests beyond this many waiting are refused rather than queued for minutes. */
const MAX_WAITING = 16;

interface Pending {
  request: ProcessRequest;
  timeoutMs: number | null;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class QueryProcess implements GraphStore {
  readonly location: string;
  private child: ChildProcess | null = null;
  private ready = false;
  private running: Pending | null = null;
  private readonly waiting: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;
  private readonly log: (line: string) => void;

  constructor(private readonly options: QueryProcessOptions) {
    this.location = options.location;
    this.log = options.log ?? ((line) => process.stderr.write(`storygraph serve: ${line}\n`));
    // Started now, so the first query does not wait for a process to start.
    this.start();
  }

  async query(cypher: string, params: Row = {}): Promise<QueryResult> {
    return (await this.request({ operation: 'query', cypher, params }, this.options.queryTimeoutMs)) as QueryResult;
  }

  // The store's own reads: no time limit, they are the story the viewer cannot do without.
  async readStory(): Promise<StoryExport> {
    return (await this.request({ operation: 'readStory' }, null)) as StoryExport;
  }

  async readArticles(): Promise<Article[]> {
    return (await this.request({ operation: 'readArticles' }, null)) as Article[];
  }

  async writeStory(): Promise<void> {
    throw new Error('the query process does not write stories');
  }

  /** Kills the process, whatever it is running, and refuses what was waiting. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the server is stopping');
    const pending = [...(this.running ? [this.running] : []), ...this.waiting.splice(0)];
    this.finishRunning();
    this.kill();
    for (const request of pending) request.reject(stopped);
  }

  /** The process id of the running query process, if there is one. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private request(request: Omit<ProcessRequest, 'id'>, timeoutMs: number | null): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the server is stopping'));
    if (this.waiting.length >= MAX_WAITING) {
      return Promise.reject(new QueryQueueFullError(`${MAX_WAITING} queries are already waiting; try again when they are done`));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { ...request, id: this.nextId++ }, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  /** Sends the next waiting request when the process is ready and idle, starting a process if none runs. */
  private pump(): void {
    if (this.closed || this.running || this.waiting.length === 0) return;
    if (this.child === null) this.start();
    if (!this.ready || this.child === null) return;
    const pending = this.waiting.shift()!;
    try {
      this.child.send(pending.request);
    } catch (error) {
      // A request that cannot be sent (too deep to serialise) fails alone.
      pending.reject(error instanceof Error ? error : new Error(String(error)));
      this.pump();
      return;
    }
    this.running = pending;
    if (pending.timeoutMs !== null) this.timer = setTimeout(() => this.overran(pending), pending.timeoutMs);
  }

  private start(): void {
    const child = fork(CHILD_MODULE, [], {
      execArgv: ['--import', TSX_LOADER],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    this.ready = false;
    child.on('message', (reply: ProcessReply) => this.received(child, reply));
    child.on('exit', (code, signal) => this.exited(child, signal ?? `exit code ${code}`));
    child.on('error', (error) => this.exited(child, error.message));
    const open: ProcessOpen = { open: this.options.settings };
    child.send(open);
  }

  private received(child: ChildProcess, reply: ProcessReply): void {
    if (child !== this.child) return;
    if ('ready' in reply) {
      this.ready = true;
      this.pump();
      return;
    }
    const pending = this.running;
    if (!pending || pending.request.id !== reply.id) return;
    this.finishRunning();
    if ('error' in reply) pending.reject(reply.userError ? new UserError(reply.error) : new Error(reply.error));
    else pending.resolve(reply.value);
    this.pump();
  }

  /** The process ended without being asked to: a crash while running, or a failure to start. */
  private exited(child: ChildProcess, how: string): void {
    if (child !== this.child) return;
    const wasReady = this.ready;
    this.child = null;
    this.ready = false;
    const pending = this.running;
    this.finishRunning();
    if (!wasReady) {
      // Starting again would fail again: refuse what waits, and try anew on the next request.
      const failure = new QueryProcessError(`the query process could not start (${how})`);
      this.log(failure.message);
      for (const request of this.waiting.splice(0)) request.reject(failure);
      return;
    }
    const crash = `the database process stopped (${how}) while running ${whatWasRunning(pending)}; a new one was started`;
    this.log(crash);
    pending?.reject(new QueryProcessError(crash));
    if (!this.closed) this.start();
  }

  private overran(pending: Pending): void {
    if (this.running !== pending) return;
    this.finishRunning();
    this.kill();
    const seconds = (pending.timeoutMs ?? 0) / 1000;
    this.log(`a query ran for more than ${seconds} s; its process was stopped and a new one started`);
    pending.reject(new QueryTimeoutError(`the query ran for more than ${seconds} s and was stopped (serve --query-timeout sets the limit)`));
    if (!this.closed) this.start();
  }

  private finishRunning(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
  }

  /** Kills the current process; forgetting it first tells `exited` that this end was asked for. */
  private kill(): void {
    const child = this.child;
    this.child = null;
    this.ready = false;
    child?.kill('SIGKILL');
  }
}

function whatWasRunning(pending: Pending | null): string {
  if (!pending) return 'nothing';
  return pending.request.operation === 'query' ? 'a query' : 'a story read';
}
