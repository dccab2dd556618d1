// A feed of two stories through the command line: ingest one story, then another into the same
// database (a warning names the new story), then `storygraph stories` and the Story nodes in Cypher.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/seeds.ts';
import type { StoryExport } from '../src/types.ts';

function storygraph(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/storygraph.js'), ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('storygraph stories', () => {
  it('keeps a later story apart, warns about it, and lists both stories with their counts', () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'sg-stories-')), 'db');
    const first = storygraph('ingest', path.join(repoRoot, 'examples'), '--db', db);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).not.toMatch(/new story/);

    const second = storygraph('ingest', path.join(repoRoot, 'test/fixtures/heldout-fire'), '--db', db);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/warning: 1 new story beside the 1 already stored: "[^"]*warehouse[^"]*" \(s:[0-9a-f]+, 3 articles\)/i);
    expect(second.stdout).toMatch(/2 stories/);

    const listed = storygraph('stories', '--db', db, '--format', 'json');
    expect(listed.code, listed.stderr).toBe(0);
    const stories = JSON.parse(listed.stdout) as { id: string; label: string; articles: number; claims: number; contradictions: number }[];
    expect(stories.map((s) => s.articles)).toEqual([4, 3]);
    expect(stories[0]!.label).toMatch(/earthquake/i);
    expect(stories[0]!.contradictions, 'the examples plant contradictions').toBeGreaterThan(0);
    for (const s of stories) expect(s.claims, s.label).toBeGreaterThan(0);

    const table = storygraph('stories', '--db', db);
    expect(table.stdout).toMatch(/^2 stories in /);

    const inStory = storygraph('query', '--db', db, '--format', 'json', 'MATCH (a:Article)-[:IN_STORY]->(s:Story) RETURN s.id AS story, count(a) AS n ORDER BY n DESC');
    expect((JSON.parse(inStory.stdout) as { rows: { n: number }[] }).rows.map((r) => r.n)).toEqual([4, 3]);

    const bad = storygraph('stories', '--db', db, '--format', 'xml');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);

    // Removing the later story's articles leaves exactly what ingesting the examples alone gives.
    const typo = storygraph('remove', '--db', db, 'test/fixtures/heldout-fire/no-such-file.txt');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/^storygraph: no stored article has the id or path test\/fixtures\/heldout-fire\/no-such-file.txt; nothing was removed\n$/);
    const fire = (JSON.parse(storygraph('export', '--db', db, '--format', 'json').stdout) as StoryExport).articles.filter((a) => a.path.includes('heldout-fire'));
    expect(fire).toHaveLength(3);
    const removed = storygraph('remove', '--db', db, fire[0]!.id, fire[1]!.path, path.resolve(repoRoot, fire[2]!.path));
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toMatch(/4 articles in 1 stories remain/);
    const alone = path.join(path.dirname(db), 'alone');
    expect(storygraph('ingest', path.join(repoRoot, 'examples'), '--db', alone).code).toBe(0);
    const exported = (where: string) => storygraph('export', '--db', where, '--format', 'json').stdout;
    expect(exported(db)).toBe(exported(alone));
  });
});
