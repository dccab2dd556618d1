// Viewer benchmark: a synthetic story of ~N elements (entities + claims), served by the real
// server, opened in headless Chromium. Measures the first fcose layout (run → 'layoutstop') and
// one interaction: hide corroborated claims, then click a contradiction and wait for its panel.
//
//   node --import tsx scripts/bench-viewer.ts [elements]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type cytoscape from 'cytoscape';
import { createServer } from '../src/server/create-server.ts';
import { SnapshotStore } from '../src/server/snapshot-store.ts';
import type { Article, ClaimRecord, ClaimStatus, EntityKind, StoryExport } from '../src/types.ts';

export interface ViewerBenchResult {
  elements: number;
  entities: number;
  claims: number;
  /** fcose from layout.run() to 'layoutstop', measured in the page. */
  layoutMs: number;
  /** page.goto until the first layout is done (download, parse, build graph, layout). */
  loadToReadyMs: number;
  /** Applying one status filter change to every element, measured in the page. */
  filterMs: number;
  /** Real mouse click on an edge until its claim panel is in the DOM, measured from the driver. */
  clickToPanelMs: number;
  /** Two filter clicks (hide corroborated, hide unique) plus click-to-panel, measured from the driver. */
  interactionMs: number;
  /** The compare view of two of the story's 400-sentence articles: aligning and drawing, measured in the page. */
  compareMs: number;
}

const CHROMIUM = '/usr/bin/chromium';
const WEB_CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

