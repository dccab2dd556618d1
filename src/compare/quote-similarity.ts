// How alike two quotes of one speaker are: Dice over their words' base forms ("proved" / "proves",
// "has stood" / "have been"), where a content word also matches a WordNet synonym in the other
// quote ("every vote counts" / "every vote really does matter"). Outlets that quote one sentence
// differently keep most of its small words and some of its big ones; two different things a person
// said share far less.
import { baseForm } from '../resolve/morphy.ts';
import { isWordNetLemma, type WordNetPos } from '../resolve/wordnet.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { wordRelation } from '../align/word-relation.ts';
import { isStopword, words } from './words.ts';

const lemmaCache = new Map<string, string>();

/** The word's WordNet base form as a verb, else as a noun, else the word. */
function lemmaOf(word: string): string {
  const cached = lemmaCache.get(word);
  if (cached !== undefined) return cached;
  const verb = verbBase(word);
  const noun = baseForm(word, 'noun');
  const lemma = verb !== word && isWordNetLemma(verb, 'verb') ? verb : noun !== word && isWordNetLemma(noun, 'noun') ? noun : word;
  lemmaCache.set(word, lemma);
  return lemma;
}

const POSES: readonly WordNetPos[] = ['verb', 'noun'];

function synonyms(a: string, b: string): boolean {
  return POSES.some((pos) => wordRelation(a, b, pos) === 'synonym');
}

export function quoteSimilarity(a: string, b: string): number {
  const [x, y] = [a, b].map((quote) => new Set(words(quote).map(lemmaOf)));
  if (x!.size + y!.size === 0) return 0;
  let matches = 0;
  for (const word of x!) if (y!.has(word)) matches++;
  // Content words left unmatched on each side may pair up as synonyms, each word once.
  const restY = [...y!].filter((word) => !x!.has(word) && !isStopword(word));
  for (const word of [...x!].filter((w) => !y!.has(w) && !isStopword(w))) {
    const partner = restY.findIndex((other) => synonyms(word, other));
    if (partner < 0) continue;
    restY.splice(partner, 1);
    matches++;
  }
  return (2 * matches) / (x!.size + y!.size);
}
