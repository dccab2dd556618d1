// Spelling, where the resolver kept two spellings apart ("Rosalind Achterberg" / "Rosalind
// Achterburg") but alignment put them in one fact: the same slot of one event, filled by two people
// whose names differ in one word by one or two letters, in different articles. Two people that
// close in name and doing the same thing are one person spelled two ways.
import { distance } from 'fastest-levenshtein';
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { groupBy, listStatements, shareAnArticle } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeSide, entityName } from './describe.ts';

export function findFactSpellingContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const found: ContradictionRecord[] = [];
  const byFact = groupBy(listStatements(graph), ({ claim }) => claim.fact ?? null);
  for (const block of byFact.values()) {
    for (const slot of ['subjectId', 'objectId'] as const) {
      const people = [...groupBy(block, ({ claim }) => (isPerson(graph, claim[slot]) ? claim[slot] : null)).entries()];
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const [idA, a] = people[i]!;
          const [idB, b] = people[j]!;
          const [nameA, nameB] = [entityName(graph, idA), entityName(graph, idB)];
          if (!spelledAlike(nameA, nameB) || shareAnArticle(a, b)) continue;
          found.push(makeContradiction('spelling', { value: nameA, statements: a }, { value: nameB, statements: b }, (x, y) =>
            `spelling: the same person is spelled "${x.value}" (${describeSide(graph, x.statements)}) vs "${y.value}" (${describeSide(graph, y.statements)})`));
        }
      }
    }
  }
  return found;
}

function isPerson(graph: ClaimGraph, id: string | null): id is string {
  return id !== null && graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'PERSON';
}

/** Names of as many words, all equal but one, and that one a letter or two apart (not a short word, not a plural). */
export function spelledAlike(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  if (x.length < 2 || x.length !== y.length) return false;
  const differing = x.map((word, k) => [word, y[k]!] as const).filter(([p, q]) => p !== q);
  if (differing.length !== 1) return false;
  const [p, q] = differing[0]!;
  // Only a name is spelled ("Mehdi Irannejad" / "Mehdi iran-Nejad"): "police officer" / "police
  // officers" is one noun in two numbers, and "U.S. Attorney" / "U.S. attorneys" a post: both
  // differing words hold a capital.
  if (!/^\p{Lu}/u.test(x[0]!) || !/^\p{Lu}/u.test(y[0]!) || !/\p{Lu}/u.test(p) || !/\p{Lu}/u.test(q)) return false;
  if (p.toLowerCase().replace(/e?s$/, '') === q.toLowerCase().replace(/e?s$/, '')) return false;
  const edits = distance(p.toLowerCase(), q.toLowerCase());
  return edits >= 1 && edits <= 2 && Math.min(p.length, q.length) >= 5;
}
