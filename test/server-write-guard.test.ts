// The read-only guard on its own: what counts as a write, and what only looks like one.
import { describe, expect, it } from 'vitest';
import { checkReadOnly } from '../src/server/write-guard.ts';

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
