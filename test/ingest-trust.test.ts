// What a user must be able to trust of `storygraph ingest`: the result depends on the set of
// articles only, and an ingest that fails — a full disk, a kill, a missing folder — leaves the
// database exactly as it was. Real processes, a real embedded database, a real tmpfs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open-store.ts';
import { repoRoot } from './support/seeds.ts';

const examples = path.join(repoRoot, 'examples');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const ecbTopic = path.resolve(repoRoot, '../shared/eval/ecbplus/1');

function storygraph(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/storygraph.js'), ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 180_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md|html|json|jsonl)$/.test(name) && name !== 'README.md')
    .map((name) => path.join(dir, name))
    .sort();
}

function exportOf(db: string): string {
  const out = storygraph('export', '--format', 'json', '--db', db);
  expect(out.code, out.stderr).toBe(0);
  return out.stdout;
}

function ingest(db: string, ...paths: string[]): void {
  const out = storygraph('ingest', ...paths, '--db', db);
  expect(out.code, `ingest ${paths.join(' ')}: ${out.stderr}`).toBe(0);
}

function nodeCount(db: string): number {
  const out = storygraph('query', '--db', db, '--format', 'json', 'MATCH (n) RETURN count(n) AS n');
  expect(out.code, out.stderr).toBe(0);
  return (JSON.parse(out.stdout) as { rows: { n: number }[] }).rows[0]!.n;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'sg-trust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('ingest depends on the set of articles only', () => {
  const articles = [...filesIn(examples), ...(existsSync(seeds) ? filesIn(seeds) : [])];

  it('gives the same export forwards, backwards, twice and split over two ingests', () => {
    const forwards = path.join(scratch, 'forwards');
    ingest(forwards, ...articles);
    const expected = exportOf(forwards);
    const nodes = nodeCount(forwards);

    const backwards = path.join(scratch, 'backwards');
    ingest(backwards, ...[...articles].reverse());
    expect(exportOf(backwards), 'the same files given in reverse order').toBe(expected);

    ingest(forwards, ...articles);
    expect(exportOf(forwards), 'the same files ingested a second time').toBe(expected);
    expect(nodeCount(forwards)).toBe(nodes);

    const split = path.join(scratch, 'split');
    const half = Math.ceil(articles.length / 2);
    ingest(split, ...articles.slice(half));
    ingest(split, ...articles.slice(0, half));
    expect(exportOf(split), 'the second half first, then the first half').toBe(expected);
    // Nine command-line runs, each starting Node and the database: on a busy 2-core machine over a minute.
  }, 180_000);
});

describe('a failed ingest leaves the database as it was', () => {
  it('creates no database when nothing could be read', () => {
    const db = path.join(scratch, 'never-made');
    const out = storygraph('ingest', path.join(scratch, 'nosuch'), '--db', db);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/nosuch: does not exist/);
    expect(existsSync(db), `ingest of a missing folder left ${db} behind`).toBe(false);
    expect(storygraph('query', '--db', db, 'MATCH (n) RETURN count(n)').code).toBe(1);
  });

  it('keeps the earlier ingest when the disk fills up, and says so in one line', (context) => {
    const mountPoint = path.join(scratch, 'small-disk');
    mkdirSync(mountPoint);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mountPoint], { encoding: 'utf8' });
    if (mount.status !== 0) {
      // Only root may mount; where that is refused the test says so rather than pass in silence.
      console.warn(`skipped: cannot mount a tmpfs here (${mount.stderr.trim() || mount.error?.message})`);
      context.skip();
    }
    try {
      const db = path.join(mountPoint, 'db');
      ingest(db, examples);
      const before = exportOf(db);

      const out = storygraph('ingest', ecbTopic, '--db', db);
      expect(out.code, out.stdout).toBe(1);
      const lines = out.stderr.trim().split('\n');
      expect(lines, out.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^storygraph: could not write the story to --db .*: the disk is full; the database is unchanged$/);
      expect(exportOf(db), 'the database after the failed ingest').toBe(before);
      expect(readdirSync(db).sort(), 'files left by the failed ingest').toEqual([expect.stringMatching(/^graph-.*\.lbug$/), 'storygraph.json']);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });

  it('survives being killed at any moment: the store is the old story or the new one, never in between', async () => {
    const db = path.join(scratch, 'killed');
    ingest(db, examples);
    const before = exportOf(db);
    const after = path.join(scratch, 'killed-reference');
    ingest(after, examples, ecbTopic);
    const complete = exportOf(after);

    let sawOld = false;
    for (const delayMs of [600, 1200, 1800, 2400, 3000]) {
      const child = spawn(process.execPath, [path.join(repoRoot, 'bin/storygraph.js'), 'ingest', ecbTopic, '--db', db], { cwd: repoRoot, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGKILL');
      await exited;
      const now = exportOf(db);
      expect([before, complete], `the export after killing an ingest at ${delayMs} ms`).toContain(now);
      if (now === before) sawOld = true;
      if (now === complete) break;
    }
    // Whatever the kills left behind (a half-written file, a lock) does not stop the next ingest.
    ingest(db, ecbTopic);
    expect(exportOf(db)).toBe(complete);
    expect(sawOld, 'no kill landed before the write finished; the test proved nothing').toBe(true);
  }, 240_000);
});

describe('readers and an ingest at the same time', () => {
  it('query, export and ingest work while another process holds the database open for reading (as serve does)', async () => {
    const db = path.join(scratch, 'shared');
    ingest(db, examples);
    const reader = await openStore({ db, existing: true });
    try {
      const before = (await reader.query('MATCH (c:Claim) RETURN count(c) AS n')).rows[0]!.n;
      expect(nodeCount(db)).toBeGreaterThan(0);
      const out = storygraph('ingest', ecbTopic, '--db', db);
      expect(out.code, out.stderr).toBe(0);
      // The open reader still answers from the story it opened.
      expect((await reader.query('MATCH (c:Claim) RETURN count(c) AS n')).rows[0]!.n).toBe(before);
    } finally {
      await reader.close();
    }
    expect(readdirSync(db).filter((name) => name.endsWith('.lbug')), 'database files after the swap').toHaveLength(1);
  });
});
