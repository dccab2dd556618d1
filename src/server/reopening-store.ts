// A store for a long-running reader (the server, its query process). `storygraph ingest` never
// writes into the embedded database a reader has open: it writes a new file and swaps the marker
// in <db>/storygraph.json. So before each use this store asks which file is current and, when it
// changed, opens the new one; the old one is closed once the requests still using it are done.
import { resolve } from 'node:path';
import { currentDatabaseFile, DEFAULT_DB_DIR, EmbeddedStore } from '../store/embedded-store.ts';
import { openStore, type StoreSettings } from '../store/open-store.ts';
import type { GraphStore, QueryResult, Row, WriteOptions } from '../store/store.ts';
import type { Article, StoryExport } from '../types.ts';
import { readOneStory } from '../store/read-one-story.ts';

interface OpenedStore {
  store: GraphStore;
  /** The database file it has open; null for Neo4j, which has no file to follow. */
  file: string | null;
  users: number;
  retired: boolean;
}

export class ReopeningStore implements GraphStore {
  private opened: OpenedStore | null = null;
  private opening: Promise<OpenedStore> | null = null;

  private constructor(
    private readonly settings: StoreSettings,
    first: OpenedStore,
  ) {
    this.opened = first;
  }

  /** Opens the store now, so a missing database or an unreachable Neo4j is reported at start. */
  static async open(settings: StoreSettings): Promise<ReopeningStore> {
    const store = await openStore(settings);
    return new ReopeningStore(settings, { store, file: databaseFileOf(store, settings), users: 0, retired: false });
  }

  get location(): string {
    return this.opened?.store.location ?? 'a closed store';
  }

  readStory(): Promise<StoryExport> {
    return this.use((store) => store.readStory());
  }

  readOneStory(storyId: string): Promise<{ story: StoryExport; articles: Article[] } | undefined> {
    return this.use((store) => readOneStory(store, storyId));
  }

  readArticles(): Promise<Article[]> {
    return this.use((store) => store.readArticles());
  }

  query(cypher: string, params?: Row): Promise<QueryResult> {
    return this.use((store) => store.query(cypher, params));
  }

  writeStory(story: StoryExport, articles: Article[], options?: WriteOptions): Promise<void> {
    return this.use((store) => store.writeStory(story, articles, options));
  }

  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    if (opened) await retire(opened);
  }

  private async use<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
    let opened = await this.current();
    // A reopen may have retired it while this request waited; take the newer one then.
    while (opened.retired) opened = await this.current();
    opened.users++;
    try {
      return await work(opened.store);
    } finally {
      opened.users--;
      if (opened.retired && opened.users === 0) await opened.store.close().catch(() => undefined);
    }
  }

  private async current(): Promise<OpenedStore> {
    const opened = this.opened;
    if (opened === null) throw new Error('the store is closed');
    if (opened.file === null || databaseFileOf(opened.store, this.settings) === opened.file) return opened;
    // One reopen however many requests notice the change at once.
    this.opening ??= this.reopen(opened).finally(() => (this.opening = null));
    return this.opening;
  }

  private async reopen(previous: OpenedStore): Promise<OpenedStore> {
    const store = await openStore(this.settings);
    const next = { store, file: databaseFileOf(store, this.settings), users: 0, retired: false };
    this.opened = next;
    await retire(previous);
    return next;
  }
}

/**
 * The one place that says which database file a store reads: the file the marker names, for the
 * embedded store; null for Neo4j. Cheap (one small file read), so it runs on every request.
 */
function databaseFileOf(store: GraphStore, settings: StoreSettings): string | null {
  if (!(store instanceof EmbeddedStore)) return null;
  return currentDatabaseFile(resolve(settings.db ?? DEFAULT_DB_DIR));
}

async function retire(opened: OpenedStore): Promise<void> {
  opened.retired = true;
  if (opened.users === 0) await opened.store.close().catch(() => undefined);
}
