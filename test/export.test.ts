// Export formats and query output, from a story read back out of a real embedded store.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStory } from '../src/export/export-story.ts';
import { buildStory } from '../src/ingest.ts';
import { readArticles } from '../src/read/index.ts';
import { formatQueryResult } from '../src/export/query-result-format.ts';
import { openStore } from '../src/store/open-store.ts';
import { canonicalOrder as sortedStory } from '../src/store/canonical-order.ts';
import type { Article, StoryExport } from '../src/types.ts';

const fixture = <T,>(name: string): T => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const fixtureStory = () => fixture<StoryExport>('story.json');
const fixtureArticles = () => fixture<Article[]>('story-articles.json');
/** A later run: one new article (only its text is passed), June corroborated, the time contradiction resolved. */
const supersetStory = () => ({ story: fixture<StoryExport>('story-superset.json'), articles: fixture<Article[]>('story-superset-articles.json') });

let story: StoryExport;
const dir = mkdtempSync(join(tmpdir(), 'storygraph-export-'));

beforeAll(async () => {
  const input = fixtureStory();
  // Markup-like names must come out escaped, not as broken XML.
  input.entities[0].name = 'harbor <council> & "friends"';
  const store = await openStore({ db: join(dir, 'db') });
  await store.writeStory(input, fixtureArticles());
  story = await store.readStory();
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exports', () => {
  it('json is the StoryExport contract, with its top-level keys in order', () => {
    const parsed = JSON.parse(exportStory(story, 'json'));
    expect(Object.keys(parsed)).toEqual(['stories', 'articles', 'entities', 'claims', 'facts', 'contradictions', 'reuse', 'offTopic']);
    expect(Object.keys(parsed.claims[0])).toEqual(['id', 'subject', 'predicate', 'object', 'qualifiers', 'status', 'sources']);
    const expected = fixtureStory();
    expected.entities[0].name = 'harbor <council> & "friends"';
    expect(sortedStory(parsed)).toEqual(sortedStory(expected));
  });

  it('cytoscape has entities as nodes and claims as edges with status and source count', () => {
    const { elements } = JSON.parse(exportStory(story, 'cytoscape'));
    const approve = elements.edges.find((e: { data: { id: string } }) => e.data.id === 'c:council-approve-ferry');
    expect(approve.data).toMatchObject({ source: 'e:harbor-council', target: 'e:ferry-line', status: 'corroborated', sources: 3 });
    // Every edge end is a node; claims with no object get a node of their own.
    const ids = new Set(elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    for (const edge of elements.edges) {
      expect(ids.has(edge.data.source)).toBe(true);
      expect(ids.has(edge.data.target)).toBe(true);
    }
    expect(elements.edges).toHaveLength(7);
    // The claim with no object keeps its edge, and its stand-in node has an id of its own.
    const noObject = elements.edges.find((e: { data: { id: string } }) => e.data.id === 'c:ferry-cost-15m');
    expect(noObject.data.target).not.toBe('c:ferry-cost-15m');
    expect(ids.has(noObject.data.target)).toBe(true);
  });

  it('graphml escapes text and lists every entity and claim', () => {
    const xml = exportStory(story, 'graphml');
    expect(xml).toContain('<data key="n_label">harbor &lt;council&gt; &amp; &quot;friends&quot;</data>');
    expect(xml).not.toContain('<council>');
    expect(xml.match(/<edge /g)).toHaveLength(7);
    expect(xml).toContain('<data key="e_status">contradicted</data>');
    expect(xml.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it('gexf escapes attribute values and weights edges by sources', () => {
    const xml = exportStory(story, 'gexf');
    expect(xml).toContain('label="harbor &lt;council&gt; &amp; &quot;friends&quot;"');
    expect(xml).toMatch(/<edge id="c:council-approve-ferry" source="e:harbor-council" target="e:ferry-line" label="approve" weight="3">/);
    expect(xml.match(/<node /g)!.length).toBe(story.entities.length + story.claims.filter((c) => c.object === null).length);
  });
});

describe('exports of the example corpus, read back by the tools they are for', () => {
  let examples: StoryExport;
  let expected: { nodes: number; edges: number };

  beforeAll(async () => {
    const { articles } = await readArticles([join(import.meta.dirname, '../examples')]);
    examples = buildStory(articles);
    // A claim with no object is drawn as an edge to a node of its own.
    const objectless = examples.claims.filter((claim) => claim.object === null).length;
    expect(objectless, 'the examples must have claims without an object, or this proves nothing').toBeGreaterThan(0);
    expect(examples.entities.length).toBeGreaterThan(0);
    expected = { nodes: examples.entities.length + objectless, edges: examples.claims.length };
  });

  it('cytoscape.js loads every node and every edge of the Cytoscape export', () => {
    const { elements } = JSON.parse(exportStory(examples, 'cytoscape'));
    const ids = [...elements.nodes, ...elements.edges].map((element: { data: { id: string } }) => element.data.id);
    expect(new Set(ids).size, 'every element id is unique').toBe(ids.length);
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(expected.nodes);
    expect(cy.edges().length).toBe(expected.edges);
  });

  it('GraphML and GEXF parse back with every node and edge, all ids distinct', () => {
    for (const [format, parse] of [['graphml', parseGraphml], ['gexf', parseGexf]] as const) {
      const xml = exportStory(examples, format);
      const graph = parse(MultiDirectedGraph, xml);
      expect(graph.order, format).toBe(expected.nodes);
      expect(graph.size, format).toBe(expected.edges);
      // Tools that keep nodes and edges in one id space (as Cytoscape does) must not lose either.
      const ids = [...graph.nodes(), ...graph.edges()];
      expect(new Set(ids).size, format).toBe(ids.length);
    }
  });

  it('every claim edge carries its fact, so graph tools can group the claims that tell one thing', () => {
    const factOf = new Map(examples.facts.flatMap((fact) => fact.claims.map((claim) => [claim, fact.id] as const)));
    const { elements } = JSON.parse(exportStory(examples, 'cytoscape'));
    for (const edge of elements.edges as { data: { id: string; fact: string; factStatus: string } }[]) {
      expect(edge.data.fact, edge.data.id).toBe(factOf.get(edge.data.id));
    }
    const shared = examples.facts.find((fact) => fact.claims.length > 1)!;
    for (const [format, parse] of [['graphml', parseGraphml], ['gexf', parseGexf]] as const) {
      const graph = parse(MultiDirectedGraph, exportStory(examples, format));
      for (const claim of shared.claims) expect(graph.getEdgeAttribute(claim, 'fact'), `${format} ${claim}`).toBe(shared.id);
    }
  });
});

describe('query output', () => {
  const result = {
    columns: ['claim', 'text', 'n'],
    rows: [
      { claim: 'c:1', text: 'He said, "no"', n: 2 },
      { claim: 'c:22', text: 'two\nlines', n: null },
    ],
  };

  it('csv quotes commas, quotes and line breaks', () => {
    expect(formatQueryResult(result, 'csv')).toBe('claim,text,n\r\nc:1,"He said, ""no""",2\r\nc:22,"two\nlines",\r\n');
  });

  it('table aligns columns and counts rows', () => {
    const lines = formatQueryResult(result, 'table').trimEnd().split('\n');
    expect(lines[0]).toBe('claim | text          | n');
    expect(lines[1]).toBe('------+---------------+--');
    expect(lines[2]).toBe('c:1   | He said, "no" | 2');
    expect(lines[3]).toBe('c:22  | two\\nlines    |');
    expect(lines[4]).toBe('(2 rows)');
  });

  it('json keeps columns and rows', () => {
    expect(JSON.parse(formatQueryResult(result, 'json'))).toEqual(result);
  });
});
