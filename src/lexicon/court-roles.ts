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

/** Every counsel post the participles name. */
export const COUNSEL_POSTS: ReadonlySet<string> = new Set(COUNSEL_PARTICIPLES.values());

/**
 * Titles before a name that name the same counsel in a court report that also uses the participles
 * ("Prosecutor Marcus Hale said"); alone, "prosecutor" is a post many hold.
 */
export const COUNSEL_TITLES: ReadonlyMap<string, string> = new Map([
  ['prosecutor', 'prosecuting counsel'],
  ['prosecuting barrister', 'prosecuting counsel'],
  ['prosecuting solicitor', 'prosecuting counsel'],
  ['defence lawyer', 'defending counsel'],
  ['defence solicitor', 'defending counsel'],
  ['defence barrister', 'defending counsel'],
]);

/**
 * A lawyer named as someone's own in a court report ("His barrister, Claire Benham, said"): the
 * accused's, so the defending counsel, as "Tom Ward, defending," is.
 */
export const OWN_LAWYER_WORDS: ReadonlySet<string> = new Set(['barrister', 'solicitor', 'lawyer', 'counsel', 'advocate']);
export const OWN_LAWYER_POST = 'defending counsel';
