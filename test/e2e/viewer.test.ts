// The viewer in a real browser against a real server and store. Expectations are read from the
// story the server sends, so the same test holds for the fixture and for ingested articles.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewerStory } from '../../src/server/viewer-story.ts';
import { mustRunBrowserTests } from './browser.ts';
import { openTestStore } from './story-setup.ts';
import { closeServedStory, serveStory, type ServedStory, type ViewerSession } from './viewer-session.ts';

// A test artifact, kept out of git; docs/screenshot.png is a copy of one run, shown in the README.
const SCREENSHOT = fileURLToPath(new URL('../../test-results/viewer.png', import.meta.url));

describe.runIf(mustRunBrowserTests)('viewer in Chromium', () => {
  let served: ServedStory | undefined;
  let viewer: ViewerSession;
  let page: Page;
  let story: ViewerStory;

  beforeAll(async () => {
    // The seeds and the hostile comments are two stories; the tests read every claim of both.
    served = await serveStory('storygraph-viewer-', openTestStore, '?story=all');
    ({ viewer, page } = served);
    story = (await (await fetch(new URL('/api/story', viewer.server.url))).json()) as ViewerStory;
  });

  afterAll(() => closeServedStory(served));

  const resetView = () => page.click('#reset');

  /**
   * A real mouse click on a claim edge, after zooming so it is clear of others: at its middle, or,
   * when the random layout put another element there, at points along it towards either end.
   */
  async function clickEdge(id: string): Promise<void> {
    const selected = () => page.evaluate((claimId) => window.__cy!.getElementById(claimId).selected(), id);
    for (const share of [0, 0.3, -0.3, 0.6, -0.6, 0.85, -0.85]) {
      // Each try starts from a view where the edge is shown and fitted, and comes after the
      // double-click interval: two quick clicks near each other would focus a node instead.
      const point = await page.evaluate(
        ({ claimId, share }) => {
          const cy = window.__cy!;
          cy.elements().unselect();
          const edge = cy.getElementById(claimId);
          cy.fit(edge, 160);
          const middle = edge.renderedMidpoint();
          const end = share >= 0 ? edge.renderedSourceEndpoint() : edge.renderedTargetEndpoint();
          const box = cy.container()!.getBoundingClientRect();
          const k = Math.abs(share);
          return { x: box.left + middle.x + k * (end.x - middle.x), y: box.top + middle.y + k * (end.y - middle.y), visible: edge.visible() };
        },
        { claimId: id, share },
      );
      if (!point.visible) {
        await resetView();
        continue;
      }
      await page.mouse.click(point.x, point.y);
      if (await selected()) break;
      await page.waitForTimeout(450);
    }
    await page.waitForSelector(`#panel [data-claim="${id}"]`, { timeout: 5_000 });
  }

  it('draws every claim, and contradictions louder than unique claims louder than corroborated ones', async () => {
    const edges = await page.evaluate(() =>
      window.__cy!.edges('.claim').map((edge) => ({
        id: edge.id(),
        status: edge.data('status') as string,
        color: edge.style('line-color') as string,
        width: parseFloat(edge.style('width') as string),
        lineStyle: edge.style('line-style') as string,
        visible: edge.visible(),
      })),
    );
    expect(edges.length).toBe(story.claims.length);
    const contradicted = edges.filter((edge) => edge.status === 'contradicted');
    const unique = edges.filter((edge) => edge.status === 'unique');
    const corroborated = edges.filter((edge) => edge.status === 'corroborated');
    expect(contradicted.length).toBeGreaterThan(0);
    for (const edge of contradicted) {
      expect(edge).toMatchObject({ color: 'rgb(214,39,40)', lineStyle: 'solid', visible: true });
    }
    for (const edge of unique) expect(edge).toMatchObject({ color: 'rgb(240,162,2)', lineStyle: 'dashed' });
    const widest = (list: typeof edges) => Math.max(0, ...list.map((edge) => edge.width));
    expect(Math.min(...contradicted.map((edge) => edge.width))).toBeGreaterThan(Math.max(widest(unique), widest(corroborated)));
    const legend = await page.locator('#legend [data-status="contradicted"]').textContent();
    expect(legend).toContain('contradicted');
  });

  it('keeps the names of the most-connected entities readable with the whole story in view', async () => {
    const nodes = await page.evaluate(() => {
      const cy = window.__cy!;
      cy.fit(undefined, 30);
      return {
        zoom: cy.zoom(),
        list: cy.nodes('.entity').map((node) => ({
          name: node.data('label') as string,
          claims: node.data('claims') as number,
          prominent: node.hasClass('prominent'),
          fontSize: parseFloat(node.style('font-size') as string),
          minZoomed: parseFloat(node.style('min-zoomed-font-size') as string),
        })),
      };
    });
    // The story's hub (the entity in most claims) is labelled, at a size one can read on screen
    // (font-size is in graph units, so what the eye gets is font-size × zoom).
    const hub = nodes.list.reduce((best, node) => (node.claims > best.claims ? node : best));
    expect(hub.prominent).toBe(true);
    expect(hub.fontSize * nodes.zoom).toBeGreaterThanOrEqual(Math.max(hub.minZoomed, 10));
    const prominent = nodes.list.filter((node) => node.prominent);
    expect(prominent.length).toBeLessThanOrEqual(25);
    expect(Math.min(...prominent.map((node) => node.claims))).toBeGreaterThanOrEqual(2);
    // Ordinary nodes still hide their labels at this zoom, or the overview would be unreadable.
    const ordinary = nodes.list.filter((node) => !node.prominent);
    expect(ordinary.some((node) => node.fontSize * nodes.zoom < node.minZoomed)).toBe(true);
  });

  it('shows both sides of a contradiction, with the claim span and the differing words marked', async () => {
    // Two claims that clash (some kinds, such as a claim credited to different speakers, are one claim).
    const contradiction = story.contradictions.find((candidate) => new Set(candidate.claims).size === 2);
    expect(contradiction, 'the served story must have a contradiction between two claims').toBeDefined();
    const [left, right] = contradiction!.claims.map((id) => story.claims.find((claim) => claim.id === id)!);
    await clickEdge(left.id);

    const panel = page.locator('#panel');
    const evidence = panel.locator('.evidence .sentence').first();
    expect(await evidence.textContent()).toBe(left.sources[0].text);
    const source = left.sources[0];
    const expectedSpan = source.text.slice(source.start - source.sentenceStart!, source.end - source.sentenceStart!);
    expect(await panel.locator('.evidence mark.span').first().textContent()).toBe(expectedSpan);

    const sides = panel.locator('.side-by-side .side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).locator('.sentence').textContent()).toBe(left.sources[0].text);
    expect(await sides.nth(1).locator('.sentence').textContent()).toBe(right.sources[0].text);
    // Some words differ on each side, and the marked ones really are not on the other side.
    const marked = await sides.nth(1).locator('mark.diff').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const words of marked) expect(left.sources[0].text).not.toContain(words);
    expect(await panel.textContent()).toContain(contradiction!.explanation);
    // The evidence list numbers sentences as the explanation does.
    expect(await panel.locator('.evidence .source-name').first().textContent()).toContain(`sentence ${source.sentence}`);
    if (contradiction!.explanation.includes(`article ${source.article} sentence`)) {
      expect(contradiction!.explanation).toContain(`article ${source.article} sentence ${source.sentence}`);
    }
  });

  it("shows the other claims of a claim's fact, each with its sentence and why it was taken as the same fact", async () => {
    const fact = story.facts.find((candidate) => candidate.claims.length === 2 && candidate.alignment.length === 1);
    expect(fact, 'the served story must have a fact of two claims worded differently').toBeDefined();
    const [mine, other] = fact!.claims.map((id) => story.claims.find((claim) => claim.id === id)!);
    await clickEdge(mine!.id);
    const section = page.locator('#panel .fact');
    expect(await section.getAttribute('data-fact')).toBe(fact!.id);
    expect(await section.locator('.fact-claim').count()).toBe(1);
    expect(await section.locator('.fact-claim .sentence').first().textContent()).toBe(other!.sources[0]!.text);
    const why = await section.locator('.why').textContent();
    expect(why).toContain(fact!.alignment[0]!.reasons[0]);
    expect(why).toContain(fact!.alignment[0]!.score.toFixed(2));
  });

  it('filters to what only one source says', async () => {
    await resetView();
    const onlyBy = (article: string) =>
      story.claims.filter((claim) => claim.sources.every((source) => source.article === article)).map((claim) => claim.id).sort();
    const article = story.articles.find((candidate) => onlyBy(candidate.id).length > 0)!;
    await page.selectOption('#source-filter', article.id);
    await page.check('input[name="source-mode"][value="only"]');
    expect(await page.isChecked('input[name="source-mode"][value="only"]')).toBe(true);
    const visibleClaims = () => page.evaluate(() => window.__cy!.edges('.claim').filter((edge) => edge.visible()).map((edge) => edge.id()).sort());
    await expect.poll(visibleClaims, { timeout: 3_000 }).toEqual(onlyBy(article.id));
    const visible = await visibleClaims();
    expect(visible.length).toBeLessThan(story.claims.length);
    expect(await page.locator('#counts').textContent()).toContain(`${visible.length} claims shown`);

    await resetView();
    const all = await page.evaluate(() => window.__cy!.edges('.claim').filter((edge) => edge.visible()).length);
    expect(all).toBe(story.claims.length);
  });

  it('runs Cypher from the query box, shows a table and highlights the claims it returned', async () => {
    await page.fill('#query-text', "MATCH (c:Claim) WHERE c.status = 'contradicted' RETURN c.id AS id, c.predicate AS predicate, c ORDER BY id");
    await page.click('#query-run');
    await page.waitForSelector('#query-results table.results tbody tr');
    const expected = story.claims.filter((claim) => claim.status === 'contradicted').map((claim) => claim.id).sort();
    const headers = await page.locator('#query-results th').allTextContents();
    expect(headers).toEqual(['id', 'predicate', 'c']);
    const ids = await page.locator('#query-results tbody tr td:first-child').allTextContents();
    expect(ids).toEqual(expected);
    const highlighted = await page.evaluate(() => window.__cy!.edges('.query-hit').map((edge) => edge.id()).sort());
    expect(highlighted).toEqual(expected);

    await page.fill('#query-text', "MATCH (e:Entity) SET e.name = 'x' RETURN e");
    await page.click('#query-run');
    await page.waitForSelector('#query-status.error');
    expect(await page.locator('#query-status').textContent()).toContain('read-only');
    // A refused query leaves no highlight of the one before it.
    expect(await page.evaluate(() => window.__cy!.elements('.query-hit').length)).toBe(0);
    await page.click('#query-clear');
    expect(await page.inputValue('#query-text')).toBe('');
    await resetView();
  });

  it('shows markup in article text literally and never runs it', async () => {
    const hostile = story.articles.find((article) => article.text?.includes('<script>'));
    expect(hostile, 'the served story must contain an article with markup in its text').toBeDefined();
    await page.click('#show-articles');
    await page.click(`#articles-view tr[data-article="${hostile!.id}"] button.link`);
    const text = page.locator('#panel .article-text');
    const shown = await text.textContent();
    expect(shown).toContain('<script>window.__pwned=1</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await page.locator('#panel script, #panel img').count()).toBe(0);
    await page.click('#show-graph');

    // Entity names and evidence sentences carrying markup are text too.
    const claim = story.claims.find((candidate) => candidate.sources.some((source) => source.text.includes('<img')));
    if (claim) {
      await clickEdge(claim.id);
      expect(await page.locator('#panel').textContent()).toContain('onerror="window.__pwned=2"');
      expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('finds an entity by an alias and lists its claims by source', async () => {
    const entity = story.entities.find((candidate) => candidate.aliases.length > 0 && story.claims.some((claim) => claim.subject === candidate.id))!;
    await page.fill('#search', entity.aliases[0]);
    await page.press('#search', 'Enter');
    await page.waitForSelector(`#panel [data-entity="${entity.id}"]`);
    expect(await page.locator('#panel h2').first().textContent()).toContain(entity.name);
    expect(await page.locator('#panel .by-source').count()).toBeGreaterThan(0);
    await resetView();
  });

  it('exports the current view as Cytoscape JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    expect(download.suggestedFilename()).toBe('storygraph.cytoscape.json');
    const file = path.join(served!.dir, 'view.json');
    await download.saveAs(file);
    const json = JSON.parse(await readFile(file, 'utf8')) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect(json.elements.edges.length).toBe(story.claims.length);
  });

  it('saves a screenshot of the main view for the README', async () => {
    // A fresh load, so the picture shows the viewer as a user first meets it, with one contradiction open.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    // The README's caption describes a reworded quote.
    const shown = story.contradictions.find((contradiction) => contradiction.kind === 'quote') ?? story.contradictions[0];
    await clickEdge(shown.claims[0]);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.__cy!.fit(undefined, 30);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
    );
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('ran without script errors or CSP violations', () => {
    expect(viewer.pageErrors).toEqual([]);
  });
});
