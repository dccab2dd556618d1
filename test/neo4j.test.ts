// The Neo4j store against a real Neo4j 5.26 (scripts/neo4j/start.sh; .ci/run sets NEO4J_TEST_URI).
// Without NEO4J_TEST_URI the live tests are skipped with a message, except under CI=true, where a
// missing Neo4j is a failure. The dead-server tests need no Neo4j and always run.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COOKBOOK } from '../src/store/cookbook.ts';
import { openStore } from '../src/store/open-store.ts';
import type { GraphStore } from '../src/store/store.ts';
import { UserError } from '../src/user-error.ts';
import { canonicalOrder as sortedStory } from '../src/store/canonical-order.ts';
import type { Article, StoryExport } from '../src/types.ts';

const fixture = <T,>(name: string): T => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const fixtureStory = () => fixture<StoryExport>('story.json');
const fixtureArticles = () => fixture<Article[]>('story-articles.json');
/** A later run: one new article (only its text is passed), June corroborated, the time contradiction resolved. */
const supersetStory = () => ({ story: fixture<StoryExport>('story-superset.json'), articles: fixture<Article[]>('story-superset-articles.json') });
/** Rows as sorted JSON strings: two result sets compare equal whatever order the store chose. */
const rowSet = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

const uri = process.env.NEO4J_TEST_URI;
const inCi = process.env.CI === 'true';
const DEAD = 'bolt://127.0.0.1:7699';

if (!uri && !inCi) {
  console.warn('neo4j tests skipped: NEO4J_TEST_URI is not set (start one with `bash scripts/neo4j/start.sh`)');
}

describe('Neo4j is available in CI', () => {
  it.runIf(inCi)('has NEO4J_TEST_URI', () => {
    expect(uri, 'CI=true but NEO4J_TEST_URI is unset: scripts/neo4j/start.sh did not start Neo4j').toBeTruthy();
  });
});

