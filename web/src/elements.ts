// Story → Cytoscape elements. Entities become nodes, claims become edges; a claim with no
// object ("the talks collapsed") becomes a loop on its subject.
import type { ElementDefinition } from 'cytoscape';
import { claimArticles, type StoryIndex } from './story-index.ts';

export interface EntityNodeData {
  id: string;
  label: string;
  kind: string;
  claims: number;
  size: number;
}

export interface ClaimEdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  status: string;
  articles: string[];
}

export function storyElements(index: StoryIndex): ElementDefinition[] {
  const nodes: ElementDefinition[] = index.story.entities.map((entity) => {
    const claims = index.claimsByEntity.get(entity.id)?.length ?? 0;
    const data: EntityNodeData = { id: entity.id, label: entity.name, kind: entity.kind, claims, size: nodeSize(claims) };
    return { group: 'nodes', data, classes: 'entity' };
  });
  const edges: ElementDefinition[] = [];
  for (const claim of index.story.claims) {
    // Claims whose entities are missing from the export cannot be drawn; skip rather than crash.
    if (!index.entities.has(claim.subject) || (claim.object && !index.entities.has(claim.object))) continue;
    const data: ClaimEdgeData = {
      id: claim.id,
      source: claim.subject,
      target: claim.object ?? claim.subject,
      label: claim.predicate,
      status: claim.status,
      articles: claimArticles(claim),
    };
    edges.push({ group: 'edges', data, classes: 'claim' });
  }
  return [...nodes, ...edges];
}

/** Area grows with the number of claims, so a hub is big without swallowing the screen. */
function nodeSize(claims: number): number {
  return Math.round(16 + 9 * Math.sqrt(claims));
}
