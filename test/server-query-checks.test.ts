// What a query must be before it reaches the database: every parameter it names given, flat
// parameters, a bounded length and nesting. Checked on their own, through the real CLI and
// through a real server on the examples graph.
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/ingest.ts';
import { createServer, type RunningServer } from '../src/server/create-server.ts';
import { MAX_CASE_NESTING, MAX_QUERY_CHARS, MAX_QUERY_NESTING, queryLimitMessage } from '../src/server/query-limits.ts';
import { missingParameterMessage, nestedParameterMessage, parameterNames } from '../src/server/query-parameters.ts';
import { openStore } from '../src/store/open-store.ts';
import type { GraphStore } from '../src/store/store.ts';
import { repoRoot } from './support/seeds.ts';

let dir: string;
let db: string;
let store: GraphStore;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-query-checks-'));
  db = path.join(dir, 'db');
  const writer = await openStore({ db, readOnly: false });
  await ingestPaths([path.join(repoRoot, 'examples')], writer);
  await writer.close();
  store = await openStore({ db, existing: true, readOnly: true });
  const webRoot = path.join(dir, 'web');
  await mkdir(webRoot);
  await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>viewer</title>');
  server = await createServer({ store, port: 0, webRoot });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function postQuery(cypher: string, params: unknown = {}): Promise<{ status: number; body: { error?: string; rows?: Record<string, unknown>[] } }> {
  const response = await fetch(new URL('/api/query', server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher, params }),
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

function storygraph(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/storygraph.js'), ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('parameters a query names', () => {
  it('are read with the lexer: not inside strings, quoted names or comments', () => {
    expect(parameterNames("MATCH (c:Claim) WHERE c.id = $id AND c.text <> '$text' /* $a */ RETURN $`odd name`, $0 // $b")).toEqual(['id', 'odd name', '0']);
    expect(parameterNames('RETURN $Name, $name, $Name')).toEqual(['Name', 'name']);
  });

  it('must all be given', () => {
    expect(missingParameterMessage('MATCH (c:Claim) WHERE c.id = $id RETURN count(*)', {})).toBe('missing parameter $id');
    expect(missingParameterMessage('RETURN $a, $b, $c', { b: 1 })).toBe('missing parameters $a, $c');
    expect(missingParameterMessage("RETURN '$id' AS text // $other", {})).toBeNull();
    // null is a value the user chose to give.
    expect(missingParameterMessage('RETURN $id', { id: null })).toBeNull();
  });

  it('the CLI refuses a query whose parameter is missing, in one line, exit 1', () => {
    const missing = storygraph('query', '--db', db, 'MATCH (c:Claim) WHERE c.id = $id RETURN count(*) AS n');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('storygraph: missing parameter $id\n');
    expect(missing.stdout).toBe('');

    const given = storygraph('query', '--db', db, '--format', 'json', '--param', 'id=nobody', "MATCH (c:Claim) WHERE c.id = $id RETURN count(*) AS n // not '$other'");
    expect(given.code, given.stderr).toBe(0);
    expect(JSON.parse(given.stdout)).toEqual({ columns: ['n'], rows: [{ n: 0 }] });
  });

  it('the server answers 400 with the same message, and runs the query once it is given', async () => {
    expect(await postQuery('MATCH (c:Claim) WHERE c.id = $id RETURN count(*) AS n')).toEqual({ status: 400, body: { error: 'missing parameter $id' } });
    expect(await postQuery('MATCH (c:Claim) WHERE c.id = $id RETURN count(*) AS n', { id: 'nobody' })).toEqual({
      status: 200,
      body: { columns: ['n'], rows: [{ n: 0 }] },
    });
  });
});

describe('flat parameters', () => {
  it('accepts scalars and lists of scalars', () => {
    expect(nestedParameterMessage({ a: 'x', b: 1.5, c: true, d: null, e: ['x', 2, false, null], f: [] })).toBeNull();
  });

  it('refuses maps and nested lists, naming the parameter', () => {
    const message = 'parameter $p must be a string, number, boolean, null or a list of those';
    expect(nestedParameterMessage({ ok: 1, p: { a: 1 } })).toBe(message);
    expect(nestedParameterMessage({ p: [[1]] })).toBe(message);
    expect(nestedParameterMessage({ p: [{ a: 1 }] })).toBe(message);
  });

  it('the server refuses a deeply nested parameter with 400 before the database sees it', async () => {
    let deep: unknown = 1;
    for (let level = 0; level < 30; level++) deep = { x: deep };
    const started = Date.now();
    const answer = await postQuery('RETURN $p AS p', { p: deep });
    expect(answer).toEqual({ status: 400, body: { error: 'parameter $p must be a string, number, boolean, null or a list of those' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('query size limits', () => {
  it('refuses a query over the length limit', () => {
    expect(queryLimitMessage(`RETURN '${'x'.repeat(MAX_QUERY_CHARS)}'`)).toMatch(/^the query is 20,0\d\d characters long; the limit is 20,000$/);
    expect(queryLimitMessage(`RETURN '${'x'.repeat(1000)}'`)).toBeNull();
  });

  it('refuses brackets, prefix operators and CASE nested too deep, and counts brackets in strings as text', () => {
    const parens = (depth: number) => `RETURN ${'('.repeat(depth)}1${')'.repeat(depth)} AS x`;
    expect(queryLimitMessage(parens(MAX_QUERY_NESTING))).toBeNull();
    expect(queryLimitMessage(parens(MAX_QUERY_NESTING + 1))).toBe(`the query nests brackets ${MAX_QUERY_NESTING + 1} levels deep; the limit is ${MAX_QUERY_NESTING}`);
    expect(queryLimitMessage(`RETURN ${'['.repeat(60)}1${']'.repeat(60)}`)).toMatch(/nests brackets 60 levels/);
    expect(queryLimitMessage(`RETURN ${'NOT '.repeat(60)}true`)).toMatch(/nests brackets 60 levels/);
    expect(queryLimitMessage(`RETURN '${'('.repeat(500)}' AS text`)).toBeNull();
    const cases = (depth: number) => `RETURN ${'CASE WHEN true THEN '.repeat(depth)}1${' END'.repeat(depth)} AS x`;
    expect(queryLimitMessage(cases(MAX_CASE_NESTING))).toBeNull();
    expect(queryLimitMessage(cases(MAX_CASE_NESTING + 1))).toBe(`the query nests CASE expressions ${MAX_CASE_NESTING + 1} levels deep; the limit is ${MAX_CASE_NESTING}`);
    // A backslash cannot hide brackets from one reading of strings.
    expect(queryLimitMessage(`RETURN 'a\\' ${'('.repeat(60)} //'`)).toMatch(/nests brackets/);
  });

  it('the server answers a 5,000-deep query with 400 at once, and keeps answering', async () => {
    const started = Date.now();
    const deep = await postQuery(`RETURN ${'('.repeat(5000)}1${')'.repeat(5000)} AS x`);
    expect(deep.status).toBe(400);
    expect(deep.body.error).toMatch(/^the query nests brackets 5000 levels deep; the limit is 50$/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await postQuery('MATCH (e:Entity) RETURN count(*) AS n')).status).toBe(200);
  });

  it('applies the limits with --allow-writes too', async () => {
    const writable = await createServer({ store, port: 0, webRoot: path.join(dir, 'web'), allowWrites: true });
    try {
      const response = await fetch(new URL('/api/query', writable.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ cypher: `RETURN ${'('.repeat(100)}1${')'.repeat(100)}` }),
      });
      expect(response.status).toBe(400);
    } finally {
      await writable.close();
    }
  });
});
