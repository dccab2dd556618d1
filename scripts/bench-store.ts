// How fast a story loads into each store: synthesises a StoryExport of `claims` claims and times
// writeStory into a fresh embedded database and, when NEO4J_TEST_URI or NEO4J_URI is set, into Neo4j.
// Run alone: node --import tsx scripts/bench-store.ts [claims]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmbeddedStore } from '../src/store/embedded-store.ts';
import { Neo4jStore } from '../src/store/neo4j-store.ts';
import type { GraphStore } from '../src/store/store.ts';
import type { Article, ClaimRecord, StoryExport } from '../src/types.ts';

export interface StoreLoadFigures {
  claims: number;
  evidence: number;
  embedded: { seconds: number; claimsPerSecond: number };
  neo4j?: {
    uri: string;
    seconds: number;
    claimsPerSecond: number;
    /** What the write left in Neo4j, and Neo4j's own time to create as many with no parameters. */
    nodes: number;
    relationships: number;
    floorSeconds: number;
    /** Our load time over the floor's, best run each: the target is at most 1.5. */
    overFloor: number;
    /** Every timed run of each side, in order. */
    runs: { ours: number[]; floor: number[] };
  };
}

const BENCH_PREFIX = 'c:bench-';
/** Timed runs of each side against Neo4j. */
const RUNS = 3;

export function syntheticStory(claimCount: number): { story: StoryExport; articles: Article[] } {
  const articleCount = Math.max(10, Math.ceil(claimCount / 100));
  const entityCount = Math.max(20, Math.ceil(claimCount / 10));
  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => ({
    id: `bench-a${i}`,
    title: `Bench article ${i}`,
    outlet: `Outlet ${i % 7}`,
    published: '2024-01-01',
    path: `bench/${i}.txt`,
    text: `Sentence one of article ${i}. Sentence two of article ${i}.`,
  }));
  const claims: ClaimRecord[] = Array.from({ length: claimCount }, (_, i) => ({
    id: `${BENCH_PREFIX}${i}`,
    subject: `e:bench-${i % entityCount}`,
    predicate: ['say', 'visit', 'cost', 'approve'][i % 4],
    object: i % 5 === 0 ? null : `e:bench-${(i * 7 + 1) % entityCount}`,
    qualifiers: {
      negated: i % 11 === 0,
      modality: 'asserted',
      ...(i % 3 === 0 ? { time: 'Monday' } : {}),
      ...(i % 4 === 2 ? { quantity: { text: `${i}.5%`, value: i + 0.5, low: i, high: i + 1, unit: '%', hedge: null } } : {}),
    },
    status: i % 2 === 0 ? 'corroborated' : 'unique',
    sources: Array.from({ length: i % 2 === 0 ? 2 : 1 }, (_, k) => ({
      article: `bench-a${(i + k * 13) % articleCount}`,
      sentence: k,
      start: 0,
      end: 28,
      text: `Sentence one of article ${i}.`,
    })),
  }));
  const story: StoryExport = {
    stories: [{ id: 's:bench', label: 'Bench story', articles: articles.map((a) => a.id).sort() }],
    articles: articles.map((a) => ({ id: a.id, path: a.path, title: a.title, outlet: a.outlet, published: a.published, sentences: 2, story: 's:bench' })),
    entities: Array.from({ length: entityCount }, (_, i) => ({ id: `e:bench-${i}`, name: `Bench entity ${i}`, kind: 'THING', aliases: [`BE${i}`] })),
    claims,
    facts: [],
    contradictions: Array.from({ length: Math.floor(claimCount / 50) }, (_, i) => ({
      id: `x:bench-${i}`,
      kind: 'numeric',
      claims: [`${BENCH_PREFIX}${i * 2}`, `${BENCH_PREFIX}${i * 2 + 1}`],
      explanation: 'synthetic',
    })),
    reuse: Array.from({ length: articleCount - 1 }, (_, i) => ({
      articles: [`bench-a${i}`, `bench-a${i + 1}`] as [string, string],
      similarity: 0.5,
      kind: 'independent',
    })),
    offTopic: [],
  };
  return { story, articles };
}

async function timeWrite(store: GraphStore, story: StoryExport, articles: Article[]): Promise<number> {
  const started = performance.now();
  await store.writeStory(story, articles);
  return (performance.now() - started) / 1000;
}

