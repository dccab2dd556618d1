// Numeric: two sources give amounts for the same thing whose ranges cannot both hold.
//
// Blocked by subject | predicate | object | polarity | unit; inside a block only the distinct
// ranges are compared, so a number repeated by a hundred articles costs one comparison, not 5,000.
// When the object is itself the amount ("measured 6.4"), the object slot is left out of the key.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { comparableRange, rangesDisjoint, type ComparableRange } from './quantity-range.ts';
import { commits, groupBy, listStatements, opensBackgroundClauseAt, shareAnArticle, type Statement } from './statements.ts';
import { toldAtDifferentMoments } from './moment-clause.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { eventWord, isPassivePredicate } from '../align/claim-profile.ts';
import { makeContradiction, type Side } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { isOnlyAmount } from '../amount-only.ts';
import { comparable, sameEvent, sameSlot, sidesToldAlike, toldOfDifferentTimes } from './comparable.ts';
import { countedAsPeople, countSameThing, toldAsPartOfSet, toldAsRunsEnd, wholeOfSet } from './counted-nouns.ts';
import { partAndWhole, storyCountClashes } from './story-counts.ts';
import { LEADS_TO_COUNT } from '../lexicon/counted.ts';
import { CARDINAL_WORDS } from '../lexicon/numbers.ts';
import { voteTallyClashes } from './vote-tallies.ts';
import { sumKindClashes, sumsOfTwoKinds } from './sum-kind.ts';

/**
 * "He was 21 years old" / "The Flight Sergeant was just 23": a person's age, read as such by the
 * extractor (age-statements.ts), answers one question however the sentences around it are worded.
 */
function statesAge({ claim, source }: Statement): boolean {
  return claim.predicate === AGE_PREDICATE && claim.objectId === null && !toldAtAnEarlierMoment(source);
}

/** "when she was 11", "since she was 16": an age a clause gives as the when of something else, not the person's age in the story. */
function toldAtAnEarlierMoment(source: Statement['source']): boolean {
  const text = source.text.toLowerCase();
  return opensBackgroundClauseAt(text, text.indexOf(`${(source.subjectPronoun ?? source.subjectText).toLowerCase()} `));
}

/**
 * "was travelling at 38mph as it entered the junction" / "was doing 48mph when it crossed the stop
 * line": one vehicle's speed, in one fact, answers one question however the sentences are worded.
 */
const SPEED = 'km/h';

/** The predicate an age claim ("be aged", age-statements.ts) is keyed by. */
const AGE_PREDICATE = 'be age';

