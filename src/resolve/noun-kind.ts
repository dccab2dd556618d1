// What kind of thing a common noun names ("the coach", "victims", "the city", "the team"), read
// from WordNet rather than listed by hand: the lexicographer file of the noun's most frequent
// sense says whether it is a person, a place or a group. ECB+ annotates such mentions as people,
// places and organisations, and so does a reader.
import type { EntityKind } from '../types.ts';
import { AGE_UNITS } from '../lexicon/function-words.ts';
import { baseForm } from './morphy.ts';
import { NOUN_FILE, sensesOf, synset } from './wordnet.ts';

/** WordNet lexicographer files (lexnames) and the entity kind their nouns name; noun.group is split below. */
const KIND_OF_LEXICAL_FILE: ReadonlyMap<number, EntityKind> = new Map([
  [NOUN_FILE.person, 'PERSON'], // noun.person: coach, actress, victim, official
  [NOUN_FILE.location, 'PLACE'], // noun.location: city, region, area
]);
/** noun.group: team, police, government, agency, but also people, crowd, jury. */
const NOUN_GROUP = NOUN_FILE.group;

/**
 * A group noun is an organisation only when WordNet puts it under "organization" (team, company,
 * police, government, committee); the other groups are people gathered or counted ("people",
 * "the crowd", "the jury", "the public"), which a reader and ECB+ take as persons.
 */
const ORGANISATION_ANCESTORS: ReadonlySet<string> = new Set(['organization', 'legislature', 'judicature']);
const GROUP_ANCESTOR_DEPTH = 6;

/**
 * Things that are places a story happens at: a noun whose first sense is a kind of one of these
 * (within PLACE_ANCESTOR_DEPTH steps up WordNet's hypernyms) names a place, as ECB+ and a reader
 * take "the prison", "the courthouse", "the store", "the factory", "the island", "the street".
 * "window" (a supporting structure) and "bomb" (a weapon) are not.
 */
const PLACE_ANCESTORS: ReadonlySet<string> = new Set([
  'building', 'establishment', 'housing', 'building complex', 'facility', 'road', 'land', 'geological formation', 'body of water',
]);
const PLACE_ANCESTOR_DEPTH = 4;

/**
 * Outside noun.group: "person" itself sits in noun.Tops, and a magazine or a newspaper (print
 * media, noun.communication) speaks in the news as the company that publishes it ("People magazine
 * reported").
 */
const PERSON_SENSES: ReadonlySet<string> = new Set(['person']);
const PUBLISHER_ANCESTORS: ReadonlySet<string> = new Set(['print media']);
const PUBLISHER_ANCESTOR_DEPTH = 3;

/** News sense of nouns whose first WordNet sense is another ("sources said": people, not a beginning). */
const NEWS_NOUN_KINDS: ReadonlyMap<string, EntityKind | null> = new Map<string, EntityKind | null>([
  ['source', 'PERSON'],
  ['authority', 'PERSON'],
  ['body', 'PERSON'], // "his body was found": the dead person, not anatomy
  ['star', 'PERSON'], // "the Mean Girls star", not a celestial body
  ['mum', 'PERSON'], // not the chrysanthemum
  ['agent', 'PERSON'], // "his land agent said", "FBI agents": who acts for others, not a cause
  ['family', 'PERSON'], // "the family said": its members, as a reader takes it, not an organisation
  ['ministry', 'ORG'], // a government department, not the clergy
  ['administration', 'ORG'], // "the administration said": the government, not the act of administering
  ['management', 'ORG'], // "management refused": those running the business, not the act of managing
  ['media', 'ORG'], // "state media reported": the outlets, not a means of communication
  ['giant', 'ORG'], // "the software giant": a company, not a very tall person
  ['unit', 'ORG'], // "the police gang unit": a squad, not a unit of measurement
  ['rehab', 'PLACE'], // "checked into rehab": the clinic, not the treatment
  ['campaign', 'ORG'], // "the campaign said", "campaign chair Helen Ferris": the group that runs it, not the series of acts
  ['airline', 'ORG'], // "the airline said": the company that flies, not a hose carrying air
  ['flight', null], // "a night training flight": a journey by air, not a formation of aircraft (no one, no body)
]);

const cache = new Map<string, EntityKind | null>();

/** Whether the sense or one of its first hypernyms, up to `depth` steps, is listed in `words`. */
function hasAncestor(sense: string, words: ReadonlySet<string>, depth: number): boolean {
  let current: string | undefined = sense;
  for (let step = 0; step <= depth && current; step++) {
    const node = synset(current);
    if (node.words.some((word) => words.has(word.toLowerCase()))) return true;
    current = node.hypernyms[0];
  }
  return false;
}

