// One story, from its articles to its export: extract, resolve, merge, align, compare. Stories
// share nothing, so each is computed alone — on the main thread or on a worker (story-pool.ts),
// with the same result byte for byte.
import { alignFacts } from './align/index.ts';
import { findContradictions } from './compare/find-contradictions.ts';
import { findOffTopicSentences } from './compare/find-off-topic.ts';
import { scoreReuse } from './compare/score-reuse.ts';
import { toStoryExport } from './export/story-export.ts';
import { extractTriples } from './extract/index.ts';
import { buildClaimGraph } from './graph/build-claim-graph.ts';
import { resolveTriples } from './resolve/index.ts';
import type { Story } from './stories/index.ts';
import type { Article, Extraction, StoryExport } from './types.ts';

/** Runs one stage; the benchmark passes a stopwatch here to see where time goes. */
export type StageRunner = <T>(stage: string, work: () => T) => T;
export const runStage: StageRunner = (_stage, work) => work();

/** The story's articles must be in id order (the story's own order), so results never depend on input order. */
export function analyseStoryArticles(story: Story, articles: Article[], stage: StageRunner = runStage): StoryExport {
  const extractions = stage('extract', () => articles.map(extractTriples));
  return analyseStory(story, extractions, stage);
}

/** Everything after extract, inside one story. */
export function analyseStory(story: Story, extractions: Extraction[], stage: StageRunner = runStage): StoryExport {
  const resolution = stage('resolve', () => resolveTriples(extractions));
  const graph = stage('merge', () => buildClaimGraph(resolution, extractions));
  const facts = stage('align', () => alignFacts(graph, extractions));
  const contradictions = stage('contradictions', () => findContradictions(graph));
  const reuse = stage('reuse', () => scoreReuse(extractions));
  const offTopic = stage('off-topic', () => findOffTopicSentences(extractions));
  return stage('export', () => toStoryExport(story, extractions, resolution, graph, facts, contradictions, reuse, offTopic));
}
