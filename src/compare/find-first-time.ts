// "It is the first time legionella has been found at the centre" / "Legionella was also found in
// the centre's water system in 2021": one outlet says the act never happened before, another that
// it did. Both affirm the act, so no denial sets them apart; the occasion each tells does
// (extract/occasion.ts). A polarity clash, inside one fact, about one subject.
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import type { ContradictionRecord } from '../types.ts';
import { sameSlot } from './comparable.ts';
import { isPassivePredicate } from '../align/claim-profile.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { groupBy, shareAnArticle, type Statement } from './statements.ts';

export function findFirstTimeContradictions(graph: ClaimGraph, statements: Statement[]): ContradictionRecord[] {
  const found: ContradictionRecord[] = [];
  // A first may be told as a denial ("had never previously won it"); an earlier occasion is affirmed.
  const told = statements.filter(({ claim, source }) => claim.fact && (source.qualifiers.occasion === 'first' || (source.qualifiers.occasion === 'earlier' && !claim.negated)));
  for (const block of groupBy(told, ({ claim }) => claim.fact ?? null).values()) {
    const first = block.filter((s) => s.source.qualifiers.occasion === 'first');
    // One participant in the same slot: "legionella has been found at the centre" / "legionella was
    // found in the centre's water system"; "the species has been recorded in the county" / "the
    // orchid has been recorded in the county".
    // An outlet telling both ("Until now, the berets have been produced abroad. It is the first time
    // the mill has made them") tells two acts; only other outlets' earlier occasions answer its first.
    const earlier = block.filter((s) => s.source.qualifiers.occasion === 'earlier' && first.some((f) => shareParticipant(graph, f, s)) && !shareAnArticle(first, [s]));
    if (first.length === 0 || earlier.length === 0) continue;
    found.push(makeContradiction('polarity', { value: 'first time', statements: first }, { value: 'happened before', statements: earlier }, (x, y) =>
      `polarity: ${describeClaim(graph, x.statements[0]!.claim)} (${x.value}: ${describeSide(graph, x.statements)}) vs ${describeClaim(graph, y.statements[0]!.claim)} (${y.value}: ${describeSide(graph, y.statements)})`));
  }
  return found;
}

function shareParticipant(graph: ClaimGraph, a: Statement, b: Statement): boolean {
  if (sameSlot(graph, a.claim.subjectId, b.claim.subjectId)) return true;
  if (a.claim.objectId !== null && b.claim.objectId !== null && sameSlot(graph, a.claim.objectId, b.claim.objectId)) return true;
  // "Tennant had been given a written warning" / "trading standards had never warned Tennant": the
  // passive's subject is what the active does its act to.
  const [passiveA, passiveB] = [isPassivePredicate(a.claim.predicate), isPassivePredicate(b.claim.predicate)];
  if (passiveA === passiveB) return false;
  const [active, passive] = passiveA ? [b, a] : [a, b];
  return active.claim.objectId !== null && sameSlot(graph, active.claim.objectId, passive.claim.subjectId);
}
