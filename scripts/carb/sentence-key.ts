// CaRB pairs gold and predicted tuples by sentence after normalising the sentence text, so that
// tokenisation differences (spaces, PTB bracket escapes, punctuation) do not break the pairing.

import type { CarbTuple } from './tuples.ts';

// Benchmark.PTB_ESCAPES: escapes are turned back into the brackets, which the punctuation pass
// then removes; without this step "-LRB-" would leave "LRB" in the key.
const PTB_ESCAPES: [string, string][] = [
  ['(', '-LRB-'],
  [')', '-RRB-'],
  ['[', '-LSB-'],
  [']', '-RSB-'],
  ['{', '-LCB-'],
  ['}', '-RCB-'],
];

// Python's string.punctuation: ASCII only.
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Benchmark.normalizeKey: drop spaces (only U+0020), unescape PTB brackets, drop ASCII punctuation. */
export function sentenceKey(sentence: string): string {
  let key = sentence.replaceAll(' ', '');
  for (const [bracket, escape] of PTB_ESCAPES) key = key.replaceAll(escape, bracket);
  return key.replace(ASCII_PUNCTUATION, '');
}

/**
 * Tuples grouped by normalised sentence, in first-seen order. Like CaRB's
 * `dict([(normalizeKey(k), v) …])`, when two distinct sentences normalise to the same key the
 * later sentence's tuples replace the earlier one's while the key keeps its first position.
 */
export function groupBySentence(tuples: readonly CarbTuple[]): Map<string, CarbTuple[]> {
  const bySentence = new Map<string, CarbTuple[]>();
  for (const t of tuples) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  const byKey = new Map<string, CarbTuple[]>();
  for (const [sentence, list] of bySentence) byKey.set(sentenceKey(sentence), list);
  return byKey;
}
