// Which claims and entities are on screen. The state is plain data; applyFilters turns it into
// one batch of class changes, so even thousands of elements repaint once.
import type { Core } from 'cytoscape';
import type { ClaimStatus, EntityKind } from '../../src/types.ts';
import { KINDS, STATUSES } from './kinds.ts';

export interface FilterState {
  statuses: Set<ClaimStatus>;
  kinds: Set<EntityKind>;
  /** An article id, or null for every source. */
  source: string | null;
  /** 'any': claims the source states; 'only': claims no other source states. */
  sourceMode: 'any' | 'only';
  /** An entity whose neighbourhood alone is shown, or null. */
  focus: string | null;
}

export function initialFilters(): FilterState {
  return { statuses: new Set(STATUSES), kinds: new Set(KINDS), source: null, sourceMode: 'any', focus: null };
}

export interface Visible {
  nodes: number;
  edges: number;
}

export function applyFilters(cy: Core, state: FilterState): Visible {
  const claimFilterActive = state.statuses.size < STATUSES.length || state.source !== null || state.focus !== null;
  const kindOf = (id: string) => cy.getElementById(id).data('kind') as EntityKind;
  const connected = new Set<string>();
  let edgeCount = 0;
  let nodeCount = 0;
  cy.batch(() => {
    cy.edges('.claim').forEach((edge) => {
      const articles = edge.data('articles') as string[];
      const source = edge.data('source') as string;
      const target = edge.data('target') as string;
      const visible =
        state.statuses.has(edge.data('status')) &&
        matchesSource(articles, state) &&
        state.kinds.has(kindOf(source)) &&
        state.kinds.has(kindOf(target)) &&
        (state.focus === null || source === state.focus || target === state.focus);
      edge.toggleClass('filtered-out', !visible);
      if (visible) {
        connected.add(source);
        connected.add(target);
        edgeCount++;
      }
    });
    cy.nodes('.entity').forEach((node) => {
      const lonely = !claimFilterActive && node.data('claims') === 0;
      const visible = state.kinds.has(node.data('kind')) && (connected.has(node.id()) || lonely || node.id() === state.focus);
      node.toggleClass('filtered-out', !visible);
      if (visible) nodeCount++;
    });
  });
  return { nodes: nodeCount, edges: edgeCount };
}

function matchesSource(articles: string[], state: FilterState): boolean {
  if (state.source === null) return true;
  if (state.sourceMode === 'only') return articles.length > 0 && articles.every((article) => article === state.source);
  return articles.includes(state.source);
}
