// html-to-text walks a page's elements recursively, so a page nested a few thousand elements deep
// overflows the stack instead of giving text. The nesting is measured first with htmlparser2's
// parser in callback mode (no tree, no recursion), and a page deeper than any browser nests is
// rejected with a reason rather than crashing the read.
import { Parser } from 'htmlparser2';
import { RejectedInput } from './rejection.ts';

/** Chromium's HTML parser stops nesting at 512 levels as well; no page meant for reading goes deeper. */
export const MAX_HTML_DEPTH = 512;

/**
 * The deepest element nesting in `html`, as the tree html-to-text builds from it would have it: the
 * same parser closes void elements and implied end tags (`<p>` before `<p>`), so they do not count.
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      if (depth > deepest) deepest = depth;
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.end(html);
  return deepest;
}

export function rejectTooDeepHtml(html: string): void {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new RejectedInput(`is too deeply nested HTML (${depth} levels; the limit is ${MAX_HTML_DEPTH})`);
  }
}
