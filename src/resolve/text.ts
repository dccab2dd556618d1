// Small text helpers shared by the resolve modules: tokens, keys and slugs.
// Keys compare surface forms; they are never shown to the user.
import { memoByText } from './memo.ts';

/** Words that only point at a thing ("the", "its"): dropped before any key is built. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those',
  'its', 'his', 'her', 'their', 'our', 'my', 'your',
]);

/** Strip accents so "José" and "Jose" share a key (spelling variants are handled elsewhere). */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Typographic quotes and dashes become ASCII so one rule set covers every outlet's typography. */
export function plainPunctuation(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-');
}

export interface Token {
  /** As written, dots kept ("U.S."). */
  raw: string;
  /** Lower-cased, accents folded, dots and possessive removed ("us"). */
  norm: string;
  /** True when the written form ended in 's / ' (a possessive). */
  possessive: boolean;
  /** True when the written form starts with an upper-case letter. */
  capitalised: boolean;
  /** True when every letter is upper case ("US", "U.S.", "USGS"). */
  upper: boolean;
}

/**
 * Split a noun phrase into word tokens; commas, quotes and brackets separate words and vanish.
 * Memoised: callers must treat the returned array as read-only.
 */
export const tokenize: (text: string) => readonly Token[] = memoByText(splitTokens);

function splitTokens(text: string): Token[] {
  const words = plainPunctuation(text).split(/[\s,;:"()\[\]!?]+/).filter(Boolean);
  const tokens: Token[] = [];
  for (const word of words) {
    const possessive = /'s?$/i.test(word) && word.length > 2;
    const bare = possessive ? word.replace(/'s?$/i, '') : word.replace(/'+$/, '');
    const cleaned = bare.replace(/^[-'.]+|[-']+$/g, '');
    if (!cleaned) continue;
    const norm = foldAccents(cleaned).toLowerCase().replace(/\./g, '');
    if (!norm) continue;
    const letters = cleaned.replace(/[^\p{L}]/gu, '');
    tokens.push({
      raw: cleaned,
      norm,
      possessive,
      capitalised: /^\p{Lu}/u.test(cleaned),
      upper: letters.length > 0 && letters === letters.toUpperCase(),
    });
  }
  return tokens;
}

/** Drop leading determiners ("the U.S. leader" → "U.S. leader"). */
export function withoutLeadingDeterminers(tokens: readonly Token[]): Token[] {
  let i = 0;
  while (i < tokens.length && DETERMINERS.has(tokens[i].norm)) i++;
  return tokens.slice(i);
}

/** A readable id fragment: "Donald Trump" → "donald-trump", "20% tariff" → "20-percent-tariff". */
export function slugify(text: string): string {
  const slug = foldAccents(plainPunctuation(text))
    .toLowerCase()
    .replace(/%/g, ' percent ')
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}

/** Surface text tidied for display: single spaces, no surrounding punctuation. */
export function tidySurface(text: string): string {
  return plainPunctuation(text).replace(/\s+/g, ' ').replace(/^[\s,;:"']+|[\s,;:"']+$/g, '');
}
