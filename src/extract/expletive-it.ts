// A placeholder "it": "It was the first time that…", "It is unclear whether…". It stands for the
// clause that follows, not for anything earlier, so it is neither resolved nor a claim's subject.
import type { Token } from './1-tokens.ts';
import { isCountedOccasion } from '../lexicon/occasion.ts';

const EXPLETIVE_VERBS = new Set(['be', 'seem', 'appear', 'remain']);
// Not "to": "it is likely to approve the plan" is as often the council as a placeholder.
const EXTRAPOSED_OPENERS = new Set(['that', 'whether', 'if', 'how', 'when', 'why', 'what']);

/**
 * "It was the first time that…", "It is unclear whether…", "It remains to be seen if…": "it"
 * before a form of be (or seem, appear, remain) whose clause goes on to a that/whether clause is a
 * placeholder for that clause, not a pronoun for something earlier.
 */
export function isExpletiveIt(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'it') return false;
  // Past "has", "will", "not", "still" to the verb: "it has not been clear whether…".
  const beforeVerb = (t: Token) => (t.pos === 'AUX' && t.lemma.toLowerCase() !== 'be') || (t.pos === 'PART' && t.lower !== 'to') || t.pos === 'ADV';
  let k = at + 1;
  while (tokens[k] && beforeVerb(tokens[k]!)) k++;
  const verb = tokens[k];
  if (!verb || !EXPLETIVE_VERBS.has(verb.lemma.toLowerCase())) return false;
  // "It was the first time Brinsley Cross had reached the final": an occasion and the clause it counts.
  if (tokens[k + 1]?.lower === 'the' && isCountedOccasion(tokens[k + 2]?.lower, tokens[k + 3]?.lower)) return true;
  for (let j = k + 1; j < Math.min(tokens.length, k + 9); j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return false;
    if (EXTRAPOSED_OPENERS.has(t.lower)) return true;
  }
  return false;
}
