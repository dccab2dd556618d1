// The same story is the same picture on every load: the layout's starting positions come from the
// story, not from the moment. Two loads whose pages draw different Math.random sequences must place
// every entity at the same point. And no node label is ever drawn over another.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/store.ts';
import { mustRunBrowserTests } from './browser.ts';
import { openExamplesStore } from './story-setup.ts';
import { openViewer } from './viewer-session.ts';

describe.runIf(mustRunBrowserTests)('graph layout', () => {
  let dir: string;
  let store: GraphStore;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-layout-'));
    store = await openExamplesStore(dir);
  });

  afterAll(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function positions(randomSeed: number): Promise<Record<string, [number, number]>> {
    const viewer = await openViewer(store, path.join(dir, `load-${randomSeed}`), '', randomSeed);
    try {
      return await viewer.page.evaluate(() =>
        Object.fromEntries(window.__cy!.nodes().map((node) => [node.id(), [Math.round(node.position('x')), Math.round(node.position('y'))] as [number, number]])),
      );
    } finally {
      await viewer.close();
    }
  }

  it('places every entity at the same point on two loads with different page randomness', async () => {
    const first = await positions(1);
    const second = await positions(987654321);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  }, 120_000);

  it('never draws one node label over another, at the first view and zoomed in; zooming in shows more of them', async () => {
    const viewer = await openViewer(store, path.join(dir, 'labels'));
    try {
      const shown = () =>
        viewer.page.evaluate(() => {
          const boxes = window.__cy!.nodes(':visible')
            .filter((node) => !node.hasClass('label-hidden') && String(node.data('label') ?? '') !== '')
            .map((node) => ({ id: node.id(), box: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) }))
            .filter(({ box }) => box.w > 0 && box.h > 0);
          const clashes: string[] = [];
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!.box, boxes[j]!.box];
              if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) clashes.push(`${boxes[i]!.id} / ${boxes[j]!.id}`);
            }
          }
          return { labels: boxes.length, clashes };
        });
      const first = await shown();
      expect(first.clashes).toEqual([]);
      expect(first.labels).toBeGreaterThan(5);
      const hidden = await viewer.page.evaluate(() => window.__cy!.nodes('.label-hidden').length);
      await viewer.page.evaluate(() => {
        const cy = window.__cy!;
        cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      });
      await viewer.page.waitForFunction((before) => window.__cy!.nodes('.label-hidden').length < before || before === 0, hidden, { timeout: 5_000 });
      const zoomed = await shown();
      expect(zoomed.clashes).toEqual([]);
      // A claim's label shows on hover only: "close | Meridale bridge" would cross every other line.
      const edgeLabel = await viewer.page.evaluate(() => {
        const edge = window.__cy!.edges(':visible').first();
        const before = edge.style('text-opacity');
        edge.emit('mouseover');
        const during = edge.style('text-opacity');
        edge.emit('mouseout');
        return { before, during, after: edge.style('text-opacity') };
      });
      expect(edgeLabel).toEqual({ before: '0', during: '1', after: '0' });
    } finally {
      await viewer.close();
    }
  }, 120_000);
});
