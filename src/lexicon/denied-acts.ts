// "No arrests have been made", "No charges have been brought": a denied count of an act, told with a
// light verb in the passive, says no one had the act done to them, as "A man has been arrested"
// affirms it. Keyed by the act's noun; the value is the act's passive, told of no one.
const ACTS_DONE_TO_SOMEONE: ReadonlyMap<string, string> = new Map([
  ['arrest', 'be arrested'], ['charge', 'be charged'],
]);

/** Light verbs in the passive by which such an act is told done ("have been made", "were brought"). */
const PASSIVE_LIGHT_VERBS: ReadonlySet<string> = new Set(['be made', 'be brought', 'be laid']);

/** The act's passive when `relation` tells the counted noun done ("arrests | be made" → "be arrested"), else null. */
export function actDeniedByCount(countedHead: string, relation: string): string | null {
  return PASSIVE_LIGHT_VERBS.has(relation) ? ACTS_DONE_TO_SOMEONE.get(countedHead) ?? null : null;
}
