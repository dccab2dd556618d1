// The compare view opened on a served story with sources A and B picked by the start of their file
// names ("000_", "03-"), or B as every other source ('*').
import path from 'node:path';
import type { ViewerStory } from '../../src/server/viewer-story.ts';
import type { ServedStory } from './viewer-session.ts';

export interface OpenedComparison {
  story: ViewerStory;
  /** The id of the source whose file name starts so. */
  idOf: (fileStart: string) => string;
}

export async function openComparison(served: ServedStory, a: string, b: string): Promise<OpenedComparison> {
  const story = (await (await fetch(new URL('/api/story', served.viewer.server.url))).json()) as ViewerStory;
  const idOf = (fileStart: string) => story.articles.find((article) => path.basename(article.path).startsWith(fileStart))!.id;
  await served.page.click('#show-compare');
  await served.page.selectOption('#compare-a', idOf(a));
  await served.page.selectOption('#compare-b', b === '*' ? b : idOf(b));
  return { story, idOf };
}
