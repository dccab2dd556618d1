// Writes a StoryExport so that afterwards the store holds exactly that story.
//
// Ingest always recomputes the whole story over every stored article, so the story being
// written is the truth: claims and contradictions that are written again get their new properties
// (status, sources, explanation), and derived things the new story no longer has — a contradiction
// that a later article resolved, evidence, entities, claims, reuse and off-topic rows — are deleted.
// Articles are never deleted: they are the input, and readArticles must give them back.
//
// Every statement is `UNWIND $rows AS r …` on primary keys, in batches. Nodes the store already holds
// are updated with MERGE … SET; nodes it does not hold yet are written with one CREATE each, and so
// are the relationships that touch them (a relationship to a node that did not exist cannot exist).
// CREATE with the properties inline costs the database one operation where MERGE and a SET per
// property cost many: loading a fresh store takes a third (Neo4j) to a half (embedded) less time
// (README, Measurements).
// Which nodes are new is decided once, from the ids read at the start, so a write that died half
// way (Neo4j going down) is completed by running it again: the next run sees the nodes the first
// one committed as stored and MERGEs them and their relationships.
// A new node is created together with the edges it has one of to nodes written before it (a claim
// with its subject and object, evidence with its article: BORN_WITH), so the writes come in three
// waves: the nodes others point to, the nodes born with edges to them, then every other edge.
// Each label's nodes, and each relationship type's rows, are one write that names the node labels it
// locks; a store that can run transactions side by side runs writes with disjoint labels at once
// (Neo4j does, on its cores, while the driver packs the next batch: run-by-labels.ts).
import type { Article, StoryExport } from '../types.ts';
import type { CypherRunner, LabelledWrite, WriteStep } from './cypher-runner.ts';
import type { Dialect } from './dialect.ts';
import { nodeTable, REL_TABLES, type Property } from './schema.ts';
import { storyRows, type EdgeRow, type StoryRows } from './story-rows.ts';
import type { Row } from './store.ts';
import { pushTo } from '../push-to.ts';

/** Article properties that are kept when the new row has no value (text not passed, no record yet). */
const KEEP_WHEN_MISSING = new Set(['text', 'sentences']);

/** Node labels whose nodes are derived from the articles and replaced by each write. */
const DERIVED_LABELS = ['Entity', 'Claim', 'Evidence', 'Contradiction', 'Fact', 'OffTopic', 'Story'] as const;

/** Each node label's rows in a story. */
const NODE_ROWS: Record<'Article' | (typeof DERIVED_LABELS)[number], (r: StoryRows) => Row[]> = {
  Article: (r) => r.articles,
  Entity: (r) => r.entities,
  Claim: (r) => r.claims,
  Evidence: (r) => r.evidence,
  Contradiction: (r) => r.contradictions,
  Fact: (r) => r.facts,
  OffTopic: (r) => r.offTopic,
  Story: (r) => r.stories,
};

interface RelWrite {
  type: string;
  from: string;
  to: string;
  rows: (r: StoryRows) => EdgeRow[];
  /** Relationships whose endpoints can change for the same node (a claim's subject) are pruned. */
  prune: boolean;
}

const REL_WRITES: RelWrite[] = [
  { type: 'SUBJECT', from: 'Claim', to: 'Entity', rows: (r) => r.subject, prune: true },
  { type: 'OBJECT', from: 'Claim', to: 'Entity', rows: (r) => r.object, prune: true },
  { type: 'ATTRIBUTED_TO', from: 'Claim', to: 'Entity', rows: (r) => r.attributedTo, prune: true },
  { type: 'BETWEEN', from: 'Contradiction', to: 'Claim', rows: (r) => r.between, prune: true },
  { type: 'HAS', from: 'Fact', to: 'Claim', rows: (r) => r.has, prune: true },
  { type: 'REUSES', from: 'Article', to: 'Article', rows: (r) => r.reuses, prune: true },
  { type: 'IN_STORY', from: 'Article', to: 'Story', rows: (r) => r.inStory, prune: true },
  // Evidence ids contain their claim and article, so these never point somewhere new.
  { type: 'SUPPORTED_BY', from: 'Claim', to: 'Evidence', rows: (r) => r.supportedBy, prune: false },
  { type: 'IN_ARTICLE', from: 'Evidence', to: 'Article', rows: (r) => r.evidenceInArticle, prune: false },
  { type: 'IN_ARTICLE', from: 'OffTopic', to: 'Article', rows: (r) => r.offTopicInArticle, prune: false },
];

