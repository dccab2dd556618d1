// The default store: an embedded @ladybugdb/core database in a folder (./.storygraph).
// How the folder's files are laid out, and why an ingest writes a new file beside the current
// one instead of into it, is in database-folder.ts.
import { existsSync, readdirSync, rmdirSync, statfsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Article, StoryExport } from '../types.ts';
import { UserError } from '../user-error.ts';
import { batches, writeInTurn, type CypherRunner, type LabelledWrite } from './cypher-runner.ts';
import {
  checkDatabaseFolder,
  currentDatabaseFile,
  ensureFolder,
  makeCurrent,
  newDatabaseFile,
  removeDatabaseFiles,
  removeStaleDatabaseFiles,
  takeIngestLock,
} from './database-folder.ts';
import { embeddedDialect } from './dialect.ts';
import { plainValue } from './plain-values.ts';
import { readArticleRows } from './read-articles.ts';
import { readOneStoryRows, readStoryRows } from './read-story.ts';
import { embeddedDdl } from './schema.ts';
import { firstLine } from './store-errors.ts';
import type { GraphStore, QueryResult, Row, WriteOptions } from './store.ts';
import { writeStoryRows } from './write-story.ts';

export const DEFAULT_DB_DIR = './.storygraph';
export { currentDatabaseFile } from './database-folder.ts';

type LbugResult = InstanceType<typeof lbug.QueryResult>;

export interface EmbeddedOpenOptions {
  /** False for commands that only read: a missing database is then an error, not an empty story. */
  create?: boolean;
  /**
   * True (the default) opens the current database file read-only, which any number of processes
   * may do at once. Only `serve --allow-writes` opens it for writing, in place.
   */
  readOnly?: boolean;
}

/**
 * The engine reserves this much address space per open database (8 TiB by default); an ingest
 * holds the current file and the one it writes, and a test process holds many, so it is kept to
 * what a story graph could ever need.
 */
const MAX_DATABASE_BYTES = 2 ** 36;

/**
 * The engine's page cache. Its default is most of the machine's memory, and it fills as a large
 * feed is written (400 MB per 1,000 articles); capped, a 10,000-article ingest stays within a few
 * GB, and the cache still holds a story graph of a few thousand articles whole.
 */
const BUFFER_POOL_BYTES = 512 * 2 ** 20;

/** One open database file: the engine's database object and our one connection to it. */
class OpenDatabase {
  private constructor(
    readonly file: string,
    private readonly db: InstanceType<typeof lbug.Database>,
    private readonly conn: InstanceType<typeof lbug.Connection>,
  ) {}

  static async open(dir: string, file: string, readOnly: boolean): Promise<OpenDatabase> {
    // No automatic checkpoints: the one checkpoint is ours, after the whole story is written, where
    // a full disk can be seen coming (writeStory).
    const db = new lbug.Database(join(dir, file), BUFFER_POOL_BYTES, true, readOnly, MAX_DATABASE_BYTES, false);
    try {
      await db.init();
      const conn = new lbug.Connection(db);
      await conn.init();
      const open = new OpenDatabase(file, db, conn);
      if (!readOnly) for (const ddl of embeddedDdl()) await open.run(ddl);
      return open;
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
  }

  async rows(cypher: string, params: Row = {}): Promise<{ columns: string[]; rows: Row[] }> {
    const result = await this.run(cypher, params);
    const columns = result.getColumnNamesSync();
    const rows = (await result.getAll()).map((row) => plainRow(row, columns));
    return { columns, rows };
  }

  async writeRows(cypher: string, rows: Row[]): Promise<void> {
    const statement = await this.conn.prepare(cypher);
    if (!statement.isSuccess()) throw new Error(`${statement.getErrorMessage()}\n${cypher}`);
    for (const batch of batches(rows)) closeAll(await this.conn.execute(statement, { rows: batch as never }));
  }

  async checkpoint(): Promise<void> {
    await this.run('CHECKPOINT');
  }

  async close(): Promise<void> {
    await this.conn.close();
    await this.db.close();
  }

  /** Runs one statement (prepared when it has parameters) and returns its last result. */
  private async run(cypher: string, params: Row = {}): Promise<LbugResult> {
    let results: LbugResult | LbugResult[];
    if (Object.keys(params).length === 0) {
      results = await this.conn.query(cypher);
    } else {
      const statement = await this.conn.prepare(cypher);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      results = await this.conn.execute(statement, params as Record<string, never>);
    }
    return Array.isArray(results) ? results[results.length - 1] : results;
  }
}

export class EmbeddedStore implements GraphStore, CypherRunner {
  readonly dialect = embeddedDialect;
  readonly location: string;
  /** The database being written by writeStory; reads go to `current` otherwise. */
  private writing: OpenDatabase | null = null;

  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly readOnly: boolean,
    private current: OpenDatabase | null,
  ) {
    this.location = `embedded store at ${dir}`;
  }

