// The files of an embedded storygraph database folder (./.storygraph by default):
//
//   storygraph.json        the marker: names the database file that is current
//   graph-<stamp>.lbug     the current database (and, while it is open, its .wal/.shadow files)
//   ingest.lock            held by the one ingest writing a new database file
//
// An ingest never writes into the current database: it writes a complete new file beside it and
// then replaces the marker with one atomic rename. Whatever stops an ingest part way — a full disk,
// an exception, a kill — the marker still names the old file, untouched. Readers (query, export,
// serve) open the current file read-only, so they never block an ingest and an ingest never
// blocks them; a long-running reader sees the new file when the marker changes.
import { accessSync, closeSync, constants, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../user-error.ts';
import { firstLine } from './store-errors.ts';

export const MARKER = 'storygraph.json';
const LOCK = 'ingest.lock';
/** The database file an entry belongs to: itself, or the file whose log, shadow or lock it is. */
const OWNING_DATABASE_FILE = /^(graph(?:-[0-9a-z]+)?\.lbug)(?:\..*)?$/;

function isDatabaseFile(name: string): boolean {
  return OWNING_DATABASE_FILE.exec(name)?.[1] === name;
}

/** The database file the marker names, or null when the folder holds no storygraph database yet. */
export function currentDatabaseFile(dir: string): string | null {
  const markerPath = join(dir, MARKER);
  if (!existsSync(markerPath)) return null;
  let database: unknown;
  try {
    database = (JSON.parse(readFileSync(markerPath, 'utf8')) as { database?: unknown }).database;
  } catch (error) {
    throw new UserError(`--db ${dir}: ${MARKER} is unreadable (${firstLine(error)})`);
  }
  // The marker names a file inside this folder and nothing else: a hand-edited path is refused.
  if (typeof database !== 'string' || !isDatabaseFile(database)) throw new UserError(`--db ${dir}: ${MARKER} names no database file`);
  return existsSync(join(dir, database)) ? database : null;
}

/** Refuses a --db that is a file or a folder of something else, before anything is written. */
export function checkDatabaseFolder(dir: string): void {
  if (!existsSync(dir)) return checkCanCreate(dir);
  if (!statSync(dir).isDirectory()) throw new UserError(`--db ${dir} is not a directory`);
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new UserError(`--db ${dir} is not a storygraph database (no ${MARKER}); choose a new or empty directory`);
  }
}

/** The folder is made only when an ingest has something to store, but a path that can never be one is refused now. */
function checkCanCreate(dir: string): void {
  let ancestor = dirname(dir);
  while (!existsSync(ancestor) && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  if (!statSync(ancestor).isDirectory()) throw new UserError(`cannot create --db directory ${dir}: ${ancestor} is a file`);
  try {
    accessSync(ancestor, constants.W_OK);
  } catch {
    throw new UserError(`cannot create --db directory ${dir}: ${ancestor} is not writable`);
  }
}

/** A fresh file name for the next database; ordered by time so the newest is easy to tell. */
export function newDatabaseFile(): string {
  return `graph-${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}.lbug`;
}

export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create --db directory ${dir}: ${firstLine(error)}`);
  }
}

/** Makes `file` current: flushed to disk first, then named by a marker that appears in one rename. */
export function makeCurrent(dir: string, file: string): void {
  flushToDisk(join(dir, file));
  const temporary = join(dir, `${MARKER}.tmp`);
  writeFileSync(temporary, `${JSON.stringify({ storygraph: 1, database: file })}\n`);
  flushToDisk(temporary);
  renameSync(temporary, join(dir, MARKER));
  flushToDisk(dir);
}

/** Removes a database file and the files the engine keeps beside it (log, shadow pages, locks). */
export function removeDatabaseFiles(dir: string, file: string): void {
  removeFilesOf(dir, (owner) => owner === file);
}

/** Removes what earlier ingests left behind when they were stopped: every database file but the current one. */
export function removeStaleDatabaseFiles(dir: string, keep: string | null): void {
  removeFilesOf(dir, (owner) => owner !== keep);
  rmSync(join(dir, `${MARKER}.tmp`), { force: true });
}

function removeFilesOf(dir: string, remove: (owner: string) => boolean): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    const owner = OWNING_DATABASE_FILE.exec(entry)?.[1];
    if (owner !== undefined && remove(owner)) rmSync(join(dir, entry), { force: true });
  }
}

/**
 * Takes the folder's ingest lock: two ingests at once would each write a database and the second
 * swap would drop the first one's articles. A lock left by a process that no longer runs is taken over.
 */
export function takeIngestLock(dir: string): () => void {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`cannot lock --db ${dir} for writing: ${firstLine(error)}`);
      const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
        throw new UserError(`another storygraph ingest (pid ${holder}) is writing --db ${dir}; wait for it to finish`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new UserError(`cannot lock --db ${dir} for writing`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function flushToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