export async function writeStoryRows(runner: CypherRunner, story: StoryExport, articles: Article[], removedArticles: string[] = []): Promise<void> {
  const rows = storyRows(story, articles);
  const d = runner.dialect;
  // The one case where articles go: `storygraph remove`, whose story was computed without them.
  await runner.writeRows('UNWIND $rows AS r MATCH (a:Article {id: r.id}) DETACH DELETE a', removedArticles.map((id) => ({ id })));

  const stored = await deleteStaleNodes(runner, rows);
  await deleteStaleRelationships(runner, rows);

  // Ids this write creates; everything else it MERGEs.
  const created = new Set<string>();
  const willExist = idsAfterWrite(rows, stored);
  // Edges made in the statement that creates their node; every other edge is written last.
  const born = new Set<EdgeRow>();
  const nodeWrite = (label: keyof typeof NODE_ROWS): LabelledWrite => {
    const nodeRows = lastOfEach(NODE_ROWS[label](rows), (row) => row.id as string);
    const fresh = nodeRows.filter((row) => !stored.has(nodeKey(label, row.id as string)));
    const known = nodeRows.filter((row) => stored.has(nodeKey(label, row.id as string)));
    for (const row of fresh) created.add(nodeKey(label, row.id as string));
    const { properties } = nodeTable(label);
    const bornWith = bornEdges(label, fresh, rows, willExist);
    for (const edges of bornWith.values()) for (const edge of edges.values()) born.add(edge);
    const steps: WriteStep[] = [
      ...createdWithEdges(d, label, fresh, bornWith).map(({ cypher, rows: group }) => ({
        cypher,
        rows: group.map((row) => ({ ...encodeRow(d, row, properties), ...endsOf(row, bornWith) })),
      })),
      { cypher: mergeNodes(d, label), rows: known.map((row) => encodeRow(d, row, properties)) },
    ];
    const ends = BORN_WITH.filter((b) => b.owner === label).map((b) => b.other);
    return { labels: [label, ...ends], steps };
  };
  // In dependency order: a node is created with its edges once the nodes at their other ends exist.
  await runner.writeAtOnce((['Article', 'Entity', 'Story'] as const).map(nodeWrite));
  await runner.writeAtOnce((['Claim', 'Evidence', 'Contradiction', 'Fact', 'OffTopic'] as const).map(nodeWrite));
  await runner.writeAtOnce(
    REL_WRITES.map((rel) => {
      const edges = lastOfEach(rel.rows(rows), (edge) => pairKey(edge.from, edge.to)).filter((edge) => !born.has(edge));
      const touchesNew = (edge: EdgeRow) => created.has(nodeKey(rel.from, edge.from)) || created.has(nodeKey(rel.to, edge.to));
      const steps: WriteStep[] = [
        { cypher: writeRelationship(d, rel, 'CREATE'), rows: encodeRelRows(d, rel.type, edges.filter(touchesNew)) },
        { cypher: writeRelationship(d, rel, 'MERGE'), rows: encodeRelRows(d, rel.type, edges.filter((edge) => !touchesNew(edge))) },
      ];
      return { labels: [rel.from, rel.to], steps };
    }),
  );
}

/**
 * An edge a new node has exactly one of, to a node of another label, is made by the statement that
 * creates the node: the database finds the new node without an index lookup and the row is sent
 * once: the median load into Neo4j went from 1.51× its floor to 1.37× (README, Measurements). Only
 * edges without properties, so the node's row carries nothing but the other end's id. SUPPORTED_BY
 * is not among them: claims and evidence are created side by side, and the edge follows both.
 */
interface BornWith {
  type: string;
  /** The new node's label: each edge leaves it (`from`) for a node of `other` (`to`). */
  owner: string;
  other: string;
  rows: (r: StoryRows) => EdgeRow[];
}

