// Some claims have no verb in the sentence: an apposition ("Japan, a US ally") is joined by a comma,
// a title ("President Bush") or a possessive ("Japan's forces") by no word at all. The extractor
// records the comma, title or "'s" as the relation's span; CaRB's gold writes the implied verb
// ("is", "has"), so the tuple gets the verb its lemma stands for.

import type { Triple } from '../../src/types.ts';

/**
 * "be" stays the bare lemma: CaRB's matcher lets a leftover "be" stand for any form of it in the
 * gold ("is", "was", "are"), and the sentence alone does not tell which tense the annotator chose.
 * "have" has no such rule, so it takes the present, the form gold tuples use most for possession.
 */
const VERB_OF_LEMMA: Record<string, string> = { be: 'be', have: 'has' };

/** The relation CaRB should see, or null when the relation's own words are a verb phrase. */
export function impliedRelation(triple: Triple): string | null {
  const verb = VERB_OF_LEMMA[triple.relation.lemma];
  if (!verb) return null;
  const surfaceIsPunctuation = !/\p{L}/u.test(triple.relation.text);
  return triple.implicit || surfaceIsPunctuation ? verb : null;
}
