// The extract stage: one Article in, its sentences, mentions and triples out.
import type { Article, Extraction } from '../types.ts';
import { splitSentences } from './sentences.ts';

export function extractTriples(article: Article): Extraction {
  const sentences = splitSentences(article.text);
  return { article, sentences, mentions: [], triples: [] };
}