export async function benchStoreLoad(claims = 20000): Promise<StoreLoadFigures> {
  const { story, articles } = syntheticStory(claims);
  const evidence = story.claims.reduce((n, c) => n + c.sources.length, 0);

  const dir = mkdtempSync(join(tmpdir(), 'storygraph-bench-'));
  let embeddedSeconds: number;
  try {
    const store = await EmbeddedStore.open(join(dir, 'db'));
    embeddedSeconds = await timeWrite(store, story, articles);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const figures: StoreLoadFigures = {
    claims,
    evidence,
    embedded: { seconds: round(embeddedSeconds), claimsPerSecond: Math.round(claims / embeddedSeconds) },
  };

  const scratch = process.env.NEO4J_TEST_URI;
  const uri = scratch || process.env.NEO4J_URI;
  if (uri) {
    const store = await Neo4jStore.open({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
    try {
      // writeStory replaces the stored story; refuse to do that to a user's database holding real
      // claims. NEO4J_TEST_URI is a scratch database by definition.
      const foreign = await store.query(`MATCH (c:Claim) WHERE NOT c.id STARTS WITH $prefix RETURN count(c) AS n`, {
        prefix: BENCH_PREFIX,
      });
      if (!scratch && (foreign.rows[0]?.n as number) > 0) throw new Error(`${uri} holds non-benchmark claims; point NEO4J_TEST_URI at a scratch Neo4j`);
      // A server that has just started compiles each statement's plan and warms its JIT on the
      // first load: both sides get one small untimed run first, so the ratio is the running
      // server's (the README gives the cold figure too). Then each side is timed RUNS times in turn
      // and keeps its best: the machine's own noise is ±20% from one run to the next.
      await store.query('MATCH (n) DETACH DELETE n');
      const warmUp = syntheticStory(2000);
      await timeWrite(store, warmUp.story, warmUp.articles);
      await store.query('MATCH (n) DETACH DELETE n');
      await neo4jFloor(store, 5000, 10000);
      const ours: number[] = [];
      const floors: number[] = [];
      let nodes = 0;
      let relationships = 0;
      for (let run = 0; run < RUNS; run += 1) {
        ours.push(await timeWrite(store, story, articles));
        nodes = Number((await store.query('MATCH (n) RETURN count(n) AS n')).rows[0]!.n);
        relationships = Number((await store.query('MATCH ()-[r]->() RETURN count(r) AS n')).rows[0]!.n);
        await store.query('MATCH (n) DETACH DELETE n');
        floors.push(await neo4jFloor(store, nodes, relationships));
      }
      const seconds = Math.min(...ours);
      const floorSeconds = Math.min(...floors);
      figures.neo4j = {
        uri, seconds: round(seconds), claimsPerSecond: Math.round(claims / seconds),
        nodes, relationships, floorSeconds: round(floorSeconds), overFloor: Math.round((seconds / floorSeconds) * 100) / 100,
        runs: { ours: ours.map(round), floor: floors.map(round) },
      };
    } finally {
      await store.close();
    }
  }
  return figures;
}

/**
 * Neo4j's own floor for the same load, in the same run: as many nodes (an id and two properties,
 * found by a uniqueness constraint as ours are) and as many relationships between them, made by
 * `UNWIND range(…) CREATE` with the numbers written into the statement, so nothing is sent but
 * two statements. Our writer sends every row as a parameter and MATCHes both ends of each
 * relationship by id, so this is the least the same graph can cost on this server.
 */
async function neo4jFloor(store: Neo4jStore, nodes: number, relationships: number): Promise<number> {
  await store.query('CREATE CONSTRAINT bench_floor_id IF NOT EXISTS FOR (n:BenchFloor) REQUIRE n.id IS UNIQUE');
  try {
    const started = performance.now();
    await store.query(`UNWIND range(1, ${nodes}) AS i CREATE (:BenchFloor {id: 'f' + toString(i), a: i, b: 'x' + toString(i)})`);
    await store.query(
      `UNWIND range(1, ${relationships}) AS i MATCH (a:BenchFloor {id: 'f' + toString(i % ${nodes} + 1)}) MATCH (b:BenchFloor {id: 'f' + toString((i * 7) % ${nodes} + 1)}) CREATE (a)-[:BENCH_FLOOR]->(b)`,
    );
    return (performance.now() - started) / 1000;
  } finally {
    await store.query('MATCH (n:BenchFloor) DETACH DELETE n');
    await store.query('DROP CONSTRAINT bench_floor_id IF EXISTS');
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const claims = Number(process.argv[2] ?? 20000);
  console.log(JSON.stringify(await benchStoreLoad(claims), null, 2));
}
