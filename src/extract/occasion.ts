// Whether a clause tells its act as the first of its kind or as one that had happened before
// (src/lexicon/occasion.ts). Compare sets the two against each other inside a fact.
import type { Occasion } from '../types.ts';
import type { Token } from './1-tokens.ts';
import { SPAN_UNITS } from './time.ts';
import type { Tag } from './3-tags.ts';
import type { Clause, Phrase } from './5-clauses.ts';
import { ALSO_WORDS, SINCE_WORDS, CLOSING_EARLIER_ADVERBS, EARLIER_OCCASION_ADVERBS, FIRST_ORDINALS, OCCASION_NOUNS, PREVERBAL_EARLIER_ADVERBS, REPEAT_ADVERBS, EVERY_WORDS, REPEATED_UNITS, PERFECT_AUXILIARIES, UP_TO_NOW, IN_THE_PAST } from '../lexicon/occasion.ts';

/** A period before the story's own, named from now: "last year", "the previous season". */
const PAST_PERIOD = /^(?:the\s+)?(?:last|previous)\s+(?:year|season|month|week|summer|winter|spring|autumn|term)$/i;

/** "two years earlier", "a month before": a counted length of time and the word that sets it back, from `from` to `to`. */
function spanBack(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 2; k <= Math.min(to, tokens.length - 1); k++) {
    const [count, unit] = [tokens[k - 2]!, tokens[k - 1]!];
    // ("a month before the attack" dates the act by another; "a month before." by the story's own moment.)
    const closes = tokens[k]!.lower !== 'before' || tokens[k + 1] === undefined || tokens[k + 1]!.pos === 'PUNCT';
    if (SPAN_BACK_WORDS.has(tokens[k]!.lower) && closes && SPAN_UNITS.has(unit.lower) && (count.pos === 'NUM' || count.lower === 'a')) return true;
  }
  return false;
}
/** The last token before the next verb after the clause: its closing phrases ("about fly-tipping in Ravensby two years earlier"). */
function clauseTail(tags: Tag[], last: number): number {
  let k = last + 1;
  while (k < tags.length && tags[k] !== 'V' && tags[k] !== 'A') k++;
  return k - 1;
}
const SPAN_BACK_WORDS: ReadonlySet<string> = new Set(['earlier', 'before', 'previously']);

/** How far before its subject a fronted "Until now," may stand. */
const UP_TO_NOW_REACH = 4;

/** How far back from a clause's subject "the first time … that" may stand ("in the orchestra's history"). */
const FIRST_TIME_REACH = 8;

export function occasionOf(tokens: Token[], tags: Tag[], clause: Clause, subject: Phrase, time: string | undefined): Occasion | undefined {
  // "The court heard he had previously been sent a warning": the reported clause tells its own occasion.
  if (clause.speech || clause.objectKind === 'clause' || clause.objectKind === 'quote') return undefined;
  if (isFirstOccasion(tokens, tags, clause, subject)) return 'first';
  if (isEarlierOccasion(tokens, tags, clause, subject, time)) return 'earlier';
  return undefined;
}

/** "in the past" among the tokens from `from` to `to`, closing its phrase: a comma, a full stop or the end after it. */
function endsOnPastPhrase(tokens: Token[], from: number, to: number): boolean {
  for (const phrase of IN_THE_PAST) {
    const words = phrase.split(' ');
    for (let k = from; k + words.length <= Math.min(to + words.length, tokens.length); k++) {
      if (!words.every((word, j) => tokens[k + j]!.lower === word)) continue;
      const next = tokens[k + words.length];
      if (next === undefined || next.pos === 'PUNCT' || next.lower === 'and') return true;
    }
  }
  return false;
}

function isFirstTime(tokens: Token[], at: number): boolean {
  return OCCASION_NOUNS.has(tokens[at]?.lower ?? '') && FIRST_ORDINALS.has(tokens[at - 1]?.lower ?? '');
}

/**
 * "It was the first time Brinsley Cross had reached the final", "the first time in the orchestra's
 * history that it has performed abroad": the clause whose subject follows "the first time" (with
 * "that", or with nothing between); "the band won the title for the first time": inside the clause.
 */
