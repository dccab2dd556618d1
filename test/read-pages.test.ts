// Input as users have it: saved news pages (menus, cookie banners, "most read" lists, footers),
// Markdown with YAML front matter, and the JSON of common scrapers. Pages written here in the
// shapes of real news sites; each file is read through the real read stage.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../src/read/index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storygraph-pages-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readOne(name: string, content: string) {
  const path = join(dir, name);
  await writeFile(path, content);
  const result = await readArticles([path]);
  expect(result.rejected, `rejected: ${JSON.stringify(result.rejected)}`).toEqual([]);
  return { article: result.articles[0]!, warnings: result.warnings, path };
}

const ARTICLE = [
  'The Harbin bridge was closed on Sunday after the river rose two metres overnight, the city council said.',
  'Engineers will inspect the bridge on Monday, according to council spokesman Ivo Lund.',
  'About 300 homes were evacuated in the low town, and the mayor said the closure could last a week.',
];

describe('a saved news page', () => {
  const page = `<!doctype html><html><head>
    <title>Flood closes Harbin bridge | The Lakeside Times</title>
    <meta property="og:site_name" content="The Lakeside Times">
    <meta property="article:published_time" content="2026-11-30T08:15:00Z">
    </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> | <a href="/subscribe">Subscribe</a></nav>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <article><h1>Flood closes Harbin bridge</h1><p class="byline">By Mara Quist</p>
    ${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}
    </article>
    <aside><h2>Most read</h2><ul><li>Ten recipes for autumn</li><li>Local team wins cup</li></ul></aside>
    <footer>All rights reserved. The Lakeside Times 2026.</footer>
    </body></html>`;

  it('keeps the article body and drops the menu, cookie banner, byline, "most read" list and footer', async () => {
    const { article, warnings } = await readOne('lakeside.html', page);
    for (const sentence of ARTICLE) expect(article.text).toContain(sentence);
    for (const furniture of ['Subscribe', 'cookies', 'Most read', 'recipes', 'All rights reserved', 'By Mara Quist']) {
      expect(article.text, `"${furniture}" should not be read as the article`).not.toContain(furniture);
    }
    expect(warnings).toEqual([]);
  });

  it('takes the headline without the site name, the outlet and the date from the page', async () => {
    const { article } = await readOne('lakeside2.html', page.replace('Harbin bridge was', 'Harbin road bridge was'));
    expect(article.title).toBe('Flood closes Harbin bridge');
    expect(article.outlet).toBe('The Lakeside Times');
    expect(article.published).toBe('2026-11-30T08:15:00Z');
  });

  it('reads a page in another shape: a main column of paragraphs, the date in a meta "date"', async () => {
    const other = `<html><head><title>Port strike enters second day - Harbour Daily</title>
      <meta name="date" content="2026-12-01"><meta name="application-name" content="Harbour Daily"></head><body>
      <header><ul><li>News</li><li>Business</li><li>Sign in</li></ul></header>
      <main><div class="story-body">
      <p>Dockworkers at Castellmar stayed off the job for a second day on Tuesday, the union said.</p>
      <p>The company has offered a 4% pay rise, which the union called far too low for the work at the port.</p>
      <p>Container ships are queuing at anchor off the port, according to the harbour master's office.</p>
      </div></main>
      <div class="newsletter">Sign up for our newsletter</div></body></html>`;
    const { article } = await readOne('harbour.html', other);
    expect(article.text).toContain('Container ships are queuing at anchor off the port');
    expect(article.text).not.toContain('Sign up');
    expect(article.text).not.toContain('Business');
    expect(article.outlet).toBe('Harbour Daily');
    expect(article.published).toBe('2026-12-01');
    expect(article.title).toBe('Port strike enters second day');
  });

  it('reads the whole page, with a warning naming the file, when no article body stands out', async () => {
    const { article, warnings, path } = await readOne('stub.html', '<html><body><p>Bridge closed.</p></body></html>');
    expect(article.text).toBe('Bridge closed.');
    expect(warnings).toEqual([{ path, reason: expect.stringContaining('no article body found') }]);
  });
});

describe('front matter in .md and .txt', () => {
  it('takes title, outlet and date from YAML front matter and keeps it out of the text', async () => {
    const { article } = await readOne(
      'note.md',
      ['---', 'title: "Flood closes Harbin bridge"', 'outlet: The Lakeside Times', 'published: 2026-11-30', 'url: https://example.org/flood', '---', '', ...ARTICLE].join('\n'),
    );
    expect(article.title).toBe('Flood closes Harbin bridge');
    expect(article.outlet).toBe('The Lakeside Times');
    expect(article.published).toBe('2026-11-30');
    expect(article.text.startsWith(ARTICLE[0]!)).toBe(true);
    expect(article.text).not.toContain('outlet:');
  });

  it('keeps a block that is not valid YAML as text, with a warning', async () => {
    const source = ['---', 'title: [unclosed', '---', ...ARTICLE].join('\n');
    const { article, warnings } = await readOne('broken.txt', source);
    expect(article.text).toContain('title: [unclosed');
    expect(warnings[0]?.reason).toMatch(/front matter is not valid YAML/);
  });
});

describe('the JSON of common scrapers, without configuration', () => {
  it('news-please: maintext, source_domain, date_publish', async () => {
    const record = { title: 'Flood closes bridge', maintext: ARTICLE.join(' '), source_domain: 'lakesidetimes.example', date_publish: '2026-11-30 08:15:00' };
    const { article } = await readOne('news-please.json', JSON.stringify(record));
    expect(article).toMatchObject({ title: 'Flood closes bridge', outlet: 'lakesidetimes.example', published: '2026-11-30 08:15:00' });
    expect(article.text).toContain('Engineers will inspect the bridge');
  });

  it('trafilatura: text, sitename, date', async () => {
    const record = { title: 'Flood closes bridge', text: ARTICLE.join('\n'), sitename: 'The Lakeside Times', date: '2026-11-30' };
    const { article } = await readOne('trafilatura.json', JSON.stringify(record));
    expect(article).toMatchObject({ outlet: 'The Lakeside Times', published: '2026-11-30' });
  });
});
