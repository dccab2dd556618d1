// A recommendation told both ways by two outlets: "Planning officers had recommended the scheme for
// approval" / "Council planning officers had recommended that the application be refused". One
// recommender (one participant by its noun), one asking for approval and the other for refusal.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { groupBy, shareAnArticle, valuePairs, type Statement } from './statements.ts';
import { sameSlot } from './comparable.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { eventWord } from '../align/claim-profile.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { RECOMMENDING_VERBS, recommended } from '../lexicon/recommendations.ts';

/** `statements`: committed statements. One contradiction per pair of recommenders' sides. */
export function findRecommendationClashes(graph: ClaimGraph, statements: readonly Statement[]): ContradictionRecord[] {
  const asked = statements.flatMap((statement) => {
    const wanted = askedFor(statement);
    return wanted ? [{ statement, wanted }] : [];
  });
  const found: ContradictionRecord[] = [];
  for (const [x, y] of valuePairs([...groupBy(asked, ({ wanted }) => wanted).values()])) {
    const pairs = x.flatMap((a) => y.filter((b) => !shareAnArticle([a.statement], [b.statement]) && sameSlot(graph, a.statement.claim.subjectId, b.statement.claim.subjectId)).map((b) => [a, b] as const));
    if (pairs.length === 0) continue;
    const [a, b] = [[...new Set(pairs.map(([p]) => p.statement))], [...new Set(pairs.map(([, q]) => q.statement))]];
    found.push(makeContradiction('polarity', { value: x[0]!.wanted, statements: a }, { value: y[0]!.wanted, statements: b }, (p, q) =>
      `polarity: ${describeClaim(graph, p.statements[0]!.claim)}, asking to ${p.value} (${describeSide(graph, p.statements)}) vs asking to ${q.value} (${describeSide(graph, q.statements)})`));
  }
  return found;
}

/** What a recommendation statement asks for, read from its sentence after the verb; null for any other. */
function askedFor({ claim, source }: Statement): string | null {
  if (claim.negated || !RECOMMENDING_VERBS.has(verbBase(eventWord(claim.predicate)))) return null;
  const at = source.text.search(/\b(?:recommend(?:s|ed|ing)?|advis(?:e|es|ed|ing)|urg(?:e|es|ed|ing))\b/i);
  return at < 0 ? null : recommended(source.text.slice(at).replace(/^\S+/, ''));
}