describe.skipIf(!uri)('Neo4j store', () => {
  let neo: GraphStore;
  let embedded: GraphStore;
  const dir = mkdtempSync(join(tmpdir(), 'storygraph-neo4j-'));

  beforeAll(async () => {
    neo = await openStore({ neo4j: uri });
    await neo.query('MATCH (n) DETACH DELETE n');
    await neo.writeStory(fixtureStory(), fixtureArticles());
    embedded = await openStore({ db: join(dir, 'db') });
    await embedded.writeStory(fixtureStory(), fixtureArticles());
  });
  afterAll(async () => {
    await neo?.query('MATCH (n) DETACH DELETE n');
    await neo?.close();
    await embedded?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back exactly the story it was given (modulo ordering)', async () => {
    expect(sortedStory(await neo.readStory())).toEqual(sortedStory(fixtureStory()));
  });

  it('writing the same story again leaves the same counts', async () => {
    const count = async () => (await neo.query('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels')).rows[0];
    const before = await count();
    await neo.writeStory(fixtureStory(), fixtureArticles());
    expect(await count()).toEqual(before);
  });

  it('has a uniqueness constraint on every label id', async () => {
    const { rows } = await neo.query('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['storygraph_article_id', 'storygraph_claim_id', 'storygraph_entity_id', 'storygraph_evidence_id']),
    );
  });

  for (const entry of COOKBOOK) {
    it(`cookbook "${entry.title}" gives the same rows on both stores`, async () => {
      const onNeo = await neo.query(entry.cypher, entry.params);
      const onEmbedded = await embedded.query(entry.cypher, entry.params);
      expect(onNeo.columns).toEqual(onEmbedded.columns);
      expect(onNeo.rows.length).toBeGreaterThan(0);
      expect(rowSet(onNeo.rows)).toEqual(rowSet(onEmbedded.rows));
    });
  }

  it('returns nodes, relationships and paths in the same plain shape as the embedded store', async () => {
    const cypher = `MATCH p = (c:Claim {id: $id})-[r:SUBJECT]->(e:Entity) RETURN c, r, e, p, c.sourceCount AS n`;
    const params = { id: 'c:ferry-cost-15m' };
    const onNeo = await neo.query(cypher, params);
    expect(onNeo.rows).toEqual((await embedded.query(cypher, params)).rows);
    expect(onNeo.rows[0].n).toBe(1);
  });

  it('updates a later, larger story like the embedded store does', async () => {
    const { story, articles } = supersetStory();
    await neo.writeStory(story, articles);
    expect(sortedStory(await neo.readStory())).toEqual(sortedStory(story));
    expect((await neo.readArticles()).map((a) => a.id).sort()).toEqual(['a1f00d', 'b2e11e', 'c3d22f', 'd4f33a']);
    await neo.writeStory(fixtureStory(), fixtureArticles());
  });

  it('completes an interrupted write by running it again', async () => {
    await neo.query('MATCH (n) DETACH DELETE n');
    // A write that died after the first statements: only some claims are there.
    await neo.query(`UNWIND ['c:we-wait', 'c:council-approve-ferry'] AS id MERGE (:Claim {id: id})`);
    await neo.writeStory(fixtureStory(), fixtureArticles());
    expect(sortedStory(await neo.readStory())).toEqual(sortedStory(fixtureStory()));
  });

  it('completes a write cut off after any statement, on a fresh or an older graph', async () => {
    // Neo4j commits batch by batch, so a write that dies leaves whatever statements finished. The
    // cut is made at each statement boundary in turn (a dying server cannot be timed that exactly);
    // the run that follows must leave the whole story, with no relationship missing or doubled.
    const runner = neo as unknown as { writeRows: (cypher: string, rows: unknown[]) => Promise<void> };
    const writeRows = runner.writeRows.bind(neo);
    const count = async () => (await neo.query('MATCH ()-[x]->() RETURN count(x) AS n')).rows[0].n;
    const fresh = () => neo.query('MATCH (n) DETACH DELETE n');
    const starts = [
      { name: 'fresh', before: fresh, target: () => ({ story: fixtureStory(), articles: fixtureArticles() }) },
      {
        name: 'a smaller story stored',
        before: async () => {
          await fresh();
          await neo.writeStory(fixtureStory(), fixtureArticles());
        },
        target: supersetStory,
      },
    ];
    try {
      for (const start of starts) {
        const { story, articles } = start.target();
        let expected: unknown;
        for (let cut = 1; ; cut += 1) {
          await start.before();
          let statements = 0;
          runner.writeRows = async (cypher, rows) => {
            if (rows.length > 0 && ++statements > cut) throw new Error('connection lost');
            return writeRows(cypher, rows);
          };
          const finished = await neo.writeStory(story, articles).then(() => true, () => false);
          runner.writeRows = writeRows;
          if (!finished) await neo.writeStory(story, articles);
          expect(sortedStory(await neo.readStory()), `${start.name}, cut after ${cut} statements`).toEqual(sortedStory(story));
          expected ??= await count();
          expect(await count(), `${start.name}, cut after ${cut} statements`).toBe(expected);
          if (finished) break;
        }
      }
    } finally {
      runner.writeRows = writeRows;
      await neo.query('MATCH (n) DETACH DELETE n');
      await neo.writeStory(fixtureStory(), fixtureArticles());
    }
  }, 180_000);

  it('a Cypher syntax error is a one-line UserError', async () => {
    const error = await neo.query('MATCH (c:Claim RETURN c').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^query failed: /);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('a Neo4j that is not there', () => {
  it('openStore gives one line naming the URL', async () => {
    const error = await openStore({ neo4j: DEAD, connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain(DEAD);
    expect(message).toMatch(/^cannot reach Neo4j at /);
    expect(message).not.toContain('\n');
  });

  it('a URL that is not Bolt is named too', async () => {
    const error = await openStore({ neo4j: 'http//nonsense', connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('http//nonsense');
  });

  it('the CLI exits 1 with one line on stderr', async () => {
    const run = promisify(execFile);
    const error = (await run('node', ['bin/storygraph.js', 'query', '--neo4j', DEAD, 'RETURN 1'], { timeout: 30_000 }).catch(
      (e: unknown) => e,
    )) as { code: number; stderr: string; stdout: string };
    expect(error.code).toBe(1);
    expect(error.stdout).toBe('');
    const lines = error.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^storygraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:7699/);
  });
});

describe.skipIf(!uri)('Neo4j: two ingests at once, and remove', () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) => run('node', ['bin/storygraph.js', ...args], { timeout: 240_000, maxBuffer: 1 << 26 });
  const exportJson = async () => (await cli('export', '--neo4j', uri!, '--format', 'json')).stdout;
  const count = async (cypher: string) => {
    const store = await openStore({ neo4j: uri });
    try {
      return Number((await store.query(cypher)).rows[0]!.n);
    } finally {
      await store.close();
    }
  };
  const clear = async () => {
    const store = await openStore({ neo4j: uri });
    await store.query('MATCH (n) DETACH DELETE n');
    await store.close();
  };
  afterAll(clear);

  it('lose nothing: the graph equals one ingest of both folders, and no lock is left', async () => {
    await clear();
    await cli('ingest', 'examples', 'test/fixtures/heldout-fire', '--neo4j', uri!);
    const together = await exportJson();
    const nodes = await count('MATCH (n) RETURN count(n) AS n');
    await clear();
    await Promise.all([cli('ingest', 'examples', '--neo4j', uri!), cli('ingest', 'test/fixtures/heldout-fire', '--neo4j', uri!)]);
    expect(await exportJson()).toBe(together);
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(nodes);
    expect(await count('MATCH (l:IngestLock) RETURN count(l) AS n')).toBe(0);
    expect(await count('MATCH (s:Story) RETURN count(s) AS n')).toBe(2);
  }, 300_000);

  it('remove takes a story out and leaves what ingesting the rest alone gives', async () => {
    await clear();
    await cli('ingest', 'examples', '--neo4j', uri!);
    const alone = await exportJson();
    await cli('ingest', 'test/fixtures/heldout-fire', '--neo4j', uri!);
    const fire = (JSON.parse(await exportJson()) as StoryExport).articles.filter((a) => a.path.includes('heldout-fire')).map((a) => a.id);
    await cli('remove', ...fire, '--neo4j', uri!);
    expect(await exportJson()).toBe(alone);
  }, 300_000);
});
