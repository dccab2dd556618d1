// Words that deny what they stand with, once for every stage: an adverb denies its verb ("did not
// go", "never went"; "’t" is "n't" with a typographic apostrophe), a determiner denies the noun
// phrase it opens ("no injuries were reported").
const NEGATORS: Record<string, 'adverb' | 'determiner'> = {
  not: 'adverb', "n't": 'adverb', '’t': 'adverb', never: 'adverb',
  no: 'determiner',
};

/** Negating adverbs: tagged as negation, never read as the verb's manner. */
export const NEGATING_ADVERBS: ReadonlySet<string> = new Set(Object.keys(NEGATORS).filter((w) => NEGATORS[w] === 'adverb'));

/** Every negator: a verb group holding one is denied ("no" reaches a verb group only as "no longer"). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(Object.keys(NEGATORS));

/**
 * Openers that deny the clause they invert: "Never before has the school been graded outstanding",
 * "At no time was the public at risk". The auxiliary comes before the subject, the negator before both.
 */
export const INVERTING_NEGATORS: ReadonlySet<string> = new Set(['never', 'never before', 'never again', 'not once', 'at no time', 'at no point', 'nowhere', 'not since']);

/** "not only repulsed the attack but nabbed 23 pirates": a negator before these adds, it does not deny. */
const ADDING_AFTER_NEGATOR: ReadonlySet<string> = new Set(['only', 'merely', 'simply']);

/** Whether the word at k of a verb group denies it ("not", "never"; not "not only"). */
export function deniesAt(words: readonly { lower: string }[], k: number): boolean {
  return NEGATION_WORDS.has(words[k]!.lower) && !ADDING_AFTER_NEGATOR.has(words[k + 1]?.lower ?? '');
}

/** Subjects that are the denial itself, with nothing after them to name: "no one", "nobody". */
export const DENYING_PRONOUNS: ReadonlySet<string> = new Set(['nobody', 'no-one', 'no one']);

/** What a denying pronoun subject ("Nobody was stung", "No one was hurt") is read as, the claim denied. */
export const DENIED_SUBJECT = 'anyone';
