// Nouns by which a story names its own undertaking without saying what it is: "the project cost
// £96,000" / "the restoration cost £112,000", "the scheme will cost £45,000" / "the changes will
// cost £62,000". Beside a noun for an act (WordNet's noun.act), such a noun with "the" is that act:
// the two outlets' figures answer one question (compare/comparable.ts).
// Two such nouns are one undertaking whatever the claims state: "the project had been completed
// on schedule" / "the job was not finished on schedule".
export const UNDERTAKING_NOUNS: ReadonlySet<string> = new Set(['project', 'scheme', 'plan', 'work', 'works', 'programme', 'program', 'job']);

/**
 * Verbs by which a story tells how long its undertaking takes: "the scheme is due to last 14 weeks",
 * "the job should be finished in 14 weeks", "the work will take 14 weeks".
 */
export const DURATION_VERBS: ReadonlySet<string> = new Set(['last', 'take', 'run', 'complete', 'finish']);
