// Words around a count that say whether it counts one set a story's outlets all mean
// (compare/story-counts.ts).
import { HEDGE_WORDS } from './hedges.ts';

/**
 * Nouns a story counts many sets of: two outlets' "three times" may be two tallies, "two years" two
 * spans, "four seasons" a career and a record. A count of such a noun answers no one question by
 * its noun alone. (People are a unit of their own: quantity-range.ts.)
 */
export const GENERIC_COUNTED: ReadonlySet<string> = new Set([
  'man', 'woman', 'child', 'adult', 'member', 'time', 'occasion', 'year', 'month', 'week', 'day',
  'hour', 'minute', 'second', 'night', 'season', 'game', 'thing', 'one', 'other', 'case',
]);

/** Words that may stand before a count in its phrase: "a total of 640 jobs", "all 38 schools", the hedges' ("some 40 cattle", "an estimated 2,000 tonnes"). */
export const LEADS_TO_COUNT: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'total', 'of', 'all', 'just', 'only', 'more', 'than', 'fewer', 'less',
  ...HEDGE_WORDS,
]);

/** Words after "of" that make a figure a part of a set: "one of the three processors", "three of her complaints". */
export const SET_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our']);

/** Words after a figure that count another set than the story's: "four other families", "two extra sentences". */
export const ANOTHER_SET: ReadonlySet<string> = new Set(['other', 'another', 'extra', 'additional', 'further', 'more', 'new', 'remaining', 'straight', 'consecutive', 'previous', 'former']);

/** Nouns written the same for one and many, so a figure before them counts ("45 sheep", "28 cattle"). */
export const SAME_IN_PLURAL: ReadonlySet<string> = new Set([
  'sheep', 'cattle', 'deer', 'fish', 'livestock', 'poultry', 'aircraft', 'staff', 'crew', 'personnel', 'police',
  'salmon', 'trout', 'swine', 'bison', 'moose', 'offspring', 'series', 'species',
]);

/**
 * Nouns that name a share of what follows their "of": "the majority of parents" are parents,
 * "hundreds of residents" residents, as a slot of a claim (compare/comparable.ts).
 */
export const SHARE_NOUNS: ReadonlySet<string> = new Set([
  'majority', 'minority', 'most', 'many', 'some', 'several', 'half', 'all', 'each', 'both', 'number', 'lot',
  'lots', 'rest', 'proportion', 'share', 'handful', 'dozens', 'hundreds', 'thousands', 'millions', 'none',
  // "One member of staff has been suspended" / "no staff have been suspended": members are the body.
  'member', 'members',
]);

/** Nouns for a kind of something: "a rare type of space rock" is a space rock, "a breed of sheep" sheep. */
export const KIND_NOUNS: ReadonlySet<string> = new Set(['type', 'kind', 'sort', 'form', 'variety', 'species', 'breed', 'strain']);

/**
 * "The firm employs 34 people" / "The company has 43 employees": people counted as the object of a
 * verb that makes them a role are counted as that role.
 */
export const ROLE_OF_COUNTED_OBJECT: ReadonlyMap<string, string> = new Map([['employ', 'employee']]);

/**
 * "About 1,200 people attended the service" / "Some 900 worshippers filled the cathedral": people
 * counted as the subject of a verb of being there are the occasion's crowd, whatever each outlet
 * calls them.
 */
export const ROLE_OF_COUNTED_SUBJECT: ReadonlyMap<string, string> = new Map([
  ['attend', 'attendee'], ['fill', 'attendee'], ['pack', 'attendee'], ['throng', 'attendee'], ['cram', 'attendee'],
]);

/** Nouns for the people a verb's role may be counted by ("34 people", "40 staff"). */
export const COUNTED_AS_PEOPLE: ReadonlySet<string> = new Set(['people', 'person', 'staff', 'worker', 'employee']);
