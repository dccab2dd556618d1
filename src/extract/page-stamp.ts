// "21 July 2013 Last updated at 11:11 GMT", "Monday, Sep 10, 2012 | Updated 9:01 AM EDT",
// "Published on: Fri, 11 Nov 2011 at 09:56 IST": a saved page's time stamp is no sentence of the
// story. Read as one, two pages updated on two days became a "time" contradiction on ECB+ (4 of
// train's 12 reported time clashes, all judged false).
import type { Token } from './1-tokens.ts';

/** Words a stamp is made of besides dates and times. */
const STAMP_WORDS: ReadonlySet<string> = new Set(['updated', 'update', 'last', 'published', 'first', 'posted', 'modified', 'on', 'at']);
/** Words that say a stamp is one. */
const STAMP_VERBS: ReadonlySet<string> = new Set(['updated', 'update', 'published', 'posted', 'modified']);

const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/;
const WEEKDAYS = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\.?$/;
const CLOCK = /^(a\.?m\.?|p\.?m\.?|[apm]\.|gmt|bst|utc|et|est|edt|pt|pst|pdt|ct|cst|cdt|cet|cest|ist|aest)([+-]\d.*)?$/;

export function isPageStamp(tokens: readonly Token[]): boolean {
  let stamp = false;
  for (const t of tokens) {
    const word = t.lower;
    if (STAMP_VERBS.has(word)) stamp = true;
    const fits = STAMP_WORDS.has(word) || MONTHS.test(word) || WEEKDAYS.test(word) || CLOCK.test(word) || /^[+-]?[\d:./-]+$/.test(word) || /^\p{P}+$/u.test(word) || /^[|:,.]$/.test(word);
    if (!fits) return false;
  }
  return stamp;
}
