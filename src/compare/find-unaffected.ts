// Not affected against disrupted: "Train services through Quenby were not affected" in one outlet,
// "Train services through Quenby were suspended for much of Thursday evening" in another. Being
// suspended, cancelled or closed is being affected (lexicon/verb-classes.ts), so the two claims of
// one subject clash, though they share no verb.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { groupBy, shareAnArticle, type Statement } from './statements.ts';
import { sidesToldAlike, toldOfDifferentTimes } from './comparable.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { AFFECTING_VERBS, DISRUPTING_VERBS } from '../lexicon/verb-classes.ts';
import { ANOTHER_SET } from '../lexicon/counted.ts';
import { verbBase } from '../resolve/verb-base.ts';

/**
 * "Train services through Quenby were not affected" / "Train services through Quenby were suspended
 * for much of Thursday evening": being suspended, cancelled or closed is being affected, so the
 * denial and the disruption of one subject, in two outlets told alike, are a polarity clash.
 */
export function findUnaffected(graph: ClaimGraph, statements: readonly Statement[]): ContradictionRecord[] {
  const passiveVerb = ({ claim }: Statement) => (/^be \S+/.test(claim.predicate) ? verbBase(claim.predicate.split(' ')[1]!) : null);
  // ("No other wards have been affected" speaks of the rest, not of the ward that was closed.)
  const ofTheRest = ({ source }: Statement) => source.subjectText.toLowerCase().split(/\s+/).some((word) => ANOTHER_SET.has(word));
  const unaffected = statements.filter((s) => s.claim.negated && AFFECTING_VERBS.has(passiveVerb(s) ?? '') && !ofTheRest(s));
  if (unaffected.length === 0) return [];
  const disrupted = statements.filter((s) => !s.claim.negated && DISRUPTING_VERBS.has(passiveVerb(s) ?? ''));
  const found: ContradictionRecord[] = [];
  const bySubject = groupBy(disrupted, ({ claim }) => claim.subjectId);
  for (const [subject, denials] of groupBy(unaffected, ({ claim }) => claim.subjectId)) {
    const affirmed = bySubject.get(subject) ?? [];
    if (affirmed.length === 0 || shareAnArticle(affirmed, denials) || !sidesToldAlike(affirmed, denials) || toldOfDifferentTimes(affirmed, denials)) continue;
    found.push(makeContradiction('polarity', { value: 'affected', statements: affirmed }, { value: 'not affected', statements: denials }, (p, q) =>
      `polarity: ${describeClaim(graph, p.statements[0]!.claim)} (${describeSide(graph, p.statements)}) vs ${describeClaim(graph, q.statements[0]!.claim)} (${describeSide(graph, q.statements)})`));
  }
  return found;
}