const BORN_WITH: BornWith[] = [
  { type: 'SUBJECT', owner: 'Claim', other: 'Entity', rows: (r) => r.subject },
  { type: 'OBJECT', owner: 'Claim', other: 'Entity', rows: (r) => r.object },
  { type: 'ATTRIBUTED_TO', owner: 'Claim', other: 'Entity', rows: (r) => r.attributedTo },
  { type: 'IN_ARTICLE', owner: 'Evidence', other: 'Article', rows: (r) => r.evidenceInArticle },
  { type: 'IN_ARTICLE', owner: 'OffTopic', other: 'Article', rows: (r) => r.offTopicInArticle },
];

/** For each edge type a new node of `label` is created with: new node id → its one edge of that type. */
function bornEdges(label: string, fresh: Row[], rows: StoryRows, willExist: Set<string>): Map<BornWith, Map<string, EdgeRow>> {
  const freshIds = new Set(fresh.map((row) => row.id as string));
  const out = new Map<BornWith, Map<string, EdgeRow>>();
  for (const kind of BORN_WITH.filter((b) => b.owner === label)) {
    const byOwner = new Map<string, EdgeRow[]>();
    for (const edge of kind.rows(rows)) {
      // An edge to a node nobody writes would stop its row, and so the new node, at the MATCH.
      if (!freshIds.has(edge.from) || !willExist.has(nodeKey(kind.other, edge.to))) continue;
      pushTo(byOwner, edge.from, edge);
    }
    out.set(kind, new Map([...byOwner].filter(([, edges]) => edges.length === 1).map(([owner, edges]) => [owner, edges[0]!])));
  }
  return out;
}

/** Every node id (by label) the store holds once the nodes of this write exist. */
function idsAfterWrite(rows: StoryRows, stored: Set<string>): Set<string> {
  const ids = new Set(stored);
  for (const [label, rowsOf] of Object.entries(NODE_ROWS)) for (const row of rowsOf(rows)) ids.add(nodeKey(label, row.id as string));
  return ids;
}

/** One CREATE statement per combination of born edges the new nodes have (a claim may have no object). */
function createdWithEdges(d: Dialect, label: string, fresh: Row[], bornWith: Map<BornWith, Map<string, EdgeRow>>): WriteStep[] {
  const kinds = [...bornWith.keys()];
  const groups = new Map<string, { kinds: BornWith[]; rows: Row[] }>();
  for (const row of fresh) {
    const has = kinds.filter((kind) => bornWith.get(kind)!.has(row.id as string));
    const key = has.map((kind) => kinds.indexOf(kind)).join(',');
    if (!groups.has(key)) groups.set(key, { kinds: has, rows: [] });
    groups.get(key)!.rows.push(row);
  }
  return [...groups.values()].map(({ kinds: has, rows }) => {
    const matches = has.map((kind) => `MATCH (${endName(kinds, kind)}:${kind.other} {id: r.${endName(kinds, kind)}}) `).join('');
    const edges = has.map((kind) => ` CREATE (n)-[:${kind.type}]->(${endName(kinds, kind)})`);
    return { cypher: createNodes(d, label).replace('UNWIND $rows AS r ', `UNWIND $rows AS r ${matches}`) + edges.join(''), rows };
  });
}

/** The parameter (and variable) holding the other end's id of a born edge. */
function endName(kinds: BornWith[], kind: BornWith): string {
  return `end${kinds.indexOf(kind)}`;
}

function endsOf(row: Row, bornWith: Map<BornWith, Map<string, EdgeRow>>): Row {
  const kinds = [...bornWith.keys()];
  const out: Row = {};
  for (const kind of kinds) {
    const edge = bornWith.get(kind)!.get(row.id as string);
    if (edge) out[endName(kinds, kind)] = edge.to;
  }
  return out;
}

/** One row per key, the last one, as a MERGE … SET over every row would leave it; CREATE must not repeat. */
function lastOfEach<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((row) => [key(row), row])).values()];
}

function nodeKey(label: string, id: string): string {
  return `${label}\u0000${id}`;
}

