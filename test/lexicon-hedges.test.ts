// The hedge table is read by extract (in order, first match wins) and by compare.
import { describe, expect, it } from 'vitest';
import { HEDGES, SHOWN_HEDGES, judgedRange } from '../src/lexicon/hedges.ts';

describe('hedges', () => {
  it('lists a hedge before any shorter hedge its words end with, so "just under" wins over "under"', () => {
    const order = SHOWN_HEDGES.map((h) => h.words);
    const late = order.flatMap((longer, i) => order.slice(0, i).filter((shorter) => longer.endsWith(` ${shorter}`)).map((shorter) => `${longer} after ${shorter}`));
    expect(late).toEqual([]);
  });
  it('shows a range around the figure and judges every hedge it shows', () => {
    for (const { words, low, high } of SHOWN_HEDGES) expect(low <= 1 && high >= 1, words).toBe(true);
    const unjudged = HEDGES.filter((h) => h.shown && judgedRange(h.words, 100) === null).map((h) => h.words);
    expect(unjudged, 'hedges judged by their shown range only').toEqual(['just below', 'just above']);
  });
});
