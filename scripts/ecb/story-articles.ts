// ECB+ documents as articles with their gold story (the sub-topic: one event), for the story evals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/types.ts';
import { shortHash } from '../../src/graph/short-hash.ts';
import type { GoldDocument } from './corpus.ts';

export interface StoryArticle {
  article: Article;
  goldStory: string;
  topic: number;
}

/** Reads each document as the reader would (title = first line), keeping its gold sub-topic. */
export function storyArticles(dir: string, documents: GoldDocument[]): StoryArticle[] {
  return documents.map((document) => {
    const text = readFileSync(path.join(dir, document.path), 'utf8');
    const title = text.split('\n', 1)[0]!.trim();
    return { article: { id: shortHash(text), title, outlet: null, published: null, path: document.path, text }, goldStory: document.subtopic, topic: document.topic };
  });
}
