// The JSON export (ARCHITECTURE.md, "JSON export"): field names are a contract other tools read.
//
// Ordering is deterministic so two runs over the same corpus give byte-identical JSON: articles by
// path then id, entities and claims by id, sources by article order then sentence then span,
// contradictions by kind then id (as compare returns them), reuse by article pair, off-topic by
// article order then sentence. Optional fields are left out rather than set to undefined/null.
import type {
  ArticleRecord, ClaimRecord, ContradictionRecord, EntityRecord, ExportQualifiers, Extraction, FactRecord,
  OffTopicRecord, Qualifiers, Resolution, ReuseRecord, SourceRecord, StoryExport,
} from '../types.ts';
import type { ClaimGraph, ClaimSource } from '../graph/claim-graph-types.ts';
import { listClaims } from '../graph/list-claims.ts';
import { claimStatus, contradictedClaims, factStatus } from '../compare/claim-status.ts';
import type { Fact } from '../align/index.ts';
import { referencedEntities } from './referenced-entities.ts';
import type { Story } from '../stories/index.ts';

export function toStoryExport(
  story: Story,
  extractions: Extraction[],
  resolution: Resolution,
  graph: ClaimGraph,
  facts: Fact[],
  contradictions: ContradictionRecord[],
  reuse: ReuseRecord[],
  offTopic: OffTopicRecord[],
): StoryExport {
  const articles = extractions.map((e) => articleRecord(e, story.id)).sort((a, b) => compare(a.path, b.path) || compare(a.id, b.id));
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const rank = (article: string) => articleOrder.get(article) ?? Number.MAX_SAFE_INTEGER;
  const contradicted = contradictedClaims(contradictions);
  const claimById = new Map(listClaims(graph).map((claim) => [claim.id, claim]));
  const factRecords = facts.map((fact): FactRecord => ({
    id: fact.id,
    status: factStatus(fact.claims.map((id) => claimById.get(id)!), contradicted),
    claims: [...fact.claims],
    alignment: fact.alignment.map((a) => ({ claims: [a.claims[0], a.claims[1]], score: a.score, reasons: [...a.reasons] })),
  }));
  const statusOfFact = new Map(factRecords.map((f) => [f.id, f.status]));

  const claims = listClaims(graph).map((claim): ClaimRecord => {
    const sources = [...claim.sources].sort((a, b) =>
      rank(a.article) - rank(b.article) || compare(a.article, b.article) || a.sentence - b.sentence || a.start - b.start || a.end - b.end);
    const record: ClaimRecord = {
      id: claim.id,
      subject: claim.subjectId,
      predicate: claim.predicate,
      object: claim.objectId,
      ...(claim.objectText ? { objectText: claim.objectText } : {}),
      qualifiers: exportQualifiers(majoritySource(sources)),
      status: (claim.fact && statusOfFact.get(claim.fact)) || claimStatus(claim, contradicted),
      sources: sources.map(sourceRecord),
    };
    const alignment = [...new Set(sources.flatMap((s) => (s.alignment ? [s.alignment] : [])))];
    if (alignment.length) record.alignment = alignment;
    return record;
  });

  // Only entities some claim is about, or speaks through: one whose every claim merge left out
  // (an implicit possessive, a claim about itself) would stand alone in the graph.
  const referenced = referencedEntities(claims);
  return {
    stories: [{ id: story.id, label: story.label, articles: [...story.articles] }],
    articles,
    entities: resolution.entities.filter((e) => referenced.has(e.id)).map(entityRecord).sort((a, b) => compare(a.id, b.id)),
    claims,
    facts: factRecords,
    contradictions: contradictions.map((c) => ({ id: c.id, kind: c.kind, claims: [...c.claims], explanation: c.explanation })),
    reuse: reuse
      .map((r): ReuseRecord => ({ articles: [r.articles[0], r.articles[1]], similarity: r.similarity, kind: r.kind }))
      .sort((a, b) => compare(a.articles[0], b.articles[0]) || compare(a.articles[1], b.articles[1])),
    offTopic: offTopic
      .map((o) => ({ article: o.article, sentence: o.sentence, text: o.text }))
      .sort((a, b) => rank(a.article) - rank(b.article) || a.sentence - b.sentence),
  };
}

function articleRecord({ article, sentences }: Extraction, story: string): ArticleRecord {
  return { id: article.id, path: article.path, title: article.title, outlet: article.outlet, published: article.published, sentences: sentences.length, story };
}

function entityRecord(entity: EntityRecord): EntityRecord {
  return { id: entity.id, name: entity.name, kind: entity.kind, aliases: [...entity.aliases] };
}

/**
 * The claim-level qualifiers are those most sources agree on (same time, place, amount, speaker,
 * quote); on a tie, the first source in export order. Every source keeps its own in sources[].
 */
function majoritySource(sources: ClaimSource[]): ClaimSource {
  const votes = new Map<string, { count: number; first: ClaimSource }>();
  for (const source of sources) {
    const key = JSON.stringify(exportQualifiers(source));
    const vote = votes.get(key);
    if (vote) vote.count += 1;
    else votes.set(key, { count: 1, first: source });
  }
  let best = { count: 0, first: sources[0] };
  for (const vote of votes.values()) if (vote.count > best.count) best = vote;
  return best.first;
}

function exportQualifiers(source: ClaimSource): ExportQualifiers {
  const q: Qualifiers = source.qualifiers;
  const out: ExportQualifiers = { negated: q.negated, modality: q.modality };
  if (q.time !== undefined) out.time = q.time;
  if (q.place !== undefined) out.place = q.place;
  if (q.quantity !== undefined) out.quantity = { ...q.quantity };
  // The contract wants an entity id for the speaker; an unresolved speaker keeps its surface name.
  const speaker = source.attributedToId ?? q.attributedTo;
  if (speaker !== undefined) out.attributedTo = speaker;
  if (q.quote !== undefined) out.quote = q.quote;
  return out;
}

/**
 * A source also keeps whether it told the act as a first or as a repeat: that is its own wording,
 * which compare set against another outlet's (the claim's qualifiers are the majority's values).
 */
function sourceQualifiers(source: ClaimSource): ExportQualifiers {
  const out = exportQualifiers(source);
  if (source.qualifiers.occasion !== undefined) out.occasion = source.qualifiers.occasion;
  return out;
}

function sourceRecord(source: ClaimSource): SourceRecord {
  return {
    article: source.article,
    sentence: source.sentence,
    start: source.start,
    end: source.end,
    text: source.text,
    qualifiers: sourceQualifiers(source),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
