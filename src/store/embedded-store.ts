// The default store: an embedded @ladybugdb/core database in a directory (./.storygraph).
// The directory holds the database file and a marker, so a directory that is something else is
// refused rather than filled with tables.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import { join, resolve } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Article, StoryExport } from '../types.ts';
import { UserError } from '../user-error.ts';
import { batches, type CypherRunner } from './cypher-runner.ts';
import { embeddedDialect } from './dialect.ts';
import { plainValue } from './plain-values.ts';
import { readArticleRows } from './read-articles.ts';
import { readStoryRows } from './read-story.ts';
import { embeddedDdl } from './schema.ts';
import { firstLine } from './store-errors.ts';
import type { GraphStore, QueryResult, Row } from './store.ts';
import { writeStoryRows } from './write-story.ts';

export const DEFAULT_DB_DIR = './.storygraph';
const MARKER = 'storygraph.json';
const DB_FILE = 'graph.lbug';

type LbugResult = InstanceType<typeof lbug.QueryResult>;

export class EmbeddedStore implements GraphStore, CypherRunner {
  readonly dialect = embeddedDialect;
  private inTransaction = false;

  private constructor(
    readonly location: string,
    private readonly db: InstanceType<typeof lbug.Database>,
    private readonly conn: InstanceType<typeof lbug.Connection>,
  ) {}

  /** `create: false` is for commands that only read: a missing database is then an error, not a new empty one. */
  static async open(dir: string = DEFAULT_DB_DIR, { create = true }: { create?: boolean } = {}): Promise<EmbeddedStore> {
    const path = resolve(dir);
    if (!create && !existsSync(join(path, MARKER))) {
      // Otherwise `storygraph query` in the wrong folder answers "(0 rows)" and leaves an empty database behind.
      throw new UserError(`no storygraph database in --db ${dir}: run \`storygraph ingest <folder>\` there first, or point --db at one`);
    }
    prepareDirectory(dir, path);
    let db: InstanceType<typeof lbug.Database>;
    let conn: InstanceType<typeof lbug.Connection>;
    try {
      db = new lbug.Database(join(path, DB_FILE));
      await db.init();
      conn = new lbug.Connection(db);
      await conn.init();
    } catch (error) {
      throw new UserError(`cannot open the storygraph database in --db ${dir}: ${firstLine(error)}`);
    }
    const store = new EmbeddedStore(`embedded store at ${dir}`, db, conn);
    for (const ddl of embeddedDdl()) await store.run(ddl);
    return store;
  }

  async writeStory(story: StoryExport, articles: Article[]): Promise<void> {
    // One transaction for the whole story: the embedded store is never left half-written.
    await this.run('BEGIN TRANSACTION');
    this.inTransaction = true;
    try {
      await writeStoryRows(this, story, articles);
      await this.run('COMMIT');
    } catch (error) {
      await this.run('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      this.inTransaction = false;
    }
  }

  readStory(): Promise<StoryExport> {
    return readStoryRows(this);
  }

  readArticles(): Promise<Article[]> {
    return readArticleRows(this);
  }

  async query(cypher: string, params: Row = {}): Promise<QueryResult> {
    try {
      const result = await this.run(cypher, params);
      const columns = result.getColumnNamesSync();
      const rows = (await result.getAll()).map((row) => plainRow(row, columns));
      return { columns, rows };
    } catch (error) {
      throw new UserError(`query failed: ${firstLine(error)}`);
    }
  }

  async read(cypher: string, params: Row = {}): Promise<Row[]> {
    const result = await this.run(cypher, params);
    const columns = result.getColumnNamesSync();
    return (await result.getAll()).map((row) => plainRow(row, columns));
  }

  async writeRows(cypher: string, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const statement = await this.conn.prepare(cypher);
    if (!statement.isSuccess()) throw new Error(`${statement.getErrorMessage()}\n${cypher}`);
    for (const batch of batches(rows)) {
      closeAll(await this.conn.execute(statement, { rows: batch as never }));
    }
  }

  async close(): Promise<void> {
    if (this.inTransaction) await this.run('ROLLBACK').catch(() => undefined);
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

function plainRow(row: Record<string, unknown>, columns: string[]): Row {
  const out: Row = {};
  for (const column of columns) out[column] = plainValue(row[column]);
  return out;
}

function closeAll(results: LbugResult | LbugResult[]): void {
  for (const result of Array.isArray(results) ? results : [results]) result.close();
}

// Refuses what cannot become a storygraph database, each with the one line the user needs.
function prepareDirectory(dir: string, path: string): void {
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) throw new UserError(`--db ${dir} is not a directory`);
    const entries = readdirSync(path);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new UserError(`--db ${dir} is not a storygraph database (no ${MARKER}); choose a new or empty directory`);
    }
  } else {
    try {
      mkdirSync(path, { recursive: true });
    } catch (error) {
      throw new UserError(`cannot create --db directory ${dir}: ${firstLine(error)}`);
    }
  }
  try {
    accessSync(path, constants.W_OK);
    if (!existsSync(join(path, MARKER))) {
      writeFileSync(join(path, MARKER), `${JSON.stringify({ storygraph: 1, database: DB_FILE })}\n`);
    }
  } catch {
    throw new UserError(`--db directory ${dir} is not writable`);
  }
}