function kindOfSense(sense: string): EntityKind | null {
  const lexicalFile = synset(sense).lexicalFile;
  if (lexicalFile === NOUN_GROUP) return hasAncestor(sense, ORGANISATION_ANCESTORS, GROUP_ANCESTOR_DEPTH) ? 'ORG' : 'PERSON';
  if (hasAncestor(sense, PERSON_SENSES, 0)) return 'PERSON';
  if (hasAncestor(sense, PUBLISHER_ANCESTORS, PUBLISHER_ANCESTOR_DEPTH)) return 'ORG';
  return KIND_OF_LEXICAL_FILE.get(lexicalFile) ?? (hasAncestor(sense, PLACE_ANCESTORS, PLACE_ANCESTOR_DEPTH) ? 'PLACE' : null);
}

/** An age written as one word: "24-year-old", "seven-year-old". */
const AGE_NOUN = new RegExp(`^(?:\\d+|[a-z]+)-(?:${[...AGE_UNITS].join('|')})-old$`);

/** The noun lower-cased, or null for anything not a plain word ("x1", "U.S."). */
function plainWord(noun: string): string | null {
  const word = noun.trim().toLowerCase();
  return /^[a-z][a-z-]*$/.test(word) ? word : null;
}

/**
 * A plain word's WordNet base form and its most frequent sense. A hyphenated word WordNet lacks is
 * read by its last part: an "ex-girlfriend" and "cyber-criminals" are the kind a girlfriend and
 * criminals are.
 */
function firstSense(word: string): { base: string; first: string | undefined } {
  const base = baseForm(word, 'noun');
  const first = sensesOf(base, 'noun')[0];
  const lastPart = word.slice(word.lastIndexOf('-') + 1);
  if (first !== undefined || lastPart === word || lastPart === '') return { base, first };
  return firstSense(lastPart);
}

/** How many of a noun's first senses are read for `mostlyPerson`. */
const LEADING_SENSES = 4;

/**
 * "climber" is first a plant and "shooter" a marble in WordNet, but most of their first senses are
 * people, and in the news they are people: a noun whose first sense names nothing with a kind is a
 * person when more than half of its leading senses are.
 */
function mostlyPerson(base: string): EntityKind | null {
  const leading = sensesOf(base, 'noun').slice(0, LEADING_SENSES);
  const people = leading.filter((sense) => synset(sense).lexicalFile === NOUN_FILE.person).length;
  return people * 2 > leading.length ? 'PERSON' : null;
}

/**
 * Whether one of the noun's leading senses is a place: "reservoir" is first a tank, then an
 * artificial lake. For the last word of a name, where a surname would name nothing at all.
 */
export function namesPlaceInSomeSense(noun: string): boolean {
  const word = plainWord(noun);
  if (word === null) return false;
  return sensesOf(baseForm(word, 'noun'), 'noun').slice(0, LEADING_SENSES).some((sense) => kindOfSense(sense) === 'PLACE');
}

/** WordNet's lexicographer files of things made and things done. */
const MADE_OR_DONE: ReadonlySet<number> = new Set([NOUN_FILE.act, NOUN_FILE.artifact]);

/**
 * Whether the noun's first sense is a thing made or a thing done: "pottery", "engineering",
 * "brewery". For the last word of a name, which then names a business by its trade, where a
 * surname is first a person, a substance, a colour or a beast ("Baker", "Wood", "Brown", "Bird").
 */
export function namesTrade(noun: string): boolean {
  const word = plainWord(noun);
  const first = word === null ? undefined : firstSense(word).first;
  return first !== undefined && MADE_OR_DONE.has(synset(first).lexicalFile);
}

/** Whether the noun's first sense is a group ("staff", "crew", "the public", "people"): many, though singular in form. */
export function namesGroup(noun: string): boolean {
  const word = plainWord(noun);
  const first = word === null ? undefined : firstSense(word).first;
  return first !== undefined && synset(first).lexicalFile === NOUN_GROUP;
}

/** The kind the noun's first sense names, or null when it names none of people, places, groups. */
export function kindOfCommonNoun(noun: string): EntityKind | null {
  // "the 24-year-old", "a seven-year-old": an age standing for someone.
  if (AGE_NOUN.test(noun.trim().toLowerCase())) return 'PERSON';
  const word = plainWord(noun);
  if (word === null) return null;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const { base, first } = firstSense(word);
  const listed = NEWS_NOUN_KINDS.get(base);
  const kind = listed !== undefined ? listed : first === undefined ? null : (kindOfSense(first) ?? mostlyPerson(base));
  cache.set(word, kind);
  return kind;
}
