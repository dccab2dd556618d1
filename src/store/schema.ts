// The graph schema, as data: the embedded store declares tables from it, Neo4j gets a uniqueness
// constraint per node label, and the writer types every parameter from it. One schema, two stores.
//
//   (:Article {id, path, title, outlet, published, sentences, text})
//   (:Entity {id, name, kind, aliases})
//   (:Claim {id, predicate, objectText, status, negated, modality, time, place, quantity, quantityValue,
//            quantityUnit, attributedTo, quote, alignment, sourceCount})
//   (:Evidence {id, article, sentence, charStart, charEnd, text, qualifiers, ord})
//   (:Contradiction {id, kind, explanation})
//   (:Fact {id, status, claimCount, alignment})
//   (:OffTopic {id, article, sentence, text})
//   (:Story {id, label, articleCount})
//
//   (Claim)-[:SUBJECT]->(Entity)            (Claim)-[:OBJECT]->(Entity)
//   (Claim)-[:ATTRIBUTED_TO]->(Entity)      (Claim)-[:SUPPORTED_BY]->(Evidence)
//   (Evidence)-[:IN_ARTICLE]->(Article)     (OffTopic)-[:IN_ARTICLE]->(Article)
//   (Contradiction)-[:BETWEEN {ord}]->(Claim)   (Fact)-[:HAS]->(Claim)
//   (Article)-[:REUSES {id, similarity, kind}]->(Article)
//   (Article)-[:IN_STORY]->(Story)

export type PropertyType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]';

export interface Property {
  name: string;
  type: PropertyType;
}

export interface NodeTable {
  label: string;
  /** `id` (STRING) is always the primary key and is not listed here. */
  properties: Property[];
}

export interface RelTable {
  type: string;
  /** Endpoint label pairs; a relationship may join more than one pair (IN_ARTICLE does). */
  ends: [from: string, to: string][];
  properties: Property[];
}

const string = (name: string): Property => ({ name, type: 'STRING' });
const int = (name: string): Property => ({ name, type: 'INT64' });

export const NODE_TABLES: NodeTable[] = [
  {
    label: 'Article',
    properties: [string('path'), string('title'), string('outlet'), string('published'), int('sentences'), string('text')],
  },
  {
    label: 'Entity',
    properties: [string('name'), string('kind'), { name: 'aliases', type: 'STRING[]' }],
  },
  {
    label: 'Claim',
    properties: [
      string('predicate'),
      // The object as written when it names no entity (a reported clause, a quote).
      string('objectText'),
      string('status'),
      { name: 'negated', type: 'BOOLEAN' },
      string('modality'),
      string('time'),
      string('place'),
      // The whole Quantity as JSON for round trips; value and unit beside it so Cypher can compare.
      string('quantity'),
      { name: 'quantityValue', type: 'DOUBLE' },
      string('quantityUnit'),
      string('attributedTo'),
      string('quote'),
      { name: 'alignment', type: 'STRING[]' },
      int('sourceCount'),
    ],
  },
  {
    label: 'Evidence',
    // charStart/charEnd are the export's start/end: `end` is a keyword the embedded parser refuses
    // as a property name, and a name that needs backticks would make every user query awkward.
    // `qualifiers` is the per-source qualifier object as JSON (null when the source adds none);
    // `ord` keeps the source order of the claim's `sources` list.
    properties: [string('article'), int('sentence'), int('charStart'), int('charEnd'), string('text'), string('qualifiers'), int('ord')],
  },
  {
    label: 'Contradiction',
    properties: [string('kind'), string('explanation')],
  },
  {
    label: 'Fact',
    // `alignment` is the fact's scored pairs with their reasons, as JSON (the export's alignment list).
    properties: [string('status'), int('claimCount'), string('alignment')],
  },
  {
    label: 'OffTopic',
    properties: [string('article'), int('sentence'), string('text')],
  },
  {
    label: 'Story',
    properties: [string('label'), int('articleCount')],
  },
];

export const REL_TABLES: RelTable[] = [
  { type: 'SUBJECT', ends: [['Claim', 'Entity']], properties: [] },
  { type: 'OBJECT', ends: [['Claim', 'Entity']], properties: [] },
  { type: 'ATTRIBUTED_TO', ends: [['Claim', 'Entity']], properties: [] },
  { type: 'SUPPORTED_BY', ends: [['Claim', 'Evidence']], properties: [] },
  { type: 'IN_ARTICLE', ends: [['Evidence', 'Article'], ['OffTopic', 'Article']], properties: [] },
  { type: 'BETWEEN', ends: [['Contradiction', 'Claim']], properties: [int('ord')] },
  { type: 'HAS', ends: [['Fact', 'Claim']], properties: [] },
  { type: 'IN_STORY', ends: [['Article', 'Story']], properties: [] },
  {
    type: 'REUSES',
    ends: [['Article', 'Article']],
    properties: [string('id'), { name: 'similarity', type: 'DOUBLE' }, string('kind')],
  },
];

export function nodeTable(label: string): NodeTable {
  const table = NODE_TABLES.find((t) => t.label === label);
  if (!table) throw new Error(`unknown node label ${label}`);
  return table;
}

/** DDL for the embedded store; `IF NOT EXISTS` makes opening an existing database a no-op. */
export function embeddedDdl(): string[] {
  const nodes = NODE_TABLES.map((t) => {
    const columns = ['id STRING PRIMARY KEY', ...t.properties.map((p) => `${p.name} ${p.type}`)];
    return `CREATE NODE TABLE IF NOT EXISTS ${t.label}(${columns.join(', ')})`;
  });
  const rels = REL_TABLES.map((t) => {
    const parts = [...t.ends.map(([from, to]) => `FROM ${from} TO ${to}`), ...t.properties.map((p) => `${p.name} ${p.type}`)];
    return `CREATE REL TABLE IF NOT EXISTS ${t.type}(${parts.join(', ')})`;
  });
  return [...nodes, ...rels];
}

/** Uniqueness on `id` for every node label: MERGE then finds nodes by index, and ids stay unique. */
export function neo4jConstraints(): string[] {
  return NODE_TABLES.map(
    (t) => `CREATE CONSTRAINT storygraph_${t.label.toLowerCase()}_id IF NOT EXISTS FOR (n:${t.label}) REQUIRE n.id IS UNIQUE`,
  );
}

