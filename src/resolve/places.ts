// Places that are not countries: capitals described through their country ("China's capital",
// "the Chinese capital", "capital of China" → Beijing), and "City, Country" pairs.
import { countryByCode, countryNamedBy, findCountryAt, type CountryInfo } from './countries.ts';
import { memoByText } from './memo.ts';
import { DETERMINERS, tokenize, withoutLeadingDeterminers, type Token } from './text.ts';

/** Word patterns for a capital described by its country; `<country>` is any country reference. */
const CAPITAL_PATTERNS: readonly (readonly string[])[] = [
  ['<country>', 'capital'],
  ['<country>', 'capital', 'city'],
  ['capital', 'of', '<country>'],
  ['capital', 'city', 'of', '<country>'],
];

function matchPattern(tokens: readonly Token[], pattern: readonly string[]): CountryInfo | null {
  let at = 0;
  let country: CountryInfo | null = null;
  for (const part of pattern) {
    if (part === '<country>') {
      const match = findCountryAt(tokens, at);
      if (!match) return null;
      country = match.country;
      at += match.length;
    } else {
      if (tokens[at]?.norm !== part) return null;
      at++;
    }
  }
  return at === tokens.length ? country : null;
}

/** "China's capital" → { capital: "Beijing", country: China }; null when the phrase is not a capital description. */
export const capitalDescribedBy = memoByText(readCapitalDescription);

function readCapitalDescription(text: string): { capital: string; country: CountryInfo } | null {
  const tokens = tokenize(text).filter((token) => !DETERMINERS.has(token.norm));
  for (const pattern of CAPITAL_PATTERNS) {
    const country = matchPattern(tokens, pattern);
    if (country?.capital) return { capital: country.capital, country };
  }
  return null;
}

/** "Busan, South Korea" → { place: "Busan", country: KR }; the country only locates the place. */
export function placeWithCountry(text: string): { place: string; country: CountryInfo } | null {
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return null;
  const match = countryNamedBy(withoutLeadingDeterminers(tokenize(text.slice(comma + 1))));
  const place = text.slice(0, comma).trim();
  if (!match || !place) return null;
  return { place, country: countryByCode(match.country.code) ?? match.country };
}
