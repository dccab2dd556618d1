// The whole pipeline, wired in one direction: read → extract → stories → (per story) resolve →
// merge → align → compare → store. Stages are plain functions; this module only passes data from
// one to the next.
import { findContradictions } from './compare/find-contradictions.ts';
import { findOffTopicSentences } from './compare/find-off-topic.ts';
import { scoreReuse } from './compare/score-reuse.ts';
import { toStoryExport } from './export/story-export.ts';
import { extractTriples } from './extract/index.ts';
import { extractAll } from './extract/parallel-extract.ts';
import { buildClaimGraph } from './graph/build-claim-graph.ts';
import { alignFacts } from './align/index.ts';
import type { Progress } from './progress.ts';
import { readArticles, type ReadOptions } from './read/index.ts';
import type { Rejection } from './read/rejection.ts';
import { resolveTriples } from './resolve/index.ts';
import { printable } from './terminal-text.ts';
import type { GraphStore } from './store/store.ts';
import type { Article, Extraction, StoryExport } from './types.ts';
import { groupIntoStories, type Story } from './stories/index.ts';
import { combineStories } from './export/combine-stories.ts';

export interface IngestResult {
  story: StoryExport;
  rejected: Rejection[];
  /** Articles that were not in the store before this ingest. */
  added: Article[];
  /** All articles the story was computed over (stored and new). */
  articles: Article[];
}

function byId(a: Article, b: Article): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Runs one stage; the benchmark passes a stopwatch here to see where time goes. */
export type StageRunner = <T>(stage: string, work: () => T) => T;
const runStage: StageRunner = (_stage, work) => work();

export interface BuildOptions {
  /**
   * Treat the articles as one story without grouping them: for evaluations whose stories are
   * given (an ECB+ sub-topic), so that what they measure is alignment and compare alone.
   */
  oneStory?: boolean;
}

/**
 * Computes the stories over a set of articles: the pure part of ingest, no I/O. Articles are
 * grouped into stories first; resolve, align and compare then run inside each story only.
 */
export function buildStory(articles: Article[], progress?: Progress, stage: StageRunner = runStage, options: BuildOptions = {}): StoryExport {
  const extractions: Extraction[] = stage('extract', () =>
    articles.map((article) => {
      const extraction = extractTriples(article);
      progress?.tick(1, printable(article.path));
      return extraction;
    }),
  );
  return storyOfExtractions(extractions, stage, options);
}

/** Everything after extract: grouping into stories, then each story on its own. */
export function storyOfExtractions(extractions: Extraction[], stage: StageRunner = runStage, options: BuildOptions = {}): StoryExport {
  const articles = extractions.map((e) => e.article);
  const stories = stage('stories', () => (options.oneStory ? [storyOfAll(articles)] : groupIntoStories(articles)));
  const byId = new Map(extractions.map((e) => [e.article.id, e]));
  const exports = stories.map((story) => analyseStory(story, story.articles.map((id) => byId.get(id)!), stage));
  return stage('export', () => combineStories(exports));
}

function storyOfAll(articles: Article[]): Story {
  const ids = articles.map((a) => a.id).sort();
  return { id: `s:${ids[0] ?? 'empty'}`, label: articles.find((a) => a.id === ids[0])?.title ?? '', articles: ids };
}

/** Everything after grouping, inside one story: its extractions in article-id order. */
function analyseStory(story: Story, extractions: Extraction[], stage: StageRunner): StoryExport {
  const resolution = stage('resolve', () => resolveTriples(extractions));
  const graph = stage('merge', () => buildClaimGraph(resolution, extractions));
  const facts = stage('align', () => alignFacts(graph, extractions));
  const contradictions = stage('contradictions', () => findContradictions(graph));
  const reuse = stage('reuse (every pair)', () => scoreReuse(extractions));
  const offTopic = stage('off-topic', () => findOffTopicSentences(extractions));
  return stage('export', () => toStoryExport(story, extractions, resolution, graph, facts, contradictions, reuse, offTopic));
}

/**
 * Reads the paths and recomputes the story over the stored articles plus the new ones, so a claim
 * that was unique becomes corroborated or contradicted when a later article speaks to it. Writing is
 * idempotent: ingesting the same articles twice leaves the same graph.
 */
export async function ingestPaths(paths: string[], store: GraphStore, progress?: (total: number) => Progress, readOptions: ReadOptions = {}): Promise<IngestResult> {
  const { articles: read, rejected } = await readArticles(paths, readOptions);
  const release = await store.lockForIngest?.();
  try {
    return await ingestRead(read, rejected, store, progress);
  } finally {
    await release?.();
  }
}

async function ingestRead(read: Article[], rejected: Rejection[], store: GraphStore, progress?: (total: number) => Progress): Promise<IngestResult> {
  const stored = await store.readArticles();
  const known = new Set(stored.map((a) => a.id));
  const added = read.filter((a) => !known.has(a.id));
  // The story depends on the set of articles only, never on file order or on which ingest
  // brought an article in: every stage sees them in id order.
  const articles = [...stored, ...added].sort(byId);
  const bar = progress?.(articles.length);
  // On every core for a large ingest; the same extractions as one thread's, in the same order.
  const extractions = await extractAll(articles, { progress: bar });
  const story = storyOfExtractions(extractions);
  bar?.stop();
  if (articles.length > 0) await store.writeStory(story, articles);
  return { story, rejected, added, articles };
}
