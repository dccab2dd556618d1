// Keys for organisations and other proper names: "Acme Corp" = "Acme Corporation",
// "US Geological Survey" = "U.S. Geological Survey" = "United States Geological Survey",
// "China's foreign ministry" = "the Chinese foreign ministry".
import { findCountryAt } from './countries.ts';
import { memoByText } from './memo.ts';
import { tokenize, DETERMINERS } from './text.ts';
import { COUNCIL_PLACE_WORDS } from '../lexicon/entity-words.ts';

/** Legal-form suffixes that do not tell organisations apart (only dropped at the end of a name). */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'co', 'company', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'lp', 'llp',
]);

export interface NameKey {
  /** Countries first ("@CN"), then the remaining words in order. */
  key: string;
  /** ISO codes of countries the name mentions. */
  countries: string[];
  /** Initials ("USGS" for "U.S. Geological Survey"), for matching a written acronym; null for one-word names. */
  initials: string | null;
}

export const nameKey = memoByText(readNameKey);

function readNameKey(text: string): NameKey {
  const tokens = tokenize(text.replace(/&/g, ' and '));
  const countries: string[] = [];
  const words: string[] = [];
  let initials = '';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (DETERMINERS.has(token.norm) && words.length === 0) {
      i++;
      continue;
    }
    const country = findCountryAt(tokens, i);
    // A country inside a name counts only where it qualifies the name: first, or possessive.
    if (country && (words.length === 0 || country.possessive)) {
      if (!countries.includes(country.country.code)) countries.push(country.country.code);
      initials += tokens.slice(i, i + country.length).map((t) => (t.upper ? t.norm : t.norm[0])).join('');
      i += country.length;
      continue;
    }
    words.push(token.norm);
    if (!['and', 'of', 'for', 'the'].includes(token.norm)) initials += token.upper ? token.norm : token.norm[0];
    i++;
  }
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) {
    words.pop();
    initials = initials.slice(0, -1);
  }
  const key = [...countries.map((code) => `@${code}`), ...words].join(' ');
  const wordCount = countries.length + words.length;
  return { key, countries, initials: wordCount > 1 && initials.length > 1 ? initials : null };
}

/** True for a written acronym such as "USGS" or "WHO" (two or more capitals, one word). */
export function isAcronym(text: string): boolean {
  return /^(?:[A-Z]\.?){2,}$/.test(text.trim());
}

/** "Quorneby Town Council", "Harlshire County Council": a council named after the town or county it governs. */
export function namesCouncilOfPlace(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 3 && words.at(-1) === 'council' && COUNCIL_PLACE_WORDS.has(words.at(-2)!);
}
