// The read stage against real files in a temp folder: every format, every kind of bad input, ids
// and text preservation (later stages index spans into Article.text, so it must not drift).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles, type ReadResult } from '../src/read/index.ts';
import { splitSentences } from '../src/extract/2-sentences.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsFolder = resolve(repoRoot, '../shared/seeds');

let root: string;
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'storygraph-read-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh folder per test, so folder walks only see that test's files. */
async function folder(): Promise<string> {
  const dir = join(root, `case-${++counter}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

async function file(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

function reasonFor(result: ReadResult, path: string): string {
  const matches = result.rejected.filter((rejection) => rejection.path === path);
  expect(matches, `exactly one rejection for ${path}, got ${JSON.stringify(result.rejected)}`).toHaveLength(1);
  return matches[0].reason;
}

describe('formats', () => {
  it('reads .txt: strips the BOM, turns CRLF into LF, composes to NFC, keeps everything else', async () => {
    const dir = await folder();
    // "Café" with a decomposed é (e + combining acute), CRLF line ends and a leading BOM.
    const path = await file(dir, 'story.txt', '\uFEFFCafe\u0301 owner speaks  \r\n\r\n  Indented second paragraph.\r\n');
    const { articles, rejected } = await readArticles([path]);
    expect(rejected).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article.text).toBe('Caf\u00e9 owner speaks  \n\n  Indented second paragraph.\n');
    expect(article.title).toBe('Café owner speaks');
    expect(article.path).toBe(path);
    expect(article.outlet).toBeNull();
    expect(article.published).toBeNull();
    expect(article.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('reads .md with the first heading as title and the markdown text untouched', async () => {
    const dir = await folder();
    const source = '\n## Talks resume in Geneva ##\n\nNegotiators *met* on Monday.\n';
    const path = await file(dir, 'notes.md', source);
    const { articles } = await readArticles([path]);
    expect(articles[0].title).toBe('Talks resume in Geneva');
    expect(articles[0].text).toBe(source);
  });

  it('reads .html: drops scripts and styles, decodes entities, titles from <title>', async () => {
    const dir = await folder();
    const html = `<!doctype html><html><head><title>Tariffs &amp; trade</title>
      <style>p { color: red }</style><script>var secret = "<p>injected</p>";</script></head>
      <body><h1>Main heading</h1><p>The minister said &ldquo;no&rdquo; &mdash; twice &amp; firmly.</p>
      <p>See <a href="https://example.com/x">the report</a>.</p><script>track()</script></body></html>`;
    const path = await file(dir, 'page.html', html);
    const { articles, rejected } = await readArticles([path]);
    expect(rejected).toEqual([]);
    const [article] = articles;
    expect(article.title).toBe('Tariffs & trade');
    expect(article.text).toContain('The minister said “no” — twice & firmly.');
    expect(article.text).toContain('Main heading');
    expect(article.text).toContain('See the report.');
    for (const leaked of ['secret', 'injected', 'track()', 'color', 'https://example.com', '&amp;', '<p>']) {
      expect(article.text).not.toContain(leaked);
    }
  });

  it('titles .htm pages without <title> from the first <h1>', async () => {
    const dir = await folder();
    const path = await file(dir, 'page.htm', '<body><p>Lead.</p><h1>Summit ends</h1><h1>Second</h1></body>');
    const { articles } = await readArticles([path]);
    expect(articles[0].title).toBe('Summit ends');
    expect(articles[0].text).toContain('Lead.');
  });

  it('reads one .json article object with alternative field names', async () => {
    const dir = await folder();
    const path = await file(
      dir,
      'one.json',
      JSON.stringify({ headline: 'Port reopens', body: 'The port reopened.\r\nShips left.', publisher: 'Daily Wire Service', published_at: '2025-11-24' }),
    );
    const { articles, rejected } = await readArticles([path]);
    expect(rejected).toEqual([]);
    expect(articles).toEqual([
      expect.objectContaining({ path, title: 'Port reopens', text: 'The port reopened.\nShips left.', outlet: 'Daily Wire Service', published: '2025-11-24' }),
    ]);
  });

  it('reads a .json array; elements are pathed file[i]; a nested source name is the outlet', async () => {
    const dir = await folder();
    const path = await file(
      dir,
      'many.json',
      JSON.stringify([
        { title: 'First', text: 'First story text.', source: { name: 'Wire A' }, date: '2025-01-02' },
        { content: 'Second story text.', outlet: 'Wire B', published: '2025-01-03' },
      ]),
    );
    const { articles } = await readArticles([path]);
    expect(articles.map((a) => [a.path, a.title, a.outlet, a.published])).toEqual([
      [`${path}[0]`, 'First', 'Wire A', '2025-01-02'],
      [`${path}[1]`, 'Second story text.', 'Wire B', '2025-01-03'],
    ]);
  });

  it('reads .jsonl one article per line, paths carry the line number, a bad line costs only itself', async () => {
    const dir = await folder();
    const path = await file(dir, 'feed.jsonl', ['{"text": "Alpha story."}', '{"text": "Beta', '', '{"body": "Gamma story.", "title": "G"}', ''].join('\n'));
    const result = await readArticles([path]);
    expect(result.articles.map((a) => [a.path, a.text, a.title])).toEqual([
      [`${path}#1`, 'Alpha story.', 'Alpha story.'],
      [`${path}#4`, 'Gamma story.', 'G'],
    ]);
    expect(reasonFor(result, `${path}#2`)).toMatch(/^malformed JSON at column \d+/);
    expect(result.rejected).toHaveLength(1);
  });

  it('accepts UTF-16 announced by a byte order mark', async () => {
    const dir = await folder();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Héllo from UTF-16.\r\n', 'utf16le')]);
    const path = await file(dir, 'windows.txt', bytes);
    const { articles } = await readArticles([path]);
    expect(articles[0].text).toBe('Héllo from UTF-16.\n');
  });

  it('cuts very long first lines into a bounded title at a word boundary', async () => {
    const dir = await folder();
    const longLine = `${'word '.repeat(100)}end`;
    const path = await file(dir, 'long.txt', `${longLine}\nBody.`);
    const { articles } = await readArticles([path]);
    expect(articles[0].title.length).toBeLessThanOrEqual(120);
    expect(articles[0].title).toMatch(/^word( word)*…$/);
    expect(articles[0].text.startsWith(longLine)).toBe(true);
  });
});

