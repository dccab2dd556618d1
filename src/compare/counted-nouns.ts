// Whether two sides' amounts count the same thing. "106 carries" and "404 yards", "12 Somali pirates"
// and "two seized boats" are different quantities that sit in one fact; "14 wagons" and "11 wagons",
// "40 homes" and "14 houses" are one quantity told twice.
import type { Statement } from './statements.ts';
import { nounsForSameThing } from '../align/word-relation.ts';
import { kindOfCommonNoun, namesGroup } from '../resolve/noun-kind.ts';
import { SET_DETERMINERS } from '../lexicon/counted.ts';
import { figureOf } from '../lexicon/numbers.ts';

/**
 * False only when both sides name what they count and no noun of one side is a word for a noun of
 * the other; a count written without its noun ("the toll rose to 12") may count anything.
 */
export function countSameThing(a: Statement[], b: Statement[]): boolean {
  const [nounsA, nounsB] = [countedNouns(a), countedNouns(b)];
  if (nounsA.size === 0 || nounsB.size === 0) return true;
  for (const x of nounsA) {
    const peopleX = countsPeople(x);
    for (const y of nounsB) {
      // "23 pirates" / "nearly 100 vessels": people and things are never one count, whatever rare
      // sense links their words (WordNet's "pirate" is also a pirate ship); two counts of people are.
      if (peopleX !== countsPeople(y)) continue;
      if (peopleX || nounsForSameThing(x, y)) return true;
    }
  }
  return false;
}

/** "350 runners": a count by a noun for people, which counts what "250 people" counts. */
export function countedAsPeople(statement: Statement): boolean {
  const counted = statement.source.qualifiers.quantity?.counted;
  return !!counted && countsPeople(counted);
}

/** "1,200 workers" and "1,900 staff", "two victims" and "three men": counts of people answer one question. */
function countsPeople(noun: string): boolean {
  return kindOfCommonNoun(noun) === 'PERSON' || namesGroup(noun);
}

function countedNouns(statements: Statement[]): Set<string> {
  return new Set(statements.flatMap(({ source }) => (source.qualifiers.quantity?.counted ? [source.qualifiers.quantity.counted] : [])));
}

/**
 * The amount is a part of a set: followed by "of" and the set's determiner ("three of her
 * complaints", "two of the three victims"), or after a sentence that opens with the set ("Of its 58
 * units, 22 are empty").
 */
export function toldAsPartOfSet(statement: Statement): boolean {
  const written = amountAsWritten(statement);
  if (!written) return false;
  const [of, determiner] = written.after.trim().split(/\s+/);
  if (of === 'of' && SET_DETERMINERS.has(determiner ?? '')) return true;
  return opensWithSet(written.before) && written.before.includes(',');
}

/** The statement's sentence, lower case, before and after its amount as written; null where the amount is not found in it. */
function amountAsWritten({ source }: Statement): { before: string; after: string } | null {
  const amount = source.qualifiers.quantity?.text.toLowerCase();
  if (!amount) return null;
  const text = source.text.toLowerCase();
  const at = text.indexOf(amount);
  return at < 0 ? null : { before: text.slice(0, at), after: text.slice(at + amount.length) };
}

/**
 * The size of the set a part is told of, where the sentence gives it: 7 for "three of the seven
 * bullets", undefined for "three of her complaints".
 */
export function wholeOfSet(statement: Statement): number | undefined {
  const written = amountAsWritten(statement);
  if (!written) return undefined;
  const [of, determiner, size] = written.after.trim().split(/\s+/);
  if (of !== 'of' || !SET_DETERMINERS.has(determiner ?? '') || !size) return undefined;
  const figure = Number(figureOf(size).replace(/,/g, ''));
  return Number.isFinite(figure) ? figure : undefined;
}

/**
 * "He completed his first 17 passes", "the last three games": a count after "first" or "last" is
 * that end of a run, a part of whatever total another outlet gives with the same verb.
 */
export function toldAsRunsEnd(statement: Statement): boolean {
  const written = amountAsWritten(statement);
  return !!written && RUN_ENDS.has(written.before.trim().split(/\s+/).at(-1) ?? '');
}

/** Words before a count that make it the start or end of a run. */
const RUN_ENDS: ReadonlySet<string> = new Set(['first', 'last', 'final', 'opening', 'closing']);

/** "Of its 58 units, 22 are empty": the sentence opens with the set a bare figure is a part of. */
export function opensWithSet(sentence: string): boolean {
  const [of, determiner] = sentence.toLowerCase().split(/\s+/);
  return of === 'of' && SET_DETERMINERS.has(determiner ?? '');
}
