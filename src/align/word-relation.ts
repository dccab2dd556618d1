// How two content words relate in WordNet: the same word, synonyms (a shared synset), one a more
// general word for the other (up to two hypernym steps: "tremor" → "earthquake"), a verb that
// entails or causes the other ("kill" → "die"), a verb defined with the other ("maul": "injure
// badly by beating"), or antonyms ("rise" / "fall"). Only a word's first senses count: rare senses
// make everything a synonym.
import { baseForm } from '../resolve/morphy.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { isWordNetLemma, NOUN_FILE, sensesOf, synset, type WordNetPos } from '../resolve/wordnet.ts';
import { UNDERTAKING_NOUNS } from '../lexicon/undertakings.ts';

export type WordRelation = 'same' | 'synonym' | 'hypernym' | 'entails' | 'defined' | 'antonym' | 'none';

/** Senses past these are rare readings ("visit" as "inflict") that would pair unrelated words. */
const SENSES_READ: Record<WordNetPos, number> = { verb: 4, noun: 3 };
const HYPERNYM_STEPS = 2;

const relationCache = new Map<string, WordRelation>();

/** Two nouns for one thing: the same word, synonyms, or one a more general word for the other ("boat" / "vessel", "house" / "home"). */
export function nounsForSameThing(a: string, b: string): boolean {
  const relation = wordRelation(a, b, 'noun');
  return relation === 'same' || relation === 'synonym' || relation === 'hypernym';
}

/** WordNet's lexicographer files for what is done or happens: noun.act, noun.event, noun.state. */
const DOING_FILES: ReadonlySet<number> = new Set([NOUN_FILE.act, NOUN_FILE.event, NOUN_FILE.state]);
/** Senses read: "restoration" is first the historical period, second the act. */
const DOING_SENSES = 2;

/**
 * A noun for something done or happening: "restoration", "repairs", "changes", "refurbishment" (not
 * "roof", "bell"). A word WordNet has only as a verb, used as a noun, names its act: "the revamp".
 */
export function isActNoun(word: string): boolean {
  const senses = sensesOf(baseForm(word, 'noun'), 'noun');
  if (senses.length === 0) return isWordNetLemma(word, 'verb');
  return senses.slice(0, DOING_SENSES).some((s) => DOING_FILES.has(synset(s).lexicalFile));
}

/** "the project" / "the restoration": the story's undertaking and an act it names (lexicon/undertakings.ts). */
export function oneUndertaking(x: string, y: string): boolean {
  return x !== y && ((namesUndertaking(x) && (namesUndertaking(y) || isActNoun(y))) || (namesUndertaking(y) && isActNoun(x)));
}

/** "the project" / "the job": two of the nouns a story names its undertaking by. */
export function bothNameUndertaking(x: string, y: string): boolean {
  return x !== y && namesUndertaking(x) && namesUndertaking(y);
}

function namesUndertaking(word: string): boolean {
  return UNDERTAKING_NOUNS.has(baseForm(word, 'noun'));
}

export function wordRelation(a: string, b: string, pos: WordNetPos): WordRelation {
  if (a === b) return 'same';
  const key = a < b ? `${pos}:${a}|${b}` : `${pos}:${b}|${a}`;
  const cached = relationCache.get(key);
  if (cached) return cached;
  const base = (word: string) => (pos === 'verb' ? verbBase(word) : baseForm(word, pos));
  const relation = relate(base(a), base(b), pos);
  relationCache.set(key, relation);
  return relation;
}

function relate(a: string, b: string, pos: WordNetPos): WordRelation {
  if (a === b) return 'same';
  const sensesA = sensesOf(a, pos).slice(0, SENSES_READ[pos]);
  const sensesB = sensesOf(b, pos).slice(0, SENSES_READ[pos]);
  if (sensesA.length === 0 || sensesB.length === 0) return 'none';
  const setB = new Set(sensesB);
  if (sensesA.some((s) => setB.has(s))) return 'synonym';
  if (sensesA.some((s) => synset(s).antonyms.some((x) => setB.has(x)))) return 'antonym';
  const setA = new Set(sensesA);
  if (reachesUp(sensesA, setB) || reachesUp(sensesB, setA)) return 'hypernym';
  // "kill" causes "die", "snore" entails "sleep", "win" is grouped with "compete".
  if (sensesA.some((s) => synset(s).entails.some((x) => setB.has(x))) || sensesB.some((s) => synset(s).entails.some((x) => setA.has(x)))) return 'entails';
  if (pos === 'verb' && (definedWith(sensesA, b) || definedWith(sensesB, a))) return 'defined';
  return 'none';
}

/**
 * Verbs that say almost nothing by themselves: a definition written with them ("lead: take
 * somebody somewhere") does not make the defined verb one of theirs.
 */
const DEFINING_GENERICS: ReadonlySet<string> = new Set(['be', 'have', 'do', 'make', 'take', 'get', 'give', 'cause', 'go', 'come', 'put', 'set', 'use', 'become', 'move', 'keep', 'let']);

/**
 * Whether one of the verb's first senses is defined with the other verb: "maul" is "injure badly
 * by beating", "collapse" is to "fall apart", "guide" is to "direct the course". WordNet's
 * hypernyms miss these; its definitions say them.
 */
function definedWith(senses: string[], verb: string): boolean {
  if (DEFINING_GENERICS.has(verb)) return false;
  return senses.some((id) => synset(id).gloss.toLowerCase().split(/[^a-z]+/).some((word) => word.length > 1 && (word === verb || verbBase(word) === verb)));
}

/** Whether a few hypernym steps up from `from` reach a synset of `targets`. */
function reachesUp(from: string[], targets: Set<string>): boolean {
  let frontier = from;
  for (let step = 0; step < HYPERNYM_STEPS; step++) {
    frontier = frontier.flatMap((s) => synset(s).hypernyms);
    if (frontier.some((s) => targets.has(s))) return true;
  }
  return false;
}

/**
 * Synset ids a word is blocked under: words that share one meet as candidates. The senses read for
 * a synonym, so two verbs wordRelation calls synonyms ("promoted" / "advertised") are ever compared.
 */
export function blockingSenses(word: string, pos: WordNetPos): string[] {
  return sensesOf(pos === 'verb' ? verbBase(word) : baseForm(word, pos), pos).slice(0, SENSES_READ[pos]);
}