export function findNumericContradictions(graph: ClaimGraph): ContradictionRecord[] {
  // (Every amount for the sum kinds, where a fixed penalty one "could be given" is told, sum-kind.ts;
  // the rest read only what commits its source.)
  const everyAmount = listStatements(graph)
    .filter((s) => s.source.qualifiers.quantity && !s.source.qualifiers.quantity.factor)
    .map((statement) => ({ statement, range: comparableRange(statement.source.qualifiers.quantity!) }));
  const ranged = everyAmount.filter(({ statement }) => commits(statement));

  // Inside a fact, every outlet's amount however it worded the claim ("magnitude 6.4 earthquake
  // struck" / "quake measured 6.1"); before alignment, the claims that share all but the amount.
  const blocks = groupBy(ranged, ({ statement, range }) => {
    const { claim } = statement;
    if (claim.fact) return ['fact', claim.fact, claim.negated, range.unit].join('|');
    return [claim.subjectId, withoutHedge(claim.predicate), objectIsAmount(graph, statement) ? '~' : claim.objectId, claim.negated, range.unit].join('|');
  });

  const found: ContradictionRecord[] = [];
  for (const block of blocks.values()) {
    const byRange = groupBy(block, ({ range }) => `${range.low}..${range.high}`);
    const sides = [...byRange.values()].map((members) => ({ range: members[0].range, statements: members.map((m) => m.statement) }));
    const clashes = [...clashingNeighbours(sides).filter(([a, b]) => rangesDisjoint(a.range, b.range, conversionTolerance(a, b))), ...differentBounds(sides)];
    for (const [a, b] of clashes) {
      // "106 carries" / "404 yards": counts of different things are no answer to one question.
      if (ordersApart(a.range, b.range) || !countSameThing(a.statements, b.statements)) continue;
      const toldAlike = sidesToldAlike(a.statements, b.statements) || (a.statements.some(statesAge) && b.statements.some(statesAge)) || (a.range.unit === SPEED && b.range.unit === SPEED);
      if (!(countsComparable(graph, a.statements, b.statements) || amountsDoneAndDoing(a.statements, b.statements)) || !toldAlike || toldOfDifferentTimes(a.statements, b.statements)) continue;
      if (a.statements.some(runningTotal) !== b.statements.some(runningTotal)) continue;
      // ("fined £1,200" / "must also pay £400 in costs": two sums, sum-kind.ts.)
      if (sumsOfTwoKinds(a.statements, b.statements)) continue;
      if (partOfTheOther(a, b) || partOfTheOther(b, a) || expectedAgainstDated(a.statements, b.statements) || expectedAgainstDated(b.statements, a.statements)) continue;
      if (toldInOneSentence(a.statements, b.statements) || toldInOneSentence(b.statements, a.statements)) continue;
      // ("weighed 750kg when she left" / "By the time she reached Antigua, the boat weighed about 500kg".)
      if (toldAtDifferentMoments(a.statements, b.statements)) continue;
      found.push(numericClash(graph, a, b));
    }
  }
  for (const [a, b] of peopleCountedTwoWays(ranged)) found.push(numericClash(graph, a, b));
  // A count of one thing told with two figures by outlets whose claims never met (story-counts.ts).
  const setAgainst = new Set(found.map((x) => x.claims.join('|')));
  for (const [a, b] of storyCountClashes(graph, ranged)) {
    // ("When the season began, 40 volunteers were on the rota" / "By the end of the season, the rota had grown to 64".)
    if (toldAtDifferentMoments(a.statements, b.statements)) continue;
    const clash = numericClash(graph, a, b);
    if (!setAgainst.has(clash.claims.join('|'))) found.push(clash);
  }
  // A court sum of one kind told with one figure by each of two outlets, however worded (sum-kind.ts).
  for (const [a, b] of sumKindClashes(everyAmount)) {
    const clash = numericClash(graph, { range: a[0]!.range, statements: a.map((x) => x.statement) }, { range: b[0]!.range, statements: b.map((x) => x.statement) });
    if (!found.some((x) => x.claims.some((id) => clash.claims.includes(id)))) found.push(clash);
  }
  // The votes against, which no claim's amount keeps (vote-tallies.ts).
  for (const [a, b] of voteTallyClashes(ranged.map(({ statement }) => statement))) {
    const written = new Map([a, b].map((t) => [t.key, t.written]));
    found.push(makeContradiction('numeric', { value: a.key, statements: a.statements }, { value: b.key, statements: b.statements }, (x, y) =>
      `numeric: ${describeClaim(graph, x.statements[0]!.claim)} — "${written.get(x.value)}" (${describeSide(graph, x.statements)}) vs "${written.get(y.value)}" (${describeSide(graph, y.statements)})`));
  }
  return found;
}

function numericClash(graph: ClaimGraph, a: RangeSide, b: RangeSide): ContradictionRecord {
  return makeContradiction('numeric', side(a), side(b), (x, y) =>
    `numeric: ${describeClaim(graph, x.statements[0]!.claim)} — ${quantityText(x.statements[0]!)} (${describeSide(graph, x.statements)}) vs ${quantityText(y.statements[0]!)} (${describeSide(graph, y.statements)})`);
}

/**
 * Outlets that disagree on a figure give figures of one size ("180,000" / "240,000" bags, "14" /
 * "40" homes: at most three times apart in every blind round's planted contradictions); figures
 * ten times apart are a part and a whole, one play and a season, one game and a career ("24" /
 * "2,301" points, "at least two" / "at least 70" injured: ECB+ train, judged false).
 */
const ORDER_APART = 10;

function ordersApart(a: ComparableRange, b: ComparableRange): boolean {
  const size = (r: ComparableRange) => Math.abs(Number.isFinite(r.high) ? r.high : r.low);
  const [x, y] = [size(a), size(b)].sort((p, q) => p - q);
  return x! > 0 && y! > ORDER_APART * x!;
}

