// A StoryExport (plus the articles' text) flattened into one row list per node and relationship
// table. Ids for the derived nodes are built from what makes them unique, so writing the same
// story twice produces the same ids and MERGE finds them.
import type { Article, ClaimRecord, StoryExport } from '../types.ts';
import type { Row } from './store.ts';

/** A relationship row: endpoints by id plus its own properties. */
export interface EdgeRow extends Row {
  from: string;
  to: string;
}

export interface StoryRows {
  articles: Row[];
  entities: Row[];
  claims: Row[];
  evidence: Row[];
  contradictions: Row[];
  facts: Row[];
  offTopic: Row[];
  stories: Row[];
  inStory: EdgeRow[];
  has: EdgeRow[];
  subject: EdgeRow[];
  object: EdgeRow[];
  attributedTo: EdgeRow[];
  supportedBy: EdgeRow[];
  evidenceInArticle: EdgeRow[];
  offTopicInArticle: EdgeRow[];
  between: EdgeRow[];
  reuses: EdgeRow[];
}

export function evidenceId(claim: string, source: { article: string; sentence: number; start: number; end: number }): string {
  return `${claim}|${source.article}|${source.sentence}|${source.start}-${source.end}`;
}

export function offTopicId(article: string, sentence: number): string {
  return `${article}|${sentence}`;
}

export function reuseId(from: string, to: string): string {
  return `${from}|${to}`;
}

export function storyRows(story: StoryExport, articles: Article[]): StoryRows {
  const rows: StoryRows = {
    articles: articleRows(story, articles),
    entities: story.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: [...e.aliases] })),
    claims: story.claims.map(claimRow),
    evidence: [],
    contradictions: story.contradictions.map((x) => ({ id: x.id, kind: x.kind, explanation: x.explanation })),
    facts: story.facts.map((f) => ({ id: f.id, status: f.status, claimCount: f.claims.length, alignment: JSON.stringify(f.alignment) })),
    offTopic: [],
    stories: story.stories.map((s) => ({ id: s.id, label: s.label, articleCount: s.articles.length })),
    inStory: story.stories.flatMap((s) => s.articles.map((article) => ({ from: article, to: s.id }))),
    has: story.facts.flatMap((f) => f.claims.map((claim) => ({ from: f.id, to: claim }))),
    subject: [],
    object: [],
    attributedTo: [],
    supportedBy: [],
    evidenceInArticle: [],
    offTopicInArticle: [],
    between: [],
    reuses: [],
  };

  for (const claim of story.claims) {
    rows.subject.push({ from: claim.id, to: claim.subject });
    if (claim.object !== null) rows.object.push({ from: claim.id, to: claim.object });
    // Only speakers that resolved to an entity get an edge; the MATCH skips names that did not.
    if (claim.qualifiers.attributedTo) rows.attributedTo.push({ from: claim.id, to: claim.qualifiers.attributedTo });
    const seen = new Set<string>();
    claim.sources.forEach((source, ord) => {
      const id = evidenceId(claim.id, source);
      if (seen.has(id)) return;
      seen.add(id);
      rows.evidence.push({
        id,
        article: source.article,
        sentence: source.sentence,
        charStart: source.start,
        charEnd: source.end,
        text: source.text,
        qualifiers: source.qualifiers === undefined ? null : JSON.stringify(source.qualifiers),
        ord,
      });
      rows.supportedBy.push({ from: claim.id, to: id });
      rows.evidenceInArticle.push({ from: id, to: source.article });
    });
  }

  for (const contradiction of story.contradictions) {
    contradiction.claims.forEach((claim, ord) => rows.between.push({ from: contradiction.id, to: claim, ord }));
  }
  for (const reuse of story.reuse) {
    const [from, to] = reuse.articles;
    rows.reuses.push({ from, to, id: reuseId(from, to), similarity: reuse.similarity, kind: reuse.kind });
  }
  for (const off of story.offTopic) {
    const id = offTopicId(off.article, off.sentence);
    rows.offTopic.push({ id, article: off.article, sentence: off.sentence, text: off.text });
    rows.offTopicInArticle.push({ from: id, to: off.article });
  }
  return rows;
}

// An article may come with its record (title, sentence count), its text, or both; a missing part
// is sent as null and the writer keeps what the store already has.
function articleRows(story: StoryExport, articles: Article[]): Row[] {
  const byId = new Map<string, Row>();
  for (const record of story.articles) {
    const { story: _story, ...properties } = record;
    byId.set(record.id, { ...properties, text: null });
  }
  for (const article of articles) {
    const known = byId.get(article.id);
    if (known) known.text = article.text;
    else {
      byId.set(article.id, {
        id: article.id,
        path: article.path,
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        sentences: null,
        text: article.text,
      });
    }
  }
  return [...byId.values()];
}

function claimRow(claim: ClaimRecord): Row {
  const q = claim.qualifiers;
  return {
    id: claim.id,
    predicate: claim.predicate,
    objectText: claim.objectText ?? null,
    status: claim.status,
    negated: q.negated,
    modality: q.modality,
    time: q.time ?? null,
    place: q.place ?? null,
    quantity: q.quantity === undefined ? null : JSON.stringify(q.quantity),
    quantityValue: q.quantity?.value ?? null,
    quantityUnit: q.quantity?.unit ?? null,
    attributedTo: q.attributedTo ?? null,
    quote: q.quote ?? null,
    alignment: claim.alignment === undefined ? null : [...claim.alignment],
    sourceCount: claim.sources.length,
  };
}
