// Opposite states of one thing at one time: "Kettlesby Primary School stayed open on Friday" /
// "Kettlesby Primary School was closed on Friday". One outlet tells a state with a linking verb and
// an adjective, the other with a passive participle, so the two claims share no predicate and
// alignment keeps them in two facts; the state words are antonyms (WordNet: open / close). A
// polarity clash between outlets, about one subject, told of the same day.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { groupBy, shareAnArticle, type Statement } from './statements.ts';
import { sidesToldAlike } from './comparable.ts';
import { wordRelation } from '../align/word-relation.ts';
import { oppositeFates } from '../lexicon/opposite-fates.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';

/** Verbs that link a subject to its state: "stayed open", "remained shut", "is closed". */
const LINKING_VERBS: ReadonlySet<string> = new Set(['be', 'remain', 'stay']);

/** `statements`: committed statements. Pairs in different outlets, one contradiction per pair of states. */
export function findOppositeStates(graph: ClaimGraph, statements: readonly Statement[]): ContradictionRecord[] {
  const stated = statements.flatMap((statement) => {
    const state = stateOf(statement);
    return state && (statement.source.qualifiers.time || untimedPlan(statement)) && !statement.claim.negated ? [{ statement, state }] : [];
  });
  const found: ContradictionRecord[] = [];
  for (const block of groupBy(stated, ({ statement }) => statement.claim.subjectId).values()) {
    const byState = [...groupBy(block, ({ state }) => state).entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    for (let i = 0; i < byState.length; i++) {
      for (let j = i + 1; j < byState.length; j++) {
        const [[x, left], [y, right]] = [byState[i]!, byState[j]!];
        if (wordRelation(x, y, 'verb') !== 'antonym' && !oppositeFates(verbBase(x), verbBase(y))) continue;
        const [a, b] = [left.map((s) => s.statement), right.map((s) => s.statement)];
        if (shareAnArticle(a, b) || !([...a, ...b].every(untimedPlan) || sameDay(a, b)) || !sidesToldAlike(a, b)) continue;
        found.push(makeContradiction('polarity', { value: x, statements: a }, { value: y, statements: b }, (p, q) =>
          `polarity: ${describeClaim(graph, p.statements[0]!.claim)} (${describeSide(graph, p.statements)}) vs ${describeClaim(graph, q.statements[0]!.claim)} (${describeSide(graph, q.statements)})`));
      }
    }
  }
  return found;
}

/**
 * The state a claim gives its subject, as a verb's lemma WordNet can set against another: "stayed
 * open" → "open", "was closed" → "close" (the resolver's "be close").
 */
function stateOf({ claim, source }: Statement): string | null {
  const words = claim.predicate.split(' ');
  const state = source.objectText?.trim().toLowerCase();
  if (words.length === 1 && LINKING_VERBS.has(words[0]!) && state && /^\p{L}+$/u.test(state)) return state;
  if (words.length === 2 && words[0] === 'be' && claim.objectId === null && !source.objectText) return words[1]!;
  // "will be closed to drivers": a participle's state, whoever it is closed to ("close to the river" is no state).
  if (words.length === 3 && words[0] === 'be' && words[2] === 'to' && /ed to$/i.test(source.relationText)) return words[1]!;
  return null;
}

/**
 * "The car park will stay open after the service ends" / "The car park will be closed once the buses
 * stop": what is planned for one thing, told with no date by either, is one plan's outcome.
 */
function untimedPlan({ source }: Statement): boolean {
  return source.qualifiers.modality === 'planned' && !source.qualifiers.time;
}

/** Both sides say when, in the same words: "on Friday" in each. Two states at two times are a change, not a clash. */
function sameDay(a: Statement[], b: Statement[]): boolean {
  const times = new Set(a.flatMap(({ source }) => source.qualifiers.time?.toLowerCase() ?? []));
  return b.some(({ source }) => times.has(source.qualifiers.time?.toLowerCase() ?? ''));
}
