// Attribution of reported speech: the same claim, not in quote marks, credited by two outlets to two
// different named people ("Hume said City Hall would ensure an orderly handover" / "Deputy Mayor
// Ana Solberg said City Hall would ensure an orderly handover").
//
// Only people count: "police said 12 died" in one outlet and "hospital officials said 12 died" in
// another are two sources confirming each other, not one statement credited twice. Blocked by
// claim; direct quotes are left to find-quotes.ts, which compares their wording.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, groupBy, listStatements, pairs } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide, entityName } from './describe.ts';

export function findReportedAttributionContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const statements = listStatements(graph);
  // Claims read out of a direct quote ("We will rebuild every home that fell") are the quote's.
  const quoted = new Set(statements.filter(({ source }) => source.qualifiers.quote).map(({ source }) => `${source.article}|${source.sentence}`));
  const credited = statements.filter((statement) => {
    const { source } = statement;
    const speaker = source.attributedToId;
    if (quoted.has(`${source.article}|${source.sentence}`) || !commits(statement)) return false;
    return !!speaker && graph.hasNode(speaker) && graph.getNodeAttribute(speaker, 'kind') === 'PERSON';
  });
  const found: ContradictionRecord[] = [];
  for (const block of groupBy(credited, ({ claim }) => claim.id).values()) {
    const bySpeaker = [...groupBy(block, ({ source }) => source.attributedToId!).values()];
    for (const [a, b] of pairs(bySpeaker)) {
      // Two outlets, each crediting its own speaker; one outlet naming two speakers is no clash.
      if (!a.some((x) => b.every((y) => y.source.article !== x.source.article))) continue;
      found.push(makeContradiction(
        'attribution',
        { value: a[0]!.source.attributedToId!, statements: a },
        { value: b[0]!.source.attributedToId!, statements: b },
        (x, y) => `attribution: "${describeClaim(graph, x.statements[0]!.claim)}" credited to ${entityName(graph, x.value)} (${describeSide(graph, x.statements)}) vs ${entityName(graph, y.value)} (${describeSide(graph, y.statements)})`,
      ));
    }
  }
  return found;
}
