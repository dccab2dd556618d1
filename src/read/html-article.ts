// A saved news page to its article: Mozilla's Readability (the Firefox reader view) finds the body
// over a linkedom DOM, so the menu, cookie banner, "most read" list and footer do not become
// claims; headline, site name and date come from it and from the page's meta tags. When no
// article body stands out, the whole page is read as before, with a warning.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlTitle, htmlToText } from './html-to-text.ts';
import { isBlank, normaliseText } from './normalise-text.ts';
import { tidyTitle } from './title.ts';
import { escapeRegExp } from '../escape-regexp.ts';

export interface HtmlArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Why the whole page was read instead of an article body; null when a body was found. */
  warning: string | null;
}

/** Below this many characters Readability's pick is a fragment (a caption, a banner), not the article. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Lines that are page furniture even inside an article body: cookie notices, subscription calls,
 * bylines, copyright lines. Matched on short lines only, so a sentence of the story that mentions
 * cookies or rights is kept.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /\bcookies?\b/i,
  /\b(subscribe|subscription|sign up|newsletter|log in|sign in)\b/i,
  /\ball rights reserved\b/i,
  /^(by|photo:|image:|advertisement)\b/i,
];
const FURNITURE_MAX_WORDS = 20;

function isFurniture(line: string, byline: string | null): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > FURNITURE_MAX_WORDS) return false;
  if (byline && line.replace(/^by\s+/i, '').trim() === byline.trim()) return true;
  return FURNITURE_LINES.some((pattern) => pattern.test(line));
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (content) return content;
  }
  return null;
}

/** "Flood closes Harbin bridge | The Lakeside Times" → the headline alone, when the tail is the site's name. */
function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const tail = new RegExp(`\\s*[|\\-–—:·]\\s*${escapeRegExp(site)}\\s*$`, 'i');
  return title.replace(tail, '').trim() || title;
}

export function readHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const outlet = meta(document, 'og:site_name', 'application-name', 'publisher');
  const published = meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date');
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    parsed = null;
  }
  const body = parsed?.content ? normaliseText(htmlToText(parsed.content)) : '';
  if (!parsed || isBlank(body) || body.length < MIN_ARTICLE_CHARS) {
    return { text: normaliseText(htmlToText(html)), title: htmlTitle(html), outlet, published, warning: 'no article body found in the page; read the whole page, menus and footers included' };
  }
  const byline = parsed.byline ?? null;
  const site = outlet ?? parsed.siteName ?? null;
  const text = body
    .split('\n')
    .filter((line) => !isFurniture(line.trim(), byline))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    text,
    title: withoutSiteName(tidyTitle(parsed.title ?? ''), site) || htmlTitle(html),
    outlet: site,
    published: published ?? parsed.publishedTime ?? null,
    warning: null,
  };
}
