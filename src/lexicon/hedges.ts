// Hedges: the words before an amount that say how exact it is ("about 40", "more than £46,000"),
// once for every stage. Each has two meanings:
//  - shown: the range extract records with the amount, as multipliers of the figure: a likely
//    span to show a reader ("more than 100" → 100–150);
//  - judged: what compare takes as possibly true when it sets two outlets' figures side by side:
//    "more than 100 people" and "200 people" can both be true, so a bound opens its side.

/** How a hedge widens a figure v for judging. */
export type HedgeJudgement =
  | 'near' // v ± 10%: "about", "around"
  | 'just-below' // [0.9v, v]: "nearly", "just under"
  | 'just-above' // [v, 1.1v]: "just over"
  | 'lower-bound' // [v, ∞): "more than", "at least"
  | 'upper-bound'; // (−∞, v]: "less than", "up to"

export interface Hedge {
  words: string;
  shown: readonly [low: number, high: number];
  judged: HedgeJudgement;
}

// Longest first, so "just under" wins over "under" and "a little over" over "over".
export const HEDGES: readonly Hedge[] = [
  { words: 'slightly less than', shown: [0.9, 1], judged: 'just-below' },
  { words: 'slightly more than', shown: [1, 1.1], judged: 'just-above' },
  { words: 'a little over', shown: [1, 1.1], judged: 'just-above' },
  { words: 'just shy of', shown: [0.9, 1], judged: 'just-below' },
  { words: 'upwards of', shown: [1, 1.5], judged: 'lower-bound' },
  { words: 'just under', shown: [0.9, 1], judged: 'just-below' },
  { words: 'just below', shown: [0.9, 1], judged: 'just-below' },
  { words: 'just over', shown: [1, 1.1], judged: 'just-above' },
  { words: 'just above', shown: [1, 1.1], judged: 'just-above' },
  { words: 'close to', shown: [0.9, 1.02], judged: 'just-below' },
  { words: 'more than', shown: [1, 1.5], judged: 'lower-bound' },
  { words: 'less than', shown: [0.5, 1], judged: 'upper-bound' },
  { words: 'fewer than', shown: [0.5, 1], judged: 'upper-bound' },
  { words: 'at least', shown: [1, 1.5], judged: 'lower-bound' },
  { words: 'at most', shown: [0.5, 1], judged: 'upper-bound' },
  { words: 'up to', shown: [0.5, 1], judged: 'upper-bound' },
  { words: 'nearly', shown: [0.9, 1], judged: 'just-below' },
  { words: 'almost', shown: [0.9, 1], judged: 'just-below' },
  { words: 'about', shown: [0.9, 1.1], judged: 'near' },
  { words: 'around', shown: [0.9, 1.1], judged: 'near' },
  { words: 'roughly', shown: [0.9, 1.1], judged: 'near' },
  { words: 'approximately', shown: [0.9, 1.1], judged: 'near' },
  { words: 'some', shown: [0.9, 1.1], judged: 'near' },
  { words: 'over', shown: [1, 1.5], judged: 'lower-bound' },
  { words: 'under', shown: [0.5, 1], judged: 'upper-bound' },
  { words: 'below', shown: [0.5, 1], judged: 'upper-bound' },
  { words: 'above', shown: [1, 1.5], judged: 'lower-bound' },
  { words: 'an estimated', shown: [0.8, 1.2], judged: 'near' },
  { words: 'estimated', shown: [0.8, 1.2], judged: 'near' },
];

/** Every word of every hedge ("an", "estimated", "at", "least"): words that stand beside an amount without naming anything. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(HEDGES.flatMap(({ words }) => words.split(' ')));

/** The hedges extract reads, longest first, each with the range it records. */
export const SHOWN_HEDGES: readonly { words: string; low: number; high: number }[] = HEDGES.map(({ words, shown }) => ({ words, low: shown[0], high: shown[1] }));

const JUDGED = new Map(HEDGES.map(({ words, judged }) => [words, judged]));

/** The range compare judges a figure by, given its hedge, or null for words that are no hedge of the table. */
export function judgedRange(hedge: string, value: number): [number, number] | null {
  switch (JUDGED.get(hedge)) {
    case 'near': return [value * 0.9, value * 1.1];
    case 'just-below': return [value * 0.9, value];
    case 'just-above': return [value, value * 1.1];
    case 'lower-bound': return [value, Number.POSITIVE_INFINITY];
    case 'upper-bound': return [Number.NEGATIVE_INFINITY, value];
    default: return null;
  }
}
