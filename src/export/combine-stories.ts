// One export for a whole feed from the exports of its stories, in the same deterministic order a
// single story's export has (story-export.ts). Stories share nothing but entities: "Donald Trump"
// in two stories is one entity node, with the aliases of both. A claim in two stories (the same
// words and values, rare) is one claim with the sources of both, and the strongest status of its
// facts: contradicted over corroborated over unique.
import type { ClaimRecord, ClaimStatus, EntityRecord, StoryExport } from '../types.ts';
import { byKindThenId } from '../compare/find-contradictions.ts';

const STATUS_RANK: Record<ClaimStatus, number> = { unique: 0, corroborated: 1, contradicted: 2 };

export function combineStories(exports: StoryExport[]): StoryExport {
  if (exports.length === 1) return exports[0]!;
  const articles = exports.flatMap((e) => e.articles).sort((a, b) => compare(a.path, b.path) || compare(a.id, b.id));
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const rank = (article: string) => articleOrder.get(article) ?? Number.MAX_SAFE_INTEGER;
  return {
    stories: exports.flatMap((e) => e.stories).sort((a, b) => compare(a.id, b.id)),
    articles,
    entities: [...mergeById(exports.flatMap((e) => e.entities), mergeEntities).values()].sort((a, b) => compare(a.id, b.id)),
    claims: [...mergeById(exports.flatMap((e) => e.claims), (a, b) => mergeClaims(a, b, rank)).values()].sort((a, b) => compare(a.id, b.id)),
    facts: [...mergeById(exports.flatMap((e) => e.facts), (a) => a).values()].sort((a, b) => compare(a.id, b.id)),
    contradictions: [...mergeById(exports.flatMap((e) => e.contradictions), (a) => a).values()].sort(byKindThenId),
    reuse: exports.flatMap((e) => e.reuse).sort((a, b) => compare(a.articles[0], b.articles[0]) || compare(a.articles[1], b.articles[1])),
    offTopic: exports.flatMap((e) => e.offTopic).sort((a, b) => rank(a.article) - rank(b.article) || a.sentence - b.sentence),
  };
}

function mergeById<T extends { id: string }>(items: T[], merge: (kept: T, next: T) => T): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    const kept = byId.get(item.id);
    byId.set(item.id, kept ? merge(kept, item) : item);
  }
  return byId;
}

/** The name and kind of the first story's entity (stories come in id order); aliases from all. */
function mergeEntities(kept: EntityRecord, next: EntityRecord): EntityRecord {
  const aliases = [...new Set([...kept.aliases, next.name, ...next.aliases])].filter((a) => a !== kept.name);
  return { ...kept, aliases };
}

function mergeClaims(kept: ClaimRecord, next: ClaimRecord, rank: (article: string) => number): ClaimRecord {
  const sources = [...kept.sources, ...next.sources].sort((a, b) =>
    rank(a.article) - rank(b.article) || compare(a.article, b.article) || a.sentence - b.sentence || a.start - b.start || a.end - b.end);
  const status = STATUS_RANK[next.status] > STATUS_RANK[kept.status] ? next.status : kept.status;
  const alignment = kept.alignment || next.alignment ? [...new Set([...(kept.alignment ?? []), ...(next.alignment ?? [])])] : undefined;
  return { ...kept, status, sources, ...(alignment ? { alignment } : {}) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
