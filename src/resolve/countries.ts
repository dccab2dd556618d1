// Country names from world-countries: common and official names, alternative spellings,
// demonyms, ISO codes and capitals, indexed once on first use.
import worldCountriesModule, { type Country } from 'world-countries';
import { tokenize, type Token } from './text.ts';
import { NOUN_FILE, sensesOf, synset } from './wordnet.ts';

export interface CountryInfo {
  /** ISO 3166-1 alpha-2, the blocking key for everything that mentions the country. */
  code: string;
  /** Common English name, used as the entity name ("United States", "South Korea"). */
  name: string;
  capital: string | null;
}

export type CountryMatchVia = 'name' | 'code' | 'demonym';

export interface CountryMatch {
  country: CountryInfo;
  /** How many tokens the match covers. */
  length: number;
  via: CountryMatchVia;
  /** True when the last matched token was a possessive ("China's"). */
  possessive: boolean;
}

/**
 * Everyday names world-countries does not list. Only what the data lacks: its altSpellings
 * already cover "USA", "UK", "Republic of Korea" and the official names.
 */
const INFORMAL_COUNTRY_NAMES: readonly (readonly [string, string])[] = [
  ['America', 'US'],
  ['the States', 'US'],
  ['Britain', 'GB'],
  ['Holland', 'NL'],
];

const MAX_NAME_TOKENS = 8;

// The package is CommonJS (module.exports = the array) while its typings declare a default
// export; at runtime under Node ESM the default import is the array itself.
const worldCountries = worldCountriesModule as unknown as Country[];

interface CountryIndex {
  byName: Map<string, CountryInfo>;
  byDemonym: Map<string, CountryInfo>;
  /** Codes only count when written in capitals ("US", "U.S."), so the pronoun "us" never matches. */
  byCode: Map<string, CountryInfo>;
  byCapital: Map<string, CountryInfo>;
  byIso: Map<string, CountryInfo>;
}

let index: CountryIndex | null = null;

function keyOf(text: string): string {
  return tokenize(text).map((t) => t.norm).join(' ');
}

/**
 * Adds `key → country`; when two countries claim one key (e.g. "Congolese"), an independent UN
 * member wins over a territory ("American": US over the Northern Mariana Islands); two members
 * tie and the key is dropped as ambiguous.
 */
function addUnique(
  map: Map<string, CountryInfo>,
  rank: Map<string, number>,
  ambiguous: Set<string>,
  key: string,
  country: CountryInfo,
  countryRank: number,
): void {
  if (!key || ambiguous.has(key)) return;
  const existing = map.get(key);
  if (!existing) {
    map.set(key, country);
    rank.set(key, countryRank);
    return;
  }
  if (existing.code === country.code) return;
  const existingRank = rank.get(key) ?? 0;
  if (countryRank > existingRank) {
    map.set(key, country);
    rank.set(key, countryRank);
  } else if (countryRank === existingRank) {
    map.delete(key);
    ambiguous.add(key);
  }
}

function buildIndex(): CountryIndex {
  const built: CountryIndex = {
    byName: new Map(), byDemonym: new Map(), byCode: new Map(), byCapital: new Map(), byIso: new Map(),
  };
  const ranks = { byName: new Map<string, number>(), byDemonym: new Map<string, number>(), byCode: new Map<string, number>(), byCapital: new Map<string, number>() };
  const ambiguous = { byName: new Set<string>(), byDemonym: new Set<string>(), byCode: new Set<string>(), byCapital: new Set<string>() };
  const add = (which: keyof typeof ranks, text: string, country: CountryInfo, rank: number) =>
    addUnique(built[which], ranks[which], ambiguous[which], keyOf(text), country, rank);

  for (const entry of worldCountries) {
    const country: CountryInfo = { code: entry.cca2, name: entry.name.common, capital: entry.capital?.[0] ?? null };
    const rank = (entry.unMember ? 2 : 0) + (entry.independent ? 1 : 0);
    built.byIso.set(entry.cca2, country);
    add('byName', entry.name.common, country, rank);
    add('byName', entry.name.official, country, rank);
    for (const spelling of entry.altSpellings) {
      const isCode = /^[A-Z]{2,3}$/.test(spelling);
      add(isCode ? 'byCode' : 'byName', spelling, country, rank);
    }
    add('byCode', entry.cca2, country, rank);
    add('byCode', entry.cca3, country, rank);
    const demonyms = entry.demonyms?.eng;
    if (demonyms) {
      add('byDemonym', demonyms.m, country, rank);
      add('byDemonym', demonyms.f, country, rank);
    }
    for (const capital of entry.capital ?? []) add('byCapital', capital, country, rank);
  }
  for (const [name, code] of INFORMAL_COUNTRY_NAMES) {
    const country = built.byIso.get(code);
    if (country) built.byName.set(keyOf(name), country);
  }
  return built;
}

function countryIndex(): CountryIndex {
  index ??= buildIndex();
  return index;
}

export function countryByCode(code: string): CountryInfo | null {
  return countryIndex().byIso.get(code) ?? null;
}

const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'da', 'de', 'du', 'la', 'el']);

/**
 * The longest country reference starting at `tokens[start]`: a name ("Republic of Korea"),
 * an upper-case code ("U.S."), or a demonym ("Chinese"). A possessive may end a name
 * ("China's") but not sit inside one.
 */
export function findCountryAt(tokens: readonly Token[], start: number): CountryMatch | null {
  const { byName, byCode, byDemonym } = countryIndex();
  const longest = Math.min(MAX_NAME_TOKENS, tokens.length - start);
  for (let length = longest; length >= 1; length--) {
    const span = tokens.slice(start, start + length);
    const key = span.map((t) => t.norm).join(' ');
    const possessive = span[span.length - 1].possessive;
    const byNameHit = byName.get(key);
    // A country's name is a proper name: "the island" is not Ísland (Iceland), "chad" is not Chad.
    const properlyWritten = span.every((t) => t.capitalised || NAME_FUNCTION_WORDS.has(t.norm));
    if (byNameHit && properlyWritten) return { country: byNameHit, length, via: 'name', possessive };
    if (length === 1 && span[0].upper) {
      const codeHit = byCode.get(key);
      if (codeHit && !codeOfCommonNoun(key)) return { country: codeHit, length, via: 'code', possessive };
    }
    if (length <= 2 && span.every((t) => t.capitalised)) {
      const demonymHit = byDemonym.get(key);
      if (demonymHit) return { country: demonymHit, length, via: 'demonym', possessive };
    }
  }
  return null;
}

/**
 * "Hannah Cole, a GP", "the local MP", "on TV": a code English uses for a common noun (a doctor, a
 * member of parliament, television) is none of the countries whose codes it spells (Guadeloupe, the
 * Northern Mariana Islands, Tuvalu), unless one of its senses is a place ("us", "uk").
 */
function codeOfCommonNoun(code: string): boolean {
  const senses = sensesOf(code, 'noun');
  return senses.length > 0 && senses.every((id) => synset(id).lexicalFile !== NOUN_FILE.location);
}

/** The country a whole phrase names, or null ("the U.S." → US, "American" → US, "Beijing" → null). */
export function countryNamedBy(tokens: readonly Token[]): CountryMatch | null {
  if (tokens.length === 0) return null;
  const match = findCountryAt(tokens, 0);
  return match && match.length === tokens.length ? match : null;
}

/** The country whose capital this phrase is ("Beijing" → China). */
export function countryOfCapital(tokens: readonly Token[]): CountryInfo | null {
  return countryIndex().byCapital.get(tokens.map((t) => t.norm).join(' ')) ?? null;
}
