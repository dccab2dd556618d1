// A participle hanging on a noun phrase has no auxiliary in the sentence: "the ferry, called Blue
// Star", "prices rose, reaching a peak". CaRB's annotators write the tuple as a finite clause ("is
// called", "are reaching"); the form of "be" depends on tense and number, so the bare lemma "be"
// goes in front, which CaRB's matcher accepts for any form of it.

import type { Triple } from '../../src/types.ts';

const FORMS_OF_BE = /\b(be|is|am|are|was|were|been|being|'s|'re|'m)\b/i;

/** The relation with "be" in front when the verb group is a bare participle; otherwise as it was. */
export function withParticipleBe(relation: string, triple: Triple): string {
  if (FORMS_OF_BE.test(triple.relation.text)) return relation;
  const first = triple.relation.text.split(' ')[0]!.toLowerCase();
  const lemmaFirst = triple.relation.lemma.split(' ')[0]!;
  // The lemma says passive ("be called") though no "be" was written: a bare past participle.
  const passive = lemmaFirst === 'be' && first !== 'be';
  // "reaching" read as "reach": a present participle, not a verb like "bring" that ends in -ing.
  const progressive = first.endsWith('ing') && lemmaFirst !== first && !/^(has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/.test(first);
  return passive || progressive ? `be ${relation}` : relation;
}
