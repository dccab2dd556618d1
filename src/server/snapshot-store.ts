// A GraphStore over one StoryExport held in memory: serves the viewer for benchmarks and
// fixtures without a database. It cannot run Cypher and says so; it never pretends to.
import type { Article, StoryExport } from '../types.ts';
import type { GraphStore, QueryResult } from '../store/store.ts';
import { storiesOfExport, type StoryListing } from '../store/story-list.ts';

export class SnapshotStore implements GraphStore {
  readonly location = 'in-memory story snapshot';

  constructor(
    private story: StoryExport,
    private articles: Article[] = [],
  ) {}

  async writeStory(story: StoryExport, articles: Article[]): Promise<void> {
    this.story = story;
    this.articles = articles;
  }

  async readStory(): Promise<StoryExport> {
    return this.story;
  }

  async readArticles(): Promise<Article[]> {
    return this.articles;
  }

  async listStories(): Promise<StoryListing[]> {
    return storiesOfExport(this.story);
  }

  async query(): Promise<QueryResult> {
    throw new Error('this in-memory snapshot has no graph database, so it cannot run Cypher');
  }

  async close(): Promise<void> {}
}
