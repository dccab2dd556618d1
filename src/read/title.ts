// Titles are for people reading lists of articles, so they are one line and bounded in length.
import { basename, extname } from 'node:path';

const MAX_TITLE_CHARS = 120;
const MARKDOWN_HEADING_MARKS = /^#{1,6}\s+|\s+#+\s*$/g;

/** Collapses whitespace and cuts long titles at a word boundary, marking the cut with an ellipsis. */
export function tidyTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (title.length <= MAX_TITLE_CHARS) return title;
  const cut = title.slice(0, MAX_TITLE_CHARS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A title that is one enormous word is cut mid-word rather than reduced to nothing.
  const atWord = lastSpace > MAX_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}…`;
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
