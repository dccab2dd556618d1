// Expands the paths a user typed into the files to read. Folders are walked recursively in sorted
// order, so the same folder always yields the same article order; hidden entries (.git, .DS_Store)
// and README files are skipped inside folders but honoured when named explicitly.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsErrorReason } from './fs-reason.ts';
import type { Rejection } from './rejection.ts';

/** A file to read, or a path that cannot be walked; kept in one list so reports follow input order. */
export type WalkEntry = { file: string } | { rejected: Rejection };

const isHidden = (name: string): boolean => name.startsWith('.');
// A corpus folder's README documents the corpus; it is not one of its articles.
const isFolderReadme = (name: string): boolean => /^readme(\.[a-z]+)?$/i.test(name);
// Code-point order, not locale order: identical on every machine and in CI.
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function walkPaths(paths: string[], skipFolders: string[] = []): Promise<WalkEntry[]> {
  const entries: WalkEntry[] = [];
  // Real paths of folders already walked: a symbolic link back up the tree must not loop forever.
  // Folders to skip count as walked already.
  const walked = new Set<string>();
  for (const folder of skipFolders) await realpath(folder).then((real) => walked.add(real), () => undefined);
  for (const path of paths) await visit(path, entries, walked);
  return entries;
}

async function visit(path: string, entries: WalkEntry[], walked: Set<string>): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    entries.push({ rejected: { path, reason: fsErrorReason(error) } });
    return;
  }
  if (info.isFile()) {
    entries.push({ file: path });
  } else if (info.isDirectory()) {
    await visitFolder(path, entries, walked);
  } else {
    // FIFOs, sockets and devices could block forever or stream without end.
    entries.push({ rejected: { path, reason: 'is not a regular file or folder' } });
  }
}

async function visitFolder(folder: string, entries: WalkEntry[], walked: Set<string>): Promise<void> {
  let names: string[];
  try {
    const real = await realpath(folder);
    if (walked.has(real)) return;
    walked.add(real);
    names = (await readdir(folder)).filter((name) => !isHidden(name) && !isFolderReadme(name)).sort(byName);
  } catch (error) {
    entries.push({ rejected: { path: folder, reason: fsErrorReason(error) } });
    return;
  }
  if (names.length === 0) {
    entries.push({ rejected: { path: folder, reason: 'is a folder with no files in it' } });
    return;
  }
  for (const name of names) await visit(join(folder, name), entries, walked);
}
