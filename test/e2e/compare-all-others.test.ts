// The compare view with B = "All other sources", in a real browser on the examples (an earthquake
// told by four outlets): each of one outlet's sentences beside the first other outlet's sentence
// that tells it, how many of the others tell it, what only the others say (each with its source),
// and what no other outlet tells.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mustRunBrowserTests } from './browser.ts';
import { openExamplesStore } from './story-setup.ts';
import { openComparison } from './compare-session.ts';
import { closeServedStory, serveStory, type ServedStory, type ViewerSession } from './viewer-session.ts';

// A test artifact, kept out of git; docs/compare-all.png is a copy of one run, shown in the README.
const SCREENSHOT = fileURLToPath(new URL('../../test-results/compare-all.png', import.meta.url));

describe.runIf(mustRunBrowserTests)('compare one source against all others', () => {
  let served: ServedStory | undefined;
  let viewer: ViewerSession;
  let page: Page;

  beforeAll(async () => {
    served = await serveStory('storygraph-compare-all-', openExamplesStore);
    ({ viewer, page } = served);
    await openComparison(served, '03-', '*');
  });

  afterAll(() => closeServedStory(served));

  const rows = () =>
    page.$$eval('table.compare tbody tr', (trs) =>
      trs.map((row) => [...row.querySelectorAll('td')].map((td) => ({
        status: td.dataset.status ?? '',
        text: td.textContent ?? '',
        source: td.querySelector('.cmp-source')?.textContent ?? '',
        tellers: td.querySelector('.cmp-count')?.getAttribute('data-sources') ?? '',
      }))),
    );

  it('shows each of A\'s sentences once, in order, and no other source\'s sentence on the left', async () => {
    const table = await rows();
    const left = table.map(([cell]) => cell!.text);
    expect(left.length, `rows: ${JSON.stringify(table.slice(0, 3))}`).toBeGreaterThanOrEqual(14);
    expect(left.findIndex((text) => text.includes('An earthquake struck Ostrel'))).toBeLessThan(left.findIndex((text) => text.includes('measured 6.1')));
    expect(table.every(([cell]) => cell!.text.length > 0)).toBe(true);
  });

  it('sets the 6.1 magnitude against another outlet\'s 6.4, naming that outlet', async () => {
    const table = await rows();
    const magnitude = table.find(([left]) => left!.text.includes('measured 6.1'));
    expect(magnitude?.[0]?.status, `row: ${JSON.stringify(magnitude)}`).toBe('contradicted');
    expect(magnitude![1]!.text).toContain('6.4');
    expect(magnitude![1]!.source, 'the right cell names the outlet it is from').not.toBe('');
    expect(magnitude![1]!.source).not.toBe(magnitude![0]!.source);
  });

  it('says how many of the three other outlets tell a sentence', async () => {
    const table = await rows();
    const struck = table.find(([left]) => left!.text.includes('An earthquake struck Ostrel'));
    expect(struck?.[0]?.status, `row: ${JSON.stringify(struck)}`).toBe('corroborated');
    expect(Number(struck![0]!.tellers), 'the quake striking Ostrel is told by every outlet').toBe(3);
    expect(await page.$eval('table.compare', (table) => table.textContent ?? '')).toContain('of 3');
  });

  it('lists what only the others say, each with its outlet, and what no other outlet tells', async () => {
    // Grouped under each source's name: every item sits in a list that follows a source heading.
    const onlyInOthers = await page.$$eval('#only-in-b li', (items) => items.map((item) => ({ source: item.parentElement?.previousElementSibling?.querySelector('.cmp-source')?.textContent ?? '', text: item.textContent ?? '' })));
    const leftOut = await page.$$eval('#left-out-by-b li', (items) => items.map((item) => item.textContent ?? ''));
    expect(onlyInOthers.length).toBeGreaterThan(0);
    expect(onlyInOthers.every((item) => item.source !== ''), JSON.stringify(onlyInOthers)).toBe(true);
    expect(leftOut.some((text) => text.includes('school gyms')), `left out by all others: ${leftOut.join(' | ')}`).toBe(true);
  });

  it('saves a screenshot of one outlet against the others for the README', async () => {
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    // The table is what this view adds; the lists above it are as in the two-source view.
    await page.locator('table.compare').scrollIntoViewIfNeeded();
    expect((await page.screenshot({ path: SCREENSHOT })).length).toBeGreaterThan(10_000);
  });

  it('cannot swap "all other sources" into A', async () => {
    expect(await page.$eval('#compare-swap', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(viewer.pageErrors).toEqual([]);
  });

  it('opens a story of several sources on the compare view, and keeps the view in the address', async () => {
    await page.goto(viewer.server.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.isVisible('table.compare'), 'the first view of a four-outlet story').toBe(true);
    expect(await page.isHidden('#cy')).toBe(true);
    expect(new URL(page.url()).searchParams.get('view')).toBe('compare');
    await page.click('#show-facts');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.isVisible('table.facts'), 'a reload comes back to the view shown').toBe(true);
    expect(viewer.pageErrors).toEqual([]);
  });
});
