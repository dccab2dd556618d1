// Rebuilds the StoryExport (the JSON export contract) from whatever store is behind the runner.
// Lists come back sorted by id so two reads of the same graph are byte-identical; a claim's sources
// and a contradiction's claims keep the order they were written in.
import type {
  Article,
  ArticleRecord,
  ClaimRecord,
  ContradictionRecord,
  EntityRecord,
  ExportQualifiers,
  FactRecord,
  OffTopicRecord,
  ReuseRecord,
  SourceRecord,
  StoryExport,
  StoryRecord,
} from '../types.ts';
import type { CypherRunner } from './cypher-runner.ts';
import { readArticleRows } from './read-articles.ts';
import { referencedEntities } from '../export/referenced-entities.ts';
import type { Row } from './store.ts';

export async function readStoryRows(runner: CypherRunner): Promise<StoryExport> {
  const sources = await readSources(runner);
  const claims = (await runner.read(CLAIMS)).map((row) => claimRecord(row, sources.get(row.id as string) ?? []));
  return {
    stories: await readStories(runner),
    articles: (await runner.read(ARTICLES)).map(articleRecord),
    entities: (await runner.read(ENTITIES)).map(entityRecord),
    claims,
    facts: await readFacts(runner),
    contradictions: await readContradictions(runner),
    reuse: (await runner.read(REUSE)).map(reuseRecord),
    offTopic: (await runner.read(OFF_TOPIC)).map(offTopicRecord),
  };
}

// Each record's RETURN clause once; the whole-store and one-story queries differ only in what
// they MATCH.
const ARTICLE_FIELDS = `RETURN a.id AS id, a.path AS path, a.title AS title, a.outlet AS outlet,
  a.published AS published, a.sentences AS sentences, s.id AS story ORDER BY id`;
const STORY_FIELDS = 'RETURN s.id AS id, s.label AS label, a.id AS article ORDER BY id, article';
const ENTITY_FIELDS = 'RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases ORDER BY id';
const CLAIM_FIELDS = `OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
  OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
  RETURN c.id AS id, s.id AS subject, c.predicate AS predicate, o.id AS object, c.objectText AS objectText, c.status AS status,
    c.negated AS negated, c.modality AS modality, c.time AS time, c.place AS place, c.quantity AS quantity,
    c.attributedTo AS attributedTo, c.quote AS quote, c.alignment AS alignment
  ORDER BY id`;
const SOURCE_FIELDS = `RETURN c.id AS claim, v.article AS article, v.sentence AS sentence, v.charStart AS start, v.charEnd AS stop,
    v.text AS text, v.qualifiers AS qualifiers, v.ord AS ord`;
const CONTRADICTION_FIELDS = 'RETURN x.id AS id, x.kind AS kind, x.explanation AS explanation, b.ord AS ord, c.id AS claim';
const FACT_FIELDS = 'RETURN f.id AS id, f.status AS status, f.alignment AS alignment, c.id AS claim ORDER BY id, claim';
const REUSE_FIELDS = 'RETURN a.id AS source, b.id AS target, x.similarity AS similarity, x.kind AS kind ORDER BY source, target';
const OFF_TOPIC_FIELDS = 'RETURN o.article AS article, o.sentence AS sentence, o.text AS text ORDER BY article, sentence';

const ARTICLES = `MATCH (a:Article) OPTIONAL MATCH (a)-[:IN_STORY]->(s:Story) ${ARTICLE_FIELDS}`;
const STORIES = `MATCH (a:Article)-[:IN_STORY]->(s:Story) ${STORY_FIELDS}`;
const ENTITIES = `MATCH (e:Entity) ${ENTITY_FIELDS}`;
const CLAIMS = `MATCH (c:Claim) ${CLAIM_FIELDS}`;
const SOURCES = `MATCH (c:Claim)-[:SUPPORTED_BY]->(v:Evidence) ${SOURCE_FIELDS}`;
const CONTRADICTIONS = `MATCH (x:Contradiction) OPTIONAL MATCH (x)-[b:BETWEEN]->(c:Claim) ${CONTRADICTION_FIELDS}`;
const FACTS = `MATCH (f:Fact)-[:HAS]->(c:Claim) ${FACT_FIELDS}`;
const REUSE = `MATCH (a:Article)-[x:REUSES]->(b:Article) ${REUSE_FIELDS}`;
const OFF_TOPIC = `MATCH (o:OffTopic) ${OFF_TOPIC_FIELDS}`;

