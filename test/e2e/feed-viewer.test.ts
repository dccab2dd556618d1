// The viewer on a database of many stories: every ECB+ train and dev article (772 articles, 60-odd
// stories) ingested at once, served, and opened in Chromium. Before stories it drew all 54,000
// elements as one cluster in 43.5 s; now the story list and any one story each take under 2 s.
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { GraphStore } from '../../src/store/store.ts';
import type { StoryListing } from '../../src/store/story-list.ts';
import { mustRunBrowserTests } from './browser.ts';
import { openViewer, type ViewerSession } from './viewer-session.ts';

const ecb = fileURLToPath(new URL('../../../shared/eval/ecbplus', import.meta.url));

describe.runIf(mustRunBrowserTests && existsSync(ecb))('the viewer on all ECB+ train and dev articles at once', () => {
  let dir: string;
  let store: GraphStore;
  let viewer: ViewerSession;
  let page: Page;
  let stories: StoryListing[];
  let firstLoadMs: number;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-feed-viewer-'));
    store = await openStore({ db: path.join(dir, 'db') });
    // The topic folders, not the whole folder: its licence file is not an article.
    const topics = readdirSync(ecb).filter((name) => /^\d+$/.test(name)).map((name) => path.join(ecb, name));
    await ingestPaths(topics, store);
    const started = Date.now();
    viewer = await openViewer(store, dir);
    firstLoadMs = Date.now() - started;
    page = viewer.page;
    stories = (await (await fetch(new URL('/api/stories', viewer.server.url))).json()) as StoryListing[];
  }, 600_000);

  afterAll(async () => {
    await viewer?.close();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lists every story, largest first, within 2 s', async () => {
    expect(stories.length).toBeGreaterThan(40);
    expect(stories.reduce((sum, s) => sum + s.articles, 0)).toBe(772);
    const started = Date.now();
    const response = await fetch(new URL('/api/stories', viewer.server.url));
    expect(response.ok).toBe(true);
    await response.json();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await page.$$eval('#story-picker option', (options) => options.length)).toBe(stories.length + 1);
  });

  it('opens on the largest story alone, and opens another story within 2 s', async () => {
    expect(await page.inputValue('#story-picker')).toBe(stories[0]!.id);
    const drawn = await page.evaluate(() => window.__storygraph!.elements);
    expect(drawn, 'one story, not the whole corpus').toBeLessThan(5000);
    const other = stories[Math.floor(stories.length / 2)]!;
    const started = Date.now();
    await Promise.all([page.waitForURL(/story=/), page.selectOption('#story-picker', other.id)]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const openMs = Date.now() - started;
    expect(openMs, `opening "${other.label}" took ${openMs} ms (first load with the browser start ${firstLoadMs} ms)`).toBeLessThan(2000);
  });

  it('ran without script errors or CSP violations', () => {
    expect(viewer.pageErrors).toEqual([]);
  });
});
