// One ContradictionRecord from two sides that disagree. Sides are put in a canonical order before
// hashing so the id does not depend on which article was read first.
import { shortHash } from '../graph/short-hash.ts';
import type { ContradictionKind, ContradictionRecord } from '../types.ts';
import type { Statement } from './statements.ts';

export interface Side {
  /** What this side says, as a short string (a value, a name, a quote); part of the id. */
  value: string;
  statements: Statement[];
}

export function makeContradiction(kind: ContradictionKind, a: Side, b: Side, explain: (first: Side, second: Side) => string): ContradictionRecord {
  const [first, second] = signature(a) <= signature(b) ? [a, b] : [b, a];
  const claims = [...new Set([...claimIds(first), ...claimIds(second)])];
  return {
    id: `x:${shortHash(`${kind}|${signature(first)}|${signature(second)}`)}`,
    kind,
    claims,
    explanation: explain(first, second),
  };
}

function claimIds(side: Side): string[] {
  return [...new Set(side.statements.map((s) => s.claim.id))].sort();
}

function signature(side: Side): string {
  return `${side.value}@${claimIds(side).join(',')}`;
}
