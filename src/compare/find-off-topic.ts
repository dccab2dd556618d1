// Off-topic sentences: spam, boilerplate or a paragraph pasted from another page. A sentence is
// off-topic when it shares no name with the rest of its article or with the other articles of the
// story, and (almost) none of its content words: at most OFF_TOPIC.maxSharedShare of them, because
// a pasted sentence still says "years" or "world" now and then. Very short sentences ("Read more.")
// carry too little to judge and are left alone.
import type { Extraction, OffTopicRecord } from '../types.ts';
import { sentenceFeatures } from './article-text.ts';
import { capitalisedNames } from './words.ts';

export const OFF_TOPIC = { maxSharedShare: 0.15, minContentWords: 4 };

export function findOffTopicSentences(extractions: Extraction[]): OffTopicRecord[] {
  const articles = extractions.map((extraction) => ({
    extraction,
    sentences: sentenceFeatures(extraction).map((s) => ({
      ...s,
      names: new Set([...capitalisedNames(s.text), ...mentionsIn(extraction, s.index)]),
    })),
  }));

  // How many sentences of the whole story use each word / name: a sentence's own use is subtracted
  // below, so "used elsewhere" is just count > 1. Linear in the size of the corpus.
  const wordUse = new Map<string, number>();
  const nameUse = new Map<string, number>();
  for (const { sentences } of articles) {
    for (const s of sentences) {
      for (const w of s.stems) wordUse.set(w, (wordUse.get(w) ?? 0) + 1);
      for (const n of s.names) nameUse.set(n, (nameUse.get(n) ?? 0) + 1);
    }
  }

  const records: OffTopicRecord[] = [];
  for (const { extraction, sentences } of articles) {
    for (const s of sentences) {
      if (s.stems.size < OFF_TOPIC.minContentWords) continue;
      const sharesName = [...s.names].some((n) => (nameUse.get(n) ?? 0) > 1);
      const sharedWords = [...s.stems].filter((w) => (wordUse.get(w) ?? 0) > 1).length;
      if (!sharesName && sharedWords / s.stems.size <= OFF_TOPIC.maxSharedShare) {
        records.push({ article: extraction.article.id, sentence: s.index, text: s.text });
      }
    }
  }
  return records.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.sentence - b.sentence));
}

function mentionsIn(extraction: Extraction, sentence: number): string[] {
  return extraction.mentions.filter((m) => m.sentence === sentence && m.kind !== 'VALUE').map((m) => m.text.toLowerCase());
}