export async function benchViewer(elements = 5000): Promise<ViewerBenchResult> {
  const { story, articles } = synthesiseStory(elements);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-bench-viewer-'));
  const webRoot = path.join(dir, 'web');
  await build({ configFile: WEB_CONFIG, logLevel: 'error', build: { outDir: webRoot, emptyOutDir: true } });
  const store = new SnapshotStore(story, articles);
  const server = await createServer({ store, port: 0, webRoot });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const loadStarted = Date.now();
    // The graph is what is timed here; a story of several sources would open on the compare view.
    await page.goto(`${server.url}?view=graph`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
    const loadToReadyMs = Date.now() - loadStarted;
    const layoutMs = await page.evaluate(() => window.__storygraph!.layoutMs);

    // Interaction: show only contradictions (two filter clicks), then click one and wait for its panel.
    const filterStarted = Date.now();
    await page.uncheck('#status-corroborated');
    await page.uncheck('#status-unique');
    const filterRoundTripMs = Date.now() - filterStarted;
    const filterMs = await page.evaluate(() => window.__storygraph!.lastFilterMs);

    // Outside the clock: the visible contradiction whose middle is farthest from any visible node,
    // brought into view, so a real click there can only hit that edge.
    const { target, point } = await page.evaluate(() => {
      // No named helper functions in here: the bundler would wrap them in a helper the page lacks.
      const cy = window.__cy!;
      const nodes = cy.nodes(':visible').map((node) => ({ ...node.position(), radius: node.width() / 2 }));
      let edge = cy.edges('[status = "contradicted"]:visible')[0] as cytoscape.EdgeSingular;
      let clearance = -Infinity;
      cy.edges('[status = "contradicted"]:visible').forEach((candidate) => {
        const middle = candidate.midpoint();
        let nearest = Infinity;
        for (const node of nodes) nearest = Math.min(nearest, Math.hypot(node.x - middle.x, node.y - middle.y) - node.radius);
        if (nearest > clearance) [edge, clearance] = [candidate, nearest];
      });
      cy.fit(edge, 100);
      const midpoint = edge.renderedMidpoint();
      const box = cy.container()!.getBoundingClientRect();
      return { target: edge.id(), point: { x: box.left + midpoint.x, y: box.top + midpoint.y } };
    });

    const clickStarted = Date.now();
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`#panel [data-claim="${target}"]`, { timeout: 30_000 });
    const clickToPanelMs = Date.now() - clickStarted;

    await page.click('#show-compare');
    await page.waitForSelector('table.compare tbody tr');
    const compareMs = Number(await page.$eval('#compare-view', (view) => (view as HTMLElement).dataset.renderMs));

    return {
      elements: story.entities.length + story.claims.length,
      entities: story.entities.length,
      claims: story.claims.length,
      layoutMs: Math.round(layoutMs),
      loadToReadyMs,
      filterMs: Math.round(filterMs * 10) / 10,
      clickToPanelMs,
      interactionMs: filterRoundTripMs + clickToPanelMs,
      compareMs,
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A story shaped like a big news cluster: about a third entities, the rest claims; hub entities
 * (a few names everyone mentions) and a long tail; roughly 10% contradicted, 45% unique.
 */
export function synthesiseStory(elements: number, seed = 42): { story: StoryExport; articles: Article[] } {
  const random = mulberry32(seed);
  const entityCount = Math.max(2, Math.round(elements * 0.35));
  const claimCount = Math.max(1, elements - entityCount);
  const kinds: EntityKind[] = ['PERSON', 'ORG', 'PLACE', 'THING', 'VALUE'];
  const articles: Article[] = Array.from({ length: 8 }, (_, i) => {
    const sentences = Array.from({ length: 400 }, (_, s) => `Outlet ${i} sentence ${s} reports that something happened to entity ${s}.`);
    return { id: `a${i}`, title: `Synthetic article ${i}`, outlet: `Outlet ${i}`, published: null, path: `synthetic/${i}.txt`, text: sentences.join(' ') };
  });
  const entities = Array.from({ length: entityCount }, (_, i) => ({
    id: `e:${i}`,
    name: `Entity ${i}`,
    kind: kinds[i % kinds.length],
    aliases: [`E${i}`],
  }));
  // Squaring a uniform draw makes low ids (hubs) much more likely than high ones.
  const pickEntity = () => `e:${Math.floor(random() ** 2 * entityCount)}`;
  const claims: ClaimRecord[] = Array.from({ length: claimCount }, (_, i) => {
    const draw = random();
    const status: ClaimStatus = draw < 0.1 ? 'contradicted' : draw < 0.55 ? 'unique' : 'corroborated';
    const sourceCount = status === 'corroborated' ? 2 + Math.floor(random() * 3) : 1;
    const sources = Array.from({ length: sourceCount }, (_, s) => {
      const article = articles[(i + s * 3) % articles.length];
      const sentence = Math.floor(random() * 400);
      const text = `Outlet ${article.id.slice(1)} sentence ${sentence} reports that something happened to entity ${sentence}.`;
      const sentenceStart = article.text.indexOf(text);
      return { article: article.id, sentence, start: sentenceStart + 7, end: sentenceStart + 30, text };
    });
    let object = pickEntity();
    const subject = pickEntity();
    if (object === subject) object = `e:${(Number(subject.slice(2)) + 1) % entityCount}`;
    return { id: `c:${i}`, subject, predicate: `relates ${i % 17}`, object, qualifiers: { negated: false, modality: 'asserted' }, status, sources };
  });
  const contradicted = claims.filter((claim) => claim.status === 'contradicted');
  const contradictions = [];
  for (let i = 0; i + 1 < contradicted.length; i += 2) {
    contradictions.push({ id: `x:${i}`, kind: 'numeric' as const, claims: [contradicted[i].id, contradicted[i + 1].id], explanation: 'synthetic disagreement' });
  }
  const story: StoryExport = {
    stories: [{ id: 's:bench', label: 'Bench story', articles: articles.map((a) => a.id).sort() }],
    articles: articles.map(({ id, path: file, title, outlet, published }) => ({ id, path: file, title, outlet, published, sentences: 400, story: 's:bench' })),
    entities,
    claims,
    facts: [],
    contradictions,
    reuse: [{ articles: ['a0', 'a1'], similarity: 0.5, kind: 'shared-source' }],
    offTopic: [],
  };
  return { story, articles };
}

/** A tiny seeded PRNG so every run benchmarks the same graph. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const elements = Number(process.argv[2] ?? 5000);
  const result = await benchViewer(elements);
  console.log(JSON.stringify(result, null, 2));
}
