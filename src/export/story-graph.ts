// The story as a plain node/edge list for graph tools: entities are nodes, claims are edges
// carrying their status and how many sources state them. A claim with no object ("the talks
// collapsed") gets a node of its own so it is not lost from the drawing.
//
// Every node and edge id is unique across both lists: Cytoscape keeps one element per id and drops
// the rest, so a stand-in node named like its claim's edge would silently cost that edge.
import type { StoryExport } from '../types.ts';

export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  aliases: string[];
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  predicate: string;
  status: string;
  sources: number;
  negated: boolean;
  modality: string;
  /** The fact the claim belongs to: claims that tell the same thing in other words share it. */
  fact: string;
  /** Status of that fact (a claim's own status is its fact's). */
  factStatus: string;
}

export interface StoryGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The stand-in node of a claim with no object: its own id, never its claim's (an edge's) id. */
export function standInNodeId(claimId: string): string {
  return `${claimId}:node`;
}

export function storyGraph(story: StoryExport): StoryGraph {
  const nodes: ExportNode[] = story.entities.map((e) => ({ id: e.id, label: e.name, kind: e.kind, aliases: e.aliases }));
  const factOf = new Map((story.facts ?? []).flatMap((fact) => fact.claims.map((claim) => [claim, fact] as const)));
  const edges: ExportEdge[] = [];
  for (const claim of story.claims) {
    let target = claim.object;
    if (target === null) {
      target = standInNodeId(claim.id);
      // What someone said is the stand-in's label, so the drawing shows the words, not the verb again.
      nodes.push({ id: target, label: claim.objectText ?? claim.predicate, kind: 'CLAIM', aliases: [] });
    }
    edges.push({
      id: claim.id,
      source: claim.subject,
      target,
      predicate: claim.predicate,
      status: claim.status,
      sources: claim.sources.length,
      negated: claim.qualifiers.negated,
      modality: claim.qualifiers.modality,
      fact: factOf.get(claim.id)?.id ?? '',
      factStatus: factOf.get(claim.id)?.status ?? claim.status,
    });
  }
  return { nodes, edges };
}
