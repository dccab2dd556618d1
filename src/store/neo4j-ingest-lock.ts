// One ingest at a time into a Neo4j database. An ingest reads the stored articles, recomputes the
// stories over them and its own, and writes the result; two at once would each write a story
// without the other's articles, and the last to write would drop the first one's claims. So each
// takes a lease on one (:IngestLock) node for the whole read–compute–write, renews it while it
// works, and deletes it when done. A second ingest waits; a crashed one's lease runs out.
//
// The lease is taken by one MERGE … SET statement on a node whose id is unique (a constraint), so
// two ingests asking at once are serialised by Neo4j itself.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Row } from './store.ts';
import { UserError } from '../user-error.ts';

export const INGEST_LOCK_CONSTRAINT = 'CREATE CONSTRAINT storygraph_ingestlock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE';

const LEASE_MS = 60_000;
const POLL_MS = 500;

const TAKE = `MERGE (l:IngestLock {id: 'ingest'})
  WITH l WHERE l.owner IS NULL OR l.owner = $owner OR l.expires < timestamp()
  SET l.owner = $owner, l.expires = timestamp() + $lease
  RETURN l.owner AS owner`;
const HELD_BY = `MATCH (l:IngestLock {id: 'ingest'}) RETURN l.owner AS owner`;
const RELEASE = `MATCH (l:IngestLock {id: 'ingest', owner: $owner}) DELETE l`;

type Read = (cypher: string, params?: Row) => Promise<Row[]>;

/** Waits up to `waitMs` for the lease; returns the function that gives it back. */
export async function takeIngestLease(read: Read, where: string, waitMs = 10 * 60_000): Promise<() => Promise<void>> {
  const owner = `${hostname()} pid ${process.pid} ${randomUUID()}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const taken = await read(TAKE, { owner, lease: LEASE_MS });
    if (taken.length > 0) break;
    if (Date.now() > deadline) {
      const holder = (await read(HELD_BY))[0]?.owner ?? 'another ingest';
      throw new UserError(`another storygraph ingest (${String(holder)}) is writing ${where}; waited ${Math.round(waitMs / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const renewal = setInterval(() => void read(TAKE, { owner, lease: LEASE_MS }).catch(() => undefined), LEASE_MS / 3);
  renewal.unref();
  return async () => {
    clearInterval(renewal);
    await read(RELEASE, { owner });
  };
}
