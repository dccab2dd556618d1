// Which articles to compare, without comparing every pair: each article is indexed under its
// heaviest terms, finds the articles that share them, and keeps the nearest few by the shared
// terms' weight. Only those pairs get a full cosine. A feed of 10,000 articles thus costs about
// 10,000 × neighbours cosines, not 50 million.
import { cosine, type TermVector } from './term-vectors.ts';
import { pushTo } from '../push-to.ts';

export interface ArticlePair {
  a: number;
  b: number;
  similarity: number;
}

export function nearestPairs(vectors: TermVector[], blockingTerms: number, neighbours: number): ArticlePair[] {
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const term of vector.terms.slice(0, blockingTerms)) pushTo(postings, term, index);
  });
  const pairs = new Map<number, ArticlePair>();
  const n = vectors.length;
  vectors.forEach((vector, index) => {
    const shared = new Map<number, number>();
    for (const term of vector.terms.slice(0, blockingTerms)) {
      const weight = vector.weights.get(term)!;
      for (const other of postings.get(term)!) {
        if (other !== index) shared.set(other, (shared.get(other) ?? 0) + weight * vectors[other]!.weights.get(term)!);
      }
    }
    // Ties by article order: the same set of articles always gives the same pairs.
    const nearest = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, neighbours);
    for (const [other] of nearest) {
      const a = Math.min(index, other);
      const b = Math.max(index, other);
      const key = a * n + b;
      if (!pairs.has(key)) pairs.set(key, { a, b, similarity: cosine(vectors[a]!, vectors[b]!) });
    }
  });
  return [...pairs.values()];
}
