// Cypher that runs unchanged on the embedded store and on Neo4j (test/neo4j.test.ts checks both
// give the same rows). Kept to the common dialect: labelled patterns, `[:A|B]`, OPTIONAL MATCH,
// WITH + aggregates, toLower, any(… IN … WHERE …), no list indexing, no type()/label().
// (The embedded engine 0.19 crashes on count(DISTINCT …) beside min(…) in one WITH; collect is used.)
import type { Row } from './store.ts';

export interface CookbookQuery {
  title: string;
  cypher: string;
  /** Example parameters; the README shows them beside the query. */
  params?: Row;
}

/**
 * `$name` matches an entity's canonical name or any alias, case-insensitively. The parameter is
 * bound with WITH first because the embedded engine cannot read a parameter inside any(…).
 */
const WANTED_NAME = `WITH toLower($name) AS wanted`;
const ENTITY_NAMED = `(toLower(e.name) = wanted OR any(alias IN e.aliases WHERE toLower(alias) = wanted))`;

export const COOKBOOK: CookbookQuery[] = [
  {
    title: 'Claims with their evidence sentences',
    cypher: `MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:SUPPORTED_BY]->(v:Evidence)-[:IN_ARTICLE]->(a:Article)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN c.id AS claim, s.name AS subject, c.predicate AS predicate, o.name AS object, c.status AS status,
       a.title AS article, v.text AS sentence
ORDER BY claim, article`,
  },
  {
    title: 'All contradictions with both sides and both sentences',
    cypher: `MATCH (x:Contradiction)-[b1:BETWEEN]->(c1:Claim), (x)-[b2:BETWEEN]->(c2:Claim)
WHERE b1.ord < b2.ord
MATCH (c1)-[:SUPPORTED_BY]->(v1:Evidence), (c2)-[:SUPPORTED_BY]->(v2:Evidence)
RETURN x.kind AS kind, x.explanation AS explanation, c1.id AS claimA, v1.text AS sentenceA,
       c2.id AS claimB, v2.text AS sentenceB
ORDER BY kind, claimA, claimB, sentenceA, sentenceB`,
  },
  {
    title: 'Claims only one outlet makes',
    cypher: `MATCH (c:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(a:Article)
WITH c, collect(DISTINCT coalesce(a.outlet, a.id)) AS outlets
WHERE size(outlets) = 1
RETURN c.id AS claim, c.predicate AS predicate, c.status AS status, outlets
ORDER BY claim`,
  },
  {
    title: 'Everything said about an entity, under any of its names',
    params: { name: 'Mayor Ortiz' },
    cypher: `${WANTED_NAME}
MATCH (e:Entity) WHERE ${ENTITY_NAMED}
MATCH (c:Claim)-[:SUBJECT|OBJECT|ATTRIBUTED_TO]->(e)
MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
RETURN DISTINCT c.id AS claim, s.name AS subject, c.predicate AS predicate, o.name AS object, c.status AS status
ORDER BY claim`,
  },
  {
    title: 'Which articles agree most (claims two articles share)',
    cypher: `MATCH (a1:Article)<-[:IN_ARTICLE]-(:Evidence)<-[:SUPPORTED_BY]-(c:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(a2:Article)
WHERE a1.id < a2.id
RETURN a1.title AS articleA, a2.title AS articleB, count(DISTINCT c.id) AS sharedClaims
ORDER BY sharedClaims DESC, articleA, articleB`,
  },
  {
    title: 'How many claims are corroborated, unique, contradicted',
    cypher: `MATCH (c:Claim)
RETURN c.status AS status, count(*) AS claims
ORDER BY status`,
  },
  {
    title: 'Contradictions of one kind',
    params: { kind: 'numeric' },
    cypher: `MATCH (x:Contradiction)-[:BETWEEN]->(c:Claim)-[:SUBJECT]->(s:Entity)
WHERE x.kind = $kind
RETURN x.id AS contradiction, x.explanation AS explanation, c.id AS claim, s.name AS subject,
       c.predicate AS predicate, c.quantityValue AS amount, c.time AS time
ORDER BY contradiction, claim`,
  },
  {
    title: 'Claims attributed to a speaker',
    params: { name: 'Ortiz' },
    cypher: `${WANTED_NAME}
MATCH (c:Claim)-[:ATTRIBUTED_TO]->(e:Entity) WHERE ${ENTITY_NAMED}
MATCH (c)-[:SUBJECT]->(s:Entity)
RETURN e.name AS speaker, c.id AS claim, s.name AS subject, c.predicate AS predicate, c.quote AS quote,
       c.status AS status
ORDER BY claim`,
  },
  {
    title: 'Amounts stated, with their unit and source',
    cypher: `MATCH (c:Claim)-[:SUPPORTED_BY]->(v:Evidence)-[:IN_ARTICLE]->(a:Article)
WHERE c.quantityValue IS NOT NULL
RETURN c.id AS claim, c.predicate AS predicate, c.quantityValue AS amount, c.quantityUnit AS unit,
       a.outlet AS outlet
ORDER BY claim, outlet`,
  },
  {
    title: 'Facts told by several outlets, each claim in its own words',
    cypher: `MATCH (f:Fact)-[:HAS]->(c:Claim)-[:SUPPORTED_BY]->(v:Evidence)-[:IN_ARTICLE]->(a:Article)
WHERE f.claimCount > 1
RETURN f.id AS fact, f.status AS status, c.id AS claim, c.predicate AS predicate,
       c.quantityValue AS amount, a.title AS article, v.text AS sentence
ORDER BY fact, claim, article`,
  },
  {
    title: 'Articles that reuse another article',
    cypher: `MATCH (a:Article)-[r:REUSES]->(b:Article)
WHERE r.kind <> 'independent'
RETURN a.title AS article, b.title AS reuses, r.similarity AS similarity, r.kind AS kind
ORDER BY similarity DESC, article`,
  },
  {
    title: 'Off-topic sentences per article',
    cypher: `MATCH (o:OffTopic)-[:IN_ARTICLE]->(a:Article)
RETURN a.title AS article, o.sentence AS sentence, o.text AS text
ORDER BY article, sentence`,
  },
];
