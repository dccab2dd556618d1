// The sentences of an extraction, as word features. Falls back to the whole text as one sentence
// when the extractor produced no sentence spans.
import type { Extraction } from '../types.ts';
import { contentStems } from './words.ts';

export interface SentenceFeatures {
  index: number;
  text: string;
  stems: Set<string>;
}

export function sentenceFeatures(extraction: Extraction): SentenceFeatures[] {
  const sentences = extraction.sentences.length
    ? extraction.sentences
    : [{ index: 0, text: extraction.article.text }];
  return sentences.map(({ index, text }) => ({ index, text, stems: new Set(contentStems(text)) }));
}
