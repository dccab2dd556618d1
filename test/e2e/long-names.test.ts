// A 10,000-character entity name, stored in a real embedded store, served by the real server and
// drawn in Chromium. The view is fitted to the graph's bounding box, labels included: drawn in
// full, that one name was a label tens of thousands of pixels wide and every node became a dot.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.ts';
import type { StoryExport } from '../../src/types.ts';
import { mustRunBrowserTests } from './browser.ts';
import { fixtureArticles, fixtureStory } from './fixture-story.ts';
import { closeServedStory, serveStory, type ServedStory, type ViewerSession } from './viewer-session.ts';

/** One enormous word: the worst case, since a label cannot wrap it. */
const LONG_NAME = 'Xi'.padEnd(10_000, 'jinping');
/** A named hub (in two claims), so its label is drawn even with the whole story in view, at its largest font. */
const ENTITY = 'e:xi-jinping';

describe.runIf(mustRunBrowserTests)('a 10,000-character entity name in the viewer', () => {
  let served: ServedStory | undefined;
  let viewer: ViewerSession;
  let page: Page;

  beforeAll(async () => {
    const story: StoryExport = structuredClone(fixtureStory);
    story.entities.find((entity) => entity.id === ENTITY)!.name = LONG_NAME;
    served = await serveStory('storygraph-long-names-', async (dir) => {
      const store = await openStore({ db: path.join(dir, 'db') });
      await store.writeStory(story, fixtureArticles);
      return store;
    });
    ({ viewer, page } = served);
  });

  afterAll(() => closeServedStory(served));

  it('draws a short label ending in an ellipsis and fits the whole story at a readable zoom', async () => {
    const view = await page.evaluate((id) => {
      const cy = window.__cy!;
      cy.fit(undefined, 30);
      const node = cy.getElementById(id);
      return {
        label: node.style('label') as string,
        zoom: cy.zoom(),
        labelWidth: node.renderedBoundingBox({ includeLabels: true }).w,
        graphWidth: cy.width(),
      };
    }, ENTITY);
    expect(view.label.length).toBeLessThanOrEqual(40);
    expect(view.label.endsWith('…')).toBe(true);
    expect(LONG_NAME.startsWith(view.label.slice(0, -1))).toBe(true);
    // Fourteen entities fit the screen at about zoom 1; the full name forced the minimum, 0.05.
    expect(view.zoom).toBeGreaterThan(0.5);
    // About 300 px at the hubs' on-screen font size; the full name was 88,000 px.
    expect(view.labelWidth).toBeLessThan(view.graphWidth / 2);
  });

  it('shows the full name in the side panel, wrapped inside it', async () => {
    const point = await page.evaluate((id) => {
      const cy = window.__cy!;
      const position = cy.getElementById(id).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, ENTITY);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`#panel [data-entity="${ENTITY}"]`, { timeout: 5_000 });
    expect(await page.locator('#panel h2').first().textContent()).toContain(LONG_NAME);
    const panel = await page.locator('#panel').evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
  });

  it('ran without script errors or CSP violations', () => {
    expect(viewer.pageErrors).toEqual([]);
  });
});
