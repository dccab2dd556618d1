// Role: for a functional relation (functional-relations.ts), the same fixed argument with two
// different entities in the unique slot — two different people named as one company's spokesperson.
// Blocked by role | fixed argument; only distinct fillers are compared.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, groupBy, listStatements, shareAnArticle, valuePairs } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeSide, entityName } from './describe.ts';
import { COPULAS, functionalRelation, normalisePredicate, titledRole } from './functional-relations.ts';
import type { Statement } from './statements.ts';

/**
 * "The killer of Madeline Kafoury", not "the killer of a woman": a role has one holder only for a
 * named thing; two outlets' "killer of a woman" may be two killings. (Only fillers of the role's
 * kind clash, too: "the quake killed 12 people" and "the landslide killed 12 people" are not two
 * killers of one victim.)
 */
function isNamed(graph: ClaimGraph, id: string): boolean {
  const { kind, name } = graph.getNodeAttributes(id);
  // "the agency", "the council" are the story's one agency or council; "a woman" may be anyone.
  return kind === 'ORG' || kind === 'PLACE' || (kind !== 'VALUE' && /\p{Lu}/u.test(name));
}

export function findRoleContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const candidates = listStatements(graph).flatMap((statement) => {
    const copular = copularRole(graph, statement);
    if (copular) return [copular];
    const relation = functionalRelation(statement.claim.predicate);
    const { subjectId, objectId, negated } = statement.claim;
    if (!relation || negated || objectId === null || !commits(statement)) return [];
    const [fixed, filler] = relation.unique === 'subject' ? [objectId, subjectId] : [subjectId, objectId];
    if (!relation.holders.includes(graph.getNodeAttribute(filler, 'kind')) || !isNamed(graph, fixed)) return [];
    return [{ statement, role: relation.role, fixed, fixedName: entityName(graph, fixed), filler }];
  });

  const found: ContradictionRecord[] = [];
  for (const block of groupBy(candidates, (c) => `${c.role}|${c.fixed}`).values()) {
    const byFiller = [...groupBy(block, (c) => c.filler).values()];
    for (const [a, b] of valuePairs(byFiller)) {
      const { role, fixedName } = a[0];
      // "the US and its allies" in one sentence names two holders, not two outlets' answers.
      if (shareAnArticle(a.map((c) => c.statement), b.map((c) => c.statement))) continue;
      found.push(makeContradiction(
        'role',
        { value: a[0].filler, statements: a.map((c) => c.statement) },
        { value: b[0].filler, statements: b.map((c) => c.statement) },
        (x, y) => `role: ${roleOf(role, fixedName)} is ${entityName(graph, x.value)} (${describeSide(graph, x.statements)}) vs ${entityName(graph, y.value)} (${describeSide(graph, y.statements)})`,
      ));
    }
  }
  return found;
}

/**
 * "X is the spokesperson of Y", "X, the agency's spokesperson,": the post (title and organisation,
 * however it is phrased) is the fixed slot, the person holding it the filler.
 */
function copularRole(graph: ClaimGraph, statement: Statement) {
  const { subjectId, objectId, negated } = statement.claim;
  if (negated || objectId === null || !commits(statement) || !COPULAS.has(normalisePredicate(statement.claim.predicate))) return null;
  // "She is the Immediate Past-Chair …": who "she" is, is the resolver's guess, not what the outlet
  // names; only a holder written in the sentence is set against another outlet's.
  if (statement.source.subjectPronoun) return null;
  for (const [titled, holder] of [[objectId, subjectId], [subjectId, objectId]]) {
    const post = graph.getNodeAttribute(titled, 'kind') !== 'PERSON' ? titledRole(graph.getNodeAttribute(titled, 'name')) : null;
    if (post && graph.getNodeAttribute(holder, 'kind') === 'PERSON') {
      return { statement, role: post.title, fixed: `post:${post.title}|${post.organisation.toLowerCase()}`, fixedName: `${post.title} of ${post.organisation}`, filler: holder };
    }
  }
  return null;
}

/** "spokesperson of Varnesse Agency", but not "spokesperson of spokesperson of the agency". */
function roleOf(role: string, fixedName: string): string {
  return fixedName.toLowerCase().includes(role) ? fixedName : `${role} of ${fixedName}`;
}
