// The features of two entity profiles that a fitted model weighs to decide whether they are one
// entity: "Tara Reid" / "the actress", "Jack Ketsoyan" / "Ketsoyan's rep", "Police" / "police",
// "Indianapolis Colts" / "the Colts", "lawyer" / "attorney". Each is a number in [0, 1]; the
// weights come from ECB+ train (entity-merge-weights.json), not from reading our stories.
import { SECTOR_WORDS, SETTLEMENT_WORDS, SITE_WORDS } from '../lexicon/entity-words.ts';
import type { EntityProfile } from './entity-profile.ts';
import { NOUN_FILE, sensesOf, synset } from './wordnet.ts';
import { findTitleAt } from './titles.ts';
import { kindOfCommonNoun } from './noun-kind.ts';
import { namesCouncilOfPlace } from './organisations.ts';

export const ENTITY_FEATURES = [
  'sameHead',
  'wordOverlap',
  'nameContained',
  'modifierClash',
  'describes',
  'synonymHeads',
  'sameKind',
  'headKindMatch',
  'kindClash',
  'bothProper',
  'properAndCommon',
  'pluralClash',
  'prominence',
  'definite',
  'sharedContext',
  'acronym',
  'sameSurface',
  'sameArticles',
] as const;

export type EntityFeature = (typeof ENTITY_FEATURES)[number];
export type EntityFeatures = Record<EntityFeature, number>;

/** What the story as a whole says, for features relative to the story ("the one actress here"). */
export interface StoryContext {
  /** Mentions of proper entities, per kind: how prominent a name is in this story. */
  properMentionsByKind: ReadonlyMap<string, number>;
}

const share = (common: number, smaller: number) => (smaller === 0 ? 0 : common / smaller);

function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

const synonymCache = new Map<string, ReadonlySet<string>>();

/**
 * Members of the noun's first three senses: "attorney" → lawyer, "robber" → … A title has none:
 * its kin are the titles table's to say ("the coach" of a bus story is no "duty manager", though
 * WordNet puts coach and manager in one sense).
 */
export function synonymsOf(noun: string): ReadonlySet<string> {
  let found = synonymCache.get(noun);
  if (!found) {
    const words = new Set<string>();
    if (/^[a-z][a-z-]*$/.test(noun) && !findTitleAt([noun], 0)?.family) for (const id of sensesOf(noun, 'noun').slice(0, 3)) for (const w of synset(id).words) words.add(w.toLowerCase());
    words.delete(noun);
    found = words;
    synonymCache.set(noun, found);
  }
  return found;
}

function someSynonym(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) for (const y of synonymsOf(x)) if (b.has(y)) return true;
  return false;
}

/** One name's words run inside the other's: "Colts" in "Indianapolis Colts", "palin" in "sarah palin". */
function nameInside(small: string, large: string): boolean {
  return ` ${large} `.includes(` ${small} `);
}

/** Some name of one is written inside some name of the other: "Tara Reid" / "Perennial party girl Tara Reid", "Betty Ford" / "Betty Ford Center". */
function nameContained(a: EntityProfile, b: EntityProfile): number {
  for (const x of a.names) for (const y of b.names) if (nameInside(x, y) || nameInside(y, x)) return 1;
  return 0;
}

/**
 * Whether `a` points at the named entity `named`: its name is written inside the other's ("Berg" in
 * "Anna Berg") or its head is a word the other is described with ("the president" of "President
 * Donald Trump"). Pointing at two entities that clash is ambiguity, and merges neither.
 */
export function pointsAt(a: EntityProfile, named: EntityProfile): boolean {
  if (!named.proper || a === named) return false;
  return a.proper ? nameContained(a, named) === 1 && a.names.size > 0 && [...a.names].every((x) => [...named.names].some((y) => nameInside(x, y) && x !== y)) : describes(a, named);
}

/** A common-noun entity whose head (or a synonym of it) is a word the named one is described with ("actress" of "Actress Tara Reid"). */
function describes(common: EntityProfile, named: EntityProfile): boolean {
  for (const head of common.heads) {
    if (named.descriptions.has(head)) return true;
    for (const synonym of synonymsOf(head)) if (named.descriptions.has(synonym)) return true;
  }
  return false;
}

/** Two entities named in full with different names: "Anna Berg" and "Tomas Berg". */
export function differentFullNames(a: EntityProfile, b: EntityProfile): boolean {
  return a.fullNames.size > 0 && b.fullNames.size > 0 && intersection(a.fullNames, b.fullNames) === 0;
}

/**
 * Two entities that can never be one, whatever the score: two different names ("Woodburn bank" /
 * "Wells Fargo bank", "Brian Nichols" / "Mark Roesler"), or two different numbers or ordinals
 * ("three bank workers" / "two workers", "the 11th doctor" / "the 12th doctor"), or a name and a
 * common noun that cannot name its kind.
 */
