// Finds time expressions in a sentence ("in April", "nearly a month ago", "later next year", "third quarter").
import { lookupTable } from '../lookup-table.ts';
import { CALENDAR_WORDS, WEEKDAYS } from '../lexicon/calendar.ts';
import { POSSESSIVES } from '../lexicon/pronouns.ts';
import type { Token } from './1-tokens.ts';

const TIME_WORDS = new Set([
  'recently', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'tomorrow', 'now', 'currently', 'previously',
  ...CALENDAR_WORDS, 'quarter', 'week', 'weekend', 'month', 'year', 'decade', 'century',
  'morning', 'afternoon', 'evening', 'night', 'ago', 'overnight', 'annually', 'weekly', 'daily', 'heyday',
  // "runs on Tuesdays and Saturdays": every such day, a habit's time.
  ...WEEKDAYS.map(({ spellings }) => `${spellings[0]}s`),
]);
/** "this season", "last term": words that say when only after the word that places them, never alone ("the season began"). */
const PLACED_TIME_WORDS: ReadonlySet<string> = new Set(['season']);
const PLACING_WORDS = /^(last|next|this|every|past|coming)$/;
/** "last", "this", "next": a word that places the time word after it. */
export function placesTime(tokens: readonly Token[], i: number): boolean {
  return PLACING_WORDS.test(tokens[i]?.lower ?? '');
}
/** "at its peak", "at their height": a high point of the owner's own history, a time ("the peak" of a hill is not). */
const HIGH_POINTS: ReadonlySet<string> = new Set(['peak', 'height']);
// Words that may sit inside or before a time expression without being one themselves.
const TIME_GLUE = new Set(['this', 'last', 'next', 'the', 'a', 'an', 'of', 'nearly', 'almost', 'about', 'around', 'early',
  'late', 'mid', 'first', 'second', 'third', 'fourth', 'past', 'coming', 'same', 'following', 'previous', 'later', 'earlier', 'since', 'then']);
/** Words for how often that may describe a noun ("weekly lessons") as well as say when ("paid weekly"). */
const FREQUENCY_WORDS: ReadonlySet<string> = new Set(['weekly', 'daily']);
const MONTHS_NEED_CONTEXT = new Set(['may', 'march', 'fall']);
const TIME_ENTITY_TYPES = new Set(['DATE', 'TIME']);

export interface TimeExpression {
  /** Token indices, inclusive, without a leading preposition. */
  first: number;
  last: number;
  text: string;
}

/** "last Friday", "Monday", "next month": a token that opens a time expression (for the chunker). */
export function opensTimeExpression(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.entity && TIME_ENTITY_TYPES.has(token.entity)) return true;
  const next = tokens[i + 1];
  return (placesTime(tokens, i) && next !== undefined && (TIME_WORDS.has(next.lower) || PLACED_TIME_WORDS.has(next.lower))) || spanBeforeOrAfter(tokens, i);
}

/** Lengths of time that, counted, say how long before or after something: "a month before", "two days after". */
export const SPAN_UNITS: ReadonlySet<string> = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** "a year and a half": "and a half" right after token `last`. */
export function andAHalfAfter(tokens: readonly Token[], last: number): boolean {
  return ['and', 'a', 'half'].every((word, k) => tokens[last + 1 + k]?.lower === word);
}

/** "the cemetery gates a month before the work began": a counted span and "before"/"after" open a time. */
function spanBeforeOrAfter(tokens: Token[], i: number): boolean {
  const [count, unit, relation] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  return (count.lower === 'a' || count.lower === 'an' || count.pos === 'NUM') && !!unit && SPAN_UNITS.has(unit.lower) && !!relation && (relation.lower === 'before' || relation.lower === 'after');
}

export function isTimeToken(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.entity && TIME_ENTITY_TYPES.has(token.entity)) return true;
  if (HIGH_POINTS.has(token.lower)) {
    // The owner is a third party's ("its", "their", "his", "her"), not the speaker's.
    const owner = POSSESSIVES.get(tokens[i - 1]?.lower ?? '');
    return owner !== undefined && owner !== 'speaker' && tokens[i - 2]?.lower === 'at';
  }
  if (PLACED_TIME_WORDS.has(token.lower)) return placesTime(tokens, i - 1);
  if (!TIME_WORDS.has(token.lower)) return false;
  // "a one-year contract", "a 10-year deal", "a two-day meeting": joined to its number by a hyphen
  // the word measures a length, it does not say when.
  if (measuredByNumber(tokens, i)) return false;
  // "has weekly lessons", "daily meetings": how often, describing the noun after it, which is the thing had.
  if (FREQUENCY_WORDS.has(token.lower) && tokens[i + 1]?.pos === 'NOUN') return false;
  // "may" the modal and "march" the verb are not months; "fall" the verb is not a season.
  if (MONTHS_NEED_CONTEXT.has(token.lower)) return token.pos === 'PROPN' || token.pos === 'NOUN';
  if (token.lower === 'later' || token.lower === 'earlier' || token.lower === 'now') return token.pos === 'ADV';
  if (/^\d{4}$/.test(token.text)) return true;
  return true;
}

function measuredByNumber(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const number = tokens[i - 2];
  return !!hyphen && !!number && hyphen.text === '-' && number.end === hyphen.start && hyphen.end === tokens[i]!.start && number.pos === 'NUM';
}

