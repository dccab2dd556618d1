// Time expressions → what they pin down, so two sources' times can be checked for overlap.
//
// A time is normalised into independent facets: year, a set of months, day of month, weekday, and
// the minutes of the day a clock time allows.
// Two times conflict only when a facet both of them pin down cannot agree ("third quarter" vs
// "fourth quarter": month sets disjoint; "Monday" vs "Tuesday"). A facet only one side states
// says nothing ("October" vs "Monday"). Containment is agreement: "in the fall" holds October, and
// "from Monday to Thursday" holds Tuesday.
// Relative or vague wording ("recently", "nearly a month ago") pins down nothing we can check
// without a publication date, so it is compatible with everything; relative words that do say
// something ("last month", "this month", "next spring") are kept as days or months from the outlet's own.
import { LAST_WEEKDAY_DAYS, MONTHS, NEXT_WEEKDAY_DAYS, OTHER_MONTH, RELATIVE_DAYS, SEASONS, spellingPattern, THIS_MONTH, WEEKDAY_DAYS, WEEKDAYS } from '../lexicon/calendar.ts';

export interface NormalisedTime {
  text: string;
  /** First and last possible year (equal for one year). */
  years?: [number, number];
  /** Bit i set = month i+1 possible. */
  months?: number;
  day?: number;
  /** Bit i set = weekday i possible, 0 = Sunday … 6 = Saturday. */
  weekdays?: number;
  /** Earliest and latest minute of the day a clock time allows ("around 4.45pm": 16:15–17:15). */
  minutes?: [number, number];
  /** Days before (negative) or after the outlet's own day that a time told from it may mean ("last month", "on Tuesday"). */
  days?: readonly [number, number];
  /** Whether the time is in the month the outlet writes in ("this month") or surely not ("next spring"). */
  month?: 'this' | 'other';
}

/** "4.45pm", "9 am", "11:30pm": a clock time with its hour, minutes and half of the day. */
const CLOCK = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\b/;
/** Clock times written as words: "shortly before midnight", "at noon". */
const NAMED_CLOCK = /\b(midnight|noon|midday)\b/;
const NOON = 12 * 60;
/** Words that make a clock time approximate: "around 4.45pm", "shortly after 3pm". */
const APPROXIMATE = /\b(?:around|about|approximately|roughly|shortly|just|soon|some time|sometime|circa|c\.)\s/;
/** Minutes either side of a clock time as written: outlets round to the quarter hour, or hedge. */
const EXACT_TOLERANCE = 15;
const HEDGED_TOLERANCE = 45;

const MONTH_PATTERNS: [RegExp, number][] = MONTHS.map((m) => [spellingPattern(m.spellings), m.number]);

/** Named spans of the year, as month lists (winter wraps around the new year). */
const SPANS: [RegExp, number[]][] = [
  [/\b(?:first|1st) quarter\b|\bq1\b/, [1, 2, 3]],
  [/\b(?:second|2nd) quarter\b|\bq2\b/, [4, 5, 6]],
  [/\b(?:third|3rd) quarter\b|\bq3\b/, [7, 8, 9]],
  [/\b(?:fourth|4th|final) quarter\b|\bq4\b/, [10, 11, 12]],
  [/\b(?:first|1st) half\b|\bh1\b/, [1, 2, 3, 4, 5, 6]],
  [/\b(?:second|2nd) half\b|\bh2\b/, [7, 8, 9, 10, 11, 12]],
  ...SEASONS.map((season): [RegExp, number[]] => [spellingPattern(season.names), [...season.months]]),
];

const WEEKDAY_PATTERNS: [RegExp, number][] = WEEKDAYS.map((d) => [spellingPattern(d.spellings), d.number]);

const RELATIVE_PATTERNS: [RegExp, readonly [number, number]][] = RELATIVE_DAYS.map((r) => [spellingPattern(r.spellings), r.days]);

const monthMask = (months: number[]) => months.reduce((mask, m) => mask | (1 << (m - 1)), 0);

// "from Monday to Thursday", "between 2015 and 2019", "from March 3 until April 10".
const RANGE = /^(?:from|between)\s+(.+?)\s+(?:to|until|till|through|into|and|-|–)\s+(.+)$/;

