// Titles are for people reading lists of articles, so they are one line and bounded in length.
import { basename, extname } from 'node:path';
import { shortenAtWord } from '../shorten-at-word.ts';

const MAX_TITLE_CHARS = 120;
const MARKDOWN_HEADING_MARKS = /^#{1,6}\s+|\s+#+\s*$/g;

/** Collapses whitespace and cuts long titles at a word boundary, marking the cut with an ellipsis. */
export function tidyTitle(raw: string): string {
  return shortenAtWord(raw, MAX_TITLE_CHARS);
}

/** The first non-blank line; for Markdown its heading marks are dropped (`# Title` → `Title`). */
export function firstLineTitle(text: string, markdown = false): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return tidyTitle(markdown ? line.trim().replace(MARKDOWN_HEADING_MARKS, '') : line);
}

/** Last resort when a document has no usable words up front: the file name without extension. */
export function titleFromPath(filePath: string): string {
  const file = basename(filePath);
  return tidyTitle(file.slice(0, file.length - extname(file).length) || file);
}
