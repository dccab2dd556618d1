// The embedded store against a real @ladybugdb/core database on disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

const root = mkdtempSync(join(tmpdir(), 'storygraph-store-'));
let n = 0;
const freshDir = () => join(root, `db${n++}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COUNTS = `MATCH (n) RETURN count(n) AS nodes`;
const REL_COUNTS = `MATCH ()-[r]->() RETURN count(r) AS rels`;

async function counts(store: GraphStore) {
  const nodes = (await store.query(COUNTS)).rows[0].nodes;
  const rels = (await store.query(REL_COUNTS)).rows[0].rels;
  return { nodes, rels };
}

describe('embedded store: writing and reading a story', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openStore({ db: freshDir() });
    await store.writeStory(fixtureStory(), fixtureArticles());
  });
  afterAll(() => store.close());

  it('reads back exactly the story it was given (modulo ordering)', async () => {
    expect(sortedStory(await store.readStory())).toEqual(sortedStory(fixtureStory()));
  });

  it('keeps source order, per-source qualifiers and non-integer quantities', async () => {
    const story = await store.readStory();
    const approve = story.claims.find((c) => c.id === 'c:council-approve-ferry')!;
    expect(approve.sources.map((s) => s.article)).toEqual(['a1f00d', 'b2e11e', 'c3d22f']);
    expect(approve.sources[1].qualifiers).toEqual({ negated: false, modality: 'asserted' });
    expect(approve.sources[0]).not.toHaveProperty('qualifiers');
    const cost = story.claims.find((c) => c.id === 'c:ferry-cost-15m')!;
    expect(cost.qualifiers.quantity?.high).toBe(15750000.5);
    const time = story.contradictions.find((x) => x.id === 'x:first-sailing')!;
    expect(time.claims).toEqual(['c:boat-sail-september', 'c:boat-sail-june']);
  });

  it('writing the same story again leaves the same graph', async () => {
    const before = await counts(store);
    expect(before.nodes).toBeGreaterThan(20);
    await store.writeStory(fixtureStory(), fixtureArticles());
    expect(await counts(store)).toEqual(before);
    expect(sortedStory(await store.readStory())).toEqual(sortedStory(fixtureStory()));
  });

  it('readArticles returns the stored articles with their text', async () => {
    const articles = await store.readArticles();
    expect(articles.map((a) => a.id).sort()).toEqual(['a1f00d', 'b2e11e', 'c3d22f']);
    expect(articles.find((a) => a.id === 'a1f00d')!.text).toContain('$12.5 million');
  });

  it('query returns plain nodes, relationships and paths', async () => {
    const result = await store.query(
      `MATCH p = (c:Claim {id: $id})-[r:SUBJECT]->(e:Entity) RETURN c, r, e.aliases AS aliases, c.sourceCount AS n, p`,
      { id: 'c:council-approve-ferry' },
    );
    expect(result.columns).toEqual(['c', 'r', 'aliases', 'n', 'p']);
    const [row] = result.rows;
    expect(row.c).toEqual({
      labels: ['Claim'],
      properties: {
        id: 'c:council-approve-ferry',
        predicate: 'approve',
        status: 'corroborated',
        negated: false,
        modality: 'asserted',
        time: 'Monday',
        alignment: ['news verb list: approve'],
        sourceCount: 3,
      },
    });
    expect(row.r).toEqual({ type: 'SUBJECT', properties: {} });
    expect(row.aliases).toEqual(['Harbor Council', 'the council']);
    expect(row.n).toBe(3);
    const path = row.p as { nodes: { labels: string[] }[]; relationships: { type: string }[] };
    expect(path.nodes.map((node) => node.labels[0])).toEqual(['Claim', 'Entity']);
    expect(path.relationships.map((rel) => rel.type)).toEqual(['SUBJECT']);
  });

  it('a query with a syntax error is a one-line UserError', async () => {
    const error = await store.query('MATCH (c:Claim RETURN c').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^query failed: /);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('embedded store: a later, larger story', () => {
  let store: GraphStore;
  afterEach(() => store?.close());

  it('updates statuses, removes a resolved contradiction and keeps old articles', async () => {
    const dir = freshDir();
    store = await openStore({ db: dir });
    await store.writeStory(fixtureStory(), fixtureArticles());
    const { story, articles } = supersetStory();
    // The lead's ingest passes only the new articles' text; the old text must survive.
    await store.writeStory(story, articles);

    expect(sortedStory(await store.readStory())).toEqual(sortedStory(story));
    const statuses = await store.query(`MATCH (c:Claim {id: 'c:boat-sail-june'}) RETURN c.status AS status, c.sourceCount AS n`);
    expect(statuses.rows).toEqual([{ status: 'corroborated', n: 2 }]);
    const gone = await store.query(`MATCH (x:Contradiction) RETURN x.id AS id`);
    expect(gone.rows).toEqual([{ id: 'x:ferry-cost' }]);
    const orphans = await store.query(`MATCH (v:Evidence) WHERE NOT (v)<-[:SUPPORTED_BY]-(:Claim) RETURN count(v) AS n`);
    expect(orphans.rows).toEqual([{ n: 0 }]);
    expect((await store.readArticles()).map((a) => a.id).sort()).toEqual(['a1f00d', 'b2e11e', 'c3d22f', 'd4f33a']);
  });

  it('survives closing and reopening the directory', async () => {
    const dir = freshDir();
    const first = await openStore({ db: dir });
    await first.writeStory(fixtureStory(), fixtureArticles());
    await first.close();
    store = await openStore({ db: dir });
    expect(sortedStory(await store.readStory())).toEqual(sortedStory(fixtureStory()));
  });
});

describe('embedded store: nodes made together with their edges', () => {
  it('stores each new claim with its subject, object and evidence edges, and a claim whose subject nobody wrote still', async () => {
    const story = fixtureStory();
    const orphan = { ...story.claims[0]!, id: 'c:orphan-subject', subject: 'e:never-written' };
    story.claims.push(orphan);
    const store = await openStore({ db: freshDir() });
    try {
      await store.writeStory(story, fixtureArticles());
      const edges = await store.query(
        `MATCH (c:Claim) OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity) OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
         OPTIONAL MATCH (c)-[:SUPPORTED_BY]->(e:Evidence)-[:IN_ARTICLE]->(a:Article)
         RETURN c.id AS claim, s.id AS subject, o.id AS object, count(a) AS evidence`,
      );
      const stored = new Map(edges.rows.map((row) => [row.claim as string, row]));
      for (const claim of fixtureStory().claims) {
        expect(stored.get(claim.id), `claim ${claim.id}`).toMatchObject({ subject: claim.subject, object: claim.object, evidence: claim.sources.length });
      }
      expect(stored.get('c:orphan-subject'), 'a claim whose subject is not among the entities').toMatchObject({ subject: null, evidence: orphan.sources.length });
    } finally {
      await store.close();
    }
  });
});

describe('openStore settings errors', () => {
  it('refuses a --db that is a file', async () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, 'x');
    await expect(openStore({ db: file })).rejects.toThrow(new UserError(`--db ${file} is not a directory`));
  });

  it('refuses a directory that holds something else', async () => {
    const dir = join(root, 'someone-elses');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const error = await openStore({ db: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/is not a storygraph database/);
  });

  it('refuses a directory it cannot create', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    const error = await openStore({ db: join(file, 'db') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^cannot create --db directory .*a-file\/db/);
  });

  it('never touches the embedded directory when Neo4j is chosen', async () => {
    const dir = join(root, 'must-not-exist');
    const error = await openStore({ neo4j: 'bolt://127.0.0.1:7699', db: dir, connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(existsSync(dir)).toBe(false);
  });

  it('takes Neo4j from NEO4J_URI when no flag is given, and --db wins over it', async () => {
    const env = { NEO4J_URI: 'bolt://127.0.0.1:7699' };
    const error = await openStore({ connectTimeoutMs: 2000 }, env).catch((e: unknown) => e);
    expect((error as Error).message).toContain('bolt://127.0.0.1:7699');
    const store = await openStore({ db: freshDir() }, env);
    expect(store.location).toMatch(/^embedded store at /);
    await store.close();
  });
});
