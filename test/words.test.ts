import { describe, expect, it } from 'vitest';
import { contentStems, dice } from '../src/compare/words.ts';

describe('content stems', () => {
  it('"Both men are from Kelby" / "Neither man is from the Kelby area": an irregular plural is its singular', () => {
    expect(contentStems('Both men are from Kelby')).toContain('man');
    expect(contentStems('the women and children')).toEqual(['woman', 'child']);
    const [a, b] = [new Set(contentStems('men be from Kelby')), new Set(contentStems('man be from Kelby area'))];
    expect(dice(a, b), JSON.stringify([[...a], [...b]])).toBeGreaterThanOrEqual(0.5);
  });
});
