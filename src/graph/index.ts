// The merge stage: resolved triples in, one claim graph out.
export { buildClaimGraph } from './build-claim-graph.ts';
export { claimId, claimKey, valueNodeId } from './claim-id.ts';
export { listClaims } from './list-claims.ts';
export type { ClaimGraph, ClaimSource, ClaimEdgeAttributes, EntityNodeAttributes, ArticleInfo } from './claim-graph-types.ts';
