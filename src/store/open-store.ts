// Picks the store from the command-line settings: Neo4j when a URL is given (flag or NEO4J_URI),
// the embedded database otherwise. With Neo4j the embedded directory is never touched.
import { EmbeddedStore, DEFAULT_DB_DIR } from './embedded-store.ts';
import { Neo4jStore } from './neo4j-store.ts';
import type { GraphStore } from './store.ts';

export interface StoreSettings {
  /** Embedded database directory; default ./.storygraph. */
  db?: string;
  /** Neo4j Bolt URL; falls back to NEO4J_URI. */
  neo4j?: string;
  /** Neo4j user and password; fall back to NEO4J_USER / NEO4J_PASSWORD. */
  user?: string;
  password?: string;
  /** Bolt connect timeout, ms (default 5000). */
  connectTimeoutMs?: number;
  /** Set by commands that only read (query, export, serve): never create an empty embedded database. */
  existing?: boolean;
  /**
   * False only for `serve --allow-writes`: Cypher may then change the database in place. Otherwise
   * the embedded file is opened read-only and Neo4j queries run in read transactions.
   */
  readOnly?: boolean;
}

export async function openStore(settings: StoreSettings = {}, env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  // An explicit --db wins over NEO4J_URI from the environment: the flag is the nearer intent.
  const uri = settings.neo4j ?? (settings.db === undefined ? nonEmpty(env.NEO4J_URI) : undefined);
  if (uri !== undefined) {
    return Neo4jStore.open({
      uri,
      user: settings.user ?? nonEmpty(env.NEO4J_USER),
      password: settings.password ?? nonEmpty(env.NEO4J_PASSWORD),
      connectTimeoutMs: settings.connectTimeoutMs,
      readOnly: settings.readOnly ?? false,
    });
  }
  return EmbeddedStore.open(settings.db ?? DEFAULT_DB_DIR, { create: !settings.existing, readOnly: settings.readOnly ?? true });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
