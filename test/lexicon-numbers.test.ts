// The number words every stage reads from one table (src/lexicon/numbers.ts).
import { describe, expect, it } from 'vitest';
import { CARDINAL_WORDS, countsOrRanks, identifiesAnother } from '../src/lexicon/numbers.ts';

describe('number words', () => {
  it('reads cardinals in words, hyphenated tens included, and nothing else as one', () => {
    for (const word of ['one', 'twelve', 'twenty-three', 'ninety', 'dozens', 'thousands']) expect(CARDINAL_WORDS.test(word), word).toBe(true);
    for (const word of ['twenty-ten', 'none', 'once', 'first', '23']) expect(CARDINAL_WORDS.test(word), word).toBe(false);
  });

  it('tells another holder by an ordinal or a succession word, never by a count', () => {
    expect(['11th', 'twelfth', 'last', 'former', 'acting', 'another'].filter(identifiesAnother)).toEqual(['11th', 'twelfth', 'last', 'former', 'acting', 'another']);
    expect(['three', '3,000', 'doctor', 'senior'].filter(identifiesAnother)).toEqual([]);
  });

  it('keeps counts, ranks and succession words out of names: "Three", "Former", "11th", "3,000"', () => {
    expect(['three', 'former', '11th', '3,000', 'kestrel', 'nine'].filter(countsOrRanks)).toEqual(['three', 'former', '11th', '3,000', 'nine']);
  });
});
