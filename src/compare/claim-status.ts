// The derived status of a fact and its claims (ARCHITECTURE.md): contradicted if a claim of the fact
// takes part in a contradiction, else corroborated if two or more distinct articles state the fact
// (in any of its claims' words), else unique. A claim's status is its fact's.
import type { ClaimStatus, ContradictionRecord } from '../types.ts';
import type { ClaimEdgeAttributes, ClaimGraph } from '../graph/claim-graph-types.ts';

/** A claim that no fact holds (a story built without the align stage) is a fact of its own. */
export function claimStatus(claim: Pick<ClaimEdgeAttributes, 'id' | 'sources'>, contradicted: ReadonlySet<string>): ClaimStatus {
  return factStatus([claim], contradicted);
}

export function factStatus(claims: Pick<ClaimEdgeAttributes, 'id' | 'sources'>[], contradicted: ReadonlySet<string>): ClaimStatus {
  if (claims.some((claim) => contradicted.has(claim.id))) return 'contradicted';
  return new Set(claims.flatMap((claim) => claim.sources.map((s) => s.article))).size >= 2 ? 'corroborated' : 'unique';
}

export function contradictedClaims(contradictions: ContradictionRecord[]): Set<string> {
  return new Set(contradictions.flatMap((c) => c.claims));
}

export function claimStatuses(graph: ClaimGraph, contradictions: ContradictionRecord[]): Map<string, ClaimStatus> {
  const contradicted = contradictedClaims(contradictions);
  const statuses = new Map<string, ClaimStatus>();
  graph.forEachEdge((key, claim) => statuses.set(key, claimStatus(claim, contradicted)));
  return statuses;
}
