// The one line each command prints for an input it did not read, or read less well than it could
// (`warning: …`). Paths and reasons can carry what a file's name or content put there, so both are
// printed through printable().
import type { Rejection } from '../read/index.ts';
import { printable } from '../terminal-text.ts';

export function printRejections(rejected: Rejection[], label: 'warning' | null = null): void {
  const prefix = label ? `${label}: ` : '';
  for (const { path, reason } of rejected) process.stderr.write(`storygraph: ${printable(path)}: ${prefix}${printable(reason)}\n`);
}
