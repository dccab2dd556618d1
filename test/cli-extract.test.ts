// `storygraph extract` as a user runs it: a real child process on real files, checking exit codes,
// what goes to stdout and what goes to stderr.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { extractTriples } from '../src/extract/index.ts';
import { startProgress } from '../src/progress.ts';
import { readArticles } from '../src/read/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function storygraph(...args: string[]): Run {
  const run = spawnSync(process.execPath, ['bin/storygraph.js', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
/** Node prints stack frames as "    at fn (file:line:col)". */
const STACK_FRAME = /^\s+at /m;

let root: string;
let good: string;
let goodJson: string;
let binary: string;
let empty: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'storygraph-cli-extract-'));
  await mkdir(join(root, 'mixed'));
  good = join(root, 'mixed', 'good.txt');
  await writeFile(good, 'Ministers agree on a new treaty\nThe ministers signed the treaty in Geneva on Monday. The deal cuts tariffs by 20 percent.\n');
  goodJson = join(root, 'mixed', 'wire.json');
  await writeFile(goodJson, JSON.stringify({ title: 'Port reopens', text: 'The port reopened on Tuesday. Officials said ships left at dawn.', outlet: 'Wire Desk', published: '2025-11-24' }));
  binary = join(root, 'mixed', 'photo.txt');
  await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
  empty = join(root, 'mixed', 'empty.md');
  await writeFile(empty, '');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('storygraph extract', () => {
  it('prints good articles as text and names each bad file on its own stderr line, exit 1', () => {
    const missing = join(root, 'nowhere.txt');
    const run = storygraph('extract', join(root, 'mixed'), missing);
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toEqual([
      `storygraph: ${empty}: is empty`,
      `storygraph: ${binary}: looks binary (NUL byte at offset 4)`,
      `storygraph: ${missing}: does not exist`,
    ]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    // No progress bar frames when stderr is not a terminal.
    expect(run.stderr).not.toContain('\u001b[');
    expect(run.stdout).toContain('# Ministers agree on a new treaty');
    expect(run.stdout).toContain('# Port reopens');
    expect(run.stdout).toMatch(/Wire Desk · 2025-11-24/);
    expect(run.stdout).toMatch(/^\[sentence 0\] Ministers agree on a new treaty/m);
    expect(run.stdout).toMatch(/^\[sentence \d+\] The port reopened on Tuesday\./m);
  });

  it('writes the verb an apposition or a possessive implies, and a light verb with its noun', async () => {
    const file = join(root, 'implied.txt');
    await writeFile(file, "Norway, a NATO member, will make a state visit. The mayor's plan was approved.\n");
    const run = storygraph('extract', file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ {4}Norway \| is \(implied\) \| a NATO member /m);
    expect(run.stdout).toMatch(/^ {4}The mayor \| has \(implied\) \| plan /m);
    expect(run.stdout).toMatch(/^ {4}Norway \| will make a state visit \| — /m);
  });

  it('prints one parseable JSON object per triple with --format jsonl, exit 0 when nothing was rejected', async () => {
    const run = storygraph('extract', '--format', 'jsonl', good, goodJson);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { articles } = await readArticles([good, goodJson]);
    const idByPath = new Map(articles.map((article) => [article.path, article.id]));
    // Whatever the extractor finds today, the CLI prints all of it, one line per triple.
    const expectedTriples = articles.reduce((sum, article) => sum + extractTriples(article).triples.length, 0);
    expect(lines(run.stdout)).toHaveLength(expectedTriples);
    for (const line of lines(run.stdout)) {
      const triple = JSON.parse(line);
      expect(idByPath.has(triple.articlePath), `unknown articlePath in ${line}`).toBe(true);
      expect(triple.article).toBe(idByPath.get(triple.articlePath));
      expect(typeof triple.subject.text).toBe('string');
      expect(typeof triple.relation.text).toBe('string');
      expect(Number.isInteger(triple.sentence)).toBe(true);
    }
  });

  it('exits 1 with exactly one line and no stack trace for a path that does not exist', () => {
    const missing = join(root, 'no', 'such', 'article.txt');
    const run = storygraph('extract', missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`storygraph: ${missing}: does not exist\n`);
    expect(run.stdout).toBe('');
  });

  it('refuses an unknown --format as a user error, without a stack trace', () => {
    const run = storygraph('extract', '--format', 'xml', good);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--format.*xml/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe('');
  });
});

describe('progress on stderr', () => {
  /** A real stream that says it is (or is not) a terminal, capturing what is drawn on it. */
  function terminal(isTTY: boolean): { stream: NodeJS.WriteStream; drawn: () => string } {
    const stream = Object.assign(new PassThrough(), { isTTY, columns: 80 }) as unknown as NodeJS.WriteStream;
    let drawn = '';
    stream.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    return { stream, drawn: () => drawn };
  }

  it('draws on a terminal and is silent otherwise', () => {
    const tty = terminal(true);
    const bar = startProgress('extract', 3, { stream: tty.stream });
    bar.tick(1, 'a.txt');
    bar.stop();
    bar.stop();
    expect(tty.drawn()).toContain('extract');

    const pipe = terminal(false);
    const silent = startProgress('extract', 3, { stream: pipe.stream });
    silent.tick();
    silent.stop();
    expect(pipe.drawn()).toBe('');
  });
});
