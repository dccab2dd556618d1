// The viewer's HTTP server over real HTTP on an ephemeral port, backed by a real embedded store.
import http from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../src/server/create-server.ts';
import type { ViewerStory } from '../src/server/viewer-story.ts';
import { openStore } from '../src/store/open-store.ts';
import type { GraphStore } from '../src/store/store.ts';
import { fixtureArticles, fixtureStory } from './e2e/fixture-story.ts';

let dir: string;
let store: GraphStore;
let server: RunningServer;
let writable: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-server-'));
  const webRoot = path.join(dir, 'web');
  await mkdir(webRoot);
  await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>viewer</title>');
  // Writable: the --allow-writes server below writes through it in place.
  store = await openStore({ db: path.join(dir, 'db'), readOnly: false });
  await store.writeStory(fixtureStory, fixtureArticles);
  server = await createServer({ store, port: 0, webRoot });
  writable = await createServer({ store, port: 0, webRoot, allowWrites: true });
});

afterAll(async () => {
  await server?.close();
  await writable?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

function postQuery(base: RunningServer, cypher: string, params: Record<string, unknown> = {}) {
  return fetch(new URL('/api/query', base.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cypher, params }),
  });
}

/** A raw request, for what fetch will not send (odd paths, odd Host headers). */
function rawRequest(base: RunningServer, options: http.RequestOptions): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: base.port, ...options }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('binding', () => {
  it('listens on 127.0.0.1 on the port the OS chose, and says so in its URL', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await rawRequest(server, { path: '/api/story', headers: { Host: 'attacker.example:80' } });
    expect(response.status).toBe(421);
  });
});

describe('GET /api/story', () => {
  it('returns the story as JSON with the sentence offsets the viewer needs', async () => {
    const response = await fetch(new URL('/api/story', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const story = (await response.json()) as ViewerStory;
    expect(story.claims.map((claim) => claim.id).sort()).toEqual(fixtureStory.claims.map((claim) => claim.id).sort());
    const visit = story.claims.find((claim) => claim.id === 'c:visit')!;
    const fromPaper = visit.sources.find((source) => source.article === 'b2paper')!;
    const paperText = story.articles.find((article) => article.id === 'b2paper')!.text!;
    // The sentence really starts there, and the span inside it is the phrase the fixture marked.
    expect(paperText.slice(fromPaper.sentenceStart!, fromPaper.sentenceStart! + fromPaper.text.length)).toBe(fromPaper.text);
    expect(paperText.slice(fromPaper.start, fromPaper.end)).toBe('travel to Beijing in April');
  });

  it('sends the security headers: no inline scripts, no sniffing', async () => {
    const response = await fetch(new URL('/api/story', server.url));
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('POST /api/query (read-only)', () => {
  const writes: [string, string][] = [
    ['CREATE', "CREATE (:Entity {id: 'e:new', name: 'new', kind: 'THING', aliases: []})"],
    ['MERGE', "MERGE (e:Entity {id: 'e:new'})"],
    ['SET', "MATCH (e:Entity) SET e.name = 'renamed'"],
    ['DELETE', 'MATCH (e:Entity) DELETE e'],
    ['DETACH', 'MATCH (e:Entity) DETACH DELETE e'],
    ['REMOVE', 'MATCH (e:Entity) REMOVE e.name'],
    ['DROP', 'DROP TABLE Entity'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['CALL', "CALL apoc.create.node(['X'], {}) YIELD node RETURN node"],
    ['create', "match (e:Entity) with e /* harmless? */ create (:Entity {id: 'e:sneaky'})"],
    ['COPY', "COPY Entity FROM '/tmp/entities.csv'"],
  ];

  for (const [keyword, cypher] of writes) {
    it(`refuses ${keyword} with 403 and says why`, async () => {
      const response = await postQuery(server, cypher);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: string };
      expect(body.error).toContain(keyword.toUpperCase());
      expect(body.error).toContain('read-only');
    });
  }

  it('left the database unchanged after all those attempts', async () => {
    const response = await postQuery(server, 'MATCH (e:Entity) RETURN count(e) AS entities');
    expect(((await response.json()) as { rows: { entities: number }[] }).rows[0].entities).toBe(fixtureStory.entities.length);
  });

  it('runs a read query and answers {columns, rows}', async () => {
    const response = await postQuery(server, 'MATCH (c:Claim) WHERE c.status = $status RETURN c.id AS id ORDER BY id', { status: 'contradicted' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ columns: ['id'], rows: [{ id: 'c:tariffs-50' }, { id: 'c:tariffs-55' }] });
  });

  it('allows write keywords inside string literals and comments', async () => {
    const response = await postQuery(server, "RETURN 'CREATE (n) SET n.x = 1; DELETE n' AS text // MERGE in a comment");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { rows: { text: string }[] }).rows[0].text).toBe('CREATE (n) SET n.x = 1; DELETE n');
  });

  it('refuses a query whose string literal never ends, rather than guess what is code', async () => {
    const response = await postQuery(server, "RETURN 'CREATE");
    expect(response.status).toBe(403);
  });

  it('answers a broken query with 400 and the database message', async () => {
    const response = await postQuery(server, 'MATCH (n RETURN n');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^query failed/);
  });

  it('rejects a body over 64 KB with 413', async () => {
    const response = await postQuery(server, `RETURN '${'x'.repeat(70 * 1024)}' AS big`);
    expect(response.status).toBe(413);
  });

  it('rejects a body that is not JSON-typed with 415 (no cross-site form posts)', async () => {
    const response = await fetch(new URL('/api/query', server.url), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"cypher":"RETURN 1"}' });
    expect(response.status).toBe(415);
  });
});

describe('POST /api/query with --allow-writes', () => {
  it('lets a write through to the database', async () => {
    const create = await postQuery(writable, "CREATE (:OffTopic {id: 'o:added', article: 'a1wire', sentence: 9, text: 'added'})");
    expect(create.status).toBe(200);
    const check = await postQuery(server, "MATCH (o:OffTopic {id: 'o:added'}) RETURN o.text AS text");
    expect(((await check.json()) as { rows: { text: string }[] }).rows).toEqual([{ text: 'added' }]);
  });
});

describe('routes', () => {
  it('serves the viewer page at / as HTML', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>viewer</title>');
  });

  it('answers unknown routes with 404', async () => {
    expect((await fetch(new URL('/api/nothing', server.url))).status).toBe(404);
    expect((await fetch(new URL('/no-such-file.js', server.url))).status).toBe(404);
  });

  it('does not serve files outside the web root', async () => {
    const response = await rawRequest(server, { path: '/..%2f..%2fpackage.json' });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('"name"');
  });

  it('answers wrong methods with 405 and an Allow header', async () => {
    const getQuery = await fetch(new URL('/api/query', server.url));
    expect(getQuery.status).toBe(405);
    expect(getQuery.headers.get('allow')).toBe('POST');
    const postStory = await fetch(new URL('/api/story', server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(postStory.status).toBe(405);
    expect((await fetch(server.url, { method: 'DELETE' })).status).toBe(405);
  });
});
