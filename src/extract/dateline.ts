// Datelines: a wire story's first paragraph opens with where it was filed, in capitals, and a dash
// ("OSLO -", "NEW DELHI (Reuters) -", "KYIV, Ukraine —", "LONDON, March 3 (Reuters) -"). The
// dateline belongs to no clause: left in, it becomes the front of the first subject or of a
// reported clause. index.ts parses the sentence from the token after the dash.
import type { Token } from './1-tokens.ts';

export interface Dateline {
  /** Token indices of the place, inclusive. */
  placeFirst: number;
  placeLast: number;
  /** Token index of the dash that ends the dateline. */
  dash: number;
}

const DASHES = new Set(['-', '—', '–', '--']);
// "NEW DELHI", "ST. PETERSBURG", "SÃO PAULO": every letter a capital.
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;
const MAX_PLACE_WORDS = 4;
// ", Fla.", ", March 3", "(Reuters)": what may stand between the place and the dash.
const MAX_DETAIL_TOKENS = 10;

export function findDateline(tokens: Token[], text: string): Dateline | null {
  if (tokens.length === 0 || !opensParagraph(text, tokens[0]!.start)) return null;
  let place = 0;
  while (place < tokens.length && place < MAX_PLACE_WORDS && CAPITALS_WORD.test(tokens[place]!.text)) place++;
  // "US -", "EU -": two letters are as often an acronym subject as a place.
  if (place === 0 || !tokens.slice(0, place).some((t) => letterCount(t.text) >= 3)) return null;
  const dash = dashAfterDetails(tokens, place);
  // The clause after a dateline starts like a sentence: "NASA - the agency said" is no dateline.
  const opener = dash === null ? undefined : tokens[dash + 1];
  if (dash === null || !opener || !/^[\p{Lu}\d"“‘']/u.test(opener.text)) return null;
  return { placeFirst: 0, placeLast: place - 1, dash };
}

/** A dateline opens a paragraph; later sentences of the paragraph are ordinary ones. */
function opensParagraph(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, start));
}

/**
 * The dash after the place, over a region or date after a comma (", Ukraine", ", March 3") and an
 * agency in brackets ("(Reuters)"); null when anything else comes first ("NATO Secretary General …").
 */
function dashAfterDetails(tokens: Token[], from: number): number | null {
  let inBrackets = false;
  let afterComma = false;
  for (let k = from; k < tokens.length && k - from <= MAX_DETAIL_TOKENS; k++) {
    const text = tokens[k]!.text;
    if (inBrackets) {
      if (text === ')') inBrackets = false;
      continue;
    }
    if (DASHES.has(text)) return k;
    if (text === '(') inBrackets = true;
    else if (text === ',') afterComma = true;
    else if (!afterComma || !/^[\p{Lu}\d]/u.test(text)) return null;
  }
  return null;
}

function letterCount(word: string): number {
  return word.replace(/[^\p{L}]/gu, '').length;
}
