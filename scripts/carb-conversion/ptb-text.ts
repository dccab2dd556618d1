// CaRB's sentences are Penn-Treebank tokenised: hyphens spaced out ("tax - exempt"), quotes written
// `` and ''. The extractor reads news text, where a spaced hyphen is a dash that ends a phrase and
// `` is two stray backticks. So the extractor gets the sentence as it would be printed, and its
// tuples are written back in the sentence's own tokens, which is what CaRB's matcher compares.

export interface RunningText {
  text: string;
  /** Offsets in `text` of hyphens that were spaced out in the PTB sentence. */
  joinedHyphens: Set<number>;
}

/** The sentence as running text: "tax-exempt", “quoted”. */
export function fromPtb(sentence: string): RunningText {
  const joinedHyphens = new Set<number>();
  let text = '';
  for (let i = 0; i < sentence.length; i++) {
    // "tax - exempt": a hyphen between two word characters, spaced on both sides.
    if (sentence.startsWith(' - ', i) && /\w/.test(sentence[i - 1] ?? '') && /\w/.test(sentence[i + 3] ?? '')) {
      joinedHyphens.add(text.length);
      text += '-';
      i += 2;
    } else if (sentence.startsWith('``', i)) {
      text += '“';
      i += 1;
    } else if (sentence.startsWith("''", i)) {
      text += '”';
      i += 1;
    } else text += sentence[i];
  }
  return { text, joinedHyphens };
}

/** A phrase of the running text in the tokens of the original PTB sentence. */
export function toPtb(phrase: string, running: RunningText): string {
  const at = running.text.indexOf(phrase);
  let out = '';
  for (let k = 0; k < phrase.length; k++) {
    const char = phrase[k]!;
    if (char === '“') out += '``';
    else if (char === '”') out += "''";
    else if (char === '-' && at >= 0 && running.joinedHyphens.has(at + k)) out += ' - ';
    else out += char;
  }
  return out;
}