/** Two minimums (or maximums) this far apart are two counts, not one count said twice. */
const BOUNDS_APART = 1.1;

/**
 * "At least 14 homes" and "at least 40 homes" can both be true, yet the outlets report different
 * confirmed counts, which a reader wants set side by side. Bounds of the same direction are compared
 * by their figures (neighbours in size, as for ranges); "more than 100 people" against an exact
 * "200 people" is not, since 200 is more than 100.
 */
function differentBounds(sides: RangeSide[]): [RangeSide, RangeSide][] {
  const pairs: [RangeSide, RangeSide][] = [];
  for (const bound of ['lower', 'upper'] as const) {
    const figure = (s: RangeSide) => (bound === 'lower' ? s.range.low : s.range.high);
    const bounded = sides.filter((s) => s.range.bound === bound).sort((x, y) => figure(x) - figure(y));
    for (let i = 1; i < bounded.length; i++) {
      const [small, large] = [Math.abs(figure(bounded[i - 1]!)), Math.abs(figure(bounded[i]!))];
      if (large > small * BOUNDS_APART) pairs.push([bounded[i - 1]!, bounded[i]!]);
    }
  }
  return pairs;
}

type RangeSide = { range: ComparableRange; statements: Statement[] };

/**
 * Amounts that overlap (through their hedges) are one answer; the answers, in order of size, are
 * set against their neighbours: one difference is one contradiction, and 500 outlets with 500
 * figures make 499, not 124,750. With no more than two answers this is every pair, as before.
 */
function clashingNeighbours(sides: RangeSide[]): [RangeSide, RangeSide][] {
  const sorted = [...sides].sort((x, y) => x.range.low - y.range.low || x.range.high - y.range.high);
  const answers: RangeSide[][] = [];
  let reach = -Infinity;
  for (const side of sorted) {
    if (answers.length && side.range.low <= reach) answers.at(-1)!.push(side);
    else answers.push([side]);
    reach = Math.max(reach, side.range.high);
  }
  const merged = answers.map((members): RangeSide => ({
    range: { ...members[0]!.range, low: Math.min(...members.map((m) => m.range.low)), high: Math.max(...members.map((m) => m.range.high)) },
    statements: members.flatMap((m) => m.statements),
  }));
  return merged.slice(1).map((next, i) => [merged[i]!, next]);
}

/**
 * "a two-nautical-mile zone" / "a 3.7-kilometre zone": an amount converted into another unit is
 * rounded by whoever converted it, so amounts written in different units meet within 3%.
 */
const CONVERSION_ROUNDING = 0.03;

function conversionTolerance(a: RangeSide, b: RangeSide): number | undefined {
  const [x, y] = [writtenUnit(a), writtenUnit(b)];
  return x && y && x !== y ? CONVERSION_ROUNDING : undefined;
}

/** The unit word an amount was written with ("mile" in "two-nautical-mile"), or null for a bare number. */
function writtenUnit(side: RangeSide): string | null {
  const quantity = side.statements[0]!.source.qualifiers.quantity!;
  if (!quantity.unit) return null;
  const last = quantity.text.toLowerCase().split(/[\s-]+/).at(-1) ?? '';
  return /\p{L}/u.test(last) ? last.replace(/s$/, '') : null;
}

function side({ range, statements }: { range: ComparableRange; statements: Statement[] }): Side {
  return { value: `${range.low}..${range.high} ${range.unit}`, statements };
}

function quantityText(statement: Statement): string {
  return `"${statement.source.qualifiers.quantity!.text}"`;
}

/**
 * The object is the amount itself ("measured 6.4", "lasted about an hour"): then two sources'
 * objects differ exactly when their amounts do, so the object must not split the block.
 */
function objectIsAmount(graph: ClaimGraph, { claim, source }: Statement): boolean {
  if (claim.objectId === null || source.objectKind === 'VALUE' || graph.getNodeAttribute(claim.objectId, 'kind') === 'VALUE') return true;
  return isOnlyAmount(source.objectText ?? '', source.qualifiers.quantity!.text);
}

/**
 * "The daredevils raised more than £46,000" / "A total of £38,500 has been raised": the sum is what
 * the active raises and what the passive says was raised, so the two figures answer one question
 * though no participant is written in the same slot. (Inside one fact, so the verb already met.)
 */
