// The calendar's names are read by extract (time words) and compare (what a time allows) from one table.
import { describe, expect, it } from 'vitest';
import { CALENDAR_WORDS, MONTHS, WEEKDAYS } from '../src/lexicon/calendar.ts';
import { normaliseTime, timesCompatible } from '../src/compare/time-expression.ts';

describe('calendar', () => {
  it('gives extract every month, weekday and season written in full', () => {
    expect(CALENDAR_WORDS).toHaveLength(12 + 7 + 5);
    expect(CALENDAR_WORDS).toContain('september');
    expect(CALENDAR_WORDS).toContain('autumn');
  });
  it('lets compare read every spelling as its month or weekday', () => {
    for (const month of MONTHS) for (const spelling of month.spellings.filter((s) => s !== 'may')) {
      expect(normaliseTime(`on 5 ${spelling} 2024`).months, spelling).toBe(1 << (month.number - 1));
    }
    for (const day of WEEKDAYS) for (const spelling of day.spellings) expect(normaliseTime(`on ${spelling}`).weekdays, spelling).toBe(1 << day.number);
    expect(normaliseTime('5 Sept').day).toBe(5);
  });
  it('reads times told from the outlet\'s own day, a day apart allowed', () => {
    const meet = (a: string, b: string) => timesCompatible(normaliseTime(a), normaliseTime(b));
    expect(meet('on Tuesday', 'last month')).toBe(false);
    expect(meet('yesterday', 'last year')).toBe(false);
    expect(meet('on Tuesday', 'last week')).toBe(true);
    expect(meet('yesterday', 'today')).toBe(true);
    expect(meet('last month', 'in March')).toBe(true);
    expect(meet('last Tuesday', 'next week')).toBe(false);
  });
});
