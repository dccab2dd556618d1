// A feed of two stories in the viewer: it opens on the largest story alone, lists both (and "all")
// in the story picker, and switching story redraws only that story's claims.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { StoryListing } from '../../src/store/story-list.ts';
import type { ViewerStory } from '../../src/server/viewer-story.ts';
import { mustRunBrowserTests } from './browser.ts';
import { closeServedStory, serveStory, type ServedStory, type ViewerSession } from './viewer-session.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe.runIf(mustRunBrowserTests)('the story picker', () => {
  let served: ServedStory | undefined;
  let viewer: ViewerSession;
  let page: Page;
  let stories: StoryListing[];

  beforeAll(async () => {
    served = await serveStory('storygraph-stories-', async (dir) => {
      const store = await openStore({ db: path.join(dir, 'db') });
      await ingestPaths([path.join(repoRoot, 'examples'), path.join(repoRoot, 'test/fixtures/heldout-fire')], store);
      return store;
    });
    ({ viewer, page } = served);
    stories = (await (await fetch(new URL('/api/stories', viewer.server.url))).json()) as StoryListing[];
  });

  afterAll(() => closeServedStory(served));

  const claimEdges = () => page.evaluate(() => window.__cy!.edges('.claim').map((e) => e.id()).sort());
  const storyClaims = async (id: string) => {
    const one = (await (await fetch(new URL(`/api/story?story=${encodeURIComponent(id)}`, viewer.server.url))).json()) as ViewerStory;
    return one.claims.map((c) => c.id).sort();
  };

  it('opens on the largest story alone and lists every story and "all"', async () => {
    expect(stories.map((s) => s.articles)).toEqual([4, 3]);
    expect(await page.isVisible('#story-choice')).toBe(true);
    const options = await page.$$eval('#story-picker option', (list) => list.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    expect(options.map(([value]) => value)).toEqual([stories[0]!.id, stories[1]!.id, 'all']);
    expect(options[0]![1]).toMatch(/4 articles/);
    expect(await page.inputValue('#story-picker')).toBe(stories[0]!.id);
    expect(await claimEdges()).toEqual(await storyClaims(stories[0]!.id));
  });

  it('switches to the other story within 2 s and draws only its claims', async () => {
    const started = Date.now();
    await Promise.all([page.waitForURL(/story=/), page.selectOption('#story-picker', stories[1]!.id)]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await claimEdges()).toEqual(await storyClaims(stories[1]!.id));
  });

  it('shows every story at once when asked', async () => {
    await Promise.all([page.waitForURL(/story=all/), page.selectOption('#story-picker', 'all')]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const both = [...(await storyClaims(stories[0]!.id)), ...(await storyClaims(stories[1]!.id))];
    expect(await claimEdges()).toEqual([...new Set(both)].sort());
  });

  it('answers an unknown story with a 404 naming it', async () => {
    const response = await fetch(new URL('/api/story?story=s:nope', viewer.server.url));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe('no story s:nope');
  });

  it('ran without script errors or CSP violations', () => {
    expect(viewer.pageErrors).toEqual([]);
  });
});