function articleRecord(r: Row): ArticleRecord {
  return {
    id: r.id as string,
    path: (r.path as string | null) ?? '',
    title: (r.title as string | null) ?? '',
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    sentences: (r.sentences as number | null) ?? 0,
    story: (r.story as string | null) ?? '',
  };
}

function entityRecord(r: Row): EntityRecord {
  return {
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as EntityRecord['kind'],
    aliases: (r.aliases as string[] | null) ?? [],
  };
}

function claimRecord(r: Row, sources: SourceRecord[]): ClaimRecord {
  const qualifiers: ExportQualifiers = { negated: r.negated === true, modality: r.modality as ExportQualifiers['modality'] };
  if (r.time != null) qualifiers.time = r.time as string;
  if (r.place != null) qualifiers.place = r.place as string;
  if (r.quantity != null) qualifiers.quantity = JSON.parse(r.quantity as string);
  if (r.attributedTo != null) qualifiers.attributedTo = r.attributedTo as string;
  if (r.quote != null) qualifiers.quote = r.quote as string;
  const claim: ClaimRecord = {
    id: r.id as string,
    subject: (r.subject as string | null) ?? '',
    predicate: r.predicate as string,
    object: (r.object as string | null) ?? null,
    ...(r.objectText != null ? { objectText: r.objectText as string } : {}),
    qualifiers,
    status: r.status as ClaimRecord['status'],
    sources,
  };
  if (r.alignment != null) claim.alignment = r.alignment as string[];
  return claim;
}

async function readSources(runner: CypherRunner, cypher = SOURCES, params: Row = {}): Promise<Map<string, SourceRecord[]>> {
  const byClaim = new Map<string, { ord: number; source: SourceRecord }[]>();
  for (const r of await runner.read(cypher, params)) {
    const source: SourceRecord = {
      article: r.article as string,
      sentence: r.sentence as number,
      start: r.start as number,
      end: r.stop as number,
      text: r.text as string,
    };
    if (r.qualifiers != null) source.qualifiers = JSON.parse(r.qualifiers as string);
    const list = byClaim.get(r.claim as string) ?? [];
    list.push({ ord: (r.ord as number | null) ?? 0, source });
    byClaim.set(r.claim as string, list);
  }
  return new Map([...byClaim].map(([claim, list]) => [claim, list.sort((a, b) => a.ord - b.ord).map((x) => x.source)]));
}

async function readContradictions(runner: CypherRunner, cypher = CONTRADICTIONS, params: Row = {}): Promise<ContradictionRecord[]> {
  const byId = new Map<string, { record: ContradictionRecord; sides: { ord: number; claim: string }[] }>();
  for (const r of await runner.read(cypher, params)) {
    const id = r.id as string;
    let entry = byId.get(id);
    if (!entry) {
      entry = { record: { id, kind: r.kind as ContradictionRecord['kind'], claims: [], explanation: r.explanation as string }, sides: [] };
      byId.set(id, entry);
    }
    if (r.claim != null) entry.sides.push({ ord: (r.ord as number | null) ?? 0, claim: r.claim as string });
  }
  return [...byId.values()]
    .sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0))
    .map(({ record, sides }) => ({ ...record, claims: sides.sort((a, b) => a.ord - b.ord).map((s) => s.claim) }));
}

function reuseRecord(r: Row): ReuseRecord {
  return {
    articles: [r.source as string, r.target as string],
    similarity: r.similarity as number,
    kind: r.kind as ReuseRecord['kind'],
  };
}

function offTopicRecord(r: Row): OffTopicRecord {
  return { article: r.article as string, sentence: r.sentence as number, text: r.text as string };
}