export function entitiesClash(a: EntityProfile, b: EntityProfile): boolean {
  // Things ("the roof", "the fire") are keyed by their words (noun-phrases.ts); scored merging is for
  // who and where: people, organisations and places, named or described.
  if (!namesSomeoneOrSomewhere(a) || !namesSomeoneOrSomewhere(b)) return true;
  // A country is read from a gazetteer: "South Korea" is never "Busan, South Korea" or "Bank of Korea".
  if (a.proper && b.proper && (a.key.startsWith('country:') || b.key.startsWith('country:'))) return true;
  if (differentFullNames(a, b)) return true;
  if (a.names.size > 0 && b.names.size > 0 && !nameContained(a, b) && !acronymOf(a, b)) return true;
  if (personAndNamedOther(a, b) || personAndNamedOther(b, a)) return true;
  if (siteInPlace(a, b) || siteInPlace(b, a)) return true;
  if (bodyOfPlace(a, b) || bodyOfPlace(b, a)) return true;
  // "Mr Whitlow" is not "Agnes Whitlow"; "Mrs Marchbank" not "Roland Marchbank".
  if (a.gender && b.gender && a.gender !== b.gender) return true;
  // "the city of Bandar Abbas" / "the city of Zarand"; "voters in Turkmenistan" / "voters in Iran".
  if (someAndNone(a.namesAfter, b.namesAfter)) return true;
  if (a.proper !== b.proper && !describable(a.proper ? a : b, a.proper ? b : a)) return true;
  // "No boxer from the Sallowby club had won a title" says no boxer did, of Keira Donnelly too.
  if ((a.counted && b.proper) || (b.counted && a.proper)) return true;
  // "Councillors voted to exclude dogs" is the council's members, not "District councillor Ruth Adeyemi".
  if (manyAndOnePerson(a, b) || manyAndOnePerson(b, a)) return true;
  return a.numbers.size > 0 && b.numbers.size > 0 && intersection(a.numbers, b.numbers) === 0;
}

/**
 * "Ruth Halden" and "Halden Energy": a person and an organisation or place named alike are two
 * entities. Not when the other's name has no word the person's names lack: then it is the person
 * tagged wrongly ("Vann" tagged an organisation; "Former Kutztown University football player
 * Brian Nichols", tagged one for its "University", whose name is "Brian Nichols").
 */
function personAndNamedOther(person: EntityProfile, other: EntityProfile): boolean {
  // "The Angels", tagged people for the verb after them, is a team's name: not a person.
  if (person.groupName) return false;
  if (!person.proper || !other.proper || person.kind !== 'PERSON' || (other.kind !== 'ORG' && other.kind !== 'PLACE')) return false;
  // (A person named in full is named by that name only: "Union of Distribution Workers regional
  // organiser Sandra Kilbride" is Sandra Kilbride, never the union.)
  const personWords = new Set([...(person.fullNames.size > 0 ? person.fullNames : person.names)].flatMap((name) => name.split(' ')));
  return [...other.names].some((name) => name.split(' ').some((word) => !personWords.has(word)));
}

/**
 * A description keyed as many people (entities.ts) and one named person, unless the description's
 * word is in the name: "the Chiefs" and "Kansas City Chiefs", taken for a person, are one team.
 */
function manyAndOnePerson(many: EntityProfile, one: EntityProfile): boolean {
  if (!many.key.endsWith(' (many)') || !one.proper || one.kind !== 'PERSON') return false;
  const nameWords = new Set([...one.nameWords].map((w) => w.toLowerCase()));
  return ![...many.surfaces].some((surface) => nameWords.has(surface.split(' ').at(-1) ?? ''));
}

/**
 * "the Ostrel River Bridge" and "the town of Ostrel", "Harnsey Community Hospital" and "Harnsey": a
 * site named after the place it stands in is not that place (SITE_WORDS end the site's name).
 */
function siteInPlace(site: EntityProfile, place: EntityProfile): boolean {
  if (!site.proper || place.kind !== 'PLACE') return false;
  // ("Vale Crest Homes", an organisation: a business word ends a firm's name, not a building's.)
  const business = (last: string) => site.kind === 'ORG' && SECTOR_WORDS.has(last);
  const namesSite = (name: string) => name.includes(' ') && !business(name.split(' ').at(-1)!) && (SITE_WORDS.has(name.split(' ').at(-1)!) || namesBuilding(name.split(' ').at(-1)!));
  if (![...site.names].some(namesSite)) return false;
  // ("the town of Ostrel", "the area" describe a place people live in; "the bridge", "the club's home" may be the site.)
  if (!place.proper) return place.heads.size > 0 && [...place.heads].every((head) => SETTLEMENT_WORDS.has(head));
  return ![...place.names].some(namesSite) && ![...place.nameWords].some((w) => SITE_WORDS.has(w));
}

/**
 * "Kelby Town Council": a council named after its place is not the place ("Kelby"). Nor is a body
 * of members named after it ("the Maundley Market Traders' Association" is not "Maundley"), whatever
 * kind the one word was read as (a firm's short name, "Apple" for "Apple Inc.", is its firm).
 */
