// What the shared writer and reader need from a store: run one statement, or one statement over
// many rows in batches. Each store decides how batches map to transactions.
import type { Dialect } from './dialect.ts';
import type { Row } from './store.ts';

export interface CypherRunner {
  readonly dialect: Dialect;
  /** Runs a statement and returns its rows as plain JavaScript values. */
  read(cypher: string, params?: Row): Promise<Row[]>;
  /** Runs `UNWIND $rows AS r …` once per batch of `rows`; a no-op for no rows. */
  writeRows(cypher: string, rows: Row[]): Promise<void>;
  /**
   * Runs several writes, each a list of statements run in order. A store that can run transactions
   * side by side runs writes whose node labels are disjoint at once; one writer runs them in turn.
   */
  writeAtOnce(writes: LabelledWrite[]): Promise<void>;
}

/** One `UNWIND $rows AS r …` statement with its rows. */
export interface WriteStep {
  cypher: string;
  rows: Row[];
}

/** Statements run in order, and the node labels they lock (a relationship locks both its nodes). */
export interface LabelledWrite {
  labels: string[];
  steps: WriteStep[];
}

/** For a store with one writer: every write in turn, in the order given. */
export async function writeInTurn(runner: CypherRunner, writes: LabelledWrite[]): Promise<void> {
  for (const write of writes) for (const step of write.steps) await runner.writeRows(step.cypher, step.rows);
}

/** Rows per UNWIND: big enough to amortise round trips, small enough for Neo4j's transaction memory. */
export const BATCH_SIZE = 5000;

export function batches<T>(items: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
