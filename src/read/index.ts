// The read stage: paths (files or folders) in, articles out, plus one rejection per unusable input.
// Reading never throws for bad input; the caller decides how to report rejections.
import type { Article } from '../types.ts';
import { articleId } from './article-id.ts';
import { readArticleFile } from './read-article-file.ts';
import { DEFAULT_MAX_BYTES } from './read-bytes.ts';
import type { Rejection } from './rejection.ts';
import { walkPaths } from './walk-paths.ts';

export type { Rejection } from './rejection.ts';
export { DEFAULT_MAX_BYTES } from './read-bytes.ts';

export interface ReadOptions {
  /** Files larger than this are rejected from their size on disk, without being read. */
  maxBytes?: number;
  /** Folders never walked into: the database the articles are being stored in may sit among them. */
  skipFolders?: string[];
}

export interface ReadResult {
  /** In input order: paths as given, folder contents sorted by name. */
  articles: Article[];
  rejected: Rejection[];
  /** Inputs whose text was identical to an earlier article's; not an error, just not read twice. */
  duplicates: { path: string; sameAs: string }[];
  /** Files read less well than their format allows (a page whose article body was not found). */
  warnings: Rejection[];
}

export async function readArticles(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const result: ReadResult = { articles: [], rejected: [], duplicates: [], warnings: [] };
  const byId = new Map<string, Article>();
  for (const entry of await walkPaths(paths, options.skipFolders)) {
    if ('rejected' in entry) {
      result.rejected.push(entry.rejected);
      continue;
    }
    const { drafts, rejected, warnings } = await readArticleFile(entry.file, maxBytes);
    result.rejected.push(...rejected);
    result.warnings.push(...(warnings ?? []));
    for (const draft of drafts) {
      const id = articleId(draft.text);
      const earlier = byId.get(id);
      if (earlier) {
        result.duplicates.push({ path: draft.path, sameAs: earlier.path });
        continue;
      }
      const { title, outlet, published, path, text } = draft;
      const article: Article = { id, title, outlet, published, path, text };
      byId.set(id, article);
      result.articles.push(article);
    }
  }
  return result;
}
