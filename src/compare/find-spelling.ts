// Spelling: the resolver merged two spellings of one name ("Caroline"/"Karoline") and flagged
// them. Each spelling is represented by one claim about that entity from an article using it
// (the claim whose sentence shows the spelling, lowest id first), so the record points at
// evidence without marking every claim about the person as contested.
import type { ContradictionRecord, SpellingVariant } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { listStatements, pairs, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { entityName } from './describe.ts';

export function findSpellingContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const variants: SpellingVariant[] = graph.getAttribute('spellingVariants') ?? [];
  if (variants.length === 0) return [];
  const statements = listStatements(graph);
  const found: ContradictionRecord[] = [];
  for (const variant of variants) {
    const about = statements.filter(({ claim, source }) =>
      claim.subjectId === variant.entity || claim.objectId === variant.entity || source.attributedToId === variant.entity);
    for (const [a, b] of pairs(variant.spellings)) {
      // "Charlene Kafoury" and "Charlie Kafoury" in one article are two people, not one misspelt.
      if (a.articles.some((article) => b.articles.includes(article))) continue;
      found.push(makeContradiction(
        'spelling',
        { value: a.name, statements: representative(about, a) },
        { value: b.name, statements: representative(about, b) },
        (x, y) => `spelling: ${entityName(graph, variant.entity)} is spelled "${x.value}" (${articlesOf(variant, x.value)}) vs "${y.value}" (${articlesOf(variant, y.value)})`,
      ));
    }
  }
  return found;
}

function representative(about: Statement[], spelling: { name: string; articles: string[] }): Statement[] {
  const inArticles = about.filter(({ source }) => spelling.articles.includes(source.article));
  const showing = inArticles.filter(({ source }) => source.text.includes(spelling.name));
  const pick = (showing.length ? showing : inArticles)[0];
  return pick ? [pick] : [];
}

function articlesOf(variant: SpellingVariant, name: string): string {
  const articles = variant.spellings.find((s) => s.name === name)?.articles ?? [];
  return `article${articles.length > 1 ? 's' : ''} ${articles.join(', ')}`;
}
