// Which file names the read stage understands, decided by extension alone (case-insensitive).
import { extname } from 'node:path';
import { lookupTable } from '../lookup-table.ts';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const FORMAT_BY_EXTENSION = lookupTable<ArticleFormat>({
  '.txt': 'text',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
});

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(path: string): ArticleFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