function amountsDoneAndDoing(a: Statement[], b: Statement[]): boolean {
  return !shareAnArticle(a, b) && a.some((x) => b.some((y) => amountIsDone(x, y) || amountIsDone(y, x)));
}

/**
 * "Around 350 runners take part each week" / "about 250 people take part": in one fact, where one
 * outlet counts the doers of an act as people and another by a noun for a person, each subject the
 * count itself, the figures count one set of doers. (Counts of two nouns for people are left to the
 * blocks above: "two women" and "three bank workers" died, ECB+ train.)
 */
function peopleCountedTwoWays(ranged: readonly { statement: Statement; range: ComparableRange }[]): [RangeSide, RangeSide][] {
  const doers = ranged.filter(({ statement: s }) => s.claim.fact && !s.claim.negated && countOpens(s.source.subjectText, s.source.qualifiers.quantity!.text) && !oneOfCoordinated(s));
  const clashes: [RangeSide, RangeSide][] = [];
  for (const block of groupBy(doers, ({ statement: s }) => `${s.claim.fact}|${eventWord(s.claim.predicate)}`).values()) {
    const people = block.filter(({ range }) => range.unit === 'people');
    const persons = block.filter(({ statement, range }) => range.unit === '' && countedAsPeople(statement));
    for (const x of people) for (const y of persons) {
      // (Figures far apart are more often two sets: 55.3 million people watched one awards show,
      // 5.8 million viewers another, ECB+ dev.)
      if (shareAnArticle([x.statement], [y.statement]) || !rangesDisjoint(x.range, y.range) || partAndWhole(x.range, y.range)) continue;
      if (!sidesToldAlike([x.statement], [y.statement]) || toldOfDifferentTimes([x.statement], [y.statement])) continue;
      clashes.push([{ range: x.range, statements: [x.statement] }, { range: y.range, statements: [y.statement] }]);
    }
  }
  return clashes;
}

/** "a man and two women died": the counted subject is one of several joined by "and" or "or", a part of the doers. */
function oneOfCoordinated({ source }: Statement): boolean {
  const text = source.text.toLowerCase();
  const at = text.indexOf(source.subjectText.toLowerCase());
  if (at < 0) return false;
  const before = text.slice(0, at).trim().split(/\s+/).at(-1) ?? '';
  const after = text.slice(at + source.subjectText.length).trim().split(/\s+/)[0] ?? '';
  return ['and', 'or'].includes(before) || ['and', 'or'].includes(after);
}

/** The subject is the count and its noun: "Around 350 runners", "about 250 people" (not "three bank workers, a man and two women"). */
function countOpens(subject: string, amount: string): boolean {
  const figure = amount.toLowerCase().split(/\s+/).find((w) => /\d/.test(w) || CARDINAL_WORDS.test(w));
  const words = subject.toLowerCase().split(/\s+/);
  if (!figure) return false;
  const at = words.indexOf(figure);
  return at >= 0 && at >= words.length - 3 && words.slice(0, at).every((w) => LEADS_TO_COUNT.has(w));
}

/**
 * As sidesComparable, but never an active's count of what it did against a passive's count of its
 * own subject through a subject of one head: "A man killed one person" / "two men were shot" are
 * the gunman and his victims, whatever "man" says of both (ECB+ dev).
 */
function countsComparable(graph: ClaimGraph, a: Statement[], b: Statement[]): boolean {
  return !shareAnArticle(a, b) && a.some((x) => b.some((y) => !doerAgainstDone(graph, x, y) && !doerAgainstDone(graph, y, x) && comparable(graph, x.claim, y.claim)));
}

function doerAgainstDone(graph: ClaimGraph, active: Statement, passive: Statement): boolean {
  if (isPassivePredicate(active.claim.predicate) || !isPassivePredicate(passive.claim.predicate) || !sameSlot(graph, active.claim.subjectId, passive.claim.subjectId)) return false;
  const amountIn = (text: string, statement: Statement) => text.toLowerCase().includes(statement.source.qualifiers.quantity!.text.toLowerCase());
  return amountIn(passive.source.subjectText, passive) && !amountIn(active.source.subjectText, active);
}

