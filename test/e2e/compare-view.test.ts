// The compare view in a real browser on the seeds (the second is a sentence-by-sentence rewording
// of the first, with planted differences) and a hostile comment page: aligned sentences side by
// side with their status, the words that differ marked, and the "only in B" / "left out by B" lists.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mustRunBrowserTests } from './browser.ts';
import { openTestStore } from './story-setup.ts';
import { openComparison, type OpenedComparison } from './compare-session.ts';
import { closeServedStory, serveStory, type ServedStory, type ViewerSession } from './viewer-session.ts';

// A test artifact, kept out of git; docs/compare.png is a copy of one run, shown in the README.
const SCREENSHOT = fileURLToPath(new URL('../../test-results/compare.png', import.meta.url));

describe.runIf(mustRunBrowserTests)('compare view', () => {
  let served: ServedStory | undefined;
  let viewer: ViewerSession;
  let page: Page;
  let idOf: OpenedComparison['idOf'];

  beforeAll(async () => {
    served = await serveStory('storygraph-compare-', openTestStore, '?story=all');
    ({ viewer, page } = served);
    ({ idOf } = await openComparison(served, '000_', '001_'));
  });

  afterAll(() => closeServedStory(served));

  const cells = () =>
    page.$$eval('table.compare tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => ({ status: td.dataset.status ?? '', text: td.textContent ?? '', marked: [...td.querySelectorAll('mark.diff')].map((m) => m.textContent) }))),
    );

  it('puts reworded sentences side by side as told by both', async () => {
    const rows = await cells();
    const both = rows.filter(([left, right]) => left?.status === 'corroborated' && right?.status === 'corroborated');
    expect(both.length, `rows: ${JSON.stringify(rows.slice(0, 5))}`).toBeGreaterThanOrEqual(5);
    const taiwan = rows.find(([left]) => left?.text.includes('returning Taiwan to China'));
    expect(taiwan?.[1]?.text, 'the Taiwan sentence of A should sit beside its rewording in B').toContain('return to China');
  });

  it('marks the spokeswoman spelled two ways as contradicted, with the differing words marked', async () => {
    const rows = await cells();
    const leavitt = rows.find(([left]) => left?.text.includes('Caroline Leavitt'));
    expect(leavitt, 'a row for the Caroline Leavitt sentence').toBeDefined();
    expect(leavitt![0]!.status).toBe('contradicted');
    expect(leavitt![1]!.text).toContain('Karoline Leavitt');
    expect(leavitt![0]!.marked.join(' ')).toContain('Caroline');
  });

  it('marks a quote worded differently and a statement credited to another speaker as contradicted', async () => {
    const rows = await cells();
    const quote = rows.find(([left]) => left?.text.includes('extremely strong'));
    expect(quote?.[0]?.status, `row: ${JSON.stringify(quote)}`).toBe('contradicted');
    expect(quote![1]!.text).toContain('very robust');
    const credited = rows.find(([left]) => left?.text.includes("according to China's president"));
    expect(credited?.[0]?.status, `row: ${JSON.stringify(credited)}`).toBe('contradicted');
    expect(credited![1]!.text).toContain('according to the U.S. leader');
  });

  it('lists what only B says and what B leaves out', async () => {
    const onlyInB = await page.$$eval('#only-in-b li', (items) => items.map((item) => item.textContent ?? ''));
    const leftOut = await page.$$eval('#left-out-by-b li', (items) => items.map((item) => item.textContent ?? ''));
    expect(onlyInB.some((text) => text.includes('local guide')), `only in B: ${onlyInB.join(' | ')}`).toBe(true);
    expect(leftOut.some((text) => text.includes('withdrew its threat')), `left out by B: ${leftOut.join(' | ')}`).toBe(true);
  });

  it('saves a screenshot of the compare view for the README', async () => {
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('opens a sentence\'s claim in the panel when it is clicked', async () => {
    await page.click('table.compare td[data-status="corroborated"]');
    await page.waitForSelector('#panel [data-claim]', { timeout: 5_000 });
  });

  it('shows markup in a compared article as text, and swaps the sides', async () => {
    await page.selectOption('#compare-b', idOf('hostile-comments'));
    const text = await page.$eval('table.compare', (table) => table.textContent ?? '');
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.click('#compare-swap');
    expect(await page.$eval('#compare-a', (select) => (select as HTMLSelectElement).value)).toBe(idOf('hostile-comments'));
    expect(viewer.pageErrors).toEqual([]);
  });
});
