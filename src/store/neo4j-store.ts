// The Neo4j store: same schema and Cypher as the embedded one, over Bolt. Connectivity is checked
// on open with a short timeout, so a wrong URL, a stopped server or a wrong password is one clear
// line before anything is written.
import neo4j, { type AuthToken, type Driver, type Result as QueryRunResult, type Session } from 'neo4j-driver';
import type { Article, StoryExport } from '../types.ts';
import { UserError } from '../user-error.ts';
import { batches, type CypherRunner, type LabelledWrite } from './cypher-runner.ts';
import { runByLabels } from './run-by-labels.ts';
import { neo4jDialect } from './dialect.ts';
import { plainValue } from './plain-values.ts';
import { readArticleRows } from './read-articles.ts';
import { readOneStoryRows, readStoryRows } from './read-story.ts';
import { neo4jConstraints } from './schema.ts';
import { firstLine } from './store-errors.ts';
import type { GraphStore, QueryResult, Row, WriteOptions } from './store.ts';
import { writeStoryRows } from './write-story.ts';
import { INGEST_LOCK_CONSTRAINT, takeIngestLease } from './neo4j-ingest-lock.ts';

export interface Neo4jSettings {
  uri: string;
  user?: string;
  password?: string;
  /** How long to wait for Bolt to answer before calling the server unreachable. */
  connectTimeoutMs?: number;
  /** Run `query()` in read transactions, which the server refuses to write in (the viewer's second wall). */
  readOnly?: boolean;
}

export class Neo4jStore implements GraphStore, CypherRunner {
  readonly dialect = neo4jDialect;
  readonly location: string;

  private constructor(
    private readonly driver: Driver,
    private readonly settings: Neo4jSettings,
  ) {
    this.location = `Neo4j at ${settings.uri}`;
  }

  static async open(settings: Neo4jSettings): Promise<Neo4jStore> {
    const timeout = settings.connectTimeoutMs ?? 5000;
    let driver: Driver;
    try {
      const auth =
        settings.user || settings.password
          ? neo4j.auth.basic(settings.user ?? 'neo4j', settings.password ?? '')
          : // With no user or password, ask for no authentication (a server with auth off accepts it).
            ({ scheme: 'none', principal: '', credentials: '' } as AuthToken);
      driver = neo4j.driver(settings.uri, auth, {
        connectionTimeout: timeout,
        connectionAcquisitionTimeout: timeout,
        maxTransactionRetryTime: 5000,
        logging: { level: 'error', logger: () => undefined },
      });
    } catch (error) {
      throw new UserError(`--neo4j ${settings.uri} is not a Neo4j URL (expected bolt://HOST:PORT): ${firstLine(error)}`);
    }
    const store = new Neo4jStore(driver, settings);
    try {
      await driver.verifyConnectivity();
      for (const constraint of [...neo4jConstraints(), INGEST_LOCK_CONSTRAINT]) await store.read(constraint);
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw store.connectionError(error);
    }
    return store;
  }

  writeStory(story: StoryExport, articles: Article[], options: WriteOptions = {}): Promise<void> {
    return this.guard(() => writeStoryRows(this, story, articles, options.removedArticles));
  }

  lockForIngest(): Promise<() => Promise<void>> {
    return this.guard(() => takeIngestLease((cypher, params) => this.read(cypher, params), this.location));
  }

  readStory(): Promise<StoryExport> {
    return this.guard(() => readStoryRows(this));
  }

  readOneStory(storyId: string): Promise<{ story: StoryExport; articles: Article[] } | undefined> {
    return this.guard(() => readOneStoryRows(this, storyId));
  }

  readArticles(): Promise<Article[]> {
    return this.guard(() => readArticleRows(this));
  }

  async query(cypher: string, params: Row = {}): Promise<QueryResult> {
    const session = this.driver.session({ defaultAccessMode: this.settings.readOnly ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      if (this.settings.readOnly) return await session.executeRead((tx) => resultOf(tx.run(cypher, params)));
      return await resultOf(session.run(cypher, params));
    } catch (error) {
      if (isClientError(error)) throw new UserError(`query failed: ${firstLine(error)}`);
      throw this.connectionError(error);
    } finally {
      await session.close();
    }
  }

  async read(cypher: string, params: Row = {}): Promise<Row[]> {
    const session = this.session();
    try {
      const result = await session.run(cypher, params);
      return result.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) row[String(key)] = plainValue(record.get(key));
        return row;
      });
    } finally {
      await session.close();
    }
  }

  async writeRows(cypher: string, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const session = this.session();
    try {
      // One transaction per batch: a failure part way leaves whole batches, and MERGE makes a
      // re-run finish the job.
      for (const batch of batches(rows)) {
        await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
      }
    } finally {
      await session.close();
    }
  }

  /**
   * Each write in its own session, side by side with every write that locks other labels: the
   * server runs their transactions on different cores while the driver packs the next batch.
   */
  writeAtOnce(writes: LabelledWrite[]): Promise<void> {
    return runByLabels(
      writes.map(({ labels, steps }) => ({
        labels,
        size: steps.reduce((n, step) => n + step.rows.length, 0),
        run: async () => {
          for (const step of steps) await this.writeRows(step.cypher, step.rows);
        },
      })),
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(): Session {
    return this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error) || isAuthError(error)) throw this.connectionError(error);
      throw error;
    }
  }

  /** One line naming the setting that is wrong. */
  private connectionError(error: unknown): UserError {
    const { uri, user } = this.settings;
    if (isAuthError(error)) {
      return new UserError(
        `Neo4j at ${uri} refused the credentials for user '${user ?? 'neo4j'}' (set --user/--password or NEO4J_USER/NEO4J_PASSWORD)`,
      );
    }
    if (isUnavailable(error)) {
      return new UserError(`cannot reach Neo4j at ${uri} (--neo4j / NEO4J_URI): ${unreachableReason(error)}`);
    }
    return new UserError(`Neo4j at ${uri} failed: ${firstLine(error)}`);
  }
}

/** Keys come from the result header, so a query with no rows still has its columns. */
async function resultOf(running: QueryRunResult): Promise<QueryResult> {
  const columns = (await running.keys()).map(String);
  const result = await running;
  const rows = result.records.map((record) => {
    const row: Row = {};
    for (const column of columns) row[column] = plainValue(record.get(column));
    return row;
  });
  return { columns, rows };
}

// The driver's message is a paragraph of advice; the socket error at its end is the useful part.
function unreachableReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /Caused by: (.+)$/m.exec(message)?.[1].trim() ?? firstLine(error);
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function isAuthError(error: unknown): boolean {
  return codeOf(error).startsWith('Neo.ClientError.Security.');
}

function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable';
}

function isClientError(error: unknown): boolean {
  return codeOf(error).startsWith('Neo.ClientError.') && !isAuthError(error);
}
