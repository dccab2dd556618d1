// CaRB's default matching rule, Matcher.binary_linient_tuple_match: token-level precision and
// recall of one predicted tuple against one gold tuple.
//
// Details that move the figures and are easy to "fix" by accident:
//  - Tokens are Python str.split() tokens, compared case-sensitively with punctuation and stopwords
//    kept: CaRB passes ignoreCase/ignoreStopwords but the lenient matcher never reads them.
//  - Arguments after the first are joined into one ("binary"), on both sides.
//  - Only the gold tuple's argument slots are scored, so a predicted second argument against a gold
//    tuple with one argument costs no precision.
//  - A predicted "be" left over after the relation overlap may match any form of "be" in the gold.
//  - No relation token in common, or fewer predicted than gold arguments, is no match at all.

import { pySplit } from './python-text.ts';

export interface TupleParts {
  relation: string;
  args: readonly string[];
}

/** [precision, recall] of a predicted tuple against a gold one, each in 0..1. */
export type MatchScore = readonly [precision: number, recall: number];

const NO_MATCH: MatchScore = [0, 0];
const FORMS_OF_BE = ['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being'];
// Substring tests on the gold relation, as in CaRB ("said" also hits "unsaid").
const SAID_VERBS = ['said', 'told', 'added', 'adds', 'says'];

/** How many gold tokens the prediction covers, each predicted token used at most once. Consumes `predicted`. */
function takeCommonTokens(gold: readonly string[], predicted: string[]): number {
  let common = 0;
  for (const word of gold) {
    const at = predicted.indexOf(word);
    if (at >= 0) {
      common++;
      predicted.splice(at, 1);
    }
  }
  return common;
}

/** Matcher.linient_tuple_match, on tuples that are already binary. */
export function lenientTupleMatch(gold: TupleParts, predicted: TupleParts): MatchScore {
  const goldRelation = pySplit(gold.relation);
  const predictedRelation = pySplit(predicted.relation);
  let precisionDenominator = predictedRelation.length;
  let recallDenominator = goldRelation.length;

  let relationCommon = takeCommonTokens(goldRelation, predictedRelation);
  // predictedRelation now holds only the unmatched tokens; goldRelation is still whole.
  if (predictedRelation.includes('be') && FORMS_OF_BE.some((form) => goldRelation.includes(form))) {
    relationCommon++;
    predictedRelation.splice(predictedRelation.indexOf('be'), 1);
  }
  if (relationCommon === 0) return NO_MATCH;
  let precisionNumerator = relationCommon;
  let recallNumerator = relationCommon;

  for (let i = 0; i < gold.args.length; i++) {
    const goldArg = pySplit(gold.args[i]);
    recallDenominator += goldArg.length;
    if (predicted.args.length <= i) {
      if (i < 2) return NO_MATCH;
      continue;
    }
    const predictedArg = pySplit(predicted.args[i]);
    precisionDenominator += predictedArg.length;
    const common = takeCommonTokens(goldArg, predictedArg);
    precisionNumerator += common;
    recallNumerator += common;
  }

  return [
    precisionDenominator === 0 ? 0 : precisionNumerator / precisionDenominator,
    recallDenominator === 0 ? 0 : recallNumerator / recallDenominator,
  ];
}

/** Arguments 2..n folded into one, as CaRB does before matching. */
function binarise(t: TupleParts): TupleParts {
  return t.args.length >= 2 ? { relation: t.relation, args: [t.args[0], t.args.slice(1).join(' ')] } : t;
}

/** Python's max() over two [p, r] lists: lexicographic, the first wins a tie. */
function larger(a: MatchScore, b: MatchScore): MatchScore {
  if (b[0] !== a[0]) return b[0] > a[0] ? b : a;
  return b[1] > a[1] ? b : a;
}

/**
 * Matcher.binary_linient_tuple_match. For "said"-type gold relations the gold annotators often
 * put the speaker and the quote the other way round, so the prediction also gets a try with its
 * first and (joined) other arguments swapped, and the better score counts.
 */
export function binaryLenientTupleMatch(gold: TupleParts, predicted: TupleParts): MatchScore {
  const binaryGold = binarise(gold);
  const straight = lenientTupleMatch(binaryGold, binarise(predicted));
  if (!SAID_VERBS.some((verb) => gold.relation.includes(verb))) return straight;
  const swapped: TupleParts =
    predicted.args.length >= 2
      ? { relation: predicted.relation, args: [predicted.args.slice(1).join(' '), predicted.args[0]] }
      : predicted;
  return larger(straight, lenientTupleMatch(binaryGold, swapped));
}