  static async open(dir: string = DEFAULT_DB_DIR, { create = true, readOnly = true }: EmbeddedOpenOptions = {}): Promise<EmbeddedStore> {
    const path = resolve(dir);
    checkDatabaseFolder(path);
    const file = currentDatabaseFile(path);
    if (file === null) {
      // Otherwise `storygraph query` in the wrong folder answers "(0 rows)". Nothing is created
      // here: the folder appears when an ingest has something to write (a failed ingest leaves none).
      if (!create) throw new UserError(`no storygraph database in --db ${dir}: run \`storygraph ingest <folder>\` there first, or point --db at one`);
      return new EmbeddedStore(dir, path, readOnly, null);
    }
    try {
      return new EmbeddedStore(dir, path, readOnly, await OpenDatabase.open(path, file, readOnly));
    } catch (error) {
      throw openError(dir, error);
    }
  }

  /**
   * Writes the story into a copy of the current database and makes the copy current in one
   * rename. A failure anywhere leaves the current database as it was and says so.
   */
  async writeStory(story: StoryExport, articles: Article[], options: WriteOptions = {}): Promise<void> {
    const createdFolder = !existsSync(this.path);
    ensureFolder(this.path);
    const releaseLock = takeIngestLock(this.path);
    const previous = currentDatabaseFile(this.path);
    const next = newDatabaseFile();
    try {
      const keptArticles = await this.withStoredArticles(articles, new Set(options.removedArticles));
      removeStaleDatabaseFiles(this.path, previous);
      // The story written is the whole story (stored articles and new ones), so the new file starts
      // empty: it then always has this version's tables, whatever version wrote the old one.
      this.writing = await OpenDatabase.open(this.path, next, false);
      // Statement by statement, not one transaction: the new file is not current until the rename
      // below, so a failure part way loses nothing, and one transaction would have to hold the
      // whole graph in the page cache (a 5,000-article feed overflows it).
      await writeStoryRows(this, story, keptArticles);
      // Everything into the main file before it becomes current: readers open it read-only and
      // cannot replay a log. The engine hangs, rather than fails, when a checkpoint runs out of
      // disk, so a checkpoint that may not fit is refused here, with the disk-full message.
      if (freeBytes(this.path) < CHECKPOINT_ROOM * walBytes(this.path, next)) throw Object.assign(new Error('no space left for the checkpoint'), { code: 'ENOSPC' });
      await this.writing.checkpoint();
      await this.writing.close();
      this.writing = null;
      makeCurrent(this.path, next);
    } catch (error) {
      const reason = writeFailure(error, this.path);
      await this.writing?.close().catch(() => undefined);
      this.writing = null;
      removeDatabaseFiles(this.path, next);
      releaseLock();
      if (createdFolder) removeFolderIfEmpty(this.path);
      throw new UserError(`could not write the story to --db ${this.dir}: ${reason}; ${previous === null ? 'nothing was stored' : 'the database is unchanged'}`);
    }
    releaseLock();
    // Readers of the old file (a running serve) keep their open handle; the name goes now.
    await this.current?.close();
    if (previous !== null) removeDatabaseFiles(this.path, previous);
    this.current = await OpenDatabase.open(this.path, next, this.readOnly);
  }

