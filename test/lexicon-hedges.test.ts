// The hedge table is read by extract (in order, first match wins) and by compare.
import { describe, expect, it } from 'vitest';
import { HEDGES, SHOWN_HEDGES, judgedRange } from '../src/lexicon/hedges.ts';

describe('hedges', () => {
  it('lists a hedge before any shorter hedge its words end with, so "just under" wins over "under"', () => {
    const order = SHOWN_HEDGES.map((h) => h.words);
    const late = order.flatMap((longer, i) => order.slice(0, i).filter((shorter) => longer.endsWith(` ${shorter}`)).map((shorter) => `${longer} after ${shorter}`));
    expect(late).toEqual([]);
  });
  it('shows a range around the figure and judges every hedge extract reads', () => {
    for (const { words, low, high } of SHOWN_HEDGES) expect(low <= 1 && high >= 1, words).toBe(true);
    expect(HEDGES.filter((h) => judgedRange(h.words, 100) === null).map((h) => h.words), 'hedges compare cannot judge').toEqual([]);
    expect(judgedRange('just below', 100)).toEqual([90, 100]);
    expect(judgedRange('upwards of', 100)).toEqual([100, Number.POSITIVE_INFINITY]);
  });
});

describe('extract and compare read one hedge table', () => {
  it('reads "Upwards of 300 people", which only compare knew before, as a hedged amount', async () => {
    const { extractTriples } = await import('../src/extract/index.ts');
    const quantities = extractTriples({ id: 'a', title: '', outlet: 'Outlet', published: null, text: 'Upwards of 300 Ravensby residents attended the meeting.', path: 'a.txt' }).triples.map((t) => t.qualifiers.quantity);
    expect(quantities[0], JSON.stringify(quantities)).toMatchObject({ value: 300, hedge: 'upwards of', low: 300, high: 450 });
  });
});
