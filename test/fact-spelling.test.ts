// Two people in one fact whose names differ by a letter or two are one person spelled two ways
// (src/compare/find-fact-spelling.ts); a post or a plural is no name.
import { describe, expect, it } from 'vitest';
import { spelledAlike } from '../src/compare/find-fact-spelling.ts';

describe('names spelled alike', () => {
  it('takes one word of a name a letter or two apart, capitals inside it too', () => {
    expect(spelledAlike('Rosalind Achterberg', 'Rosalind Achterburg')).toBe(true);
    expect(spelledAlike('Mehdi Irannejad', 'Mehdi iran-Nejad')).toBe(true);
  });

  it('leaves a post in two numbers or two cases alone ("U.S. Attorney" / "U.S. attorneys")', () => {
    expect(spelledAlike('U.S. Attorney', 'U.S. attorneys')).toBe(false);
    expect(spelledAlike('Police officer', 'Police officers')).toBe(false);
  });
});
