// The viewer as the browser tests meet it: built into the test's folder, served from a real store by
// the real server, open in Chromium and ready. Script errors and CSP reports are collected, so a
// test can assert there were none.
//
// The viewer seeds its layout from the story itself; Math.random is seeded here as well, so anything
// else random in the page is the same on every run and a failure can be replayed. A test may pass
// another seed (layout-stable.test.ts does, to show the picture does not depend on it).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type RunningServer } from '../../src/server/create-server.ts';
import type { GraphStore } from '../../src/store/store.ts';
import { launchChromium } from './browser.ts';
import { buildViewer } from './build-viewer.ts';

const LAYOUT_SEED = 20251124;

export interface ViewerSession {
  server: RunningServer;
  page: Page;
  pageErrors: string[];
  /** Closes the browser and the server; the store and the folder stay the caller's. */
  close(): Promise<void>;
}

/** `search` is the address's query part, e.g. `?story=all` to open every stored story at once. */
export async function openViewer(store: GraphStore, dir: string, search = '', randomSeed = LAYOUT_SEED): Promise<ViewerSession> {
  const webRoot = path.join(dir, 'web');
  await buildViewer(webRoot);
  const server = await createServer({ store, port: 0, webRoot });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server.close();
  };
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await context.addInitScript((seed: number) => {
      // xorshift32, as in test/support/seeded-random.ts (this runs in the page, which cannot import it).
      let state = seed;
      Math.random = () => {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return (state >>> 0) / 2 ** 32;
      };
    }, randomSeed);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // Refused queries show up as failed requests; those are expected. Script errors and CSP reports are not.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
    });
    // A story of several sources opens on the compare view; the suites start from the graph unless they ask.
    const address = new URL(server.url + search);
    if (!address.searchParams.has('view')) address.searchParams.set('view', 'graph');
    await page.goto(address.toString());
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    return { server, page, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** What a browser suite starts from: a temporary folder, a store in it, and the viewer open on that store. */
export interface ServedStory {
  dir: string;
  store: GraphStore;
  viewer: ViewerSession;
  page: Page;
}

/**
 * A temporary folder named from `prefix`, the store `fill` opens in it, and the viewer on that store
 * at `search`. If a step fails, what was opened is closed and the folder removed.
 */
export async function serveStory(prefix: string, fill: (dir: string) => Promise<GraphStore>, search = ''): Promise<ServedStory> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  let store: GraphStore | undefined;
  try {
    store = await fill(dir);
    const viewer = await openViewer(store, dir, search);
    return { dir, store, viewer, page: viewer.page };
  } catch (error) {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Closes the browser, the server and the store, and removes the folder; nothing when setup never finished. */
export async function closeServedStory(served: ServedStory | undefined): Promise<void> {
  if (!served) return;
  await served.viewer.close();
  await served.store.close();
  await rm(served.dir, { recursive: true, force: true });
}
