// Lookups over the story that every view needs: by id, claims per entity, contradictions per claim.
import type { ViewerArticle, ViewerClaim, ViewerStory } from '../../src/server/viewer-story.ts';
import type { ContradictionRecord, EntityRecord, FactRecord } from '../../src/types.ts';

export interface StoryIndex {
  story: ViewerStory;
  entities: Map<string, EntityRecord>;
  claims: Map<string, ViewerClaim>;
  articles: Map<string, ViewerArticle>;
  claimsByEntity: Map<string, ViewerClaim[]>;
  contradictionsByClaim: Map<string, ContradictionRecord[]>;
  /** The fact each claim belongs to (a story from an older export may have none). */
  factByClaim: Map<string, FactRecord>;
}

export function indexStory(story: ViewerStory): StoryIndex {
  const claimsByEntity = new Map<string, ViewerClaim[]>();
  const touch = (entity: string | null, claim: ViewerClaim) => {
    if (!entity) return;
    const list = claimsByEntity.get(entity) ?? [];
    // A claim about X and X (a loop) counts once.
    if (list[list.length - 1] !== claim) list.push(claim);
    claimsByEntity.set(entity, list);
  };
  for (const claim of story.claims) {
    touch(claim.subject, claim);
    touch(claim.object, claim);
  }
  const contradictionsByClaim = new Map<string, ContradictionRecord[]>();
  for (const contradiction of story.contradictions) {
    for (const claim of contradiction.claims) {
      contradictionsByClaim.set(claim, [...(contradictionsByClaim.get(claim) ?? []), contradiction]);
    }
  }
  return {
    story,
    entities: new Map(story.entities.map((entity) => [entity.id, entity])),
    claims: new Map(story.claims.map((claim) => [claim.id, claim])),
    articles: new Map(story.articles.map((article) => [article.id, article])),
    claimsByEntity,
    contradictionsByClaim,
    factByClaim: new Map((story.facts ?? []).flatMap((fact) => fact.claims.map((claim) => [claim, fact] as const))),
  };
}

export function entityName(index: StoryIndex, id: string | null | undefined): string {
  if (!id) return '—';
  return index.entities.get(id)?.name ?? id;
}

/** How a source is called on screen: its outlet when known, else its title, else its id. */
export function articleLabel(index: StoryIndex, id: string): string {
  const article = index.articles.get(id);
  if (!article) return id;
  return article.outlet || article.title || article.id;
}

export function claimArticles(claim: ViewerClaim): string[] {
  return [...new Set(claim.sources.map((source) => source.article))];
}
