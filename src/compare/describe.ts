// Human-readable pieces for one-line contradiction explanations.
import type { ClaimEdgeAttributes, ClaimGraph, ClaimSource } from '../graph/claim-graph-types.ts';
import type { Statement } from './statements.ts';

export function entityName(graph: ClaimGraph, id: string | null): string {
  if (id === null) return '';
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id;
}

export function describeClaim(graph: ClaimGraph, claim: ClaimEdgeAttributes): string {
  const parts = [entityName(graph, claim.subjectId), claim.negated ? `not ${claim.predicate}` : claim.predicate];
  if (claim.objectId) parts.push(entityName(graph, claim.objectId));
  return parts.join(' ');
}

export function describeSource(graph: ClaimGraph, source: ClaimSource): string {
  const article = graph.getAttribute('articles')?.[source.article];
  const where = `article ${source.article} sentence ${source.sentence}`;
  return article?.outlet ? `${article.outlet}, ${where}` : where;
}

/** The first source of a side, and how many more say the same. */
export function describeSide(graph: ClaimGraph, statements: Statement[]): string {
  const articles = new Set(statements.map((s) => s.source.article));
  const more = articles.size > 1 ? ` and ${articles.size - 1} more article${articles.size > 2 ? 's' : ''}` : '';
  return `${describeSource(graph, statements[0].source)}${more}`;
}
