// Cytoscape desktop / Cytoscape.js JSON: {elements: {nodes: [{data}], edges: [{data}]}}.
import type { StoryExport } from '../types.ts';
import { storyGraph } from './story-graph.ts';

export interface CytoscapeJson {
  elements: {
    nodes: { data: Record<string, unknown> }[];
    edges: { data: Record<string, unknown> }[];
  };
}

export function toCytoscape(story: StoryExport): CytoscapeJson {
  const { nodes, edges } = storyGraph(story);
  return {
    elements: {
      nodes: nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, aliases: n.aliases } })),
      edges: edges.map((e) => ({ data: { ...e, label: e.predicate } })),
    },
  };
}
