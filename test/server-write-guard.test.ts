// The read-only guard on its own: what counts as a write, and what only looks like one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReadOnly } from '../src/server/write-guard.ts';
import { COOKBOOK } from '../src/store/cookbook.ts';

const allowed = (cypher: string) => checkReadOnly(cypher).allowed;

describe('checkReadOnly', () => {
  it('allows reads, including procedures known to only read and CALL subqueries', () => {
    expect(allowed('MATCH (c:Claim)-[:SUBJECT]->(e:Entity) RETURN c, e LIMIT 10')).toBe(true);
    expect(allowed('CALL db.labels() YIELD label RETURN label')).toBe(true);
    expect(allowed('CALL show_tables() RETURN *')).toBe(true);
    expect(allowed('CALL { MATCH (n) RETURN n } RETURN n')).toBe(true);
  });

  it('does not mistake names for clauses: properties, parameters, labels, map keys, quoted names', () => {
    expect(allowed('MATCH (n) WHERE n.set = $delete RETURN {merge: 1} AS m, `create` AS c')).toBe(true);
    expect(allowed('MATCH (n:Create) RETURN n')).toBe(true);
  });

  it('finds writes in any case, after comments, inside CALL subqueries', () => {
    expect(allowed('match (n) // just reading\nDeTaCh DeLeTe n')).toBe(false);
    expect(allowed('CALL { CREATE (n) } RETURN 1')).toBe(false);
    expect(allowed('MATCH (n) FOREACH (x IN [1] | SET n.a = x)')).toBe(false);
  });

  it('refuses procedures it does not know to be read-only, and embedded settings', () => {
    expect(checkReadOnly('CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})')).toEqual({
      allowed: false,
      reason: expect.stringContaining('CALL APOC.PERIODIC.ITERATE'),
    });
    expect(allowed('CALL threads=4')).toBe(false);
  });

  it('is not fooled by a backslash that one dialect might not treat as an escape', () => {
    // With escapes the CREATE is inside the string; without, it is code. Either reading refuses.
    expect(allowed("RETURN 'a\\' CREATE (n) //'")).toBe(false);
  });

  it('refuses unterminated strings and comments instead of guessing', () => {
    expect(allowed('RETURN "abc')).toBe(false);
    expect(allowed('MATCH (n) /* RETURN n')).toBe(false);
  });
});

// Every statement the embedded database's parser accepts at the start of a query (from its own
// "expecting {…}" list), and Neo4j's administration and transaction commands: all but the reads
// are refused, at the start of a query, after a read clause, after a `;`, and inside CALL { … }.
const EMBEDDED_STATEMENTS = [
  'ALTER TABLE Entity ADD x INT64', 'ANALYZE', "ATTACH '/tmp/other.lbug' AS other", 'BEGIN TRANSACTION', 'CHECKPOINT',
  "COMMENT ON TABLE Entity IS 'x'", 'COMMIT', "COPY Entity FROM '/tmp/e.csv'", "CREATE (:Entity {id: 'x'})",
  'DELETE n', 'DETACH DELETE n', 'DROP TABLE Entity', "EXPORT DATABASE '/tmp/out'", 'FORCE INSTALL json',
  "IMPORT DATABASE '/tmp/in'", 'INSTALL json', "LOAD FROM '/etc/passwd' RETURN *", 'LOAD json', "MERGE (:Entity {id: 'x'})",
  'ROLLBACK', "SET n.name = 'x'", 'UNINSTALL json', 'UPDATE json', 'USE other',
];
const NEO4J_COMMANDS = [
  'SHOW DATABASES', 'SHOW USERS', 'START DATABASE neo4j', 'STOP DATABASE neo4j', 'GRANT ROLE admin TO bob', 'DENY READ ON GRAPH * TO bob',
  'REVOKE ROLE admin FROM bob', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'RENAME USER bob TO alice', 'FOREACH (x IN [1] | CREATE (:X))',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'REMOVE n.name', 'FINISH', 'INSERT (:X)', 'ENABLE SERVER "x"',
];

