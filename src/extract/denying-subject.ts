// A subject that counts nothing denies its claim: "None of the children is in intensive care",
// "No child was hurt", "Neither driver was injured" say that the children are not in intensive
// care and that no child or driver was hurt. Read as written they became affirmed claims about
// "None of the children", and compare set them beside "one child is in intensive care" as agreeing.
import type { Phrase } from './5-clauses.ts';
import type { Token } from './1-tokens.ts';
import { DENYING_PRONOUNS } from '../lexicon/negation.ts';

/** Words that open a subject counting nothing, and the word that may join them to what they count. */
const DENYING_QUANTIFIERS: ReadonlyMap<string, { joinedBy: string | null }> = new Map([
  ['none', { joinedBy: 'of' }], // "none of the crew"
  ['neither', { joinedBy: 'of' }], // "neither of the drivers", "neither driver"
  ['no', { joinedBy: null }], // "no child", "no injuries"
]);

/** "Not a single toad", "but not one child": after "not", words that count one, so the phrase counts none. */
const ONE_AFTER_NOT: readonly (readonly string[])[] = [['a', 'single'], ['one', 'single'], ['one', 'of'], ['a'], ['one']];

export interface Denial {
  /** What the subject counts ("the children", "child"), or null when it names nothing else ("no one"). */
  counted: Phrase | null;
}

/** The denial a subject phrase opens with, or null when it counts something. */
export function denyingSubject(tokens: readonly Token[], phrase: Phrase): Denial | null {
  // "None of them is …": the chunker keeps a pronoun apart from its "none of", so the subject is
  // "them" and the quantifier sits just before it.
  const [quantifierBefore, joinBefore] = [tokens[phrase.first - 2]?.lower ?? '', tokens[phrase.first - 1]?.lower];
  if (joinBefore && DENYING_QUANTIFIERS.get(quantifierBefore)?.joinedBy === joinBefore) return { counted: phrase };
  // "nobody's medical records had been affected": what nobody has is nothing, as "no records" is.
  if (joinBefore && /^['’]s$/.test(joinBefore) && (DENYING_PRONOUNS.has(quantifierBefore) || (quantifierBefore === 'one' && tokens[phrase.first - 3]?.lower === 'no'))) return { counted: phrase };
  const words = tokens.slice(phrase.first, phrase.last + 1).map((t) => t.lower);
  // Only a "not" that opens its clause: in "was not a member" it belongs to the verb.
  const opensClause = (at: number) => at < 0 || /^(PUNCT|CCONJ)$/.test(tokens[at]!.pos);
  if (joinBefore === 'not' && opensClause(phrase.first - 2)) {
    const one = ONE_AFTER_NOT.find((opener) => opener.length < words.length && opener.every((word, k) => words[k] === word));
    if (one) return { counted: { first: phrase.first + one.length, last: phrase.last } };
  }
  if (DENYING_PRONOUNS.has(words.join(' '))) return { counted: null };
  const quantifier = DENYING_QUANTIFIERS.get(words[0] ?? '');
  if (!quantifier || words.length < 2) return null;
  const skip = words[1] === quantifier.joinedBy ? 2 : 1;
  if (phrase.first + skip > phrase.last) return null;
  return { counted: { first: phrase.first + skip, last: phrase.last } };
}
