// Quantities → comparable ranges in a common unit.
//
// The extractor states each amount as value + [low, high]. When it recorded a hedge, the hedge's
// judged range (src/lexicon/hedges.ts) sets the range, so "just under 50%" and "close to half" overlap
// while 6.4 and 6.1 do not. Durations are converted to minutes so "about an hour" meets
// "around 60 minutes"; scale words ("billion") are applied when the value was left unscaled.
import type { Quantity } from '../types.ts';
import { judgedRange } from '../lexicon/hedges.ts';

export interface ComparableRange {
  low: number;
  high: number;
  /** The unit after conversion: durations up to a week become 'minute', months and years 'month'. */
  unit: string;
  /** "more than 100": a lower bound, open above; "up to 100": an upper bound, open below. */
  bound?: 'lower' | 'upper';
}

/** Unit spellings → canonical unit and the factor into it. */
const UNITS: [string[], string, number][] = [
  [['second', 'seconds', 'sec', 's'], 'minute', 1 / 60],
  [['minute', 'minutes', 'min', 'mins'], 'minute', 1],
  [['hour', 'hours', 'hr', 'hrs', 'h'], 'minute', 60],
  [['day', 'days'], 'minute', 60 * 24],
  [['week', 'weeks'], 'minute', 60 * 24 * 7],
  // "18 months" / "a year and a half": months and years are one measure (days and months are not:
  // a month has no fixed number of days).
  [['month', 'months'], 'month', 1],
  [['year', 'years'], 'month', 12],
  [['%', 'percent', 'per cent', 'pct'], '%', 1],
  [['usd', '$', 'dollar', 'dollars', 'us$'], 'USD', 1],
  [['eur', '€', 'euro', 'euros'], 'EUR', 1],
  [['gbp', '£', 'pound', 'pounds'], 'GBP', 1],
  [['magnitude', 'richter'], 'magnitude', 1],
  [['people', 'person', 'persons'], 'people', 1],
];

const SCALES: [RegExp, number][] = [
  [/\btrillion\b|\btn\b/i, 1e12],
  [/\bbillion\b|\bbn\b/i, 1e9],
  [/\bmillion\b|\bmn\b/i, 1e6],
  [/\bthousand\b/i, 1e3],
];

const UNIT_INDEX = new Map<string, [string, number]>();
for (const [spellings, unit, factor] of UNITS) for (const s of spellings) UNIT_INDEX.set(s, [unit, factor]);

export function comparableRange(quantity: Quantity): ComparableRange {
  const [unit, factor] = UNIT_INDEX.get(quantity.unit.trim().toLowerCase()) ?? [quantity.unit.trim().toLowerCase(), 1];
  const scale = unscaledBy(quantity);
  let { low, high } = quantity;
  const judged = quantity.hedge ? judgedRange(quantity.hedge.trim().toLowerCase(), quantity.value) : null;
  // A known hedge decides the range here, even where the extractor gave one: its ×[1, 1.5] for
  // "more than" is a likely figure to show, but "more than 100 people" and "200 people" can both be
  // true, so for judging, a bound opens the range on its side.
  if (judged) [low, high] = judged;
  const k = factor * scale;
  const [a, b] = [low * k, high * k];
  const bound = high === Number.POSITIVE_INFINITY ? 'lower' : low === Number.NEGATIVE_INFINITY ? 'upper' : undefined;
  return { low: Math.min(a, b), high: Math.max(a, b), unit, ...(bound ? { bound } : {}) };
}

/** A "$4.2 billion" the extractor kept as value 4.2 still has to compare against 4_200_000_000. */
function unscaledBy(quantity: Quantity): number {
  for (const [pattern, scale] of SCALES) {
    if (pattern.test(quantity.text) && Math.abs(quantity.value) < scale) return scale;
  }
  return 1;
}

/**
 * Ranges that cannot both be true. A tiny relative tolerance absorbs float noise from conversions
 * and the six decimals a quantity is kept to ("two years and four months" is 2.333333 years, which
 * is 27.999996 months, and is "28 months").
 */
export function rangesDisjoint(a: ComparableRange, b: ComparableRange, relativeTolerance = 1e-6): boolean {
  const tolerance = relativeTolerance * Math.max(1, Math.abs(a.low), Math.abs(b.low));
  return a.high < b.low - tolerance || b.high < a.low - tolerance;
}