describe('folders', () => {
  it('skips a README inside a folder but reads one named explicitly', async () => {
    const dir = await folder();
    const article = await file(dir, 'story.txt', 'Officials opened the new dam on Tuesday.');
    const readme = await file(dir, 'README.md', '# About this corpus\n\nThe dam story, told once.');
    const walked = await readArticles([dir]);
    expect(walked.articles.map((a) => a.path)).toEqual([article]);
    expect(walked.rejected).toEqual([]);
    const named = await readArticles([readme]);
    expect(named.articles.map((a) => a.path)).toEqual([readme]);
  });
});

describe('bad input is rejected with a reason, naming the file', () => {
  it('rejects an empty file and a whitespace-only file', async () => {
    const dir = await folder();
    const empty = await file(dir, 'empty.txt', '');
    const blank = await file(dir, 'blank.md', ' \n\t\r\n  ');
    const result = await readArticles([empty, blank]);
    expect(result.articles).toEqual([]);
    expect(reasonFor(result, empty)).toBe('is empty');
    expect(reasonFor(result, blank)).toMatch(/empty/);
  });

  it('rejects binary content: NUL bytes, or mostly control characters', async () => {
    const dir = await folder();
    const png = await file(dir, 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const controls = await file(dir, 'controls.txt', Buffer.from('a\x01\x02\x03b\x04\x05\x06c\x07\x08\x0e', 'latin1'));
    const result = await readArticles([png, controls]);
    expect(result.articles).toEqual([]);
    expect(reasonFor(result, png)).toMatch(/binary.*NUL/);
    expect(reasonFor(result, controls)).toMatch(/binary.*control/);
  });

  it('keeps text with a stray control character (a form feed, one escape) as text', async () => {
    const dir = await folder();
    const path = await file(dir, 'mostly-text.txt', 'Page one.\fPage two has one \x1b escape in a long enough line of prose.');
    const { articles, rejected } = await readArticles([path]);
    expect(rejected).toEqual([]);
    expect(articles[0].text).toContain('\f');
  });

  it('rejects a sparse 200 MB file by its size on disk, without reading it', async () => {
    const dir = await folder();
    const path = await file(dir, 'huge.txt', '');
    await truncate(path, 200 * 1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const started = Date.now();
    const result = await readArticles([path]);
    // The file is all NUL bytes: had it been read, it would have been rejected as binary instead.
    expect(reasonFor(result, path)).toBe('is 200 MB, over the 20 MB size limit');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('applies a custom size limit: at the limit is read, one byte over is not', async () => {
    const dir = await folder();
    const fits = await file(dir, 'fits.txt', 'x'.repeat(100));
    const over = await file(dir, 'over.txt', 'y'.repeat(101));
    const result = await readArticles([fits, over], { maxBytes: 100 });
    expect(result.articles.map((a) => a.path)).toEqual([fits]);
    expect(reasonFor(result, over)).toMatch(/over the .* size limit/);
  });

  it('rejects invalid UTF-8 instead of replacing bytes', async () => {
    const dir = await folder();
    // "caf" + a lone Latin-1 é (0xE9), which is not valid UTF-8.
    const path = await file(dir, 'latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    const result = await readArticles([path]);
    expect(result.articles).toEqual([]);
    expect(reasonFor(result, path)).toMatch(/not valid UTF-8/);
  });

  it('rejects unsupported extensions and lists the supported ones', async () => {
    const dir = await folder();
    const pdf = await file(dir, 'report.pdf', 'looks like text but is not a supported type');
    const result = await readArticles([pdf]);
    expect(reasonFor(result, pdf)).toMatch(/unsupported extension.*\.txt.*\.jsonl/);
  });

  it('rejects malformed JSON with the parser position as line and column', async () => {
    const dir = await folder();
    const trailingComma = await file(dir, 'comma.json', '{\n  "text": "x",\n}');
    const strayToken = await file(dir, 'token.json', '{\n  "text": "a long enough article text",\n  "tags": [1, 2, x, 3, 4, 5, 6, 7]\n}');
    const truncated = await file(dir, 'cut.json', '{"text": "never closed');
    const result = await readArticles([trailingComma, strayToken, truncated]);
    expect(result.articles).toEqual([]);
    expect(reasonFor(result, trailingComma)).toMatch(/^malformed JSON at line 3, column 1: /);
    // V8 names no position for an unexpected token, only the text around it; it is found again from that.
    expect(reasonFor(result, strayToken)).toBe('malformed JSON at line 3, column 18: unexpected "x"');
    expect(reasonFor(result, truncated)).toBe('malformed JSON at line 1, column 23: unterminated string');
    for (const { reason } of result.rejected) expect(reason).not.toContain('\n');
  });

  it('rejects JSON records without usable text, one reason per record', async () => {
    const dir = await folder();
    const noText = await file(dir, 'no-text.json', JSON.stringify({ title: 'Only a title' }));
    const mixed = await file(
      dir,
      'mixed.json',
      JSON.stringify([{ text: 'Good one.' }, { text: 42 }, { body: '   ' }, 'just a string', { content: 'Good two.' }]),
    );
    const scalar = await file(dir, 'scalar.json', '"a bare string"');
    const emptyArray = await file(dir, 'empty-array.json', '[]');
    const result = await readArticles([noText, mixed, scalar, emptyArray]);
    expect(result.articles.map((a) => a.path)).toEqual([`${mixed}[0]`, `${mixed}[4]`]);
    expect(reasonFor(result, noText)).toBe('has no text field (expected one of: text, body, content, maintext)');
    expect(reasonFor(result, `${mixed}[1]`)).toBe('field "text" is not a string');
    expect(reasonFor(result, `${mixed}[2]`)).toBe('field "body" is empty');
    expect(reasonFor(result, `${mixed}[3]`)).toMatch(/not a JSON object/);
    expect(reasonFor(result, scalar)).toMatch(/neither an article object nor an array/);
    expect(reasonFor(result, emptyArray)).toMatch(/empty array/);
  });

  it('rejects JSONL lines that are not article objects, naming each line', async () => {
    const dir = await folder();
    const path = await file(dir, 'feed.jsonl', '{"text": "fine"}\n[1, 2]\n{"title": "no text"}\n{"text": "also fine"}\n');
    const result = await readArticles([path]);
    expect(result.articles.map((a) => a.path)).toEqual([`${path}#1`, `${path}#4`]);
    expect(reasonFor(result, `${path}#2`)).toMatch(/not a JSON object/);
    expect(reasonFor(result, `${path}#3`)).toMatch(/no text field/);
  });

  it('rejects paths that do not exist, including below a file', async () => {
    const dir = await folder();
    const real = await file(dir, 'real.txt', 'Real article.');
    const missing = join(dir, 'missing.txt');
    const belowFile = join(real, 'child.txt');
    const result = await readArticles([missing, real, belowFile]);
    expect(result.articles.map((a) => a.path)).toEqual([real]);
    expect(reasonFor(result, missing)).toBe('does not exist');
    expect(reasonFor(result, belowFile)).toMatch(/^does not exist/);
    // Reported in the order the paths were given.
    expect(result.rejected.map((r) => r.path)).toEqual([missing, belowFile]);
  });

  const canMakeFifo = spawnSync('mkfifo', ['--version']).status === 0;
  it.skipIf(!canMakeFifo)('rejects a named pipe instead of blocking on it (skipped without mkfifo)', async () => {
    const dir = await folder();
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const good = await file(dir, 'good.txt', 'Still read.');
    const result = await readArticles([dir]);
    expect(reasonFor(result, fifo)).toBe('is not a regular file or folder');
    expect(result.articles.map((a) => a.path)).toEqual([good]);
  });

  it.skipIf(process.getuid?.() === 0)('rejects an unreadable file (skipped as root, who can read anything)', async () => {
    const dir = await folder();
    const locked = await file(dir, 'locked.txt', 'Secret article.');
    await chmod(locked, 0o000);
    const result = await readArticles([locked]);
    expect(reasonFor(result, locked)).toMatch(/permission denied/);
  });
});

describe('input built to break the reader costs only its own file', () => {
  const nestedDivs = (depth: number, text: string) => `<html><body>${'<div>'.repeat(depth)}${text}${'</div>'.repeat(depth)}</body></html>`;

  it('rejects HTML nested 3,000 elements deep with one line, and reads the file beside it', async () => {
    const dir = await folder();
    // Deep enough to overflow html-to-text's recursive walk had the page reached it.
    const deep = await file(dir, 'deep.html', nestedDivs(3_000, 'Buried text.'));
    const good = await file(dir, 'good.txt', 'The council approved the ferry line on Monday.');
    const result = await readArticles([dir]);
    // 3,000 divs inside <html> and <body>.
    expect(reasonFor(result, deep)).toMatch(/^is too deeply nested HTML \(3002 levels; the limit is \d+\)$/);
    expect(result.articles.map((a) => a.path)).toEqual([good]);
  });

  it('still reads HTML nested deeper than any real page but within the limit', async () => {
    const dir = await folder();
    const path = await file(dir, 'nested.html', nestedDivs(500, 'Still readable.'));
    const { articles, rejected } = await readArticles([path]);
    expect(rejected).toEqual([]);
    expect(articles[0].text.trim()).toBe('Still readable.');
  });

  it('rejects a JSON array and a JSONL file of a million tiny articles quickly, and reads the file beside them', async () => {
    const dir = await folder();
    const records = Array.from({ length: 1_000_000 }, (_, i) => `{"text":"A${i}"}`);
    // 18.9 MB each: under the size limit, so only the article count stops them.
    const array = await file(dir, 'million.json', `[${records.join(',')}]`);
    const lines = await file(dir, 'million.jsonl', `${records.join('\n')}\n`);
    const good = await file(dir, 'good.txt', 'The council approved the ferry line on Monday.');
    const started = Date.now();
    const result = await readArticles([array, lines, good]);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(reasonFor(result, array)).toBe('holds over 10,000 articles, the most one file may hold; split it');
    expect(reasonFor(result, lines)).toBe('holds over 10,000 articles, the most one file may hold; split it');
    expect(result.articles.map((a) => a.path)).toEqual([good]);
  });

  it('reads 10,000 articles from one file and refuses 10,001, in either JSON form', async () => {
    const dir = await folder();
    // Commas and brackets inside the text and nested values must not be counted as elements.
    const records = (n: number) => Array.from({ length: n }, (_, i) => `{"text":"Story ${i}, [told] \\"twice\\", {once}.","tags":[1,2,{"a":[3,4]}]}`);
    const atLimit = await file(dir, 'at-limit.json', JSON.stringify(JSON.parse(`[${records(10_000).join(',')}]`), null, 1));
    const overLimit = await file(dir, 'over-limit.json', `[${records(10_001).join(',')}]`);
    const linesAtLimit = await file(dir, 'at-limit.jsonl', records(10_000).join('\n\n'));
    const linesOverLimit = await file(dir, 'over-limit.jsonl', records(10_001).join('\n'));
    const result = await readArticles([atLimit, overLimit, linesAtLimit, linesOverLimit]);
    expect(result.rejected.map((r) => r.path)).toEqual([overLimit, linesOverLimit]);
    // The two files at the limit hold the same texts, so the second one's are duplicates of the first's.
    expect(result.articles).toHaveLength(10_000);
    expect(result.duplicates).toHaveLength(10_000);
    expect(result.articles[9_999].text).toBe('Story 9999, [told] "twice", {once}.');
  });

  it('reads a JSON record whose source names nest 100,000 deep, without its outlet, and the record beside it', async () => {
    const dir = await folder();
    const depth = 100_000;
    const nestedSource = `${'{"name":'.repeat(depth)}"Wire"${'}'.repeat(depth)}`;
    const path = await file(dir, 'nested.json', `[{"text": "Deep source.", "source": ${nestedSource}}, {"text": "Plain record.", "source": {"name": "Wire B"}}]`);
    const { articles, rejected } = await readArticles([path]);
    expect(rejected).toEqual([]);
    expect(articles.map((a) => [a.text, a.outlet])).toEqual([
      ['Deep source.', null],
      ['Plain record.', 'Wire B'],
    ]);
  });
});

describe('folders', () => {
  it('walks recursively in sorted order, skips hidden entries, reads good files beside bad ones', async () => {
    const dir = await folder();
    await file(dir, 'b.txt', 'Story B.');
    await file(dir, 'a.md', '# A\n\nStory A.');
    await file(dir, 'sub/c.html', '<p>Story C.</p>');
    await file(dir, 'sub/deeper/d.jsonl', '{"text": "Story D."}\n{broken\n');
    await file(dir, 'bad-binary.txt', Buffer.from([0x00, 0x01, 0x02]));
    await file(dir, 'bad-empty.json', '');
    await file(dir, 'notes.docx', 'not a supported type');
    await file(dir, '.hidden.txt', 'Hidden story.');
    await file(dir, '.git/HEAD.txt', 'Hidden folder story.');
    const result = await readArticles([dir]);
    expect(result.articles.map((a) => a.text)).toEqual(['# A\n\nStory A.', 'Story B.', 'Story C.', 'Story D.']);
    expect(result.rejected.map((r) => r.path)).toEqual([
      join(dir, 'bad-binary.txt'),
      join(dir, 'bad-empty.json'),
      join(dir, 'notes.docx'),
      `${join(dir, 'sub/deeper/d.jsonl')}#2`,
    ]);
  });

  it('reads a hidden file when it is named explicitly', async () => {
    const dir = await folder();
    const hidden = await file(dir, '.draft.txt', 'Named on purpose.');
    const { articles } = await readArticles([hidden]);
    expect(articles.map((a) => a.path)).toEqual([hidden]);
  });

  it('rejects an empty folder and survives a symbolic link loop', async () => {
    const dir = await folder();
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const looped = join(dir, 'looped');
    await file(looped, 'story.txt', 'Only once.');
    await symlink(looped, join(looped, 'again'));
    const result = await readArticles([empty, looped]);
    expect(reasonFor(result, empty)).toMatch(/folder with no files/);
    expect(result.articles.map((a) => a.path)).toEqual([join(looped, 'story.txt')]);
  });
});

describe('article ids', () => {
  it('are the same for the same text and read twice, different for different text', async () => {
    const dir = await folder();
    const first = await file(dir, 'first.txt', 'Same words.\n');
    const copy = await file(dir, 'copy.md', '\uFEFFSame words.\r\n');
    const other = await file(dir, 'other.txt', 'Other words.\n');
    const once = await readArticles([first]);
    const again = await readArticles([first]);
    expect(again.articles[0].id).toBe(once.articles[0].id);
    const all = await readArticles([first, copy, other]);
    expect(all.articles.map((a) => a.path)).toEqual([first, other]);
    expect(all.duplicates).toEqual([{ path: copy, sameAs: first }]);
    expect(all.articles[1].id).not.toBe(all.articles[0].id);
    expect(all.rejected).toEqual([]);
  });

  it('treat the same text in JSON and in a plain file as one article', async () => {
    const dir = await folder();
    const plain = await file(dir, 'plain.txt', 'Shared report text.');
    const json = await file(dir, 'wrapped.json', JSON.stringify({ text: 'Shared report text.', outlet: 'X' }));
    const { articles, duplicates } = await readArticles([plain, json]);
    expect(articles).toHaveLength(1);
    expect(duplicates).toEqual([{ path: json, sameAs: plain }]);
  });
});

describe('text preservation', () => {
  it('keeps spans valid: sentence spans found in the text slice back to the same sentences', async () => {
    const dir = await folder();
    const source = 'First claim is here.\r\nSecond one — with “quotes” and émojis 🎉 follows.\r\n';
    const path = await file(dir, 'spans.txt', source);
    const { articles } = await readArticles([path]);
    const text = articles[0].text;
    expect(text).toBe(source.replace(/\r\n/g, '\n'));
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  describe.skipIf(!existsSync(seedsFolder))(`seed articles in ${seedsFolder} (skipped when that folder is absent)`, () => {
    it('reads every seed unchanged, with distinct ids and valid sentence spans', async () => {
      const seedFiles = readdirSync(seedsFolder).filter((name) => !name.startsWith('.')).sort();
      const { articles, rejected } = await readArticles([seedsFolder]);
      expect(rejected).toEqual([]);
      expect(articles.map((a) => a.path)).toEqual(seedFiles.map((name) => join(seedsFolder, name)));
      expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
      for (const article of articles) {
        const onDisk = readFileSync(article.path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
        expect(article.text).toBe(onDisk);
        expect(article.title.length).toBeGreaterThan(0);
        for (const sentence of splitSentences(article.text)) {
          expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        }
      }
    });
  });
});

describe('sentences: an abbreviated title before a name', () => {
  it('does not end a sentence ("Const. Tim Fanning", "Det. Supt. Ann Lowe"), while "the Rev. The service" and "the DC. Then" still split', () => {
    const texts = (text: string) => splitSentences(text).map((s) => s.text);
    expect(texts('Police spokesperson Const. Tim Fanning said the gunman came in at 4pm.')).toHaveLength(1);
    expect(texts('Det. Supt. Ann Lowe said the search would go on.')).toHaveLength(1);
    expect(texts('He spoke to the Rev. The service began at noon.')).toHaveLength(2);
    expect(texts('It was reported by the DC. Then he left.')).toHaveLength(2);
  });
});
