// The words of a person mention that name the person: after the last title, capitalised proper
// nouns ("Chancellor Hedda Lund" → hedda, lund). Any of them names the person again later.
import { isNameSuffix, isPersonSuffix, PERSON_TITLES } from '../lexicon/titles.ts';
import type { Token } from './1-tokens.ts';

export function personNameWords(phrase: Token[]): string[] {
  const words = beforeNameSuffix(phrase);
  let lastTitle = -1;
  words.forEach((t, k) => {
    if (PERSON_TITLES.has(t.lower)) lastTitle = k;
  });
  return words.slice(lastTitle + 1).filter((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text)).map((t) => t.lower);
}

/** "Arcade Joseph Comeaux, Jr.", "Arcade Joseph Comeaux Jr." → "Arcade Joseph Comeaux": the words whose kind and head are the name's. */
export function beforeNameSuffix(words: Token[]): Token[] {
  if (words.length > 2 && isNameSuffix(words.at(-1)!.text) && words.at(-2)!.text === ',') return words.slice(0, -2);
  if (words.length > 1 && isPersonSuffix(words.at(-1)!.text) && words.at(-2)!.pos === 'PROPN') return words.slice(0, -1);
  return words;
}
