// "about 12%", "under 12%", "6.4": an argument that is nothing but an amount. Such an object is no
// thing a claim is about (resolve leaves it out of the claim's key) and, when two sources' amounts
// differ, it differs with them (compare must not let it split a numeric block). "38 locations" is
// not one: what is left after the amount is a noun.

import { HEDGE_WORDS } from './lexicon/hedges.ts';
import { CARDINAL_WORDS } from './lexicon/numbers.ts';

/** Units of a length of time, which an amount written in words may end with. */
const TIME_LENGTH = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/;

function lengthInWords(object: string): boolean {
  // "a year and a half" is counted and a length whatever its other words.
  if (/\band a half$/.test(object)) return true;
  return object.split(/\s+/).some((word) => CARDINAL_WORDS.test(word)) && TIME_LENGTH.test(object);
}

// Words that may stand beside an amount without naming anything: the hedges' words ("an
// estimated", "just over"), articles, and words that say how big the writer finds it ("a whopping
// £4.5 million", "a mere £300"), which an outlet adds and another leaves out.
const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  ...HEDGE_WORDS,
  'a', 'an', 'the', 'just', 'more', 'less', 'fewer', 'than', 'by',
  // "a total of £38,500"
  'total', 'of',
  'whopping', 'staggering', 'hefty', 'massive', 'huge', 'mere', 'modest', 'paltry', 'record', 'eye-watering',
]);

export function isOnlyAmount(objectText: string, amountText: string): boolean {
  const object = tight(objectText);
  const amount = tight(amountText);
  // "two and a half years", "a year and a half": a length of time written in words ("a year"
  // alone is a time, and no amount; "six touchdowns", "four people" are what the claim counts).
  if (!object || !amount || !(/\d/.test(object) || lengthInWords(object))) return false;
  const rest = object.includes(amount) ? object.replace(amount, ' ') : amount.includes(object) ? '' : null;
  return rest !== null && rest.split(/\s+/).every((word) => word === '' || AMOUNT_WORDS.has(word));
}

/** Lower case, and a currency sign joined to its figure: the quantity reader writes "£ 38,500". */
function tight(text: string): string {
  // ("38mph" as written, "38 mph" as the reader writes it: a figure and its unit are joined too.)
  return text.toLowerCase().trim().replace(/([^\p{L}\d\s])\s+(?=\d)/gu, '$1').replace(/(\d)\s+(?=\p{L})/gu, '$1');
}
