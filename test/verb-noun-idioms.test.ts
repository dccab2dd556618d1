// Each idiom's lemma must be a verb WordNet knows, or it meets none of its synonyms.
import { describe, expect, it } from 'vitest';
import { IDIOM_LEMMAS } from '../src/lexicon/verb-noun-idioms.ts';
import { isWordNetLemma } from '../src/resolve/wordnet.ts';
import { verbBase } from '../src/resolve/verb-base.ts';
import { extractTriples } from '../src/extract/index.ts';

/** A passive idiom ("be displayed") is its verb's, as a passive relation is. */
function verbOf(lemma: string): string {
  return lemma.startsWith('be ') ? verbBase(lemma.slice(3)) : lemma;
}

describe('verb-noun idioms', () => {
  it('gives every idiom a lemma WordNet knows as a verb', () => {
    expect(IDIOM_LEMMAS.filter((lemma) => !isWordNetLemma(verbOf(lemma), 'verb'))).toEqual([]);
  });
  it('reads "will be put on display" and "are to go on show" as one passive, "be displayed", with no object', () => {
    const read = ['The letters will be put on display at the Ashby museum.', 'The letters are to go on show at the Ashby museum.'].map((text) => {
      const [triple] = extractTriples({ id: 't', title: '', outlet: null, published: null, path: 't.txt', text }).triples;
      return `${triple?.relation.lemma} | ${triple?.object?.text ?? '-'}`;
    });
    expect(read).toEqual(['be displayed | -', 'be displayed | -']);
  });
});
