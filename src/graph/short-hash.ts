// Deterministic short ids: the same input always yields the same id, so re-ingesting a corpus
// produces the same claim and contradiction ids and exports stay diffable.
import { createHash } from 'node:crypto';

export function shortHash(text: string, length = 12): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}
