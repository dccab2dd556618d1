// Sentence boundaries with exact character spans, from wink-nlp's tokenizer.
import type { Sentence } from '../types.ts';
import { tokenize } from './tokens.ts';

export function splitSentences(text: string): Sentence[] {
  return tokenize(text).sentences.map((s, index) => ({ index, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}
