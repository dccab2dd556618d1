// Verbs that tell how one attempt at something ended, in pairs of opposite outcomes: "met its target"
// / "missed its target", "passed the inspection" / "failed the inspection". One attempt has one
// outcome, so two outlets telling the two of one thing attempted disagree (compare/find-polarity.ts).
// WordNet does not list these as antonyms ("miss" is the antonym of "hit" and "attend" only).
const OPPOSED_OUTCOMES: readonly (readonly [string, string])[] = [
  ['meet', 'miss'],
  ['hit', 'miss'],
  ['achieve', 'miss'],
  ['reach', 'miss'],
  ['pass', 'fail'],
  ['win', 'lose'],
];

/** Whether two verbs (base forms) tell opposite outcomes of one attempt. */
export function opposedOutcomes(a: string, b: string): boolean {
  return OPPOSED_OUTCOMES.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/**
 * Things one holds once won and may lose later: "had represented Dykeside since winning the seat in
 * May 2023" / "has lost his seat" are two moments of one holding, not two outcomes of one attempt,
 * as "won the final" / "lost the final" are.
 */
const HELD_ONCE_WON: ReadonlySet<string> = new Set([
  'seat', 'title', 'crown', 'belt', 'majority', 'lead', 'job', 'post', 'position', 'contract', 'licence', 'license', 'place', 'control', 'status',
]);

/** Whether the noun (singular, lower case) names a thing held once won. */
export function heldOnceWon(noun: string): boolean {
  return HELD_ONCE_WON.has(noun);
}