function createNodes(d: Dialect, label: string): string {
  const { properties } = nodeTable(label);
  const values = properties.map((p) => `${p.name}: ${d.typed(`r.${p.name}`, p.type)}`);
  return `UNWIND $rows AS r CREATE (n:${label} {id: r.id, ${values.join(', ')}})`;
}

function mergeNodes(d: Dialect, label: string): string {
  const { properties } = nodeTable(label);
  const sets = properties.map((p) => {
    const value = d.typed(`r.${p.name}`, p.type);
    const kept = label === 'Article' && KEEP_WHEN_MISSING.has(p.name) ? `coalesce(${value}, n.${p.name})` : value;
    return `n.${p.name} = ${kept}`;
  });
  return `UNWIND $rows AS r MERGE (n:${label} {id: r.id}) SET ${sets.join(', ')}`;
}

function writeRelationship(d: Dialect, rel: RelWrite, verb: 'CREATE' | 'MERGE'): string {
  const { properties } = relTable(rel.type);
  const match = `UNWIND $rows AS r MATCH (a:${rel.from} {id: r.from}) MATCH (b:${rel.to} {id: r.to}) `;
  if (verb === 'CREATE') {
    const values = properties.map((p) => `${p.name}: ${d.typed(`r.${p.name}`, p.type)}`);
    return match + `CREATE (a)-[x:${rel.type}${values.length > 0 ? ` {${values.join(', ')}}` : ''}]->(b)`;
  }
  const sets = properties.map((p) => `x.${p.name} = ${d.typed(`r.${p.name}`, p.type)}`);
  return match + `MERGE (a)-[x:${rel.type}]->(b)` + (sets.length > 0 ? ` SET ${sets.join(', ')}` : '');
}

/** Deletes derived nodes the story no longer has; returns the key of every node the store still holds. */
async function deleteStaleNodes(runner: CypherRunner, rows: StoryRows): Promise<Set<string>> {
  const held = new Set<string>();
  for (const row of await runner.read('MATCH (n:Article) RETURN n.id AS id')) held.add(nodeKey('Article', row.id as string));
  for (const label of DERIVED_LABELS) {
    const keep = new Set(NODE_ROWS[label](rows).map((r) => r.id as string));
    const stored = (await runner.read(`MATCH (n:${label}) RETURN n.id AS id`)).map((r) => r.id as string);
    const stale = stored.filter((id) => !keep.has(id));
    await runner.writeRows(`UNWIND $rows AS r MATCH (n:${label} {id: r.id}) DETACH DELETE n`, stale.map((id) => ({ id })));
    for (const id of stored) if (keep.has(id)) held.add(nodeKey(label, id));
  }
  return held;
}

async function deleteStaleRelationships(runner: CypherRunner, rows: StoryRows): Promise<void> {
  for (const rel of REL_WRITES.filter((r) => r.prune)) {
    const keep = new Set(rel.rows(rows).map((r) => pairKey(r.from, r.to)));
    const stored = await runner.read(
      `MATCH (a:${rel.from})-[x:${rel.type}]->(b:${rel.to}) RETURN a.id AS from, b.id AS to`,
    );
    const stale = stored.filter((r) => !keep.has(pairKey(r.from as string, r.to as string)));
    await runner.writeRows(
      `UNWIND $rows AS r MATCH (a:${rel.from} {id: r.from})-[x:${rel.type}]->(b:${rel.to} {id: r.to}) DELETE x`,
      stale.map((r) => ({ from: r.from, to: r.to })),
    );
  }
}

function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

function encodeRow(d: Dialect, row: Row, properties: Property[]): Row {
  const out: Row = { id: row.id };
  for (const p of properties) out[p.name] = d.encode(row[p.name], p.type);
  return out;
}

function encodeRelRows(d: Dialect, type: string, rows: EdgeRow[]): Row[] {
  const { properties } = relTable(type);
  return rows.map((row) => {
    const out: Row = { from: row.from, to: row.to };
    for (const p of properties) out[p.name] = d.encode(row[p.name], p.type);
    return out;
  });
}

function relTable(type: string) {
  const table = REL_TABLES.find((t) => t.type === type);
  if (!table) throw new Error(`unknown relationship type ${type}`);
  return table;
}
