// The words of a person mention that name the person: after the last title, capitalised proper
// nouns ("Chancellor Hedda Lund" → hedda, lund). Any of them names the person again later.
import { PERSON_TITLES } from './lexicon.ts';
import type { Token } from './tokens.ts';

export function personNameWords(words: Token[]): string[] {
  let lastTitle = -1;
  words.forEach((t, k) => {
    if (PERSON_TITLES.has(t.lower)) lastTitle = k;
  });
  return words.slice(lastTitle + 1).filter((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text)).map((t) => t.lower);
}
