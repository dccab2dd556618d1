// Input built to hurt a user, through the real command line: files that once crashed an ingest or
// ran it out of memory, and names and titles that once took over the terminal. Each costs one line
// naming its own file; the good files beside it are still stored, and nothing raw reaches the screen.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryExport } from '../src/types.ts';
import { repoRoot } from './support/seeds.ts';

const GOOD_ARTICLE = path.join(repoRoot, 'examples', '01-calderra-daily-wire.txt');
/** Node prints stack frames as "    at fn (file:line:col)". */
const STACK_FRAME = /^\s+at /m;
/** What a terminal acts on instead of showing: C0 controls but the line break, DEL, C1 and bidirectional controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sg-hostile-'));
  dirs.push(dir);
  return dir;
}

/** The real CLI; `heapMegabytes` caps the JavaScript heap, so running out of it fails the run. */
function storygraph(args: string[], heapMegabytes?: number) {
  const flags = heapMegabytes ? [`--max-old-space-size=${heapMegabytes}`] : [];
  const run = spawnSync(process.execPath, [...flags, path.join(repoRoot, 'bin/storygraph.js'), ...args], { encoding: 'utf8', cwd: repoRoot, timeout: 120_000 });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

describe('files that used to kill an ingest', () => {
  it('rejects HTML nested 3,000 deep and a JSON array of a million articles, one line each, within a small heap, and stores the good file', () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    mkdirSync(input);
    copyFileSync(GOOD_ARTICLE, path.join(input, 'good.txt'));
    writeFileSync(path.join(input, 'deep.html'), `<html><body>${'<div>'.repeat(3_000)}Buried.${'</div>'.repeat(3_000)}</body></html>`);
    // 18.9 MB, under the 20 MB size limit: only the article count stops it.
    const records = Array.from({ length: 1_000_000 }, (_, i) => `{"text":"A${i}"}`);
    writeFileSync(path.join(input, 'million.json'), `[${records.join(',')}]`);
    const db = path.join(dir, 'db');

    // Reading the million-article array alone took 475 MB of heap before it was refused by count.
    const started = Date.now();
    const run = storygraph(['ingest', input, '--db', db], 256);
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, run.stderr).toBe(1);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/^storygraph: .*deep\.html: is too deeply nested HTML \(\d+ levels; the limit is \d+\)$/),
      `storygraph: ${path.join(input, 'million.json')}: holds over 10,000 articles, the most one file may hold; split it`,
    ]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toMatch(/^1 articles \(1 new\)/);

    const exported = storygraph(['export', '--db', db, '--format', 'json']);
    expect(exported.code, exported.stderr).toBe(0);
    const story = JSON.parse(exported.stdout) as StoryExport;
    expect(story.articles.map((article) => path.basename(article.path))).toEqual(['good.txt']);
  });
});

describe('control characters in names and titles never reach the terminal raw', () => {
  // A title that would set the window title, clear the screen and colour the rest red, with a C1
  // CSI and a right-to-left override for good measure; a file name that does the same.
  const title = '\u001b]0;pwned\u0007\u001b[2J\u001b[31mHarbour vote\u009b0m \u202Etxt.exe';
  const dir = tempDir();
  const input = path.join(dir, 'in');
  mkdirSync(input);
  const goodName = '\u001b]0;owned\u0007story\u001b[2J.txt';
  const good = path.join(input, goodName);
  writeFileSync(good, `${title}\n\nThe harbour council approved the new ferry line on Monday, officials said.\n`);
  const emptyName = '\u001b[2Jempty.txt';
  writeFileSync(path.join(input, emptyName), '');

  function expectNothingRaw(run: { stdout: string; stderr: string }): void {
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  }

  it('extract prints the title, the file name and the rejected file as visible escapes', () => {
    const run = storygraph(['extract', input]);
    expectNothingRaw(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('# \\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mHarbour vote\\x9b0m \\u202etxt.exe');
    expect(run.stdout).toContain('\\x1b]0;owned\\x07story\\x1b[2J.txt');
    expect(lines(run.stderr)).toEqual([`storygraph: ${input}/\\x1b[2Jempty.txt: is empty`]);

    const jsonl = storygraph(['extract', '--format', 'jsonl', good]);
    expectNothingRaw(jsonl);
    expect(jsonl.code).toBe(0);
    // Still the same JSON: the escapes parse back to the file's own name.
    expect(lines(jsonl.stdout).map((line) => JSON.parse(line).articlePath)).toContain(good);
  });

  it('ingest, export, query and the errors of a mistyped command print them as visible escapes', () => {
    const db = path.join(dir, 'db');
    const ingest = storygraph(['ingest', good, '--db', db]);
    expectNothingRaw(ingest);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stdout).toContain('\\x1b[31mHarbour vote');

    for (const format of ['json', 'graphml', 'gexf', 'cytoscape']) {
      const exported = storygraph(['export', '--db', db, '--format', format]);
      expect(exported.code, exported.stderr).toBe(0);
      expectNothingRaw(exported);
    }
    const story = JSON.parse(storygraph(['export', '--db', db, '--format', 'json']).stdout) as StoryExport;
    expect(story.articles[0].title).toBe(title.replace(/\s+/g, ' '));

    for (const format of ['table', 'json']) {
      const query = storygraph(['query', '--db', db, '--format', format, 'MATCH (a:Article) RETURN a.title AS title, a.path AS path']);
      expect(query.code, query.stderr).toBe(0);
      expectNothingRaw(query);
      expect(query.stdout).toContain('Harbour vote');
    }

    // A user error quoting what was typed, and commander's own error for a bad choice.
    const badFormat = storygraph(['export', '--db', db, '--format', '\u001b[2Jxml']);
    expect(badFormat.code).toBe(1);
    expectNothingRaw(badFormat);
    expect(badFormat.stderr).toContain('--format \\x1b[2Jxml is not one of');
    const badChoice = storygraph(['extract', '--format', '\u001b[2Jxml', good]);
    expect(badChoice.code).toBe(1);
    expectNothingRaw(badChoice);
    expect(badChoice.stderr).toContain('\\x1b[2Jxml');
  });
});
