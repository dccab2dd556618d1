// Small closed classes the grammar reads: age units, subordinators before an -ing verb, nearness before "to".

/** Units of an age written as a noun or before one: "a 24-year-old", "the six-month-old". */
export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** Subordinators an -ing verb phrase follows, its subject the main clause's: "while swimming in the river", "after leaving school". */
export const GERUND_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'after', 'before', 'since', 'when', 'whilst', 'without', 'despite']);

/** Words that say how near before "to": "struck close to Talca", "stopped next to the school". */
export const NEARNESS_BEFORE_TO: ReadonlySet<string> = new Set(['close', 'next', 'near', 'closer', 'nearer']);

/** Adverbs that link a sentence to the one before: between commas, or before one, after the subject they are an aside ("The supply, though, is tighter"). */
export const DISCOURSE_ADVERBS: ReadonlySet<string> = new Set([
  'however', 'though', 'meanwhile', 'therefore', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'instead', 'indeed', 'thus', 'hence',
]);

/** Verb forms that agree only with a plural subject (not after I or you, which are never antecedents). */
export const PLURAL_AGREEMENT: ReadonlySet<string> = new Set(['are', 'were', 'have', 'do']);

/** Words opening a clause that says when or why, around what a sentence reports: "the fire broke out while a group of women were working". */
export const BACKGROUND_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whilst', 'as', 'when', 'after', 'before', 'because', 'since', 'although', 'though', 'until']);

/** Particles that belong to their verb: "turned it down", "came down onto", "went up by 5%", "take over". */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'over']);