async function readStories(runner: CypherRunner, cypher = STORIES, params: Row = {}): Promise<StoryRecord[]> {
  const byId = new Map<string, StoryRecord>();
  for (const r of await runner.read(cypher, params)) {
    const id = r.id as string;
    let story = byId.get(id);
    if (!story) byId.set(id, (story = { id, label: (r.label as string | null) ?? '', articles: [] }));
    story.articles.push(r.article as string);
  }
  return [...byId.values()];
}

async function readFacts(runner: CypherRunner, cypher = FACTS, params: Row = {}): Promise<FactRecord[]> {
  const byId = new Map<string, FactRecord>();
  for (const r of await runner.read(cypher, params)) {
    const id = r.id as string;
    let fact = byId.get(id);
    if (!fact) {
      fact = { id, status: r.status as FactRecord['status'], claims: [], alignment: r.alignment ? (JSON.parse(r.alignment as string) as FactRecord['alignment']) : [] };
      byId.set(id, fact);
    }
    fact.claims.push(r.claim as string);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// One story only, for the viewer: the same records, each query limited to the story's articles
// (sources, reuse, off-topic), the claims those sources support, and what those claims touch.
const ONE_STORY = `MATCH (a:Article)-[:IN_STORY]->(s:Story {id: $story}) ${STORY_FIELDS}`;
const ONE_STORY_ARTICLES = `MATCH (a:Article)-[:IN_STORY]->(s:Story {id: $story}) ${ARTICLE_FIELDS}`;
const ONE_STORY_SOURCES = `MATCH (c:Claim)-[:SUPPORTED_BY]->(v:Evidence) WHERE v.article IN $articles ${SOURCE_FIELDS}`;
const ONE_STORY_CLAIMS = `MATCH (c:Claim) WHERE c.id IN $claims ${CLAIM_FIELDS}`;
const ONE_STORY_ENTITIES = `MATCH (e:Entity) WHERE e.id IN $entities ${ENTITY_FIELDS}`;
const ONE_STORY_FACTS = `MATCH (f:Fact)-[:HAS]->(c:Claim) WHERE c.id IN $claims ${FACT_FIELDS}`;
const ONE_STORY_CONTRADICTIONS = `MATCH (x:Contradiction)-[:BETWEEN]->(side:Claim) WHERE side.id IN $claims
  WITH DISTINCT x
  MATCH (x)-[b:BETWEEN]->(c:Claim) ${CONTRADICTION_FIELDS}`;
const ONE_STORY_REUSE = `MATCH (a:Article)-[x:REUSES]->(b:Article) WHERE a.id IN $articles ${REUSE_FIELDS}`;
const ONE_STORY_OFF_TOPIC = `MATCH (o:OffTopic) WHERE o.article IN $articles ${OFF_TOPIC_FIELDS}`;

/** One stored story with its articles' text; undefined when no story has that id. */
export async function readOneStoryRows(runner: CypherRunner, storyId: string): Promise<{ story: StoryExport; articles: Article[] } | undefined> {
  const stories = await readStories(runner, ONE_STORY, { story: storyId });
  if (stories.length === 0) return undefined;
  const articles = stories[0]!.articles;
  const sources = await readSources(runner, ONE_STORY_SOURCES, { articles });
  const claimIds = [...sources.keys()];
  const claims = (await runner.read(ONE_STORY_CLAIMS, { claims: claimIds })).map((row) => claimRecord(row, sources.get(row.id as string) ?? []));
  const entityIds = [...referencedEntities(claims)];
  const story: StoryExport = {
    stories,
    articles: (await runner.read(ONE_STORY_ARTICLES, { story: storyId })).map(articleRecord),
    entities: (await runner.read(ONE_STORY_ENTITIES, { entities: entityIds })).map(entityRecord),
    claims,
    facts: await readFacts(runner, ONE_STORY_FACTS, { claims: claimIds }),
    contradictions: await readContradictions(runner, ONE_STORY_CONTRADICTIONS, { claims: claimIds }),
    reuse: (await runner.read(ONE_STORY_REUSE, { articles })).map(reuseRecord),
    offTopic: (await runner.read(ONE_STORY_OFF_TOPIC, { articles })).map(offTopicRecord),
  };
  const texts = await readArticleRows(runner, articles);
  return { story, articles: texts };
}
