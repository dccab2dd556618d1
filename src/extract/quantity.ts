// Reads amounts into structured quantities: value, unit, and the range a hedge allows
// ("just under 50%" → [45, 50), "about an hour" → [0.9, 1.1] hour).
import type { Quantity } from '../types.ts';
import nlp from 'compromise';
import { lookupTable } from '../lookup-table.ts';
import { CARDINAL_WORDS } from '../lexicon/numbers.ts';
import { SHOWN_HEDGES } from '../lexicon/hedges.ts';

const SCALES = lookupTable<number>({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 });
const CURRENCIES = lookupTable<string>({ '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yen: 'JPY', yuan: 'CNY' });
const CURRENCY_CODES: ReadonlySet<string> = new Set(Object.values(CURRENCIES) as string[]);

/** "m" in "£1.2m", "bn", "million": a word that scales the figure before it. */
export function isScaleWord(word: string): boolean {
  return SCALES[word.toLowerCase()] !== undefined;
}

/** A unit of length or weight: "kg" in "468kg", "metres" in "4.2 metres" (not a count's "people", nor a span of time). */
export function isMeasureUnit(word: string): boolean {
  const unit = UNITS[word.toLowerCase()]?.unit;
  return unit === 'km' || unit === 'kg';
}

/** A currency written as a sign before its figure: "£", "$". */
export function isCurrencySign(text: string): boolean {
  return text.length === 1 && CURRENCIES[text] !== undefined;
}

/** A quantity's unit that is money ("GBP", "USD"), as this extractor writes currencies. */
export function isCurrencyUnit(unit: string): boolean {
  return CURRENCY_CODES.has(unit);
}
// Units normalised to a base so "an hour" equals "60 minutes".
const UNITS = lookupTable<{ unit: string; factor: number }>({
  second: { unit: 'minute', factor: 1 / 60 }, seconds: { unit: 'minute', factor: 1 / 60 },
  minute: { unit: 'minute', factor: 1 }, minutes: { unit: 'minute', factor: 1 },
  hour: { unit: 'minute', factor: 60 }, hours: { unit: 'minute', factor: 60 },
  day: { unit: 'day', factor: 1 }, days: { unit: 'day', factor: 1 },
  week: { unit: 'day', factor: 7 }, weeks: { unit: 'day', factor: 7 },
  month: { unit: 'month', factor: 1 }, months: { unit: 'month', factor: 1 },
  year: { unit: 'year', factor: 1 }, years: { unit: 'year', factor: 1 },
  magnitude: { unit: 'magnitude', factor: 1 },
  percent: { unit: '%', factor: 1 }, '%': { unit: '%', factor: 1 }, 'per cent': { unit: '%', factor: 1 },
  km: { unit: 'km', factor: 1 }, kilometres: { unit: 'km', factor: 1 }, kilometers: { unit: 'km', factor: 1 },
  kilometre: { unit: 'km', factor: 1 }, kilometer: { unit: 'km', factor: 1 },
  metres: { unit: 'km', factor: 0.001 }, meters: { unit: 'km', factor: 0.001 }, metre: { unit: 'km', factor: 0.001 }, meter: { unit: 'km', factor: 0.001 },
  miles: { unit: 'km', factor: 1.609 }, mile: { unit: 'km', factor: 1.609 },
  'nautical miles': { unit: 'km', factor: 1.852 }, 'nautical mile': { unit: 'km', factor: 1.852 },
  centimetres: { unit: 'km', factor: 0.00001 }, centimeters: { unit: 'km', factor: 0.00001 }, cm: { unit: 'km', factor: 0.00001 },
  feet: { unit: 'km', factor: 0.0003048 }, foot: { unit: 'km', factor: 0.0003048 }, ft: { unit: 'km', factor: 0.0003048 },
  inches: { unit: 'km', factor: 0.0000254 }, inch: { unit: 'km', factor: 0.0000254 },
  // Weights: "486kg" and "1,071lb" are one weight ("pounds" is left out: it is money too; "tonnes of
  // waste" stay a count of tonnes, which the story-wide count check reads).
  kg: { unit: 'kg', factor: 1 }, kilograms: { unit: 'kg', factor: 1 }, kilogram: { unit: 'kg', factor: 1 }, kilos: { unit: 'kg', factor: 1 },
  grams: { unit: 'kg', factor: 0.001 }, gram: { unit: 'kg', factor: 0.001 },
  lb: { unit: 'kg', factor: 0.4536 }, lbs: { unit: 'kg', factor: 0.4536 }, stone: { unit: 'kg', factor: 6.35 }, ounces: { unit: 'kg', factor: 0.02835 },
  people: { unit: 'people', factor: 1 }, persons: { unit: 'people', factor: 1 },
  // Speeds: "38mph" and "61kph" are one speed.
  mph: { unit: 'km/h', factor: 1.609 }, kph: { unit: 'km/h', factor: 1 }, kmh: { unit: 'km/h', factor: 1 },
});
const FRACTIONS = lookupTable<{ value: number; unit: string }>({
  half: { value: 50, unit: '%' }, quarter: { value: 25, unit: '%' }, third: { value: 33.3, unit: '%' },
  'two thirds': { value: 66.7, unit: '%' }, 'three quarters': { value: 75, unit: '%' },
});
const ARTICLE_ONE = new Set(['a', 'an', 'one']);

/** Words after "third" that keep it a share: "a third of", "a third the size", "cut by a third." */
const SHARE_FOLLOWERS = new Set(['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'more', 'less', 'fewer']);

/** Words after "a second" that keep it a length of time: "a second later", "a second or two". */
const TIME_AFTER_SECOND: ReadonlySet<string> = new Set(['later', 'earlier', 'before', 'after', 'or', 'and', 'ago', 'longer', 'too']);

function ordinalBeforeNoun(next: string | undefined): boolean {
  return next !== undefined && /^\p{L}/u.test(next) && !SHARE_FOLLOWERS.has(next);
}

/** The unit written at words[j], of one or two words, bare or joined by hyphens to the number; the index after it. */
function unitAt(words: string[], j: number): { unit: { unit: string; factor: number }; end: number } | null {
  const hyphened = words[j] === '-';
  const first = hyphened ? j + 1 : j;
  const second = hyphened && words[first + 1] === '-' ? first + 2 : hyphened ? -1 : first + 1;
  if (second > 0 && words[first] && words[second]) {
    const two = UNITS[`${words[first]} ${words[second]}`];
    if (two) return { unit: two, end: second + 1 };
  }
  const one = UNITS[words[first] ?? ''];
  return one ? { unit: one, end: first + 1 } : null;
}
const PERIOD_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'last', 'final', 'opening', 'closing']);

const numberWordCache = new Map<string, number | null>();

/** "twelve", "two hundred": compromise knows number words; cached because it is slow. */
function numberFromWords(words: string): number | null {
  const cached = numberWordCache.get(words);
  if (cached !== undefined) return cached;
  const n = (nlp(words).numbers().get() as unknown[])[0];
  // ("tens of thousands", "hundreds": compromise reads a bare plural multiplier as 0; it is no figure.)
  const value = typeof n === 'number' && Number.isFinite(n) && n !== 0 ? n : null;
  numberWordCache.set(words, value);
  return value;
}

/**
 * Finds the first quantity in a list of words (lower-cased token texts). Returns null when there is none.
 * The words are a clause or phrase; the quantity's `text` is rebuilt from the words it used.
 */
export function parseQuantity(words: string[], raw: string[] = words): Quantity | null {
  return findQuantity(words, raw)?.quantity ?? null;
}

/**
 * As `parseQuantity`, with the index of the word after the amount (where its counted noun starts).
 * `hedgeAllowed` says whether the word at an index may hedge the amount after it; the amount starts
 * before `startsBefore` and may run past it ("4 hours 12 minutes" after a search of "4 hours").
 */
export function findQuantity(words: string[], raw: string[] = words, hedgeAllowed: (at: number) => boolean = () => true, startsBefore = words.length): { quantity: Quantity; end: number } | null {
  for (let i = 0; i < startsBefore; i++) {
    const found = partOfAName(words, i, raw) ? null : readAmountAt(words, i);
    if (!found) continue;
    const { value, unit, end } = found;
    const before = findHedgeBefore(words, i);
    const hedgeStart = before ? i - before.words.split(' ').length : i;
    const hedge = before && hedgeAllowed(hedgeStart) ? before : null;
    const start = hedge ? hedgeStart : i;
    const low = hedge ? value * hedge.low : value;
    const high = hedge ? value * hedge.high : value;
    return { quantity: { text: joinTokens(raw.slice(start, end)), value, low: round(low), high: round(high), unit, hedge: hedge?.words ?? null }, end };
  }
  return null;
}

/**
 * "AK-47", "F-16", "Covid-19", "G-7": a number joined by a hyphen to the letters before it names a
 * model or a thing, it counts nothing; so does one written after a short code with a space ("AK 47",
 * "F 16"), when the code is no English word.
 */
function partOfAName(words: string[], i: number, raw: string[]): boolean {
  if (!/^\d/.test(words[i]!)) return false;
  if (words[i - 1] === '-' && /^\p{L}+$/u.test(words[i - 2] ?? '') && !CARDINAL_WORDS.test(words[i - 2]!)) return true;
  // Capitals only, as a code is written: "AK 47", "BA 286", not "A 40-strong crowd" (an article).
  const code = raw[i - 1] ?? '';
  // A line written all in capitals ("UP 40 PEOPLE HURT") has no codes to tell apart.
  const shouted = /^\p{Lu}{2,}$/u.test(raw[i + 1] ?? '');
  return /^\p{Lu}{1,3}$/u.test(code) && !(code.length === 1 && /^[AI]$/.test(code)) && !shouted;
}

/** First words of the fractions table ("two" of "two thirds"). */
const FRACTION_STARTS = new Set(Object.keys(FRACTIONS).map((key) => key.split(' ')[0]!));

/** Whether an amount can start at this word: most words cannot, and this runs for every word of every clause. */
function mayStartAmount(word: string): boolean {
  return (word.length === 1 && CURRENCIES[word] !== undefined) || FRACTION_STARTS.has(word) || ARTICLE_ONE.has(word) || /^[+-]?\d/.test(word) || CARDINAL_WORDS.test(word);
}

function readAmountAt(words: string[], i: number): { value: number; unit: string; end: number } | null {
  const word = words[i]!;
  if (!mayStartAmount(word)) return null;
  let currency = '';
  let j = i;
  if (CURRENCIES[word] && word.length === 1) {
    currency = CURRENCIES[word]!;
    j++;
  }
  let value: number | null = null;
  const token = words[j];
  if (token === undefined) return null;
  const fraction = FRACTIONS[token] ?? FRACTIONS[`${token} ${words[j + 1] ?? ''}`];
  // "the second half", "the final quarter": a period of a match or a year, not a share of something;
  // "a third case", "the third outbreak": an ordinal before its noun, not a share either.
  if (fraction && !currency && !PERIOD_ORDINALS.has(words[j - 1] ?? '') && !(token === 'third' && ordinalBeforeNoun(words[j + 1]))) {
    const wide = FRACTIONS[`${token} ${words[j + 1] ?? ''}`] ? 2 : 1;
    return { value: fraction.value, unit: fraction.unit, end: j + wide };
  }
  if (/^[+-]?\d[\d,]*(\.\d+)?$/.test(token)) value = Number(token.replace(/,/g, ''));
  else if (CARDINAL_WORDS.test(token)) {
    // "Twenty-three", split by the tokenizer into "twenty", "-", "three": one number.
    // Only a tens word before a unit word reads as one number word with its hyphen.
    const joined = words[j + 1] === '-' ? `${token}-${words[j + 2] ?? ''}` : null;
    if (joined && CARDINAL_WORDS.test(joined)) {
      value = numberFromWords(joined);
      j += 2;
    } else value = numberFromWords(token);
  } else if (ARTICLE_ONE.has(token) && UNITS[words[j + 1] ?? ''] && !currency) {
    // "sent a second message": the ordinal before its noun, no length of time.
    if (words[j + 1] === 'second' && ordinalBeforeNoun(words[j + 2]) && !TIME_AFTER_SECOND.has(words[j + 2]!)) return null;
    // "A magnitude 6.4 earthquake": the unit written before its number; the amount is 6.4, not "a".
    const unit = UNITS[words[j + 1]!]!;
    const after = words[j + 2] ?? '';
    if (/^\d+(\.\d+)?$/.test(after)) return { value: Number(after) * unit.factor, unit: unit.unit, end: j + 3 };
    // "with a magnitude of 3.4": the unit named, then "of" and its number.
    const ofNumber = words[j + 3] ?? '';
    if (after === 'of' && /^\d+(\.\d+)?$/.test(ofNumber)) return { value: Number(ofNumber) * unit.factor, unit: unit.unit, end: j + 4 };
    value = 1;
  }
  if (value === null) return null;
  j++;
  // "two and a half years": the half before the unit.
  if (andAHalf(words, j) && unitAt(words, j + 3)) {
    value += 0.5;
    j += 3;
  }
  const scale = SCALES[words[j] ?? ''];
  if (scale) {
    value *= scale;
    j++;
  }
  let unit = currency;
  const next = words[j] ?? '';
  const after = words[j + 1] ?? '';
  const named = unit ? null : unitAt(words, j);
  if (named) {
    // "6.4-magnitude", "60 minutes", "2 nautical miles", "a two-nautical-mile zone", "5 per cent"
    unit = named.unit.unit;
    value *= named.unit.factor;
    j = named.end;
    const rest = smallerUnitsAfter(words, j, named.unit);
    value += rest.value;
    j = rest.end;
    // "a year and a half", "an hour and a half": half the unit more.
    if (andAHalf(words, j)) {
      value += 0.5 * named.unit.factor;
      j += 3;
    }
  } else if (!unit && CURRENCIES[next]) {
    unit = CURRENCIES[next]!;
    j++;
  }
  // A bare year or a lone small count without unit is too ambiguous to compare.
  if (!unit && /^(1[89]|20)\d\d$/.test(token)) return null;
  return { value, unit, end: j };
}

function andAHalf(words: string[], j: number): boolean {
  return words[j] === 'and' && words[j + 1] === 'a' && words[j + 2] === 'half';
}

/**
 * "4 hours 12 minutes", "two hours and five minutes", "3 minutes 20 seconds": a smaller unit of the
 * same measure after a unit adds to the amount, as a time or a length is written.
 */
function smallerUnitsAfter(words: string[], j: number, larger: { unit: string; factor: number }): { value: number; end: number } {
  let value = 0;
  let factor = larger.factor;
  for (;;) {
    const at = words[j] === 'and' ? j + 1 : j;
    const figure = words[at] ?? '';
    const count = /^\d+(\.\d+)?$/.test(figure) ? Number(figure) : CARDINAL_WORDS.test(figure) ? numberFromWords(figure) : null;
    const named = count === null ? null : unitAt(words, at + 1);
    if (count === null || !named) return { value, end: j };
    // "two years and eight months": months, twelve to a year.
    const monthsOfYears = larger.unit === 'year' && named.unit.unit === 'month' && factor === larger.factor;
    if (!monthsOfYears && (named.unit.unit !== larger.unit || named.unit.factor >= factor)) return { value, end: j };
    value += monthsOfYears ? (count * named.unit.factor) / 12 : count * named.unit.factor;
    factor = monthsOfYears ? 0 : named.unit.factor;
    j = named.end;
  }
}

/** The hedge right before word i, from the lexicon's hedges (longest first) and the range it records. */
function findHedgeBefore(words: string[], i: number): (typeof SHOWN_HEDGES)[number] | null {
  for (const rule of SHOWN_HEDGES) {
    const parts = rule.words.split(' ');
    const from = i - parts.length;
    if (from < 0) continue;
    if (parts.every((part, k) => words[from + k] === part)) return rule;
  }
  return null;
}

function joinTokens(parts: string[]): string {
  return parts.join(' ').replace(/ ([%-]) ?/g, (m, sym: string) => (sym === '%' ? '%' : '-')).replace(/\$ /g, '$');
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Relations that state a relative amount: "halve" is 0.5 of something. */
export const FACTOR_VERBS = lookupTable<number>({ halve: 0.5, double: 2, triple: 3, quadruple: 4, 'cut in half': 0.5, 'cut by half': 0.5 });
