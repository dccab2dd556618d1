// What kind of thing a common noun names ("the coach", "victims", "the city", "the team"), read
// from WordNet rather than listed by hand: the lexicographer file of the noun's most frequent
// sense says whether it is a person, a place or a group. ECB+ annotates such mentions as people,
// places and organisations, and so does a reader.
import type { EntityKind } from '../types.ts';
import { baseForm } from './morphy.ts';
import { sensesOf, synset } from './wordnet.ts';

/** WordNet lexicographer files (lexnames) and the entity kind their nouns name. */
const KIND_OF_LEXICAL_FILE: ReadonlyMap<number, EntityKind> = new Map([
  [18, 'PERSON'], // noun.person: coach, actress, victim, official
  [15, 'PLACE'], // noun.location: city, region, area
  [14, 'ORG'], // noun.group: team, police, government, agency
]);

const cache = new Map<string, EntityKind | null>();

/** The kind the noun's first sense names, or null when it names none of people, places, groups. */
export function kindOfCommonNoun(noun: string): EntityKind | null {
  const word = noun.trim().toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(word)) return null;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const first = sensesOf(baseForm(word, 'noun'), 'noun')[0];
  const kind = first === undefined ? null : KIND_OF_LEXICAL_FILE.get(synset(first).lexicalFile) ?? null;
  cache.set(word, kind);
  return kind;
}
