// Each idiom's lemma must be a verb WordNet knows, or it meets none of its synonyms.
import { describe, expect, it } from 'vitest';
import { IDIOM_LEMMAS } from '../src/lexicon/verb-noun-idioms.ts';
import { isWordNetLemma } from '../src/resolve/wordnet.ts';

describe('verb-noun idioms', () => {
  it('gives every idiom a lemma WordNet knows as a verb', () => {
    expect(IDIOM_LEMMAS.filter((lemma) => !isWordNetLemma(lemma, 'verb'))).toEqual([]);
  });
});
