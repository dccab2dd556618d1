// What a sum of money is for, as outlets name it beside the figure (compare/sum-kind.ts).

/**
 * Nouns that say which of a story's sums a figure is: "a fine of £1,200", "£400 in costs",
 * "£250 in prize money". A court story's fine, costs and compensation are three sums, however
 * alike the sentences that tell them.
 */
export const SUM_KIND_NOUNS: ReadonlyMap<string, string> = new Map([
  ['fine', 'fine'], ['fines', 'fine'],
  ['cost', 'costs'], ['costs', 'costs'],
  ['compensation', 'compensation'], ['damages', 'damages'],
  ['surcharge', 'surcharge'],
  ['fee', 'fee'], ['fees', 'fee'],
  ['rent', 'rent'], ['wages', 'wages'], ['salary', 'salary'],
  ['grant', 'grant'], ['grants', 'grant'], ['funding', 'funding'],
  ['donation', 'donation'], ['donations', 'donation'],
  ['bail', 'bail'], ['bonus', 'bonus'], ['bonuses', 'bonus'],
  ['prize', 'prize'], ['reward', 'reward'],
]);

/** Verbs whose amount is a sum of one kind: "was fined £1,200" is a fine. */
export const SUM_KIND_VERBS: ReadonlyMap<string, string> = new Map([
  ['fine', 'fine'], ['compensate', 'compensation'],
]);
