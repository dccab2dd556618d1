// `storygraph serve` as a user runs it: a real process on the examples graph, real HTTP, real
// sockets. A query that would run for minutes is stopped at --query-timeout while /api/story keeps
// answering; a query that crashes the database engine costs one request; a later ingest shows up
// without a restart; a client hanging up is one line in the log; SIGTERM stops everything.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryProcess, QueryProcessError } from '../src/server/query-process-client.ts';
import { repoRoot } from './support/seeds.ts';

const CLI = path.join(repoRoot, 'bin/storygraph.js');
const EXAMPLES = path.join(repoRoot, 'examples');
const FIRST_THREE = ['01-calderra-daily-wire.txt', '02-coastline-today.txt', '03-harbor-ledger.txt'];
const FOURTH = '04-northern-herald.txt';
/** Four-way cartesian product over every node of the examples graph: billions of rows, minutes of work. */
const ENDLESS_QUERY = "MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'none' RETURN count(*) AS n";

interface Serving {
  process: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

let dir: string;
let db: string;
let webRoot: string;

function storygraph(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts `storygraph serve` and waits for the URL it prints. */
async function serve(...args: string[]): Promise<Serving> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', '--web-root', webRoot, ...args], { cwd: repoRoot });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  // Ready once the URL is out and the notes line ends in "Ctrl-C to stop".
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (stdout.includes('\n') && stderr.includes('Ctrl-C to stop\n')) {
        clearInterval(poll);
        resolve();
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
  return { process: child, url: stdout.split('\n')[0], stderr: () => stderr, exited };
}

async function postQuery(server: Serving, cypher: string): Promise<{ status: number; body: { error?: string; rows?: Record<string, unknown>[] } }> {
  const response = await fetch(new URL('/api/query', server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher }),
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

async function storyArticles(server: Serving): Promise<number> {
  const response = await fetch(new URL('/api/story', server.url));
  expect(response.status).toBe(200);
  return ((await response.json()) as { articles: unknown[] }).articles.length;
}

/** The process ids of a process's children (the query process). */
function childrenOf(pid: number): number[] {
  const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  return out.split('\n').map((line) => Number(line.trim())).filter((child) => child > 0);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'storygraph-serve-'));
  db = path.join(dir, 'db');
  webRoot = path.join(dir, 'web');
  mkdirSync(webRoot);
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>viewer</title>');
  const first = path.join(dir, 'first');
  mkdirSync(first);
  for (const file of FIRST_THREE) copyFileSync(path.join(EXAMPLES, file), path.join(first, file));
  const ingest = storygraph('ingest', first, '--db', db);
  expect(ingest.code, ingest.stderr).toBe(0);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('storygraph serve, read-only, with --query-timeout 3', () => {
  let server: Serving;

  beforeAll(async () => {
    server = await serve('--query-timeout', '3');
  });

  afterAll(async () => {
    server?.process.kill('SIGTERM');
    await server?.exited;
  });

  it('stops a query that runs too long with 504 and one line, while /api/story keeps answering', async () => {
    const started = Date.now();
    const endless = postQuery(server, ENDLESS_QUERY);
    let endlessDone = false;
    void endless.then(() => (endlessDone = true));
    await new Promise((resolve) => setTimeout(resolve, 500));

    const storyStarted = Date.now();
    expect(await storyArticles(server)).toBe(3);
    expect(Date.now() - storyStarted).toBeLessThan(1500);
    expect(endlessDone).toBe(false);

    const answer = await endless;
    expect(answer.status).toBe(504);
    expect(answer.body.error).toBe('the query ran for more than 3 s and was stopped (serve --query-timeout sets the limit)');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.stderr()).toContain('a query ran for more than 3 s; its process was stopped and a new one started\n');

    // A new query process answers the next query.
    const next = await postQuery(server, 'MATCH (a:Article) RETURN count(*) AS n');
    expect(next).toEqual({ status: 200, body: { columns: ['n'], rows: [{ n: 3 }] } });
  });

  it('refuses a write before it reaches the database', async () => {
    const answer = await postQuery(server, "COMMENT ON TABLE Entity IS 'x'");
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatch(/^COMMENT is not allowed/);
  });

  it('follows a later ingest into the same database without a restart', async () => {
    const later = path.join(dir, 'later');
    mkdirSync(later, { recursive: true });
    copyFileSync(path.join(EXAMPLES, FOURTH), path.join(later, FOURTH));
    const ingest = storygraph('ingest', later, '--db', db);
    expect(ingest.code, ingest.stderr).toBe(0);

    expect(await storyArticles(server)).toBe(4);
    expect(await postQuery(server, 'MATCH (a:Article) RETURN count(*) AS n')).toEqual({ status: 200, body: { columns: ['n'], rows: [{ n: 4 }] } });
  });

  /** Sends half a POST, then closes the socket (FIN) or resets it (RST); returns what the server logged. */
  async function hangUpMidRequest(how: 'close' | 'reset'): Promise<string> {
    const url = new URL(server.url);
    const before = server.stderr().length;
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write('POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"cypher": "MATCH');
        // Give the server time to start reading the body, then hang up.
        setTimeout(() => {
          if (how === 'reset') socket.resetAndDestroy();
          else socket.destroy();
          resolve();
        }, 300);
      });
      socket.on('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    return server.stderr().slice(before);
  }

  it('writes one line, not a stack trace, when a client hangs up mid-request', async () => {
    const line = /^storygraph serve: a client closed its connection early( during POST \/api\/query)? \(ECONNRESET\)\n$/;
    expect(await hangUpMidRequest('close')).toMatch(line);
    expect(await hangUpMidRequest('reset')).toMatch(line);
    // And the server is still there.
    expect(await storyArticles(server)).toBeGreaterThanOrEqual(3);
  });
});