function amountIsDone(active: Statement, passive: Statement): boolean {
  if (isPassivePredicate(active.claim.predicate) || !isPassivePredicate(passive.claim.predicate)) return false;
  const activeAmount = active.source.qualifiers.quantity!.text;
  const passiveAmount = passive.source.qualifiers.quantity!.text;
  const activeObject = active.source.objectText ?? '';
  if (isOnlyAmount(passive.source.subjectText, passiveAmount) && (activeObject === '' || isOnlyAmount(activeObject, activeAmount))) return true;
  return countOfOneNoun(activeObject, active, passive.source.subjectText, passive);
}

/**
 * "officers seized 1,840 vapes" / "A total of 2,600 vapes were seized": the active's object and the
 * passive's subject are each a count of one noun, so the figures count what was done to, whoever did it.
 */
function countOfOneNoun(activeObject: string, active: Statement, passiveSubject: string, passive: Statement): boolean {
  const [x, y] = [active.source.qualifiers.quantity!, passive.source.qualifiers.quantity!];
  if (!x.counted || x.counted.toLowerCase() !== y.counted?.toLowerCase()) return false;
  return countOpens(activeObject, x.text) && countOpens(passiveSubject, y.text);
}

/**
 * "The ombudsman upheld three of her complaints" / "The ombudsman investigated five complaints in
 * total": a count written as a part of a set ("three of her complaints") is at most the set, so a
 * larger count of the set's things done another way is the whole it was taken from. Told with one
 * verb ("upheld three of her complaints" / "upheld five complaints"), the figures still answer one
 * question.
 */
function partOfTheOther(part: RangeSide, whole: RangeSide): boolean {
  // ("completed his first 17 passes" / "completed 29 of 34", ECB+ train.)
  if (part.statements.every(toldAsRunsEnd) && part.range.high < whole.range.low) return true;
  if (!part.statements.every(toldAsPartOfSet) || part.range.high >= whole.range.low) return false;
  // "hit by three of the seven bullets" / "Seven bullets hit Mr Gray": the set the part was taken
  // from is the other side's figure, which it agrees with (ECB+ train).
  if (part.statements.every((s) => wholeOfSet(s) === whole.range.low && whole.range.low === whole.range.high)) return true;
  return !part.statements.some((x) => whole.statements.some((y) => sameEvent(x.claim.predicate, y.claim.predicate)));
}

/**
 * "The council had expected around 5,000 people to attend" / "About 3,000 people attended last
 * year's switch-on": a figure looked for against one dated as done answers another occasion.
 */
function expectedAgainstDated(expected: Statement[], dated: Statement[]): boolean {
  return expected.every(({ source }) => source.qualifiers.modality === 'planned' && !source.qualifiers.time) && dated.every(({ source }) => source.qualifiers.modality === 'asserted' && !!source.qualifiers.time);
}

/**
 * "The council has seized more than 9,000 illegal vapes since 2021" counts every seizure up to now;
 * "2,600 vapes were seized" one of them. A count told from a time on is a running total, no
 * answer to what one occasion counted.
 */
function runningTotal({ source }: Statement): boolean {
  const time = source.qualifiers.time?.toLowerCase();
  return !!time && source.text.toLowerCase().includes(`since ${time}`);
}

/** Hedge words an extractor may leave on the relation ("last about") must not split the block either. */
const TRAILING_HEDGE = / (?:about|around|approximately|roughly|nearly|almost|close to|just under|just over|more than|less than|over|under|up to|at least)$/;

function withoutHedge(predicate: string): string {
  return predicate.replace(TRAILING_HEDGE, '');
}

/**
 * "wraps up the year with 404 yards rushing and 440 yards receiving": a sentence of one side that
 * also writes the other side's figure, as that side wrote it, tells the two as two quantities, not
 * two answers to one question.
 */
function toldInOneSentence(side: Statement[], other: Statement[]): boolean {
  const written = [...new Set(other.flatMap(({ source }) => source.qualifiers.quantity?.text ?? []))];
  return side.some(({ source }) => written.some((figure) => new RegExp(`(?<![\\w.,])${escapeRegExp(figure)}(?![\\w])`, 'i').test(source.text)));
}