export function normaliseTime(text: string): NormalisedTime {
  const range = RANGE.exec(text.toLowerCase().trim());
  if (!range) return normalisePoint(text);
  return spanBetween(text, normalisePoint(range[1]!), normalisePoint(range[2]!));
}

function normalisePoint(text: string): NormalisedTime {
  const t = text.toLowerCase();
  const time: NormalisedTime = { text };

  const iso = t.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return { text, years: [Number(iso[1]), Number(iso[1])], months: monthMask([Number(iso[2])]), day: Number(iso[3]) };

  const year = t.match(/\b(1[89]\d\d|20\d\d)\b/);
  if (year) time.years = [Number(year[1]), Number(year[1])];
  // "in the 1960s": the ten years of a decade.
  const decade = t.match(/\b(1[89]\d0|20\d0)['’]?s\b/);
  if (!year && decade) time.years = [Number(decade[1]), Number(decade[1]) + 9];

  for (const [pattern, months] of SPANS) {
    if (pattern.test(t)) time.months = (time.months ?? 0) | monthMask(months);
  }
  // "may" is also a verb; only count it as a month when a day or year goes with it.
  for (const [pattern, month] of MONTH_PATTERNS) {
    if (month === 5 && !/\bmay\s+\d|\bin may\b|\bof may\b|\d\s+may\b/.test(t)) continue;
    if (pattern.test(t)) {
      time.months = (time.months ?? 0) | monthMask([month]);
      const day = t.match(new RegExp(`${pattern.source}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`)) ?? t.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${pattern.source}`));
      if (day && Number(day[1]) <= 31) time.day = Number(day[1]);
    }
  }
  for (const [pattern, weekday] of WEEKDAY_PATTERNS) {
    if (pattern.test(t)) time.weekdays = 1 << weekday;
  }
  if (THIS_MONTH.test(t)) time.month = 'this';
  else if (OTHER_MONTH.test(t)) time.month = 'other';
  const relative = RELATIVE_PATTERNS.find(([pattern]) => pattern.test(t));
  if (relative) time.days = relative[1];
  // A weekday with no date is told from the outlet's day.
  else if (time.weekdays !== undefined && time.years === undefined && time.months === undefined) time.days = /\blast\s+\w+day\b/.test(t) ? LAST_WEEKDAY_DAYS : /\bnext\s+\w+day\b/.test(t) ? NEXT_WEEKDAY_DAYS : WEEKDAY_DAYS;
  const clock = CLOCK.exec(t);
  if (clock && Number(clock[1]) >= 1 && Number(clock[1]) <= 12) time.minutes = clockRange(t.slice(0, clock.index), (Number(clock[1]) % 12 + (clock[3] === 'p' ? 12 : 0)) * 60 + Number(clock[2] ?? 0));
  const named = clock ? null : NAMED_CLOCK.exec(t);
  if (named) {
    const before = t.slice(0, named.index);
    // ("shortly before midnight" ends the day; "just after midnight" starts the next.)
    const minute = named[1] === 'midnight' ? (/\b(?:after|since|from)\s*$/.test(before) ? 0 : DAY_MINUTES) : NOON;
    time.minutes = clockRange(before, minute);
  }
  return time;
}

/**
 * The minutes a clock time allows, read with the words before it: "by 10am" is any time up to ten,
 * "after 7am" any time from seven, "shortly after 7am" the three quarters of an hour after it,
 * "around 4.45pm" the three quarters either side.
 */
function clockRange(before: string, minute: number): [number, number] {
  const hedged = APPROXIMATE.test(before);
  if (/\b(?:by|before|until|till|up to)\s*$/.test(before)) return hedged ? [minute - HEDGED_TOLERANCE, minute] : [0, minute + EXACT_TOLERANCE];
  if (/\b(?:after|since|from)\s*$/.test(before)) return hedged ? [minute, minute + HEDGED_TOLERANCE] : [minute - EXACT_TOLERANCE, DAY_MINUTES];
  const tolerance = hedged ? HEDGED_TOLERANCE : EXACT_TOLERANCE;
  return [minute - tolerance, minute + tolerance];
}

const DAY_MINUTES = 24 * 60;

/**
 * Everything a period from `start` to `end` may touch. A facet is kept only when both ends state it
 * and it can be filled in between; otherwise the period says nothing about it (a span of years
 * covers every month, "from March 3 until April 10" no single day).
 */
function spanBetween(text: string, start: NormalisedTime, end: NormalisedTime): NormalisedTime {
  const span: NormalisedTime = { text };
  if (start.years && end.years) span.years = [Math.min(start.years[0], end.years[0]), Math.max(start.years[1], end.years[1])];
  const withinOneYear = !span.years || span.years[0] === span.years[1];
  if (withinOneYear && start.months !== undefined && end.months !== undefined) span.months = fillCycle(start.months, end.months, 12);
  if (start.weekdays !== undefined && end.weekdays !== undefined) span.weekdays = fillCycle(start.weekdays, end.weekdays, 7);
  return span;
}

/** The bits from the lowest of `from` to the highest of `to`, wrapping round a cycle of `size`. */
function fillCycle(from: number, to: number, size: number): number {
  const first = Math.log2(from & -from);
  const last = 31 - Math.clz32(to);
  let mask = 0;
  for (let i = first, steps = 0; steps < size; i = (i + 1) % size, steps++) {
    mask |= 1 << i;
    if (i === last) break;
  }
  return mask;
}

/** True when the expression pins nothing down ("recently", "a month ago"). */
export function isVague(time: NormalisedTime): boolean {
  return time.years === undefined && time.months === undefined && time.day === undefined && time.weekdays === undefined && time.minutes === undefined && time.days === undefined && time.month === undefined;
}

/**
 * "late on Thursday night" / "early on Friday morning, around 1.30am": a night runs past midnight,
 * so one day's night and the next day's small hours can be one moment.
 */
function nightIntoMorning(night: NormalisedTime, morning: NormalisedTime): boolean {
  if (!/\b(?:night|overnight)\b/i.test(night.text) || !(/\bearly\b|\bsmall hours\b/i.test(morning.text) || (morning.minutes !== undefined && morning.minutes[1] <= SMALL_HOURS_END))) return false;
  const nextDay = ((night.weekdays! << 1) | (night.weekdays! >> 6)) & 0x7f;
  return (nextDay & morning.weekdays!) !== 0;
}

/** Minutes after midnight by which the small hours are over (6am). */
const SMALL_HOURS_END = 360;

/** False only when a facet both sides state cannot agree; vague sides are compatible with anything. */
export function timesCompatible(a: NormalisedTime, b: NormalisedTime): boolean {
  if (a.years && b.years && (a.years[1] < b.years[0] || b.years[1] < a.years[0])) return false;
  if (a.months !== undefined && b.months !== undefined && (a.months & b.months) === 0) return false;
  if (a.weekdays !== undefined && b.weekdays !== undefined && (a.weekdays & b.weekdays) === 0 && !nightIntoMorning(a, b) && !nightIntoMorning(b, a)) return false;
  const sameSingleMonth = a.months !== undefined && a.months === b.months && (a.months & (a.months - 1)) === 0;
  if (sameSingleMonth && a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  // "just after 3pm" / "around 4.45pm": clock times that cannot meet, even rounded or hedged.
  if (a.minutes && b.minutes && (a.minutes[1] < b.minutes[0] || b.minutes[1] < a.minutes[0])) return false;
  // "at the end of this month" / "next spring": the month the outlet writes in and one it does not.
  if (a.month && b.month && a.month !== b.month) return false;
  // "on Tuesday" / "last month": told from outlets' own days, which may be a day apart.
  if (a.days && b.days && !relativeDaysMeet(a, b)) return false;
  return true;
}

/** Whether two times told from the outlets' own days ("on Tuesday", "last month") may be one day. */
export function relativeDaysMeet(a: NormalisedTime, b: NormalisedTime): boolean {
  return !a.days || !b.days || !(a.days[1] + 1 < b.days[0] || b.days[1] + 1 < a.days[0]);
}
