// Number words, once for every stage: extract reads them as amounts ("Twenty-three people"),
// resolve keeps them out of names and never merges "three workers" with "two workers", nor "the
// 11th doctor" with "the 12th", nor "the former coach" with "the new coach".
import nlp from 'compromise';

/** Cardinals written as words, "one" to "ninety-nine" ("twenty-three" is one word, hyphen and all) and the round multipliers. */
export const CARDINAL_WORDS =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-(one|two|three|four|five|six|seven|eight|nine))?|hundred|dozen|dozens|hundreds|thousands)$/;

/** Ordinals, in words or digits: "first", "twelfth", "11th", "2nd". */
export const ORDINAL_WORDS = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last)$/;

/** Words that make another holder of the same description: "the former coach", "the new coach", "the acting mayor". */
export const SUCCESSION_WORDS: ReadonlySet<string> = new Set(['former', 'new', 'next', 'previous', 'ex', 'late', 'acting', 'interim', 'other', 'another']);

/** A figure written in digits, with or without an ordinal ending: "3,000", "11th". */
export const DIGITS = /^\d[\d,.]*(st|nd|rd|th)?$/;

/** The succession words a phrase is written with: "the new bishop" → new, "Former bishop Anthony Garland" → former. */
export function successionWordsIn(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => SUCCESSION_WORDS.has(word)));
}

/** Whether a word tells two otherwise alike descriptions apart: an ordinal or a succession word ("11th", "former"). */
export function identifiesAnother(word: string): boolean {
  return ORDINAL_WORDS.test(word) || SUCCESSION_WORDS.has(word);
}

/** Whether a word counts or ranks, or says which holder: never part of a name ("Three", "Former", "11th"). */
export function countsOrRanks(word: string): boolean {
  return DIGITS.test(word) || CARDINAL_WORDS.test(word) || identifiesAnother(word);
}

const figureCache = new Map<string, string>();

/**
 * The figure a number word stands for, in digits, or the word itself: "eleventh" and "11th" are
 * "11", "twenty-three" is "23". Quotes that write one number two ways say the same words.
 */
export function figureOf(word: string): string {
  const ordinalDigits = /^(\d+)(st|nd|rd|th)$/.exec(word);
  if (ordinalDigits) return ordinalDigits[1]!;
  if (!CARDINAL_WORDS.test(word) && !ORDINAL_WORDS.test(word)) return word;
  const cached = figureCache.get(word);
  if (cached !== undefined) return cached;
  const value = (nlp(word).numbers().get() as unknown[])[0];
  const figure = typeof value === 'number' && Number.isFinite(value) ? String(value) : word;
  figureCache.set(word, figure);
  return figure;
}
