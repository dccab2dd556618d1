// Polarity: one source states a claim, another states its negation ("the bridge was damaged" vs
// "was not damaged"). Negation is part of the claim id, so the two sides are two claims that share
// subject | predicate | object; blocking on that key finds them without comparing all claims.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, groupBy, listStatements } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';

export function findPolarityContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const blocks = groupBy(listStatements(graph).filter(commits), ({ claim }) => [claim.subjectId, claim.predicate, claim.objectId ?? ''].join('|'));
  const found: ContradictionRecord[] = [];
  for (const block of blocks.values()) {
    const affirmed = block.filter((s) => !s.claim.negated);
    const denied = block.filter((s) => s.claim.negated);
    if (affirmed.length === 0 || denied.length === 0) continue;
    found.push(makeContradiction('polarity', { value: 'affirmed', statements: affirmed }, { value: 'denied', statements: denied }, (x, y) =>
      `polarity: ${describeClaim(graph, x.statements[0].claim)} (${describeSide(graph, x.statements)}) vs ${describeClaim(graph, y.statements[0].claim)} (${describeSide(graph, y.statements)})`));
  }
  return found;
}
