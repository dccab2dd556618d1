// When a stated amount held, told by a clause of its own: "the boat weighed 750kg when she left" /
// "By the time she reached Antigua, the boat weighed about 500kg". Two amounts each told at a moment
// its clause names, opened by different words and told with no word in common, are a value that
// changed between them, not two answers to one question. Moments opened alike are one moment worded
// two ways ("until paramedics arrived" / "until an ambulance crew took over", "when he was killed"
// / "when he died").
import type { Statement } from './statements.ts';
import { contentStems } from './words.ts';

/** Words opening a clause that names the moment of the sentence's statement. */
const MOMENT_OPENERS = /\b(by the time|by the end of|at the end of|at the start of|at the beginning of|as soon as|when|once|before|after|until)\s+([^,.;:]+)/i;

/**
 * "When the season began, 40 volunteers were on the rota" / "By the end of the season, the rota had
 * grown to 64": the start and the end of one thing are two moments, whatever words they share.
 */
const PHASES: readonly { phase: 'start' | 'end'; words: RegExp }[] = [
  { phase: 'start', words: /\b(?:begin|begins|began|begun|beginning|start|starts|started|outset|opened)\b/i },
  { phase: 'end', words: /\b(?:end|ends|ended|finish|finished|close|closed|conclusion)\b/i },
];

interface Moment {
  opener: string;
  stems: Set<string>;
  phase: 'start' | 'end' | null;
}

/** The moment clause in a sentence, its opener, content stems and phase, or null when it names none. */
function momentOf(sentence: string): Moment | null {
  const found = MOMENT_OPENERS.exec(sentence);
  if (!found) return null;
  const stems = contentStems(found[2]!);
  const phases = PHASES.filter(({ words }) => words.test(found[0]!));
  return stems.length > 0 ? { opener: found[1]!.toLowerCase(), stems: new Set(stems), phase: phases.length === 1 ? phases[0]!.phase : null } : null;
}

function differentMoments(x: Moment, y: Moment): boolean {
  if (x.phase && y.phase && x.phase !== y.phase) return true;
  return x.opener !== y.opener && ![...x.stems].some((stem) => y.stems.has(stem));
}

/** "The diocese now has 187 parishes": a statement told of the present. */
function toldOfNow({ source }: Statement): boolean {
  return source.qualifiers.time === 'now';
}

/**
 * Every statement of each side is told at a moment, and no moment of one is the other's, opened or
 * worded alike or in the same phase; or one side is told at a moment its clause names and the other
 * of now ("had 212 parishes when Bishop Garland took office in 2009" / "now has 187 parishes").
 */
export function toldAtDifferentMoments(a: Statement[], b: Statement[]): boolean {
  const [left, right] = [a.map(({ source }) => momentOf(source.text)), b.map(({ source }) => momentOf(source.text))];
  // ("Officials stopped the game when Hansbrough, who now has 2,302 points, …": a side told of now itself is no earlier moment.)
  const atMomentAgainstNow = (moments: (Moment | null)[], side: Statement[], other: Statement[]) => moments.every((m) => m !== null) && !side.some(toldOfNow) && other.every(toldOfNow);
  if (atMomentAgainstNow(left, a, b) || atMomentAgainstNow(right, b, a)) return true;
  if (left.some((m) => m === null) || right.some((m) => m === null)) return false;
  return left.every((x) => right.every((y) => differentMoments(x!, y!)));
}
