// A large feed built from the ECB+ train/dev articles: real sentence structure, copied with the
// names, figures and half of the longer words varied, so that each copy of a sub-topic is a
// different story (gold: copy × sub-topic). Deterministic: the same size always gives the same feed.
import { createHash } from 'node:crypto';
import type { StoryArticle } from '../ecb/story-articles.ts';

/** Capitalised words that open sentences, not names: left as they are. */
const SENTENCE_OPENERS = new Set('The A An In On At After Before He She It They We I But And This That These Those His Her Their Its As For With When While If Police Officials'.split(' '));
const SYLLABLES = 'ka ri to ven sul mar do ne lis bra go tem fi ra sol ur mo de an kel'.split(' ');

function hash(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}

function pseudoName(word: string, copy: number): string {
  const h = hash(`${word}#${copy}`);
  const parts = 2 + (h % 2);
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[(h >>> (i * 5)) % SYLLABLES.length];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Longer lower-case words grouped by their last two letters, so a swap keeps "-ed", "-ly", "-on". */
function vocabularyByEnding(texts: string[]): Map<string, string[]> {
  const byEnding = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const word of text.match(/\b[a-z]{5,}\b/g) ?? []) {
      const ending = word.slice(-2);
      if (!byEnding.has(ending)) byEnding.set(ending, new Set());
      byEnding.get(ending)!.add(word);
    }
  }
  return new Map([...byEnding].map(([ending, words]) => [ending, [...words].sort()]));
}

export function variedText(text: string, copy: number, vocabulary: Map<string, string[]>): string {
  if (copy === 0) return text;
  return text
    .replace(/\b[A-Z][a-z]+\b/g, (word) => (SENTENCE_OPENERS.has(word) ? word : pseudoName(word, copy)))
    .replace(/\b\d+\b/g, (digits) => String(Number(digits) + copy * 7))
    .replace(/\b[a-z]{5,}\b/g, (word) => {
      const h = hash(`${word}@${copy}`);
      if (h % 2 === 0) return word;
      const pool = vocabulary.get(word.slice(-2))!;
      return pool[(h >>> 1) % pool.length]!;
    });
}

export interface FeedArticle {
  name: string;
  text: string;
  goldStory: string;
}

export function variedFeed(documents: StoryArticle[], size: number): FeedArticle[] {
  const vocabulary = vocabularyByEnding(documents.map((d) => d.article.text));
  const feed: FeedArticle[] = [];
  for (let copy = 0; feed.length < size; copy++) {
    for (const d of documents) {
      if (feed.length >= size) break;
      feed.push({ name: `c${copy}-${d.article.path.replaceAll('/', '_')}`, text: variedText(d.article.text, copy, vocabulary), goldStory: `${copy}:${d.goldStory}` });
    }
  }
  return feed;
}
