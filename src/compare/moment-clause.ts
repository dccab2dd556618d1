// When a stated amount held, told by a clause of its own: "the boat weighed 750kg when she left" /
// "By the time she reached Antigua, the boat weighed about 500kg". Two amounts each told at a moment
// its clause names, opened by different words and told with no word in common, are a value that
// changed between them, not two answers to one question. Moments opened alike are one moment worded
// two ways ("until paramedics arrived" / "until an ambulance crew took over", "when he was killed"
// / "when he died").
import type { Statement } from './statements.ts';
import { contentStems } from './words.ts';

/** Words opening a clause that names the moment of the sentence's statement. */
const MOMENT_OPENERS = /\b(by the time|as soon as|when|once|before|after|until)\s+([^,.;:]+)/i;

interface Moment {
  opener: string;
  stems: Set<string>;
}

/** The moment clause in a sentence, its opener and content stems, or null when it names none. */
function momentOf(sentence: string): Moment | null {
  const found = MOMENT_OPENERS.exec(sentence);
  if (!found) return null;
  const stems = contentStems(found[2]!);
  return stems.length > 0 ? { opener: found[1]!.toLowerCase(), stems: new Set(stems) } : null;
}

/** Every statement of each side is told at a moment, and no moment of one is opened or worded as one of the other. */
export function toldAtDifferentMoments(a: Statement[], b: Statement[]): boolean {
  const [left, right] = [a.map(({ source }) => momentOf(source.text)), b.map(({ source }) => momentOf(source.text))];
  if (left.some((m) => m === null) || right.some((m) => m === null)) return false;
  return left.every((x) => right.every((y) => x!.opener !== y!.opener && ![...x!.stems].some((stem) => y!.stems.has(stem))));
}
