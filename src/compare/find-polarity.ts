// Polarity: one source states a claim, another states its negation ("the bridge was damaged" vs
// "was not damaged"). Negation is part of the claim id, so the two sides are two claims that share
// subject | predicate | object; blocking on that key finds them without comparing all claims.
import { statementKey } from '../graph/claim-id.ts';
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, groupBy, listStatements, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';

// A denial with nothing after its verb ("Ferrow has not conceded") denies every instance of it, so it
// also meets affirmations that name an object ("Ferrow conceded the race"); blocks are keyed by
// subject and predicate, and the object splits them only where the denial names one too.
export function findPolarityContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const blocks = groupBy(listStatements(graph).filter(commits), ({ claim }) => [claim.subjectId, claim.predicate].join('|'));
  const found: ContradictionRecord[] = [];
  for (const block of blocks.values()) {
    for (const [affirmed, denied] of polaritySides(block)) {
      found.push(makeContradiction('polarity', { value: 'affirmed', statements: affirmed }, { value: 'denied', statements: denied }, (x, y) =>
        `polarity: ${describeClaim(graph, x.statements[0].claim)} (${describeSide(graph, x.statements)}) vs ${describeClaim(graph, y.statements[0].claim)} (${describeSide(graph, y.statements)})`));
    }
  }
  return found;
}

const REPORTING: ReadonlySet<string> = new Set(['say', 'report', 'announce', 'confirm', 'deny', 'comment', 'tell']);

/** Affirmed and denied statements that clash: same object, or a denial with no object against any. */
function* polaritySides(block: Statement[]): Generator<[Statement[], Statement[]]> {
  // What someone said, as words, is the object of a reporting claim: two different statements do not clash.
  const byObject = groupBy(block, ({ claim }) => claim.objectId ?? (claim.objectText ? `text:${statementKey(claim.objectText)}` : ''));
  // A bare denial also answers affirmations with an object, except for reporting verbs: "did not
  // say which stores would close" leaves its object unread. (A block shares one predicate.)
  const bareDenials = REPORTING.has(block[0]!.claim.predicate) ? [] : (byObject.get('') ?? []).filter((s) => s.claim.negated);
  for (const [object, statements] of byObject) {
    const affirmed = statements.filter((s) => !s.claim.negated);
    if (affirmed.length === 0) continue;
    const denied = statements.filter((s) => s.claim.negated);
    if (denied.length > 0) yield [affirmed, denied];
    else if (object !== '' && bareDenials.length > 0) yield [affirmed, bareDenials];
  }
}
