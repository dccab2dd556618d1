// Where an argument's head lies inside its span. Extract gives the head as a lower-cased string, not
// a span: a name ("tara reid"), a noun's lemma ("friend" for "her friends"), or for a pronoun that was
// replaced by its antecedent, the antecedent's text, which is not in the span at all (the span still
// covers the pronoun as written: "she" in "she went to Promises").
import type { Argument, Span } from '../../src/types.ts';

/** How the head was found; the eval counts the fallbacks. */
export type HeadFound = 'pronoun' | 'head' | 'lemma prefix' | 'last word';

export interface LocatedHead extends Span {
  found: HeadFound;
}

// Words compared letter by letter, punctuation aside: "Reid's" holds "reid", "U.S." is "u s".
const WORD = /[\p{L}\p{N}]+/gu;

/** Start of the last run of `words` equal to `wanted`, or -1. */
function lastRun(words: readonly string[], wanted: readonly string[]): number {
  for (let at = words.length - wanted.length; at >= 0; at--) {
    if (wanted.every((word, k) => words[at + k] === word)) return at;
  }
  return -1;
}

export function headSpan(articleText: string, argument: Argument): LocatedHead {
  const { start, end } = argument;
  // A replaced pronoun is its own head: the span is the one word as written.
  if (argument.antecedent) return { start, end, found: 'pronoun' };
  const found = [...articleText.slice(start, end).matchAll(WORD)];
  if (found.length === 0) return { start, end, found: 'last word' };
  const spanOf = (first: number, last: number, how: HeadFound): LocatedHead => ({
    start: start + found[first]!.index,
    end: start + found[last]!.index + found[last]![0].length,
    found: how,
  });
  const words = found.map((w) => w[0].toLowerCase());
  const headWords = argument.head.toLowerCase().match(WORD) ?? [];
  const at = headWords.length ? lastRun(words, headWords) : -1;
  if (at >= 0) return spanOf(at, at + headWords.length - 1, 'head');
  // A lemma differs from the word as written in its ending: "friend" / "friends", "die" / "died".
  const stem = headWords.at(-1)?.slice(0, 3) ?? '';
  const byStem = stem.length === 3 ? words.findLastIndex((w) => w.startsWith(stem)) : -1;
  if (byStem >= 0) return spanOf(byStem, byStem, 'lemma prefix');
  return spanOf(words.length - 1, words.length - 1, 'last word');
}
