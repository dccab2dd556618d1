// Keys for common-noun phrases (THING arguments): the canonical head noun plus the modifiers
// that change what is meant. "tariffs", "import duties" and "a import tax" share the key
// "tariff"; "the 20% tariff" is the tariff too — the amount is the claim's quantity qualifier, where
// compare can weigh it, not part of what the thing is; "Chinese goods" and "products
// from China" share "@CN goods" — the country becomes a modifier, not the thing itself.
import { CARDINAL_WORDS } from '../lexicon/numbers.ts';
import { findCountryAt } from './countries.ts';
import { NEWS_NOUNS, PARTITIVE_NOUNS, VAGUE_MODIFIERS } from './news-nouns.ts';
import { memoByText } from './memo.ts';
import { SynonymAligner } from './synonym-aligner.ts';
import { HEDGE_WORDS } from '../lexicon/hedges.ts';
import { DETERMINERS, tokenize, type Token } from './text.ts';

/** Prepositions that end the head part of a noun phrase ("controls | on exports"). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'from', 'in', 'on', 'for', 'with', 'to', 'about', 'over', 'against', 'between', 'by', 'at', 'into', 'toward', 'towards',
]);


export interface NounPhraseKey {
  key: string;
  head: string;
  modifiers: string[];
  countries: string[];
  /** Numbers written in the phrase ("11th", "3,000"), left out of the key. */
  numbers: string[];
  /** Why words were replaced by their canonical forms. */
  reasons: string[];
}

interface PhraseParts {
  before: string[];
  after: string[];
  numbers: string[];
  countries: string[];
}

/** "China-US" splits into its countries; other hyphenated words stay whole. */
function splitCountryCompounds(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => {
    if (!token.raw.includes('-')) return [token];
    const parts = tokenize(token.raw.replace(/-/g, ' '));
    return parts.every((part, i) => findCountryAt(parts, i)) ? parts : [token];
  });
}

function numberWord(token: Token): string | null {
  if (/^\d/.test(token.norm)) return token.norm.replace(/,/g, '');
  // "Seven people" and "Nine people" are the people of one claim with two counts, which compare
  // weighs; "one" is left as a word ("the one").
  if (token.norm !== 'one' && CARDINAL_WORDS.test(token.norm)) return token.norm;
  if (token.norm === 'percent' || token.norm === 'per') return '%';
  return null;
}

const parse = memoByText(readParts);

function readParts(text: string): PhraseParts {
  const tokens = splitCountryCompounds(tokenize(text));
  const parts: PhraseParts = { before: [], after: [], numbers: [], countries: [] };
  let afterPreposition = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    const country = findCountryAt(tokens, i);
    if (country) {
      if (!parts.countries.includes(country.country.code)) parts.countries.push(country.country.code);
      i += country.length;
      continue;
    }
    i++;
    if (DETERMINERS.has(token.norm) || VAGUE_MODIFIERS.has(token.norm)) continue;
    // "around 80 firefighters", "at least 12 people", "up to 150 km": the hedge belongs to the amount,
    // which is the claim's quantity, not part of what the thing is.
    const next = tokens[i];
    const twoWordHedge = (token.norm === 'up' && next?.norm === 'to') || (/^(more|fewer|less)$/.test(token.norm) && next?.norm === 'than');
    if (next && HEDGE_WORDS.has(token.norm) && (numberWord(next) || twoWordHedge)) continue;
    const number = numberWord(token);
    if (number) {
      if (number === '%' && parts.numbers.length) parts.numbers[parts.numbers.length - 1] += '%';
      else if (number !== '%' && token.norm !== 'cent') parts.numbers.push(number);
      continue;
    }
    if (token.norm === 'cent') continue;
    if (PREPOSITIONS.has(token.norm)) {
      afterPreposition = afterPreposition || parts.before.length > 0;
      continue;
    }
    (afterPreposition ? parts.after : parts.before).push(token.norm);
  }
  // "a range of issues" is about the issues.
  const last = parts.before[parts.before.length - 1];
  if (parts.after.length > 0 && last && PARTITIVE_NOUNS.has(last.replace(/s$/, ''))) {
    parts.before = parts.after;
    parts.after = [];
  }
  if (parts.before.length === 0 && parts.after.length > 0) {
    parts.before = parts.after;
    parts.after = [];
  }
  return parts;
}

export class NounPhraseKeyer {
  private readonly aligner = new SynonymAligner('noun', 'news-nouns', NEWS_NOUNS);

  observe(text: string): void {
    const parts = parse(text);
    this.aligner.observe(parts.before);
    this.aligner.observe(parts.after);
  }

  keyOf(text: string): NounPhraseKey {
    const parts = parse(text);
    const before = this.aligner.align(parts.before);
    const after = this.aligner.align(parts.after);
    const head = before.words[before.words.length - 1] ?? parts.numbers.join(' ');
    const modifiers = [...before.words.slice(0, -1), ...after.words].sort();
    const countries = [...parts.countries].sort();
    const key = [...countries.map((code) => `@${code}`), ...modifiers, head].filter(Boolean).join(' ');
    return { key, head, modifiers, countries, numbers: parts.numbers, reasons: [...before.reasons, ...after.reasons] };
  }
}
