// Stories: the articles of one feed grouped by the event they report, before align and compare,
// which then work inside one story only (ARCHITECTURE.md). Two earthquakes are two stories.
//
// Articles become TF-IDF vectors of their words and names (term-vectors.ts), each is compared with
// its nearest few (nearest-articles.ts), and groups form by average link (average-link.ts) with
// the weights and threshold fitted on ECB+ train sub-topics (story-weights.json).
import type { Article } from '../types.ts';
import { articleTerms } from './article-terms.ts';
import { averageLinkGroups } from './average-link.ts';
import { nearestPairs } from './nearest-articles.ts';
import { storyModel, type StoryModel } from './story-model.ts';
import { dot, termVectors, type TermVector } from './term-vectors.ts';

export interface Story {
  /** `s:` + the smallest article id of the story: the same articles always give the same id, and a story keeps it as it grows unless an article with a smaller id joins. */
  id: string;
  /** The headline of the article nearest the story's centre. */
  label: string;
  /** Article ids, sorted. */
  articles: string[];
}

export function groupIntoStories(articles: Article[], model: StoryModel = storyModel()): Story[] {
  // Article order must not matter: everything below runs over the articles sorted by id.
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const vectors = termVectors(sorted.map(articleTerms), model);
  const pairs = nearestPairs(vectors, model.blockingTerms, model.neighbours);
  return averageLinkGroups(vectors, pairs, model.threshold, model.cohesion, model.yearSplit ?? null)
    .map((group): Story => {
      const articles = group.map((i) => sorted[i]!.id);
      return { id: `s:${articles[0]}`, label: storyLabel(group.map((i) => sorted[i]!), group.map((i) => vectors[i]!)), articles };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function storyLabel(members: Article[], vectors: TermVector[]): string {
  // Each article's summed cosine with the others is its dot product with the story's sum vector,
  // less its own square: one pass, however large the story.
  const sum = new Map<string, number>();
  for (const vector of vectors) for (const [term, weight] of vector.weights) sum.set(term, (sum.get(term) ?? 0) + weight);
  let best = 0;
  let bestScore = -1;
  vectors.forEach((vector, i) => {
    const score = dot(vector.weights, sum) - dot(vector.weights, vector.weights);
    if (score > bestScore + 1e-12) {
      best = i;
      bestScore = score;
    }
  });
  return members[best]!.title;
}
