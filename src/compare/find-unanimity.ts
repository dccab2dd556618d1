// One vote told as unanimous and as split: "The cabinet vote was unanimous" in one outlet, "Two
// members of the council's cabinet voted against the proposal" in another. The two claims share no
// predicate, so alignment keeps them apart, yet a story that reports a vote reports one vote (as
// vote-tallies.ts reads it), and "all for it" and "some against it" cannot both hold. An outlet that
// tells both reports more than one vote, and the story is left alone.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { shareAnArticle, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { countedAsPeople } from './counted-nouns.ts';

const UNANIMOUS = /\bunanimous(?:ly)?\b/i;

/** `statements`: committed statements. At most one contradiction per story. */
export function findUnanimityClashes(graph: ClaimGraph, statements: readonly Statement[]): ContradictionRecord[] {
  const unanimous = statements.filter((s) => !s.claim.negated && toldUnanimous(s));
  const split = statements.filter(toldSplit);
  if (unanimous.length === 0 || split.length === 0) return [];
  // (An article telling both speaks of two votes.)
  if (shareAnArticle(unanimous, split)) return [];
  return [makeContradiction('polarity', { value: 'unanimous', statements: unanimous }, { value: 'split', statements: split }, (x, y) =>
    `polarity: ${describeClaim(graph, x.statements[0]!.claim)}, unanimous (${describeSide(graph, x.statements)}) vs ${describeClaim(graph, y.statements[0]!.claim)} (${describeSide(graph, y.statements)})`)];
}

/**
 * The claim says a vote went one way: "voted unanimously", "The cabinet vote was unanimous" (not
 * "require a unanimous decision" or "failed to reach a unanimous decision", a rule and a jury's
 * failing: ECB+ train).
 */
function toldUnanimous({ claim, source }: Statement): boolean {
  if (/^vote\b/.test(source.relationLemma)) return UNANIMOUS.test(source.relationText);
  if (claim.predicate === 'be' && /^unanimous$/i.test((source.objectText ?? '').trim())) return true;
  // "The three councillors reached their decision unanimously", "unanimously approved the plan":
  // the adverb on the verb, or closing its object (not "a unanimous decision", which may be a rule).
  const text = source.text.toLowerCase();
  const told = [source.relationText, source.objectText ?? ''].filter(Boolean).map((words) => words.toLowerCase());
  return told.some((words) => text.includes(`${words} unanimously`) || text.includes(`unanimously ${words}`));
}

/**
 * "Two members of the cabinet voted against the proposal" (a count of people voting against, not
 * "Councillors voted against the plan", which may be all of them), or "The decision was not
 * unanimous".
 */
function toldSplit(statement: Statement): boolean {
  const { claim, source } = statement;
  if (claim.negated) return toldUnanimous(statement);
  return /^vote against\b/.test(source.relationLemma) && countedAsPeople(statement);
}
