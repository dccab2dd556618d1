// The read-only guard against the real embedded database, on queries from two small generators.
// Attacks: a read query, odd separators (comments, line and space characters the lexer may not
// know, literals, keywords) and a write glued on. Whatever the guard lets through is run on the
// database opened read-only, which names any write it is asked to do: none may reach it.
// Reads: a grammar of read queries; every one the database's parser accepts must pass the guard.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../src/ingest.ts';
import { checkReadOnly } from '../src/server/write-guard.ts';
import { openStore } from '../src/store/open-store.ts';
import type { GraphStore } from '../src/store/store.ts';
import { seededRandom } from './support/seeded-random.ts';
import { repoRoot } from './support/seeds.ts';

let dir: string;
let store: GraphStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'storygraph-guard-fuzz-'));
  const db = path.join(dir, 'db');
  const writer = await openStore({ db, readOnly: false });
  await ingestPaths([path.join(repoRoot, 'examples')], writer);
  await writer.close();
  store = await openStore({ db, existing: true, readOnly: true });
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The database's own words for a statement it was asked to run but would have to write for. */
async function databaseWouldWrite(cypher: string): Promise<boolean> {
  try {
    await store.query(cypher, { p: 1 });
    return false;
  } catch (error) {
    return /read-only database/i.test((error as Error).message);
  }
}

async function databaseParses(cypher: string): Promise<boolean> {
  try {
    await store.query(cypher, { p: 1 });
    return true;
  } catch (error) {
    return !/Parser exception/i.test((error as Error).message);
  }
}

const READ_PREFIXES = [
  'MATCH (n:Entity)', 'MATCH (n:Entity) WITH n', 'MATCH (n:Entity) WITH n, 1 AS x', "MATCH (n:Entity) WHERE n.id = 'a'",
  'RETURN 1 AS x;', 'MATCH (n:Entity) WITH n ORDER BY n.id DESC', 'MATCH (n:Entity) WITH n LIMIT 1', 'MATCH (n:Entity) WITH n, [1,2]',
  'MATCH (n:Entity) WITH n, {a: 1} AS mp', 'MATCH (n:Entity) WITH n WHERE NOT n.id IS NOT NULL', "MATCH (n:Entity) WITH n WHERE n.id STARTS WITH 'x'",
  'MATCH (n:Entity) WITH n, CASE WHEN true THEN 1 ELSE 2 END AS y', 'MATCH (n:Entity)-[r]->(m)', 'MATCH (n:Entity) WITH DISTINCT n',
  'MATCH (n:Entity) WITH n WHERE EXISTS { MATCH (n)-->() }', 'MATCH (n:Entity) WITH n, 1e3 AS k', 'MATCH (n:Entity) WITH n,',
  "MATCH (n:Entity) WITH n, 'q'", 'MATCH (n:Entity) WITH n, `q`', 'MATCH (n:Entity) WITH n, $p', 'MATCH (n:Entity) WITH n, NOT',
  'MATCH (n:Entity) WITH n, DISTINCT', 'MATCH (n:Entity) WITH n, CASE', 'MATCH (n:Entity) WITH n, 1 AS', 'MATCH (n:Entity) WITH n.',
  'MATCH (n:Entity) WITH n:', 'MATCH (n:Entity) WITH *', 'EXPLAIN MATCH (n:Entity)', 'MATCH (n:Entity) WITH n UNION ALL',
  'CALL show_tables() YIELD name', 'MATCH (n:Entity) WITH n, COUNT {', 'MATCH (n:Entity) WITH n, any(x IN [1] WHERE', '',
];
const SEPARATORS = [
  ' ', '', '\n', '\r', '\t', '\u000b', '\u000c', '\u00a0', '\u2028', '\u2029', '\u0085', '\u200b', '\ufeff', '\u3000', '//x\n', '//x\r',
  '//x\u2028', '/*x*/', '/*\n*/', ' // \\\n', '\\', "'", '"', '`', '$', ';', ',', ')', ']', '}', '(', '.', ':', '|', '1', '1e3', '0x', 'x',
  "''", ' AS ', ' NOT ', ' DISTINCT ', ' CASE ', ' WHEN ', ' THEN ', ' END ', ' IS ', ' IN ', ' WITH ', ' OPTIONAL ', ' UNION ', ' ALL ', ' YIELD ',
];
const WRITES = [
  "CREATE (:OffTopic {id: 'fuzz', article: 'a', sentence: 1, text: 't'})", "SET n.name = 'x'", 'DELETE n', 'DETACH DELETE n',
  "MERGE (:OffTopic {id: 'fuzz', article: 'a', sentence: 1, text: 't'})", 'REMOVE n.name', "COMMENT ON TABLE Entity IS 'x'",
  'CHECKPOINT', 'DROP TABLE OffTopic', 'ALTER TABLE OffTopic ADD extra INT64',
];
const ENDINGS = ['', ' RETURN 1', ' RETURN n', ';', ' }', ')', ' END', "'", '*/'];