function bodyOfPlace(body: EntityProfile, place: EntityProfile): boolean {
  if (!body.proper || !place.proper) return false;
  if (body.kind === 'ORG' && place.kind === 'PLACE' && [...body.names].some(namesCouncilOfPlace)) return true;
  if (place.kind === 'ORG' || place.kind === 'PERSON') return false;
  const oneWord = [...place.names].filter((name) => !name.includes(' '));
  return oneWord.length > 0 && [...body.names].some((name) => {
    const words = name.split(' ');
    return words.length >= 2 && MEMBERS_BODY_WORDS.has(words.at(-1)!) && oneWord.includes(words[0]!);
  });
}

/** Last words of a body of members' name: "Traders' Association", "Rovers Supporters' Club". */
/** (A council too: "Kelmscar Council" is its councillors' body, not the town of Kelmscar.) */
const MEMBERS_BODY_WORDS: ReadonlySet<string> = new Set(['association', 'society', 'club', 'union', 'league', 'federation', 'guild', 'trust', 'institute', 'alliance', 'coalition', 'chamber', 'committee', 'council']);

/** "Blythecombe Pavilion", "the Corn Exchange": a name ending in a word first for a building or a made thing names a site. */
function namesBuilding(word: string): boolean {
  const first = sensesOf(word, 'noun')[0];
  return first !== undefined && synset(first).lexicalFile === NOUN_FILE.artifact;
}

/** Both sets hold names and no name of one is inside a name of the other. */
function someAndNone(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) for (const y of b) if (nameInside(x, y) || nameInside(y, x)) return false;
  return true;
}

function namesSomeoneOrSomewhere(p: EntityProfile): boolean {
  return p.proper || p.headKinds.size > 0;
}

/**
 * Whether a common noun could stand for the named entity at all: only a noun for its kind ("the
 * actress" for a person, "the team" for an organisation, "the city" for a place). "Greece" is never
 * "the bomb attack on a bank in Greece", a person never "the company". On ECB+ train, joins across
 * kinds were right one time in three.
 */
function describable(named: EntityProfile, common: EntityProfile): boolean {
  if (!common.headKinds.has(named.kind)) return false;
  // "the women", "prosecutors": a group is not the one person named.
  if (named.kind === 'PERSON' && common.plural >= 0.5) return false;
  // "Harlshire Police" is not "Harlshire County Council's highways committee": a name that ends in
  // a noun for its kind of body ("police", "council", "trust") is described by that noun or a
  // synonym of it only, not by another body's noun.
  // ("The Housing Ombudsman", an office named by its holder's noun, is no association either.)
  const endsInBodyNoun = [...named.heads].some((head) => kindOfCommonNoun(head) === named.kind || (named.kind === 'ORG' && kindOfCommonNoun(head) === 'PERSON'));
  if (named.kind === 'ORG' && endsInBodyNoun && intersection(named.heads, common.heads) === 0 && !someSynonym(named.heads, common.heads)) return false;
  // "Lindsay Lohan's attorney" is someone of hers, not her.
  for (const possessor of common.possessors) for (const name of named.names) if (nameInside(possessor, name) || nameInside(name, possessor)) return false;
  return true;
}

function acronymOf(a: EntityProfile, b: EntityProfile): boolean {
  return intersection(a.initials, b.nameWords) + intersection(b.initials, a.nameWords) > 0;
}

export function entityPairFeatures(a: EntityProfile, b: EntityProfile, story: StoryContext): EntityFeatures {
  const named = a.proper && !b.proper ? a : b.proper && !a.proper ? b : null;
  const common = named === a ? b : named === b ? a : null;
  const clashingKinds = a.kind !== b.kind && a.kind !== 'THING' && b.kind !== 'THING';
  const prominence = named ? named.mentions / Math.max(1, story.properMentionsByKind.get(named.kind) ?? 0) : 0;
  return {
    sameHead: intersection(a.heads, b.heads) > 0 ? 1 : 0,
    wordOverlap: share(intersection(a.words, b.words), Math.min(a.words.size, b.words.size)),
    nameContained: nameContained(a, b),
    modifierClash: a.modifiers.size > 0 && b.modifiers.size > 0 && intersection(a.modifiers, b.modifiers) === 0 ? 1 : 0,
    describes: named && common && describes(common, named) ? 1 : 0,
    synonymHeads: intersection(a.heads, b.heads) === 0 && someSynonym(a.heads, b.heads) ? 1 : 0,
    sameKind: a.kind === b.kind ? 1 : 0,
    headKindMatch: named && common && common.headKinds.has(named.kind) ? 1 : 0,
    kindClash: clashingKinds ? 1 : 0,
    bothProper: a.proper && b.proper ? 1 : 0,
    properAndCommon: named ? 1 : 0,
    pluralClash: Math.abs(a.plural - b.plural) > 0.5 ? 1 : 0,
    prominence,
    definite: common ? common.definite : 0,
    sharedContext: share(intersection(a.context, b.context), Math.min(a.context.size, b.context.size)),
    acronym: acronymOf(a, b) ? 1 : 0,
    sameSurface: intersection(a.surfaces, b.surfaces) > 0 ? 1 : 0,
    sameArticles: share(intersection(a.articles, b.articles), Math.min(a.articles.size, b.articles.size)),
  };
}
