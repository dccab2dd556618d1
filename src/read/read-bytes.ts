// Loads a file's bytes, refusing oversize files from their size on disk so that a 200 MB file is
// never pulled into memory just to be rejected.
import { open } from 'node:fs/promises';
import { RejectedInput } from './rejection.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} MB`;
}

/** File-system errors are left to the caller, which words them (fsErrorReason). */
export async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  // One open file handle for both the size check and the read, so the file checked is the file read.
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new RejectedInput(`is ${megabytes(size)}, over the ${megabytes(maxBytes)} size limit`);
    }
    if (size === 0) throw new RejectedInput('is empty');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
