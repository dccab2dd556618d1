// HTML pages to plain article text with html-to-text, tuned for claim extraction rather than for
// display: no hard line wrapping (it would split sentences), no link targets or image names in the
// prose, headings in their own case. Scripts and styles are dropped by html-to-text itself.
import { compile, type HtmlToTextOptions } from 'html-to-text';
import { tidyTitle } from './title.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const KEEP_HEADING_CASE = HEADINGS.map((selector) => ({ selector, options: { uppercase: false } }));

const BODY_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    ...KEEP_HEADING_CASE,
  ],
};

/** Renders only the first element matching `selector`, or '' when the page has none. */
function firstElementOptions(selector: string): HtmlToTextOptions {
  return {
    wordwrap: false,
    baseElements: { selectors: [selector], returnDomByDefault: false },
    limits: { maxBaseElements: 1 },
    selectors: KEEP_HEADING_CASE,
  };
}

// Compiled once: html-to-text otherwise rebuilds its selector machinery on every call.
const convertBody = compile(BODY_OPTIONS);
const titleCandidates = ['title', 'h1'].map((selector) => compile(firstElementOptions(selector)));

export function htmlToText(html: string): string {
  return convertBody(html);
}

/** The page's <title>, else its first <h1>; null when it has neither. */
export function htmlTitle(html: string): string | null {
  for (const convertFirst of titleCandidates) {
    const title = tidyTitle(convertFirst(html));
    if (title) return title;
  }
  return null;
}
