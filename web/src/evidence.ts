// One source's sentence with the claim's span marked. The span is [start, end) in the article;
// the server tells us where the sentence starts, so the mark lands on the exact characters.
import type { ViewerSource } from '../../src/server/viewer-story.ts';
import { h, type Child } from './dom.ts';
import type { DiffPart } from './word-diff.ts';

export function sentenceWithSpan(source: ViewerSource): HTMLElement {
  const sentence = source.text;
  const span = spanInSentence(source);
  if (!span) return h('q', { class: 'sentence' }, sentence);
  return h(
    'q',
    { class: 'sentence' },
    sentence.slice(0, span.start),
    h('mark', { class: 'span', title: 'the words the claim was read from' }, sentence.slice(span.start, span.end)),
    sentence.slice(span.end),
  );
}

/** The claim span relative to its sentence, clipped to it; null when it cannot be placed. */
export function spanInSentence(source: ViewerSource): { start: number; end: number } | null {
  if (source.sentenceStart === null) return null;
  const start = Math.max(0, source.start - source.sentenceStart);
  const end = Math.min(source.text.length, source.end - source.sentenceStart);
  return end > start ? { start, end } : null;
}

export function diffSentence(parts: DiffPart[]): HTMLElement {
  const children: Child[] = parts.map((part) => (part.changed ? h('mark', { class: 'diff', title: 'differs from the other side' }, part.text) : part.text));
  return h('q', { class: 'sentence' }, ...children);
}
