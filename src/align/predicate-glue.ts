// Words of a predicate key that carry no event of their own: auxiliaries, the infinitive marker,
// prepositions and particles. "agree to visit" is about visiting; "be welcomed by" about welcoming.
export const PREDICATE_GLUE: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'to', 'not', 'no', 'never', 'in', 'on', 'at', 'by', 'with', 'for', 'of', 'from', 'about', 'into', 'onto',
  'over', 'after', 'before', 'against', 'through', 'up', 'down', 'out', 'off', 'back', 'as', 'around',
  'nearly', 'almost', 'approximately', 'roughly', 'than', 'more', 'less', 'under', 'just',
  'along', 'across', 'near', 'beside', 'behind', 'between', 'among', 'towards', 'toward', 'within',
  'outside', 'inside', 'beyond', 'below', 'above', 'throughout', 'during', 'until', 'since', 'via', 'upon', 'amid',
]);

/**
 * Whether the predicate's word at `index` is glue. "close to" is a hedge ("be close to 100"), but
 * "close" alone is the verb: "be close for" is "was closed for safety reasons".
 */
export function isPredicateGlue(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  return PREDICATE_GLUE.has(word) || (word === 'close' && words[index + 1] === 'to');
}