describe('storygraph serve --allow-writes', () => {
  it('lets a write through to the database, and the story and later queries see it', async () => {
    const server = await serve('--allow-writes');
    try {
      const before = await storyArticles(server);
      const create = await postQuery(server, "CREATE (:OffTopic {id: 'o:added', article: 'a', sentence: 9, text: 'added by hand'})");
      expect(create.status, create.body.error).toBe(200);
      expect(await postQuery(server, "MATCH (o:OffTopic {id: 'o:added'}) RETURN o.text AS text")).toEqual({
        status: 200,
        body: { columns: ['text'], rows: [{ text: 'added by hand' }] },
      });
      expect(await storyArticles(server)).toBe(before);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });
});

describe('stopping storygraph serve', () => {
  it('SIGTERM stops the server and its query process at once, even while a query runs', async () => {
    const server = await serve('--query-timeout', '600');
    const endless = postQuery(server, ENDLESS_QUERY).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const queryProcesses = childrenOf(server.process.pid!);
    expect(queryProcesses.length).toBeGreaterThan(0);

    const started = Date.now();
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
    await endless;
    for (const pid of queryProcesses) expect(isRunning(pid), `query process ${pid}`).toBe(false);
  });
});

describe('the query process', () => {
  it('opens the database read-only: a write that got past the guard is still refused', async () => {
    const queries = new QueryProcess({ settings: { db, existing: true, readOnly: true }, queryTimeoutMs: 30_000, location: db, log: () => undefined });
    try {
      await expect(queries.query("CREATE (:OffTopic {id: 'o:sneaky', article: 'a', sentence: 1, text: 't'})")).rejects.toThrow(/read-only/);
      await expect(queries.query("COMMENT ON TABLE Entity IS 'x'")).rejects.toThrow(/read-only/);
    } finally {
      await queries.close();
    }
  });

  it('survives the database engine crashing mid-query, and answers the next query', async () => {
    const log: string[] = [];
    const queries = new QueryProcess({ settings: { db, existing: true, readOnly: true }, queryTimeoutMs: 60_000, location: db, log: (line) => log.push(line) });
    try {
      await queries.query('RETURN 1 AS one');
      const running = queries.query(ENDLESS_QUERY);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // What a 2,500-deep `RETURN ((…))` does to the engine after 20 s of parsing, sent at once.
      process.kill(queries.pid!, 'SIGSEGV');
      await expect(running).rejects.toThrow(QueryProcessError);
      await expect(running).rejects.toThrow(/^the database process stopped \(SIGSEGV\) while running a query; a new one was started$/);
      expect(log).toEqual([expect.stringMatching(/^the database process stopped \(SIGSEGV\)/)]);
      expect(await queries.query('RETURN 1 AS one')).toEqual({ columns: ['one'], rows: [{ one: 1 }] });
    } finally {
      await queries.close();
    }
  });
});
