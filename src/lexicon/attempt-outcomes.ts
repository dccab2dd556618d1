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