describe('checkReadOnly: an allow-list', () => {
  const refusedWord = (cypher: string) => {
    const verdict = checkReadOnly(cypher);
    return verdict.allowed ? null : verdict.reason.split(' ')[0];
  };

  for (const statement of [...EMBEDDED_STATEMENTS, ...NEO4J_COMMANDS]) {
    const keyword = statement.split(' ')[0];
    it(`refuses ${keyword} wherever a clause could start`, () => {
      expect(refusedWord(statement)).toBe(keyword);
      expect(refusedWord(`MATCH (n:Entity) ${statement}`)).toBe(keyword);
      expect(refusedWord(`MATCH (n) RETURN n LIMIT 1; ${statement}`)).toBe(keyword);
      expect(refusedWord(`CALL { ${statement} } RETURN 1`)).toBe(keyword);
      expect(refusedWord(`MATCH (n) WHERE EXISTS { ${statement} } RETURN n`)).toBe(keyword);
    });
  }

  it('says what is allowed and how to allow writes', () => {
    const verdict = checkReadOnly("COMMENT ON TABLE Entity IS 'x'");
    expect(verdict).toEqual({ allowed: false, reason: expect.stringMatching(/^COMMENT is not allowed: a read-only query may only use MATCH, .*--allow-writes/) });
  });

  it('allows every clause on the list, and EXPLAIN / PROFILE in front of a read', () => {
    for (const cypher of [
      'OPTIONAL MATCH (n:Entity) WITH n WHERE n IS NOT NULL UNWIND n.aliases AS alias RETURN DISTINCT alias ORDER BY alias DESC SKIP 1 LIMIT 5',
      'MATCH (n:Entity) RETURN n.id AS id UNION RETURN 1 AS id',
      'MATCH (n:Entity) RETURN n.id AS id UNION ALL MATCH (c:Claim) RETURN c.id AS id',
      'CALL db.labels() YIELD label WHERE label STARTS WITH "E" RETURN label',
      'CALL table_info("Entity") RETURN *',
      'CALL { MATCH (n) RETURN n } RETURN count(n)',
      'MATCH (a) CALL (a) { MATCH (a)-->(b) RETURN count(b) AS out } RETURN a, out',
      'EXPLAIN MATCH (n) RETURN n',
      'PROFILE MATCH (n) RETURN count(n)',
    ]) {
      expect(checkReadOnly(cypher), cypher).toEqual({ allowed: true });
    }
  });

  it('refuses EXPLAIN / PROFILE anywhere but in front, a CALL (…) that is not a subquery, and OPTIONAL without MATCH', () => {
    expect(allowed('MATCH (n) EXPLAIN RETURN n')).toBe(false);
    expect(allowed('MATCH (n) CALL (n) RETURN n')).toBe(false);
    expect(allowed('OPTIONAL CALL { CREATE (n) }')).toBe(false);
    expect(allowed('ORDER n')).toBe(false);
  });

  it('lets keywords used in expressions through: CASE, AND/OR/XOR/NOT, IN, IS NULL, STARTS WITH, CONTAINS, COUNT { }, EXISTS { }', () => {
    for (const cypher of [
      'MATCH (c:Claim) RETURN CASE WHEN c.negated THEN "no" WHEN c.status = "unique" THEN "one" ELSE "yes" END AS said',
      'MATCH (c:Claim) RETURN CASE c.status WHEN "contradicted" THEN 1 ELSE 0 END AS x',
      'MATCH (e:Entity) WHERE (e.kind = "PERSON" OR e.kind = "ORG") AND NOT e.name IS NULL XOR e.id IN ["a", "b"] RETURN e',
      'MATCH (e:Entity) WHERE e.name STARTS WITH "A" OR e.name ENDS WITH "z" OR e.name CONTAINS "x" OR e.name =~ ".*" RETURN e',
      'MATCH (e:Entity) WHERE EXISTS { MATCH (e)<-[:SUBJECT]-(:Claim) } RETURN e.name, COUNT { (e)<-[:OBJECT]-() } AS objects',
      'MATCH (e:Entity) RETURN e.name AS name, size([a IN e.aliases WHERE a <> e.name | toLower(a)]) AS others',
      'MATCH p = (a:Entity)-[* SHORTEST 1..3]-(b:Entity) RETURN length(p)',
      'MATCH (a)-[r:SUBJECT|OBJECT*1..2]->(b) RETURN count(*) AS n, collect(DISTINCT label(r))[0..2] AS kinds',
      'MATCH (e:Entity) RETURN e {.name, .kind} AS entity, CAST(e.id AS STRING) AS id, any(x IN e.aliases WHERE x = $name) AS named',
      'UNWIND [1, 2.5, -3, 1e3] AS x RETURN x * 2 % 3 ^ 2 AS y ORDER BY y ASC',
      'MATCH (n) RETURN *',
    ]) {
      expect(checkReadOnly(cypher), cypher).toEqual({ allowed: true });
    }
  });

  it('refuses CASE parts outside CASE', () => {
    expect(allowed('MATCH (n) WHEN true THEN CREATE (m)')).toBe(false);
    expect(allowed('MATCH (n) RETURN n ELSE 1')).toBe(false);
  });

  it('reads a word after AS, `.`, `$` or `:` as a name, even a keyword', () => {
    expect(allowed('MATCH (n:Delete) WITH n.create AS merge, $set AS distinct RETURN merge, distinct')).toBe(true);
    // After a name, the next bare word is checked like any other.
    expect(allowed('WITH 1 AS merge CREATE (n)')).toBe(false);
    expect(allowed('MATCH (n) WITH n.case AS x CREATE (m)')).toBe(false);
  });

  it('ends // comments at \\r and at every other line terminator, as Neo4j does', () => {
    for (const end of ['\n', '\r', '\u2028', '\u2029', '\u0085']) {
      expect(allowed(`MATCH (n) RETURN n // a comment${end}CREATE (m)`), JSON.stringify(end)).toBe(false);
    }
  });

  it('is not fooled by white space the lexer does not know, or by numbers next to words', () => {
    expect(allowed('MATCH (n) RETURN n\u00a0CREATE (m)')).toBe(false);
    expect(allowed('MATCH (n) RETURN 1e3CREATE (m)')).toBe(false);
    expect(allowed('MATCH (n) RETURN 1\u000bCREATE (m)')).toBe(false);
  });

  it('leaves brackets left open to the database, but reads what follows a stray closer strictly', () => {
    expect(allowed('MATCH (n RETURN n')).toBe(true);
    expect(allowed('MATCH (n)) CREATE (m)')).toBe(false);
    expect(allowed('RETURN (1; CREATE (m)')).toBe(false);
  });
});

describe('checkReadOnly on the cookbook', () => {
  it('allows every cookbook query the README shows', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const queries = [...readme.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(queries.length).toBeGreaterThanOrEqual(COOKBOOK.length);
    for (const cypher of [...queries, ...COOKBOOK.map((query) => query.cypher)]) {
      expect(checkReadOnly(cypher), cypher).toEqual({ allowed: true });
    }
  });
});
