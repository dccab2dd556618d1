// Words that tell whether an act had happened before, once for every stage. "It is the first time
// the band has won the title" and "won the title for the first time" say it never had; "the band
// last won the title in 1998", "was recorded in the county before", "were also in the final in
// 2009" say it had. Two outlets on the two sides of one fact disagree (compare/find-first-time.ts).

import { ORDINAL_WORDS } from './numbers.ts';

/** The noun an ordinal makes an occasion of: "the first time", "for the first time". */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set(['time']);

/** "first time", "third time", "last time": an ordinal and the occasion it counts. */
export function isCountedOccasion(ordinal: string | undefined, noun: string | undefined): boolean {
  return ORDINAL_WORDS.test(ordinal ?? '') && OCCASION_NOUNS.has(noun ?? '');
}

/** "the first time since 2014": the first since an earlier one, so no first at all. */
export const SINCE_WORDS: ReadonlySet<string> = new Set(['since']);

/** Ordinals that make an occasion the first one. */
export const FIRST_ORDINALS: ReadonlySet<string> = new Set(['first']);

/** Adverbs that say the act had happened on an earlier occasion, wherever they stand in its clause. */
export const EARLIER_OCCASION_ADVERBS: ReadonlySet<string> = new Set(['again', 'previously']);

/**
 * Adverbs that say so only in one place: "before" closing its clause ("has been recorded in the
 * county before"; "before the inspection" is a preposition), "last" right before the verb ("last
 * won"; "last week" is a time).
 */
export const CLOSING_EARLIER_ADVERBS: ReadonlySet<string> = new Set(['before']);
export const PREVERBAL_EARLIER_ADVERBS: ReadonlySet<string> = new Set(['last']);

/**
 * Adverbs before a verb that pick one occasion of many: "last won in 2009", "was first unveiled in
 * 1921". Two outlets' dates for the first or the last time answer one question, however far apart.
 */
export const ONE_OF_MANY_ADVERBS: ReadonlySet<string> = new Set([...PREVERBAL_EARLIER_ADVERBS, 'first']);

/**
 * "also" says the act happened on an earlier occasion only beside a year of its own ("were also in
 * the final in 2009"); alone it adds to a list ("legionella was also found in the showers").
 */
export const ALSO_WORDS: ReadonlySet<string> = new Set(['also']);

/** How many times before: "have failed once before this season", "had been flooded twice before". */
export const REPEAT_ADVERBS: ReadonlySet<string> = new Set(['once', 'twice']);

/** "has entered the awards every year since 2015": a perfect with "every" or "each" and a unit of time says it has happened before. */
export const EVERY_WORDS: ReadonlySet<string> = new Set(['every', 'each']);
export const REPEATED_UNITS: ReadonlySet<string> = new Set(['year', 'season', 'month', 'week', 'time', 'summer', 'winter', 'spring', 'autumn']);
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Adverbs that tell a habit, not one occasion: "the display usually draws 8,000", "normally held in May". */
export const HABIT_ADVERBS: ReadonlySet<string> = new Set(['usually', 'normally', 'annually', 'traditionally', 'always', 'generally', 'typically']);

/**
 * "Until now, the firm has never sold its cheese abroad": up to the story's moment, so the act had
 * (or, denied, had never) happened before it; a denial so told is a first, not a clash with the news.
 */
export const UP_TO_NOW: readonly string[] = ['until now', 'up to now', 'till now', 'before now', 'until recently'];

/**
 * "The mill has made berets for the armed forces in the past": closing its phrase, an earlier time
 * than the story's. Not a period reaching up to now: "has risen in the past year", "in the past
 * two years" (a word after it opens the period).
 */
export const IN_THE_PAST: readonly string[] = ['in the past'];

/**
 * Acts done once to what they act on: a club is founded once, a person dies once, a hut is built
 * once and dates from then. Two dates years apart for one of them are a disagreement, not two
 * occasions ("formed in 1974" / "founded in 1979", "dates from 1952" / "was built in 1936").
 */
export const ONCE_ONLY_ACTS: ReadonlySet<string> = new Set([
  'found', 'establish', 'die', 'build', 'date',
  // An application or a bid is handed in once: "lodged its application in 2021" / "submitted it in 2023".
  'submit', 'lodge',
]);
