// "will rise from £28 to £41", "went up from 200 to 350": a value that changes is told by where it
// ends. The amount after "to" is the one another outlet's "will rise to £46" answers; the amount after
// "from" is what it was, kept as a phrase of the clause but no longer its object.
import type { Token } from './1-tokens.ts';
import type { Clause, Phrase } from './5-clauses.ts';
import { quantityIn } from './token-quantity.ts';

function isAmount(tokens: readonly Token[], phrase: Phrase): boolean {
  return quantityIn(tokens.slice(phrase.first, phrase.last + 1)) !== undefined;
}

/** The clause with its "from" amount set aside for the "to" amount right after it, or as it was. */
export function endValueAsObject(tokens: readonly Token[], clause: Clause): Clause {
  const from = clause.relationPrep;
  const object = clause.objects[0];
  if (from === undefined || tokens[from]!.lower !== 'from' || clause.objects.length !== 1 || !isAmount(tokens, object!)) return clause;
  const to = clause.pps.find((pp) => pp.prep === object!.last + 1 && tokens[pp.prep]!.lower === 'to' && isAmount(tokens, pp.np));
  if (!to) return clause;
  return { ...clause, relationPrep: to.prep, objects: [to.np], pps: [{ prep: from, np: object! }, ...clause.pps.filter((pp) => pp !== to)] };
}

/** A clause whose object, after "to", is the amount it reached: that amount is the claim's. */
export function reachedAmount(tokens: Token[], clause: Clause): Phrase | undefined {
  const object = clause.objects[0];
  const to = clause.relationPrep;
  if (to === undefined || tokens[to]!.lower !== 'to' || !object || !isAmount(tokens, object)) return undefined;
  // "by seven votes to five" is a tally, not a value reached ("from £28 a day to £46" is one).
  const fromBefore = clause.pps.some((pp) => pp.prep >= 0 && tokens[pp.prep]!.lower === 'from' && pp.np.last + 1 === to);
  return fromBefore || tokens[to - 1]?.pos !== 'NOUN' ? object : undefined;
}
