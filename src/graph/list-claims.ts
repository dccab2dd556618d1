// Claims in a stable order (by id), so everything downstream of the graph is deterministic
// regardless of the order articles were ingested in.
import type { ClaimEdgeAttributes, ClaimGraph } from './claim-graph-types.ts';

export function listClaims(graph: ClaimGraph): ClaimEdgeAttributes[] {
  const claims: ClaimEdgeAttributes[] = [];
  graph.forEachEdge((_key, attributes) => claims.push(attributes));
  return claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