function isFirstOccasion(tokens: Token[], tags: Tag[], clause: Clause, subject: Phrase): boolean {
  // "the first time the board has ordered a resit since 2014", "for the first time in 20 years":
  // the first since an earlier one.
  if (tokens.slice(Math.max(0, subject.first - FIRST_TIME_REACH), clause.last + 2).some((t, k, all) => SINCE_WORDS.has(t.lower) || (t.lower === 'in' && all[k + 1]?.pos === 'NUM' && /^years?$/.test(all[k + 2]?.lower ?? '')))) return false;
  for (let k = subject.first - 1; k >= Math.max(1, subject.first - FIRST_TIME_REACH); k--) {
    if (tags[k] === 'V' || tags[k] === 'A' || tags[k] === '.' || tags[k] === ',') break;
    if (!isFirstTime(tokens, k)) continue;
    const between = tokens.slice(k + 1, subject.first);
    if (between.length === 0 || between.at(-1)!.lower === 'that') return true;
    break;
  }
  for (let k = clause.vg.first; k <= clause.last; k++) {
    if (tokens[k]!.lower === 'for' && tokens[k + 1]?.lower === 'the' && isFirstTime(tokens, k + 3)) return true;
  }
  return false;
}

/**
 * "has previously been sent", "won it again", "last won the title in 1998", "has been recorded in
 * the county before", "were also in the final in 2009": the act had happened on an earlier occasion.
 */
function isEarlierOccasion(tokens: Token[], tags: Tag[], clause: Clause, subject: Phrase, time: string | undefined): boolean {
  const from = subject.last + 1;
  for (let k = from; k <= clause.last + 1; k++) {
    if (k <= clause.last && EARLIER_OCCASION_ADVERBS.has(tokens[k]!.lower)) return true;
    // "have failed once before this season": a count of times and "before" say it happened already.
    if (k > from && CLOSING_EARLIER_ADVERBS.has(tokens[k]?.lower ?? '') && (REPEAT_ADVERBS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === 'times')) return true;
  }
  // "Until now, the firm has never sold …", "had until recently been run by …": up to the story's moment.
  const around = ` ${tokens.slice(Math.max(0, subject.first - UP_TO_NOW_REACH), clause.last + 1).map((t) => t.lower).join(' ')} `;
  if (UP_TO_NOW.some((phrase) => around.includes(` ${phrase} `))) return true;
  if (endsOnPastPhrase(tokens, Math.max(0, subject.first - UP_TO_NOW_REACH), clause.last + 1)) return true;
  // "The shop has entered the awards every year since 2015": repeated up to now, so not a first.
  const perfect = tokens.slice(clause.vg.first, clause.vg.last + 1).some((t) => PERFECT_AUXILIARIES.has(t.lower));
  if (perfect && tokens.slice(from, clause.last + 3).some((t, k, span) => EVERY_WORDS.has(t.lower) && REPEATED_UNITS.has(span[k + 1]?.lower ?? ''))) return true;
  const closing = tokens[clause.last + 1];
  const afterClosing = tags[clause.last + 2];
  if (closing && CLOSING_EARLIER_ADVERBS.has(closing.lower) && (afterClosing === undefined || afterClosing === ',' || afterClosing === '.')) return true;
  if ([clause.vg.first, clause.vg.first - 1].some((k) => k >= from && tags[k] === 'B' && PREVERBAL_EARLIER_ADVERBS.has(tokens[k]!.lower))) return true;
  // (A year, or a past period named from now: "also reached the final last year".)
  // ("had been warned two years earlier": a length of time back from the story's moment dates it too.)
  const hasYear = (time !== undefined && (/\b(1[89]|20)\d\d\b/.test(time) || PAST_PERIOD.test(time.trim()))) || spanBack(tokens, from, clauseTail(tags, clause.last));
  // "had been given a written warning in 2022": the past perfect dated by a year tells an act
  // before the story's own, as "also" does ("were also in the final in 2009").
  const vg = tokens.slice(clause.vg.first, clause.vg.last + 1);
  const had = vg.findIndex((t) => t.lower === 'had');
  const pastPerfect = had >= 0 && had < vg.length - 1;
  return hasYear && (pastPerfect || tokens.slice(from, clause.last + 1).some((t) => ALSO_WORDS.has(t.lower)));
}
