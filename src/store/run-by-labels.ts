// Which writes may run at once. Creating or merging a relationship locks both of its nodes, so two
// writes run side by side only when no node can be in both: the node labels they lock are
// disjoint. A write starts as soon as no running write holds one of its labels, the largest first,
// so the long writes overlap and no transaction waits on a lock another one holds (no deadlock
// for the server to break and the driver to retry).

export interface LockedWrite {
  /** The node labels the write locks. */
  labels: string[];
  /** Rows it writes: among the writes free to start, the largest go first. */
  size: number;
  run: () => Promise<void>;
}

/**
 * Runs every write, each once its labels are free. Waits for all of them, then reports the first
 * failure: nothing is still writing when the caller hears of it. A failed write releases its
 * labels like a finished one, so the others still run (a re-run MERGEs what they wrote).
 */
export async function runByLabels(writes: LockedWrite[]): Promise<void> {
  const pending = [...writes].sort((a, b) => b.size - a.size);
  const held = new Set<string>();
  const failures: unknown[] = [];
  await new Promise<void>((allDone) => {
    let running = 0;
    const startFree = () => {
      for (const write of [...pending]) {
        if (write.labels.some((label) => held.has(label))) continue;
        pending.splice(pending.indexOf(write), 1);
        for (const label of write.labels) held.add(label);
        running += 1;
        write
          .run()
          .catch((error: unknown) => failures.push(error))
          .finally(() => {
            for (const label of write.labels) held.delete(label);
            running -= 1;
            startFree();
            if (running === 0 && pending.length === 0) allDone();
          });
      }
    };
    startFree();
    if (running === 0) allDone();
  });
  if (failures.length > 0) throw failures[0];
}