export function findTimeExpressions(tokens: Token[], sentenceText: (first: number, last: number) => string): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isTimeToken(tokens, i) && !/^(1[89]|20)\d\d$/.test(tokens[i]!.text)) continue;
    let first = i;
    let last = i;
    while (first > 0 && (TIME_GLUE.has(tokens[first - 1]!.lower) || isTimeToken(tokens, first - 1))) first--;
    while (last + 1 < tokens.length && (isTimeToken(tokens, last + 1) || (TIME_GLUE.has(tokens[last + 1]!.lower) && last + 2 < tokens.length && isTimeToken(tokens, last + 2)) || /^\d{1,4}$/.test(tokens[last + 1]!.text))) last++;
    // "early on Tuesday morning", "late on Monday night": the part of the day, before its "on".
    if (first >= 2 && tokens[first - 1]!.lower === 'on' && /^(early|late)$/.test(tokens[first - 2]!.lower)) first -= 2;
    // Leading glue that is only an article or "of" is not part of the expression.
    while (first < i && (tokens[first]!.lower === 'of' || tokens[first]!.lower === 'since' && first < i - 1)) first++;
    // "by 10am", "shortly after 7am": a bound on a clock time is part of what it says.
    if (first === i && isClockTime(tokens[i]!.text) && CLOCK_BOUNDS.has(tokens[first - 1]?.lower ?? '')) {
      first--;
      if (CLOCK_HEDGES.has(tokens[first - 1]?.lower ?? '')) first--;
    }
    i = last;
    // "hosted the 2007 Oscars", "won the 2019 election": a year naming the thing a verb takes says
    // which one, not when the claim happened ("in the 2007 season" stays a time).
    const year = first === last - 1 && tokens[first]!.lower === 'the' && /^\d{4}$/.test(tokens[last]!.text);
    if (year && tokens[first - 1]?.pos === 'VERB' && /^(NOUN|PROPN)$/.test(tokens[last + 1]?.pos ?? '')) continue;
    // "closed for a year and a half": a length of time, which the quantity reader reads as 1.5 years.
    if (andAHalfAfter(tokens, last)) continue;
    // "The weekly Thursday market", "the Saturday job": a day or month named before a noun says
    // which one, not when (after a preposition it is a time: "on Saturday rescuers hauled …").
    if (namesWhichOne(tokens, first, last)) continue;
    found.push({ first, last, text: sentenceText(first, last) });
  }
  return joinParts(tokens, joinRanges(tokens, found, sentenceText), sentenceText);
}

function namesWhichOne(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text) || isTimeToken(tokens, last + 1)) return false;
  if (!CALENDAR_WORDS.includes(tokens[last]!.lower)) return false;
  // (Only inside a noun phrase: "said Thursday officers raided" is said on Thursday.)
  const before = tokens.slice(Math.max(0, first - 1), last).find((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON');
  return before !== undefined && tokens[first - 1]?.pos !== 'ADP' && tokens[first - 1]?.pos !== 'VERB';
}

/** "9am", "4.45pm", "11:30pm", with the full stop wink keeps on one that ends a sentence ("9am."). */
export function isClockTime(word: string): boolean {
  return /^\d{1,2}(?:[.:]\d\d)?(?:am|pm)\.?$/i.test(word);
}

/** Words that make a clock time a bound, not a moment: "by 10am", "after 7am". */
const CLOCK_BOUNDS: ReadonlySet<string> = new Set(['by', 'before', 'after', 'until', 'till', 'since']);
/** Words that bring a bound close to its time: "shortly after 7am", "just before 6am". */
const CLOCK_HEDGES: ReadonlySet<string> = new Set(['shortly', 'just', 'soon', 'well', 'long']);

/** Words that tie an hour to its day, or a day to its month: "4pm on Sunday", "11pm on Saturday". */
const PART_JOINERS: ReadonlySet<string> = new Set(['on', 'at']);

/** "4pm on Sunday": two parts of one time, written one after the other, are one time. */
function joinParts(tokens: Token[], found: TimeExpression[], sentenceText: (first: number, last: number) => string): TimeExpression[] {
  const joined: TimeExpression[] = [];
  for (const expression of found) {
    const previous = joined.at(-1);
    if (previous && expression.first === previous.last + 2 && PART_JOINERS.has(tokens[previous.last + 1]!.lower)) {
      joined[joined.length - 1] = { first: previous.first, last: expression.last, text: sentenceText(previous.first, expression.last) };
    } else joined.push(expression);
  }
  return joined;
}

// "from Monday to Thursday", "between 2015 and 2019", "from March 3 until April 10": one period with
// two ends. Kept whole, opening word included, so the claim's time is the period and the second end
// is not read as an object ("closed to Thursday").
// Looked up by a word of the text, so a table with no Object.prototype behind it ("a constructor 2015 to 2019").
const RANGE_JOINERS = lookupTable<ReadonlySet<string>>({
  from: new Set(['to', 'until', 'till', 'through', 'into', '-', '–']),
  between: new Set(['and']),
});

function joinRanges(tokens: Token[], found: TimeExpression[], sentenceText: (first: number, last: number) => string): TimeExpression[] {
  const joined: TimeExpression[] = [];
  for (let k = 0; k < found.length; k++) {
    const start = found[k]!;
    const end = found[k + 1];
    const joiners = RANGE_JOINERS[tokens[start.first - 1]?.lower ?? ''];
    if (joiners && end && end.first === start.last + 2 && joiners.has(tokens[start.last + 1]!.lower)) {
      joined.push({ first: start.first - 1, last: end.last, text: sentenceText(start.first - 1, end.last) });
      k++;
    } else {
      joined.push(start);
    }
  }
  return joined;
}
