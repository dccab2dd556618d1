// The calendar's names, once for every stage: extract reads them as time words ("on Monday", "in
// April"), compare as the month or weekday a time allows ("Tuesday" is not "Thursday").

/** Months, in order, with the ways outlets write them. */
export const MONTHS: readonly { number: number; spellings: readonly string[] }[] = [
  { number: 1, spellings: ['january', 'jan'] },
  { number: 2, spellings: ['february', 'feb'] },
  { number: 3, spellings: ['march', 'mar'] },
  { number: 4, spellings: ['april', 'apr'] },
  { number: 5, spellings: ['may'] },
  { number: 6, spellings: ['june', 'jun'] },
  { number: 7, spellings: ['july', 'jul'] },
  { number: 8, spellings: ['august', 'aug'] },
  { number: 9, spellings: ['september', 'sept', 'sep'] },
  { number: 10, spellings: ['october', 'oct'] },
  { number: 11, spellings: ['november', 'nov'] },
  { number: 12, spellings: ['december', 'dec'] },
];

/** Weekdays, 0 = Sunday … 6 = Saturday, with the ways outlets write them. */
export const WEEKDAYS: readonly { number: number; spellings: readonly string[] }[] = [
  { number: 0, spellings: ['sunday', 'sun'] },
  { number: 1, spellings: ['monday', 'mon'] },
  { number: 2, spellings: ['tuesday', 'tues', 'tue'] },
  { number: 3, spellings: ['wednesday', 'wed'] },
  { number: 4, spellings: ['thursday', 'thurs', 'thur', 'thu'] },
  { number: 5, spellings: ['friday', 'fri'] },
  { number: 6, spellings: ['saturday', 'sat'] },
];

/** Seasons as the months they hold (winter wraps around the new year). */
export const SEASONS: readonly { names: readonly string[]; months: readonly number[] }[] = [
  { names: ['spring'], months: [3, 4, 5] },
  { names: ['summer'], months: [6, 7, 8] },
  { names: ['fall', 'autumn'], months: [9, 10, 11] },
  { names: ['winter'], months: [12, 1, 2] },
];

/**
 * Times told from the day the outlet writes, as the days before (negative) or after it they may
 * mean. A weekday with nothing else is the nearest one ("on Tuesday": within the week either side);
 * "last month" is what an outlet writes for more than a week back, not for the past few days.
 */
export const RELATIVE_DAYS: readonly { spellings: readonly string[]; days: readonly [number, number] }[] = [
  { spellings: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], days: [0, 0] },
  { spellings: ['yesterday', 'last night'], days: [-1, 0] },
  { spellings: ['tomorrow'], days: [0, 1] },
  { spellings: ['this week'], days: [-6, 6] },
  { spellings: ['last week', 'last weekend'], days: [-13, -1] },
  { spellings: ['next week', 'next weekend'], days: [1, 13] },
  // ("by the end of this month", "later this month", "earlier this month")
  { spellings: ['this month'], days: [-30, 30] },
  { spellings: ['last month'], days: [-62, -8] },
  { spellings: ['next month'], days: [8, 62] },
  { spellings: ['last year'], days: [-730, -31] },
  { spellings: ['next year'], days: [31, 730] },
];

/**
 * Times that name the month the outlet writes in, and times that name another: "at the end of this
 * month" is never "next spring" (were this month in spring, it would be "this spring"), nor "last
 * month". Written as patterns over the lower-cased time.
 */
export const THIS_MONTH = /\bthis month\b/;
export const OTHER_MONTH = new RegExp(`\\b(?:next|last) (?:month|${SEASONS.flatMap((s) => s.names).join('|')})\\b`);

/** Words for the moment the outlet writes: "22 are currently empty" and "31 are now vacant" tell one time. */
export const PRESENT_TIMES: ReadonlySet<string> = new Set(['now', 'currently', 'presently', 'at present', 'at the moment', 'right now']);

/** The days either side a bare weekday may mean ("on Tuesday"); "last Tuesday", "next Tuesday" one side. */
export const WEEKDAY_DAYS: readonly [number, number] = [-6, 6];
export const LAST_WEEKDAY_DAYS: readonly [number, number] = [-13, -1];
export const NEXT_WEEKDAY_DAYS: readonly [number, number] = [1, 13];

/** Every weekday and month as written in full: words that name a day ("for 18 December", "for Friday"). */
export const DAY_AND_MONTH_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS].map(({ spellings }) => spellings[0]!));

/** Every month, weekday and season as written in full: words that name a time by themselves. */
export const CALENDAR_WORDS: readonly string[] = [...DAY_AND_MONTH_WORDS, ...SEASONS.flatMap((s) => s.names)];

/** A whole-word pattern for any of the spellings. */
export function spellingPattern(spellings: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${spellings.join('|')})\\b`);
}
