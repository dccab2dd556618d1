// The facts table in a real browser on the examples: a row per fact with each outlet's value,
// sorting by a column, filtering by words and status, a click opening the evidence, CSV download.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewerStory } from '../../src/server/viewer-story.ts';
import { mustRunBrowserTests } from './browser.ts';
import { openExamplesStore } from './story-setup.ts';
import { closeServedStory, serveStory, type ServedStory, type ViewerSession } from './viewer-session.ts';

// A test artifact, kept out of git; docs/facts.png is a copy of one run, shown in the README.
const SCREENSHOT = fileURLToPath(new URL('../../test-results/facts.png', import.meta.url));
// docs/articles.png likewise.
const ARTICLES_SCREENSHOT = fileURLToPath(new URL('../../test-results/articles.png', import.meta.url));

describe.runIf(mustRunBrowserTests)('facts table', () => {
  let served: ServedStory | undefined;
  let viewer: ViewerSession;
  let page: Page;
  let story: ViewerStory;

  beforeAll(async () => {
    served = await serveStory('storygraph-facts-', openExamplesStore);
    ({ viewer, page } = served);
    story = (await (await fetch(new URL('/api/story', viewer.server.url))).json()) as ViewerStory;
    await page.click('#show-facts');
  });

  afterAll(() => closeServedStory(served));

  const column = (n: number) => page.$$eval(`table.facts tbody tr td:nth-child(${n})`, (cells) => cells.map((cell) => cell.textContent ?? ''));

  it('shows one row per fact, with a column per source', async () => {
    expect(await page.locator('table.facts tbody tr').count()).toBe(story.facts.length);
    expect(await page.locator('table.facts thead th').count()).toBe(4 + story.articles.length);
  });

  it('sorts by a column when its heading is clicked, and back', async () => {
    await page.click('table.facts th button[data-column="subject"]');
    const ascending = await column(2);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    await page.click('table.facts th button[data-column="subject"]');
    expect(await column(2)).toEqual([...ascending].reverse());
  });

  it('filters by words and by status; the estimate row shows both outlets\' figures', async () => {
    await page.fill('#facts-filter', 'billion');
    const rows = await page.$$eval('table.facts tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.includes('$4.2 billion') && row.includes('$4.5 billion')), rows.join('\n')).toBe(true);
    await page.selectOption('#facts-status', 'contradicted');
    const statuses = await page.$$eval('table.facts tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.status));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['contradicted']));
  });

  it('downloads the filtered rows as CSV', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#facts-csv')]);
    const csv = await readFile((await file.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^"Status","Subject","Relation","Object"/);
    expect(lines.length - 1).toBe(await page.locator('table.facts tbody tr').count());
    expect(csv).toContain('$4.5 billion');
  });

  it('opens a fact\'s evidence when its row is clicked; saves a screenshot', async () => {
    await page.click('table.facts tbody tr');
    await page.waitForSelector('#panel [data-claim]', { timeout: 5_000 });
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    expect((await page.screenshot({ path: SCREENSHOT })).length).toBeGreaterThan(10_000);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('lists every source in the articles view with its counts; saves a screenshot', async () => {
    await page.click('#show-articles');
    const rows = page.locator('#articles-view tbody tr');
    expect(await rows.count()).toBe(story.articles.length);
    // Every outlet of the examples has claims told by another outlet.
    const corroborated = await page.$$eval('#articles-view tbody tr td:nth-child(2)', (cells) => cells.map((cell) => Number.parseInt(cell.textContent ?? '', 10)));
    expect(corroborated.every((count) => count > 0), `corroborated per source: ${corroborated.join(', ')}`).toBe(true);
    expect((await page.screenshot({ path: ARTICLES_SCREENSHOT })).length).toBeGreaterThan(10_000);
    expect(viewer.pageErrors).toEqual([]);
  });
});
