// Which predicted entity mention stands for which gold mention, inside one document.
//
// The rule: two mentions match when they lie in the same sentence, one span lies inside the other,
// and the inner span overlaps the outer span's head. The predicted head comes from extract (see
// head-span.ts); ECB+ gives no heads, and its entity spans are short (mostly a name or a noun with
// its modifiers: "rep Jack Ketsoyan", "Promises Treatment Center"), so a gold mention's head is taken
// to be its last word. So "A friend of the actress" (head "friend") matches gold "friend" but not
// gold "actress"; "Tara Reid" matches gold "Reid"; a predicted "Promises" does not match gold
// "Promises Treatment Center", whose head "Center" it lacks.
//
// Each gold and each predicted mention is used at most once; the closest pairs (smallest difference in
// length, then earliest) are taken first, so "Tara Reid" goes to gold "Tara Reid" before gold "Reid".
import type { Span } from '../../src/types.ts';

export interface HeadedSpan extends Span {
  head: Span;
}

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The last word of a gold mention, its head for matching. */
export function lastWordSpan(text: string, span: Span): Span {
  const surface = text.slice(span.start, span.end);
  const words = [...surface.matchAll(/\S+/g)];
  const last = words.at(-1);
  return last ? { start: span.start + last.index, end: span.start + last.index + last[0].length } : span;
}

/** Whether the pair matches under the rule above; `text` is the article, for the sentence test. */
export function mentionsMatch(text: string, gold: HeadedSpan, predicted: HeadedSpan): boolean {
  // ECB+ sentences are lines; a predicted span across a line break is in no one sentence.
  if (text.slice(predicted.start, predicted.end).includes('\n')) return false;
  if (inside(gold, predicted) && overlap(predicted.head, gold)) return true;
  return inside(predicted, gold) && overlap(gold.head, predicted);
}

/** For each gold mention, the index of the predicted mention matched to it, or undefined. */
export function matchMentions(text: string, gold: readonly HeadedSpan[], predicted: readonly HeadedSpan[]): (number | undefined)[] {
  const candidates: { g: number; p: number; distance: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (overlap(g, p) && mentionsMatch(text, g, p)) candidates.push({ g: gi, p: pi, distance: Math.abs(p.end - p.start - (g.end - g.start)) });
    });
  });
  candidates.sort((a, b) => a.distance - b.distance || gold[a.g].start - gold[b.g].start || predicted[a.p].start - predicted[b.p].start);
  const matched: (number | undefined)[] = new Array(gold.length).fill(undefined);
  const used = new Set<number>();
  for (const { g, p } of candidates) {
    if (matched[g] !== undefined || used.has(p)) continue;
    matched[g] = p;
    used.add(p);
  }
  return matched;
}
