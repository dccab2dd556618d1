// `storygraph ingest` and `query` as a user runs them: real processes, a real embedded store on disk.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryExport } from '../src/types.ts';
import { repoRoot } from './support/seeds.ts';

const examples = path.join(repoRoot, 'examples');
const articleFiles = ['01-calderra-daily-wire.txt', '02-coastline-today.txt', '03-harbor-ledger.txt', '04-northern-herald.txt'];

function storygraph(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/storygraph.js'), ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function countRows(db: string, cypher: string): number {
  const out = storygraph('query', '--db', db, '--format', 'json', cypher);
  expect(out.code, out.stderr).toBe(0);
  return (JSON.parse(out.stdout) as { rows: { n: number }[] }).rows[0]!.n;
}

describe('storygraph ingest', () => {
  it('stores the examples, prints a summary and writes the JSON export', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-ingest-'));
    const db = path.join(dir, 'db');
    const json = path.join(dir, 'graph.json');
    const out = storygraph('ingest', examples, '--db', db, '--json', json);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/4 articles \(4 new\)/);
    expect(out.stdout).toMatch(/\[numeric\]/);
    const story = JSON.parse(readFileSync(json, 'utf8')) as StoryExport;
    expect(story.articles).toHaveLength(4);
    expect(Object.keys(story).sort()).toEqual(['articles', 'claims', 'contradictions', 'entities', 'facts', 'offTopic', 'reuse', 'stories']);
    expect(countRows(db, 'MATCH (c:Claim) RETURN count(*) AS n')).toBe(story.claims.length);
  });

  it('warns on stderr, naming the file, when a saved page has no article body, and still ingests it (exit 0)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-ingest-'));
    const page = path.join(dir, 'stub.html');
    writeFileSync(page, '<html><body><p>The council closed the Harbin bridge on Sunday.</p></body></html>');
    const out = storygraph('ingest', page, '--db', path.join(dir, 'db'));
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain(`storygraph: ${page}: warning: no article body found in the page`);
    expect(out.stdout).toMatch(/1 articles? \(1 new\)/);
  });

  it('is idempotent, and a later article updates the statuses of stored claims', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-ingest-'));
    const db = path.join(dir, 'db');
    const first = path.join(dir, 'first');
    const later = path.join(dir, 'later');
    mkdirSync(first);
    mkdirSync(later);
    copyFileSync(path.join(examples, articleFiles[0]!), path.join(first, articleFiles[0]!));
    copyFileSync(path.join(examples, articleFiles[2]!), path.join(later, articleFiles[2]!));

    expect(storygraph('ingest', first, '--db', db).code).toBe(0);
    const alone = countRows(db, "MATCH (c:Claim) WHERE c.status = 'contradicted' RETURN count(*) AS n");
    const claims = countRows(db, 'MATCH (c:Claim) RETURN count(*) AS n');
    expect(alone).toBe(0);

    const again = storygraph('ingest', first, '--db', db);
    expect(again.stdout).toMatch(/1 articles \(0 new\)/);
    expect(countRows(db, 'MATCH (c:Claim) RETURN count(*) AS n')).toBe(claims);

    // The third article contradicts the first (6.1 vs 6.4 magnitude, the bridge held).
    expect(storygraph('ingest', later, '--db', db).code).toBe(0);
    expect(countRows(db, "MATCH (c:Claim) WHERE c.status = 'contradicted' RETURN count(*) AS n")).toBeGreaterThan(0);
    expect(countRows(db, 'MATCH (a:Article) RETURN count(*) AS n')).toBe(2);
  });

  it('names a bad file, exits 1, and still stores the good ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-ingest-'));
    const input = path.join(dir, 'in');
    mkdirSync(input);
    copyFileSync(path.join(examples, articleFiles[1]!), path.join(input, 'good.txt'));
    writeFileSync(path.join(input, 'broken.json'), '{"title": "half a record"');
    writeFileSync(path.join(input, 'empty.txt'), '');
    const db = path.join(dir, 'db');
    const out = storygraph('ingest', input, '--db', db);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/broken\.json: .*JSON/);
    expect(out.stderr).toMatch(/empty\.txt: /);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(countRows(db, 'MATCH (a:Article) RETURN count(*) AS n')).toBe(1);
  });

  it('passes query parameters', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-ingest-'));
    const db = path.join(dir, 'db');
    expect(storygraph('ingest', examples, '--db', db).code).toBe(0);
    const out = storygraph('query', '--db', db, '--format', 'json', '--param', 'name=Valski', 'WITH toLower($name) AS wanted MATCH (e:Entity) WHERE toLower(e.name) = wanted OR any(a IN e.aliases WHERE toLower(a) = wanted) RETURN e.name AS name');
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout).rows).toEqual([{ name: expect.stringMatching(/Teodor Valsk[iy]/) }]);
  });

  it('query, export and serve refuse a database that was never ingested, and create nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-missing-'));
    const db = path.join(dir, 'never-ingested');
    for (const args of [['query', 'MATCH (n) RETURN n'], ['export', '--format', 'json'], ['serve', '--port', '0']]) {
      const out = storygraph(...args, '--db', db);
      expect(out.code, args[0]).toBe(1);
      expect(out.stderr.trim().split('\n'), args[0]).toEqual([expect.stringMatching(/no storygraph database in --db .*never-ingested.*storygraph ingest/)]);
      expect(existsSync(db), args[0]).toBe(false);
    }
  });

  it('does not read its own database when --db lies inside the folder being ingested', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-inside-'));
    copyFileSync(path.join(examples, articleFiles[0]!), path.join(dir, articleFiles[0]!));
    const db = path.join(dir, 'graph-db');
    expect(storygraph('ingest', dir, '--db', db).code).toBe(0);
    const again = storygraph('ingest', dir, '--db', db);
    expect(again.stderr, 'no file of the database is read as an article').toBe('');
    expect(again.code).toBe(0);
    expect(countRows(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
  });
});
