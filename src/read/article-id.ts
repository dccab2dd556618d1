// Article ids are content hashes, so reading the same text twice (another path, another day) names the
// same article and ingesting it again changes nothing.
import { createHash } from 'node:crypto';

const ID_LENGTH = 12;

/** `text` must already be normalised (normaliseText), or identical articles could hash apart. */
export function articleId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, ID_LENGTH);
}
