// The whole pipeline, wired in one direction: read → stories → (inside each story) extract →
// resolve → merge → align → compare → store. Stages are plain functions; this module only passes
// data from one to the next.
import { analyseStoryArticles, runStage, type StageRunner } from './analyse-story.ts';
import { combineStories } from './export/combine-stories.ts';
import type { Progress } from './progress.ts';
import { readArticles, type ReadOptions } from './read/index.ts';
import type { Rejection } from './read/rejection.ts';
import { groupIntoStories, type Story } from './stories/index.ts';
import { analyseStories } from './story-pool.ts';
import type { GraphStore } from './store/store.ts';
import { printable } from './terminal-text.ts';
import type { Article, StoryExport } from './types.ts';

export type { StageRunner } from './analyse-story.ts';

export interface IngestResult {
  story: StoryExport;
  rejected: Rejection[];
  /** Files read less well than their format allows (a page whose article body was not found). */
  warnings: Rejection[];
  /** Articles that were not in the store before this ingest. */
  added: Article[];
  /** All articles the story was computed over (stored and new). */
  articles: Article[];
}

function byId(a: Article, b: Article): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface BuildOptions {
  /**
   * Treat the articles as one story without grouping them: for evaluations whose stories are
   * given (an ECB+ sub-topic), so that what they measure is alignment and compare alone.
   */
  oneStory?: boolean;
}

function storiesOf(articles: Article[], options: BuildOptions): Story[] {
  if (!options.oneStory) return groupIntoStories(articles);
  const ids = articles.map((a) => a.id).sort();
  return ids.length === 0 ? [] : [{ id: `s:${ids[0]}`, label: articles.find((a) => a.id === ids[0])!.title, articles: ids }];
}

/**
 * Computes the stories over a set of articles on this thread: the pure part of ingest, no I/O.
 * Articles are grouped into stories first; every later stage runs inside each story only.
 */
export function buildStory(articles: Article[], progress?: Progress, stage: StageRunner = runStage, options: BuildOptions = {}): StoryExport {
  const stories = stage('stories', () => storiesOf(articles, options));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const exports = stories.map((story) => {
    const done = analyseStoryArticles(story, story.articles.map((id) => articleById.get(id)!), stage);
    progress?.tick(story.articles.length, printable(story.label));
    return done;
  });
  return stage('export', () => combineStories(exports));
}

/** The same as buildStory, with the stories computed on every core for a large set. */
export async function buildStoryInParallel(articles: Article[], progress?: Progress): Promise<StoryExport> {
  const stories = groupIntoStories(articles);
  return combineStories(await analyseStories(stories, new Map(articles.map((a) => [a.id, a])), { progress }));
}

/**
 * Reads the paths and recomputes the story over the stored articles plus the new ones, so a claim
 * that was unique becomes corroborated or contradicted when a later article speaks to it. Writing is
 * idempotent: ingesting the same articles twice leaves the same graph.
 */
export async function ingestPaths(paths: string[], store: GraphStore, progress?: (total: number) => Progress, readOptions: ReadOptions = {}): Promise<IngestResult> {
  const { articles: read, rejected, warnings } = await readArticles(paths, readOptions);
  const release = await store.lockForIngest?.();
  try {
    return { ...(await ingestRead(read, rejected, store, progress)), warnings };
  } finally {
    await release?.();
  }
}

async function ingestRead(read: Article[], rejected: Rejection[], store: GraphStore, progress?: (total: number) => Progress): Promise<Omit<IngestResult, 'warnings'>> {
  const stored = await store.readArticles();
  const known = new Set(stored.map((a) => a.id));
  const added = read.filter((a) => !known.has(a.id));
  // The story depends on the set of articles only, never on file order or on which ingest
  // brought an article in: every stage sees them in id order.
  const articles = [...stored, ...added].sort(byId);
  const bar = progress?.(articles.length);
  // On every core for a large ingest; the same result as one thread's.
  const story = await buildStoryInParallel(articles, bar);
  bar?.stop();
  if (articles.length > 0) await store.writeStory(story, articles);
  return { story, rejected, added, articles };
}
