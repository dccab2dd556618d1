// Finds graph things in Cypher results so the query box can draw them. Both stores hand back the
// same plain shapes (src/store/plain-values.ts): nodes as {labels, properties}, relationships as
// {type, properties}, paths as {nodes, relationships}. Entities and claims are already on screen
// (a Claim node is drawn as an edge), so those are highlighted; other nodes (articles, evidence,
// contradictions) are added as extra nodes, joined where a path says how they connect.
// A bare id string that names an element on screen ("e:…", "c:…") counts too.
import type { Core, ElementDefinition } from 'cytoscape';
import { shortenAtWord } from '../../src/shorten-at-word.ts';

export interface QueryGraph {
  /** Ids of story elements (entities, claims) the rows mention. */
  known: Set<string>;
  /** Nodes and path steps from the rows that the story graph does not draw. */
  extra: ElementDefinition[];
}

type Bag = Record<string, unknown>;

const MAX_DEPTH = 6;

export function findQueryGraph(rows: Record<string, unknown>[], cy: Core): QueryGraph {
  const known = new Set<string>();
  const extraNodes = new Map<string, ElementDefinition>();
  const extraEdges = new Map<string, ElementDefinition>();
  const onScreen = (id: unknown): id is string => typeof id === 'string' && cy.getElementById(id).is('.entity, .claim');
  const isDrawnNode = (id: string) => extraNodes.has(id) || cy.getElementById(id).is('node.entity');

  /** Records a node and returns the id it is drawn under. */
  const visitNode = (node: { labels: unknown[]; properties: Bag }): string => {
    const id = node.properties.id;
    if (onScreen(id)) {
      known.add(id);
      return id;
    }
    const drawnId = `q:${typeof id === 'string' ? id : JSON.stringify(node.properties)}`;
    if (!extraNodes.has(drawnId)) {
      extraNodes.set(drawnId, { group: 'nodes', data: { id: drawnId, label: nodeLabel(node) }, classes: 'query-extra' });
    }
    return drawnId;
  };

  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || value === undefined) return;
    if (typeof value === 'string') {
      if (onScreen(value)) known.add(value);
    } else if (Array.isArray(value)) {
      value.forEach((item) => visit(item, depth + 1));
    } else if (isBag(value)) {
      if (isNode(value)) {
        visitNode(value);
      } else if (isRelationship(value)) {
        if (onScreen(value.properties.id)) known.add(value.properties.id);
      } else if (Array.isArray(value.nodes) && Array.isArray(value.relationships) && value.nodes.every(isNode)) {
        const ids = value.nodes.map(visitNode);
        value.relationships.forEach((relationship, i) => {
          const [source, target] = [ids[i], ids[i + 1]];
          // A step into a claim is already drawn: the claim is the edge itself.
          if (!source || !target || !isDrawnNode(source) || !isDrawnNode(target)) return;
          const label = isRelationship(relationship) ? relationship.type : '';
          extraEdges.set(`q:${source}->${target}:${label}`, {
            group: 'edges',
            data: { id: `q:${source}->${target}:${label}`, source, target, label },
            classes: 'query-extra',
          });
        });
      } else {
        Object.values(value).forEach((item) => visit(item, depth + 1));
      }
    }
  };
  rows.forEach((row) => visit(row, 0));
  return { known, extra: [...extraNodes.values(), ...extraEdges.values()] };
}

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNode(value: unknown): value is { labels: unknown[]; properties: Bag } {
  return isBag(value) && Array.isArray(value.labels) && isBag(value.properties);
}

function isRelationship(value: unknown): value is { type: string; properties: Bag } {
  return isBag(value) && typeof value.type === 'string' && isBag(value.properties) && !('labels' in value);
}

function nodeLabel(node: { labels: unknown[]; properties: Bag }): string {
  for (const name of ['name', 'title', 'text', 'explanation', 'id']) {
    const value = node.properties[name];
    if (typeof value === 'string' && value) return shortenAtWord(value, 60);
  }
  return node.labels.join(':') || 'node';
}
