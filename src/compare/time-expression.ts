// Time expressions → what they pin down, so two sources' times can be checked for overlap.
//
// A time is normalised into independent facets: year, a set of months, day of month, weekday.
// Two times conflict only when a facet both of them pin down cannot agree ("third quarter" vs
// "fourth quarter": month sets disjoint; "Monday" vs "Tuesday"). A facet only one side states
// says nothing ("October" vs "Monday"). Containment is agreement: "in the fall" holds October.
// Relative or vague wording ("recently", "nearly a month ago", "earlier this month") pins down
// nothing we can check without a publication date, so it is compatible with everything.

export interface NormalisedTime {
  text: string;
  year?: number;
  /** Bit i set = month i+1 possible. */
  months?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
}

const MONTHS: [RegExp, number][] = [
  [/\bjan(?:uary|\.)?\b/, 1], [/\bfeb(?:ruary|\.)?\b/, 2], [/\bmar(?:ch|\.)?\b/, 3], [/\bapr(?:il|\.)?\b/, 4],
  [/\bmay\b/, 5], [/\bjune?\b/, 6], [/\bjuly?\b/, 7], [/\baug(?:ust|\.)?\b/, 8], [/\bsep(?:t|tember|\.)?\b/, 9],
  [/\boct(?:ober|\.)?\b/, 10], [/\bnov(?:ember|\.)?\b/, 11], [/\bdec(?:ember|\.)?\b/, 12],
];

/** Named spans of the year, as month lists (winter wraps around the new year). */
const SPANS: [RegExp, number[]][] = [
  [/\b(?:first|1st) quarter\b|\bq1\b/, [1, 2, 3]],
  [/\b(?:second|2nd) quarter\b|\bq2\b/, [4, 5, 6]],
  [/\b(?:third|3rd) quarter\b|\bq3\b/, [7, 8, 9]],
  [/\b(?:fourth|4th|final) quarter\b|\bq4\b/, [10, 11, 12]],
  [/\b(?:first|1st) half\b|\bh1\b/, [1, 2, 3, 4, 5, 6]],
  [/\b(?:second|2nd) half\b|\bh2\b/, [7, 8, 9, 10, 11, 12]],
  [/\bspring\b/, [3, 4, 5]],
  [/\bsummer\b/, [6, 7, 8]],
  [/\b(?:fall|autumn)\b/, [9, 10, 11]],
  [/\bwinter\b/, [12, 1, 2]],
];

const WEEKDAYS: [RegExp, number][] = [
  [/\bsun(?:day)?\b/, 0], [/\bmon(?:day)?\b/, 1], [/\btue(?:s|sday)?\b/, 2], [/\bwed(?:nesday)?\b/, 3],
  [/\bthu(?:r|rs|rsday)?\b/, 4], [/\bfri(?:day)?\b/, 5], [/\bsat(?:urday)?\b/, 6],
];

const monthMask = (months: number[]) => months.reduce((mask, m) => mask | (1 << (m - 1)), 0);

export function normaliseTime(text: string): NormalisedTime {
  const t = text.toLowerCase();
  const time: NormalisedTime = { text };

  const iso = t.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return { text, year: Number(iso[1]), months: monthMask([Number(iso[2])]), day: Number(iso[3]) };

  const year = t.match(/\b(1[89]\d\d|20\d\d)\b/);
  if (year) time.year = Number(year[1]);

  for (const [pattern, months] of SPANS) {
    if (pattern.test(t)) time.months = (time.months ?? 0) | monthMask(months);
  }
  // "may" is also a verb; only count it as a month when a day or year goes with it.
  for (const [pattern, month] of MONTHS) {
    if (month === 5 && !/\bmay\s+\d|\bin may\b|\bof may\b|\d\s+may\b/.test(t)) continue;
    if (pattern.test(t)) {
      time.months = (time.months ?? 0) | monthMask([month]);
      const day = t.match(new RegExp(`${pattern.source}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`)) ?? t.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${pattern.source}`));
      if (day && Number(day[1]) <= 31) time.day = Number(day[1]);
    }
  }
  for (const [pattern, weekday] of WEEKDAYS) {
    if (pattern.test(t)) time.weekday = weekday;
  }
  return time;
}

/** True when the expression pins nothing down ("recently", "a month ago"). */
export function isVague(time: NormalisedTime): boolean {
  return time.year === undefined && time.months === undefined && time.day === undefined && time.weekday === undefined;
}

/** False only when a facet both sides state cannot agree; vague sides are compatible with anything. */
export function timesCompatible(a: NormalisedTime, b: NormalisedTime): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.months !== undefined && b.months !== undefined && (a.months & b.months) === 0) return false;
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return false;
  const sameSingleMonth = a.months !== undefined && a.months === b.months && (a.months & (a.months - 1)) === 0;
  if (sameSingleMonth && a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  return true;
}
