// Time: the same claim (same subject | predicate | object | polarity, so the same event) dated
// differently by two sources in a way no single date satisfies. Vague times never conflict.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, factOf, groupBy, listStatements, valuePairs, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { isVague, normaliseTime, timesCompatible, type NormalisedTime } from './time-expression.ts';
import { claimsToldAlike, sameEvent, sidesComparable, sidesToldAlike } from './comparable.ts';

export function findTimeContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const dated = listStatements(graph)
    .filter((s) => commits(s) && s.source.qualifiers.time)
    .map((statement) => ({ statement, time: normaliseTime(statement.source.qualifiers.time!) }))
    .filter(({ time }) => !isVague(time));

  const found: ContradictionRecord[] = [];
  for (const block of groupBy(dated, ({ statement }) => `${factOf(statement.claim)}|${statement.claim.negated}`).values()) {
    const byText = [...groupBy(block, ({ time }) => time.text.toLowerCase().trim()).values()];
    for (const [a, b] of valuePairs(byText)) {
      const [sideA, sideB] = [a.map((d) => d.statement), b.map((d) => d.statement)];
      if (timesCompatible(a[0].time, b[0].time) || !sidesComparable(graph, sideA, sideB)) continue;
      if (yearsApart(a[0].time, b[0].time) >= INSTANCES_APART) continue;
      // A date belongs to its clause: the claims alike are enough, however the sentences go on.
      if (!sidesToldAlike(sideA, sideB) && !claimsToldAlike(sideA, sideB) && !sameDoerAndVerb(sideA, sideB)) continue;
      found.push(makeContradiction(
        'time',
        { value: a[0].time.text, statements: a.map((d) => d.statement) },
        { value: b[0].time.text, statements: b.map((d) => d.statement) },
        (x, y) => `time: ${describeClaim(graph, x.statements[0].claim)} — "${x.value}" (${describeSide(graph, x.statements)}) vs "${y.value}" (${describeSide(graph, y.statements)})`,
      ));
    }
  }
  return found;
}

/**
 * "The storm struck in November, and the building was declared unsafe" / "The storm hit in
 * February, sending slates crashing": one subject and a verb and its WordNet synonym say one event,
 * however little else of the two sentences is alike.
 */
function sameDoerAndVerb(a: Statement[], b: Statement[]): boolean {
  // The verbs as written too: resolve may have keyed "struck" under another sense ("attack").
  const verbs = ({ claim, source }: Statement) => [claim.predicate, source.relationLemma ?? ''].filter(Boolean);
  return a.some((x) => b.some((y) => x.claim.subjectId === y.claim.subjectId && verbs(x).some((p) => verbs(y).some((q) => sameEvent(p, q)))));
}

/**
 * Outlets misdate an event by a day, a month, at most a year ("2009" / "2010"); two dates years apart
 * are two times it happened: on ECB+ train, "appeared in Playboy in 1955" / "in 1998", "divorced in
 * 1947" / "married in February 1943", a record set in 1978 and another in 2006 — none a disagreement.
 */
const INSTANCES_APART = 2;

/** Whole years between two times of one year each; 0 when either has no year or spans years ("between 2015 and 2019" is one answer). */
function yearsApart(a: NormalisedTime, b: NormalisedTime): number {
  if (!a.years || !b.years || a.years[0] !== a.years[1] || b.years[0] !== b.years[1]) return 0;
  return Math.max(0, b.years[0] - a.years[1], a.years[0] - b.years[1]);
}
