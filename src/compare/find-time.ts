// Time: the same claim (same subject | predicate | object | polarity, so the same event) dated
// differently by two sources in a way no single date satisfies. Vague times never conflict.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, factOf, groupBy, listStatements, valuePairs } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { isVague, normaliseTime, timesCompatible } from './time-expression.ts';
import { claimsToldAlike, sidesComparable, sidesToldAlike } from './comparable.ts';

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
      // A date belongs to its clause: the claims alike are enough, however the sentences go on.
      if (!sidesToldAlike(sideA, sideB) && !claimsToldAlike(sideA, sideB)) continue;
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
