// The viewer with the keyboard alone, in a real browser on the examples: Tab reaches every control
// of each view, each has a name a screen reader can say, the focus is drawn, and the rows and
// sentences that open evidence on a click open it on Enter too.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mustRunBrowserTests } from './browser.ts';
import { openExamplesStore } from './story-setup.ts';
import { closeServedStory, serveStory, type ServedStory } from './viewer-session.ts';

interface Focused {
  key: string;
  name: string;
  outline: string;
}

/** Presses Tab until the focus comes round again (or `limit` presses), noting each control reached. */
async function tabThrough(page: Page, limit = 150): Promise<Focused[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: Focused[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      const name = el.getAttribute('aria-label') || labelled || el.closest('label')?.textContent || el.getAttribute('title') || (el as HTMLInputElement).placeholder || el.textContent || '';
      const key = el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
      return { key, name: name.trim(), outline: getComputedStyle(el).outlineStyle };
    });
    if (!focused) continue;
    if (seen.some((s) => s.key === focused.key) && seen[0]!.key === focused.key) break;
    seen.push(focused);
  }
  return seen;
}

/** The visible, enabled controls of the page a keyboard user must reach. */
async function visibleControls(page: Page): Promise<string[]> {
  return page.$$eval('button, select, input, textarea, a[href], [tabindex="0"]', (elements) =>
    elements
      .filter((el) => {
        const box = (el as HTMLElement).getBoundingClientRect();
        const style = getComputedStyle(el);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !(el as HTMLButtonElement).disabled;
      })
      .map((el) => (el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`)),
  );
}

describe.runIf(mustRunBrowserTests)('the viewer by keyboard', () => {
  let served: ServedStory | undefined;
  let page: Page;

  beforeAll(async () => {
    served = await serveStory('storygraph-keyboard-', openExamplesStore);
    page = served.page;
  });

  afterAll(() => closeServedStory(served));

  for (const view of ['graph', 'articles', 'compare', 'facts']) {
    it(`reaches every control of the ${view} view by Tab, each named and drawn with a focus outline`, async () => {
      await page.click(`#show-${view}`);
      const controls = await visibleControls(page);
      const reached = await tabThrough(page, controls.length + 40);
      const keys = new Set(reached.map((r) => r.key));
      expect(controls.filter((control) => !keys.has(control)), `reached: ${[...keys].join(', ')}`).toEqual([]);
      expect(reached.filter((r) => r.name === '').map((r) => r.key), 'controls with no accessible name').toEqual([]);
      expect(reached.filter((r) => r.outline === 'none').map((r) => r.key), 'controls focused without an outline').toEqual([]);
    });
  }

  for (const [view, opener] of [['compare', 'table.compare td.cmp-claims'], ['facts', 'table.facts tbody tr']] as const) {
    it(`opens the evidence of the ${view} view's first ${opener} with Enter, as a click does`, async () => {
      await page.click(`#show-${view}`);
      await page.evaluate(() => (document.querySelector('#panel') as HTMLElement).replaceChildren());
      await page.focus(opener);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#panel [data-claim]', { timeout: 5_000 });
    });
  }
});