  /** The articles given plus every stored article they leave out: the new file must lose none. */
  private async withStoredArticles(articles: Article[], removed: Set<string>): Promise<Article[]> {
    if (this.current === null) return articles;
    const given = new Set([...articles.map((a) => a.id), ...removed]);
    const stored = await this.read('MATCH (a:Article) RETURN a.id AS id');
    if (stored.every((r) => given.has(r.id as string))) return articles;
    return [...articles, ...(await this.readArticles()).filter((a) => !given.has(a.id))];
  }

  readStory(): Promise<StoryExport> {
    return readStoryRows(this);
  }

  readOneStory(storyId: string): Promise<{ story: StoryExport; articles: Article[] } | undefined> {
    return readOneStoryRows(this, storyId);
  }

  async readArticles(): Promise<Article[]> {
    return this.current === null ? [] : readArticleRows(this);
  }

  async query(cypher: string, params: Row = {}): Promise<QueryResult> {
    try {
      return await this.database().rows(cypher, params);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`query failed: ${firstLine(error)}`);
    }
  }

  async read(cypher: string, params: Row = {}): Promise<Row[]> {
    return (await this.database().rows(cypher, params)).rows;
  }

  async writeRows(cypher: string, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    await this.database().writeRows(cypher, rows);
  }

  /** The embedded database has one writer. */
  writeAtOnce(writes: LabelledWrite[]): Promise<void> {
    return writeInTurn(this, writes);
  }

  async close(): Promise<void> {
    await this.current?.close();
    this.current = null;
  }

  private database(): OpenDatabase {
    const database = this.writing ?? this.current;
    if (database === null) throw new UserError(`no storygraph database in --db ${this.dir} yet: run \`storygraph ingest <folder>\` first`);
    return database;
  }
}

function plainRow(row: Record<string, unknown>, columns: string[]): Row {
  const out: Row = {};
  for (const column of columns) out[column] = plainValue(row[column]);
  return out;
}

function closeAll(results: LbugResult | LbugResult[]): void {
  for (const result of Array.isArray(results) ? results : [results]) result.close();
}

function openError(dir: string, error: unknown): UserError {
  const message = firstLine(error);
  if (/could not set lock/i.test(message)) {
    return new UserError(
      `the database in --db ${dir} is open for writing in another process (a \`storygraph serve --allow-writes\`?); stop it and try again`,
    );
  }
  return new UserError(`cannot open the storygraph database in --db ${dir}: ${message}`);
}

/** The engine reports a full disk as whatever read or write failed first, so the free space is asked too. */
function writeFailure(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = firstLine(error);
  if (code === 'ENOSPC' || /no space left|ENOSPC/i.test(message) || freeBytes(path) < LOW_SPACE_BYTES) return 'the disk is full';
  return message;
}

/** A checkpoint copies the log into the main file and keeps a shadow copy as it goes: room for both, and more. */
const CHECKPOINT_ROOM = 3;

function walBytes(dir: string, file: string): number {
  try {
    return statSync(join(dir, `${file}.wal`)).size;
  } catch {
    return 0;
  }
}

/** Below this much free space (measured as the write fails, before its files are removed), a failure is taken as a full disk. */
const LOW_SPACE_BYTES = 4 * 1024 * 1024;

function freeBytes(path: string): number {
  try {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function removeFolderIfEmpty(path: string): void {
  try {
    if (readdirSync(path).length === 0) rmdirSync(path);
  } catch {
    // Not ours to insist on: the folder simply stays.
  }
}