describe('the write guard, fuzzed against the read-only database', () => {
  it('lets no write through, whatever is glued before it', async () => {
    const random = seededRandom(20261201);
    const pick = <T>(items: T[]) => items[random(items.length)];
    const mixCase = (text: string) => [...text].map((ch) => (random(3) === 0 ? ch.toLowerCase() : ch)).join('');
    const leaks: string[] = [];
    let passed = 0;
    for (let i = 0; i < 1500; i++) {
      let cypher = pick(READ_PREFIXES);
      for (let parts = 1 + random(3); parts > 0; parts--) cypher += pick(SEPARATORS);
      cypher += mixCase(pick(WRITES)) + pick(ENDINGS);
      if (!checkReadOnly(cypher).allowed) continue;
      passed++;
      if (await databaseWouldWrite(cypher)) leaks.push(cypher);
    }
    expect(leaks).toEqual([]);
    // The generator does reach the database: some attacks are harmless enough to pass (the write
    // lands in a comment, a string or a name) and are run.
    expect(passed).toBeGreaterThan(20);
  });

  it('never refuses a read query the database accepts', async () => {
    const random = seededRandom(7);
    const pick = <T>(items: T[]) => items[random(items.length)];
    const space = () => pick([' ', ' ', '\n', '  ', ' /* c */ ', ' // c\n', '\t']);
    const keyword = (word: string) => (random(3) === 0 ? word.toLowerCase() : word);
    const expression = (depth: number): string => {
      if (depth > 2) return pick(['n.id', 'n.name', '1', '2.5', "'x'", '$p', 'true', 'null', '[1, 2]', 'n.aliases']);
      const e = () => expression(depth + 1);
      return pick<() => string>([
        () => `${e()}${space()}${keyword(pick(['AND', 'OR', 'XOR']))}${space()}${e()}`,
        () => `${keyword('NOT')}${space()}${e()}`,
        () => `${e()} ${pick(['=', '<>', '<', '>=', '+', '-', '*', '/', '%'])} ${e()}`,
        () => `${e()}${space()}${keyword('IS')}${space()}${random(2) ? `${keyword('NOT')} ` : ''}${keyword('NULL')}`,
        () => `${e()}${space()}${keyword(pick(['STARTS', 'ENDS']))}${space()}${keyword('WITH')}${space()}'a'`,
        () => `${e()}${space()}${keyword('CONTAINS')}${space()}'a'`,
        () => `${e()}${space()}${keyword('IN')}${space()}[1, 'a']`,
        () => `(${e()})`,
        () => `${keyword('CASE')} ${keyword('WHEN')} ${e()} ${keyword('THEN')} ${e()}${space()}${keyword('ELSE')} ${e()} ${keyword('END')}`,
        () => `${keyword('CASE')} ${e()} ${keyword('WHEN')} 1 ${keyword('THEN')} ${e()} ${keyword('END')}`,
        () => `coalesce(${e()}, ${e()})`,
        () => `any(a ${keyword('IN')} ${e()} ${keyword('WHERE')} a = ${e()})`,
        () => `${keyword('EXISTS')} { ${keyword('MATCH')} (n)-[:SUBJECT|OBJECT]-(:Claim) }`,
        () => `${keyword('COUNT')} { ${keyword('MATCH')} (n)<--() }`,
        () => `count(${keyword('DISTINCT')} ${e()})`,
        () => `${e()}[0..1]`,
        () => `CAST(${e()} ${keyword('AS')} STRING)`,
        () => `{k: ${e()}}.k`,
        () => 'n.`name`',
        () => `-${e()}`,
      ])();
    };
    const query = (): string => {
      let cypher = pick([`${keyword('MATCH')} (n:Entity)`, `${keyword('OPTIONAL')} ${keyword('MATCH')} (n:Entity)`, 'MATCH (n:Entity)<-[r:SUBJECT]-(c:Claim)', 'MATCH p = (n:Entity)-[*1..2]-(m)']);
      if (random(2)) cypher += `${space()}${keyword('WHERE')}${space()}${expression(0)}`;
      if (random(2)) cypher += `${space()}${keyword('WITH')} ${random(3) ? '' : `${keyword('DISTINCT')} `}n, ${expression(1)} ${keyword('AS')} x`;
      if (random(3) === 0) cypher += `${space()}${keyword('UNWIND')} [1, 2] ${keyword('AS')} u`;
      cypher += `${space()}${keyword('RETURN')} ${random(4) ? '' : `${keyword('DISTINCT')} `}${expression(0)} ${keyword('AS')} out`;
      if (random(2)) cypher += `${space()}${keyword('ORDER')} ${keyword('BY')} out ${pick(['', keyword('ASC'), keyword('DESC')])}`;
      if (random(2)) cypher += `${space()}${keyword('SKIP')} 0 ${keyword('LIMIT')} 3`;
      if (random(5) === 0) cypher = `${cypher}${space()}${keyword('UNION')}${random(2) ? ` ${keyword('ALL')}` : ''}${space()}${cypher}`;
      return cypher;
    };
    const refused: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 600; i++) {
      const cypher = query();
      if (!(await databaseParses(cypher))) continue;
      accepted++;
      if (!checkReadOnly(cypher).allowed) refused.push(cypher);
    }
    expect(refused).toEqual([]);
    expect(accepted).toBeGreaterThan(100);
  });
});
