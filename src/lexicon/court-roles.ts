// British court reports name counsel by a participle between commas: "Fiona Harkness, prosecuting,
// said …", "Tom Ward, defending, said his client was sorry". Each names the case's one counsel for
// that side, so two outlets naming two people there disagree (compare/find-role.ts).
export const COUNSEL_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['prosecuting', 'prosecuting counsel'],
  ['defending', 'defending counsel'],
  ['mitigating', 'defending counsel'],
]);

/** What may follow the participle and still name the side: "prosecuting on behalf of the council", "prosecuting for the council". */
export const COUNSEL_FOR = /^(?:on behalf of|for)\b/;
