// Articles as TF-IDF vectors, one unit-length block per family of terms (words, names, figures)
// scaled so that the dot product of two articles is the weighted mean of the three families'
// cosines. Names and figures thus count by their own fitted weight, however many words an article
// has. Document frequencies are the background's (a reference corpus, counted once by
// `npm run train:stories`) plus the set's own: two articles of a small ingest are weighed as in a
// large one, and in a large feed its own common words count for less.
import type { StoryModel } from './story-model.ts';

export interface TermVector {
  /** Terms sorted by weight, heaviest first (blocking reads the first few). */
  terms: string[];
  weights: Map<string, number>;
}

const FAMILIES = ['w:', 'n:', 'd:'] as const;

export function termVectors(articles: Map<string, number>[], model: StoryModel): TermVector[] {
  const setFrequency = new Map<string, number>();
  for (const counts of articles) for (const term of counts.keys()) setFrequency.set(term, (setFrequency.get(term) ?? 0) + 1);
  const documents = model.background.documents + articles.length;
  const idf = (term: string) => Math.log((documents + 1) / ((model.background.frequency[term] ?? 0) + (setFrequency.get(term) ?? 0) + 1));
  const familyWeight = { 'w:': 1, 'n:': model.nameWeight, 'd:': model.figureWeight };
  const total = familyWeight['w:'] + familyWeight['n:'] + familyWeight['d:'];
  return articles.map((counts) => {
    const weights = new Map<string, number>();
    for (const family of FAMILIES) {
      const block = new Map<string, number>();
      let norm = 0;
      for (const [term, count] of counts) {
        if (!term.startsWith(family)) continue;
        const weight = (1 + Math.log(count)) * idf(term);
        if (weight <= 0) continue;
        block.set(term, weight);
        norm += weight * weight;
      }
      const scale = Math.sqrt(familyWeight[family] / total) / (Math.sqrt(norm) || 1);
      for (const [term, weight] of block) weights.set(term, weight * scale);
    }
    const terms = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    return { terms, weights };
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  return dot(a.weights, b.weights);
}

/** The dot product of two sparse vectors (an article's, or a group's sum). */
export function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) total += weight * other;
  }
  return total;
}
