// One interface, two implementations (embedded @ladybugdb/core, Neo4j): same schema, same Cypher.
import type { StoryListing } from './story-list.ts';
import type { Article, StoryExport } from '../types.ts';

export type Row = Record<string, unknown>;

export interface QueryResult {
  columns: string[];
  rows: Row[];
}

export interface WriteOptions {
  /** Articles to delete from the store with everything derived from them (`storygraph remove`). */
  removedArticles?: string[];
}

export interface GraphStore {
  /** Human-readable location, used in error messages ("embedded store at ./.storygraph"). */
  readonly location: string;
  /** Idempotent: MERGE on primary keys, in UNWIND batches, always parameterised. */
  writeStory(story: StoryExport, articles: Article[], options?: WriteOptions): Promise<void>;
  /**
   * Held from reading the stored articles to writing the recomputed story, so that two ingests
   * never each write a story without the other's articles (Neo4j; the embedded store refuses a
   * second writer instead). Returns the function that releases it.
   */
  lockForIngest?(): Promise<() => Promise<void>>;
  readStory(): Promise<StoryExport>;
  /** The stories with their counts, for a store that cannot answer the Cypher of story-list.ts. */
  listStories?(): Promise<StoryListing[]>;
  /** One story and its articles' text, read by queries limited to it (the viewer's story view). */
  readOneStory?(storyId: string): Promise<{ story: StoryExport; articles: Article[] } | undefined>;
  /** Stored articles with their text, so a later ingest can recompute statuses over old and new. */
  readArticles(): Promise<Article[]>;
  query(cypher: string, params?: Row): Promise<QueryResult>;
  close(): Promise<void>;
}
