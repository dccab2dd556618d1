// The real pipeline, in memory, over one group of ECB+ articles: read → extract → resolve, wired as
// src/ingest.ts buildStory wires them (articles in id order, one resolve over all extractions). The
// later stages (merge, compare, export) do not change entity ids, so they are not run.
import { extractTriples } from '../../src/extract/index.ts';
import { readArticles } from '../../src/read/index.ts';
import { resolveTriples, type ResolveOptions, type StoryResolution } from '../../src/resolve/index.ts';
import type { Article, Extraction } from '../../src/types.ts';

export interface PipelineRun {
  /** Articles by the path they were read from. */
  articleOf: Map<string, Article>;
  extractions: Extraction[];
  resolution: StoryResolution;
  /** Files the read stage rejected or skipped as duplicates, one line each. */
  problems: string[];
}

export async function runPipeline(paths: string[], options: ResolveOptions = {}): Promise<PipelineRun> {
  const { articles, rejected, duplicates } = await readArticles(paths);
  const problems = [
    ...rejected.map((r) => `${r.path} ${r.reason}`),
    ...duplicates.map((d) => `${d.path} has the same text as ${d.sameAs}, read once`),
  ];
  const inIdOrder = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extractions = inIdOrder.map((article) => extractTriples(article));
  const resolution = resolveTriples(extractions, options);
  return { articleOf: new Map(articles.map((article) => [article.path, article])), extractions, resolution, problems };
}
