// Decides what kind of thing a noun phrase names. Proper names go to compromise, whose lexicon of
// people, places and organisations is what it does best; results are cached per name because it is slow.
import { isKnownGivenName, lexiconTags } from '../compromise-lexicon.ts';
import type { EntityKind } from '../types.ts';
import type { Token } from './1-tokens.ts';
import { beforeNameSuffix } from './person-name-words.ts';
import { kindOfCommonNoun, namesPlaceInSomeSense, namesTrade } from '../resolve/noun-kind.ts';
import { isPluralNoun } from '../resolve/morphy.ts';
import { BUSINESS_DESCRIPTIONS, EVENT_AND_PRIZE_WORDS, FACILITY_WORDS, NAME_ENDING_ORG_WORDS, LEADING_PLACE_WORDS, ORG_WORDS, PLACE_WORDS, PUBLICATION_WORDS, SECTOR_WORDS, STANDING_WORDS, SURNAME_PLACE_WORDS } from '../lexicon/entity-words.ts';
import { AGE_UNITS } from '../lexicon/function-words.ts';
import { isPersonSuffix, PERSON_TITLES } from '../lexicon/titles.ts';
import { findTitleAt } from '../resolve/titles.ts';
import { isMeasureUnit, isScaleWord } from './quantity.ts';

const nameKindCache = new Map<string, EntityKind>();

export function kindOfPhrase(phrase: Token[]): EntityKind {
  const content = beforeNameSuffix(phrase).filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
  if (content.length === 0) return 'THING';
  // Only a person's name ends in "Jr." or "Sr.": "Arcade Joseph Comeaux Jr.".
  if (isPersonSuffix(phrase.at(-1)?.text) && content.at(-1)!.pos === 'PROPN') return 'PERSON';
  // "the 24-year-old": an age standing for someone (the tagger made "old" the head).
  if (isAgeHead(phrase)) return 'PERSON';
  const head = content[content.length - 1]!;
  // "£1.2m", "$3bn": the scale after a figure is part of the amount.
  // "468kg", "4.2 metres": so is a unit of measure after its figure.
  const scale = (t: Token, k: number) => k > 0 && content[k - 1]!.pos === 'NUM' && (isScaleWord(t.text) || isMeasureUnit(t.text));
  if (content.every((t, k) => t.pos === 'NUM' || t.pos === 'SYM' || t.entity === 'PERCENT' || t.entity === 'MONEY' || t.entity === 'CARDINAL' || scale(t, k))) return 'VALUE';
  if (head.entity === 'PERCENT' || head.entity === 'MONEY') return 'VALUE';
  // "White House spokeswoman Caroline Leavitt": a title right before a short name makes a person,
  // whatever organisation words come before the title.
  // (Either table's titles: "Detective Constable Amy Rudd", "DC Paul Hegarty".)
  const words = content.map((t) => t.lower);
  const titleLength = (k: number) => (PERSON_TITLES.has(words[k]!) ? 1 : (findTitleAt(words, k)?.length ?? 0));
  const lastTitle = content.findLastIndex((_, k) => titleLength(k) > 0);
  const afterTitle = lastTitle >= 0 ? content.slice(lastTitle + titleLength(lastTitle)) : content;
  // Not a building's name with a title word in it: "Kingsmere General Hospital", "Marlow Bishop Centre".
  const building = FACILITY_WORDS.has(content.at(-1)!.lower);
  if (lastTitle >= 0 && !building && afterTitle.length >= 1 && afterTitle.length <= 3 && afterTitle.every((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text))) return 'PERSON';
  // "US Ambassador to Japan George Glass": a title, its post, then the name.
  if (lastTitle >= 0 && nameAfterPost(afterTitle)) return 'PERSON';
  // "The Flight Sergeant was just 23": a title written alone, capitalised, is its holder.
  if (content.length >= 2 && findTitleAt(words, 0)?.length === content.length && content.every((t) => /^\p{Lu}/u.test(t.text))) return 'PERSON';
  // "perennial party girl Tara Reid", "Kutztown University football player Brian Nichols": a word
  // for a person right before a person's name describes that person, whatever organisation words
  // come before it.
  if (describedPerson(content)) return 'PERSON';
  if (describedBusiness(content)) return 'ORG';
  // "Bank of Japan", "Woodburn Police", "the Tokyo police department": an organisation word in a
  // name. But a lower-case head that is no organisation word names something else the
  // organisation has: "Woodburn police officer" is a person, "Kestrel Bank branch" a place.
  const headNamesOrganisation = ORG_WORDS.has(head.lower) || /^[A-Z]/.test(head.text);
  // "Emily Post" and "Jane Bank" are people: a given name and one word is a person's name.
  const givenAndSurname = content.length === 2 && isKnownGivenName(content[0]!.text);
  if (headNamesOrganisation && !givenAndSurname && content.some((t) => ORG_WORDS.has(t.lower)) && content.some((t) => t.pos === 'PROPN')) return 'ORG';
  if (isTeamNumber(content)) return 'ORG';
  const properRun = trailingProperName(content);
  if (properRun.length === 0) return 'THING';
  // "Pellmont Markets", and "Water giant Westmere Water" with the description before its name.
  if (properRun.length >= 2 && SECTOR_WORDS.has(head.lower) && /^[A-Z]/.test(head.text)) return 'ORG';
  // ("The café": a word the tagger did not know, written with no capital, names no one.)
  if (head.pos !== 'PROPN' || !/\p{Lu}/u.test(head.text)) return 'THING';
  const kind = kindOfName(properRun.map((t) => t.text).join(' '));
  const standing = content.slice(0, content.length - properRun.length).some((t) => namesStanding(t.lower));
  // "The Golden Haddock", "the Red Lion": no one's name follows "the" straight away; two words taken
  // for a given name and a surname there name a business or a body (compromise's lexicon, which
  // knows people's names, has already spoken for "Tara Reid").
  const afterThe = phrase[0]?.lower === 'the' && content.length === properRun.length && properRun.length >= 2;
  if (kind === 'PERSON' && afterThe && !isKnownGivenName(properRun[0]!.text) && !tagsPerson(properRun.map((t) => t.text).join(' '))) return 'ORG';
  return kind === 'PLACE' && standing ? 'ORG' : kind;
}

/** "top-ranked", "seeded", "unbeaten": a word for a side's standing in a competition. */
export function namesStanding(word: string): boolean {
  return STANDING_WORDS.has(word.slice(word.lastIndexOf('-') + 1));
}

/**
 * "the Philadelphia 76ers", "the 49ers": a number made a plural noun names a team's
 * players (the tokenizer cuts it as "76" + "ers").
 */
function isTeamNumber(content: Token[]): boolean {
  const [number, suffix] = content.slice(-2);
  return content.length >= 2 && suffix!.lower === 'ers' && number!.pos === 'NUM' && number!.end === suffix!.start;
}

/** Prepositions that attach a post to a title: "ambassador to", "minister for", "secretary of". */
const POST_PREPOSITIONS = new Set(['to', 'for', 'of']);

/**
 * The person's name in "to Japan George Glass" or "of trading standards Ann Lowe" (what follows a
 * title): a post preposition, a field in lower case if any, then proper names of which the last two
 * are a known person's name. Null when it is not that shape.
 */
export function nameAfterPost(afterTitle: Token[]): Token[] | null {
  if (afterTitle.length < 4 || !POST_PREPOSITIONS.has(afterTitle[0]!.lower)) return null;
  // "Head of trading standards Ann Lowe": a field in lower case may come before the name.
  let first = 1;
  while (first < afterTitle.length - 2 && /^\p{Ll}/u.test(afterTitle[first]!.text) && afterTitle[first]!.pos !== 'ADP' && afterTitle[first]!.pos !== 'DET') first++;
  const proper = afterTitle.slice(first);
  if (!proper.every((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text))) return null;
  const name = proper.slice(-2);
  return kindOfName(name.map((t) => t.text).join(' ')) === 'PERSON' ? name : null;
}

function describedPerson(content: Token[]): boolean {
  const whole = trailingProperName(content);
  // "Auctioneer Fiona Greaves": at the head of a sentence the word for the person is capitalised
  // too, so it is read off the run when a given name follows it.
  const capitalisedWord = whole.length >= 3 && whole.length === content.length && isKnownGivenName(whole[1]!.text) && !isKnownGivenName(whole[0]!.text);
  const name = capitalisedWord ? whole.slice(1) : whole;
  const before = content[content.length - name.length - 1];
  // ("His daughter Ellie": one given name the lexicon knows is name enough after a word for a person.)
  const lone = name.length === 1 && isKnownGivenName(name[0]!.text);
  if ((name.length < 2 && !lone) || !before || !(capitalisedWord || /^\p{Ll}/u.test(before.text))) return false;
  return kindOfCommonNoun(before.lemma.toLowerCase()) === 'PERSON' && (lone || kindOfName(name.map((t) => t.text).join(' ')) === 'PERSON');
}

/** "Norwegian airline Nordwing": a word for a business in lower case right before a name that is no person's. */
function describedBusiness(content: Token[]): boolean {
  const name = trailingProperName(content);
  const before = content[content.length - name.length - 1];
  if (name.length === 0 || !before || !/^\p{Ll}/u.test(before.text) || !BUSINESS_DESCRIPTIONS.has(before.lower)) return false;
  return !isKnownGivenName(name[0]!.text) && kindOfName(name.map((t) => t.text).join(' ')) !== 'PERSON';
}

function trailingProperName(tokens: Token[]): Token[] {
  let k = tokens.length - 1;
  while (k >= 0 && tokens[k]!.pos === 'PROPN') k--;
  return tokens.slice(k + 1);
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'PlaceName', 'Address']);
const ORG_TAGS = new Set(['Organization', 'Company', 'SportsTeam', 'School']);
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** A word written as a name, in any script's letters: "Reid", "Hervé", and with a capital inside, "McAllister", "O'Brien", "Smith-Jones" (not "US", not "NYPD"). */
const NAME_WORD = /^\p{Lu}\p{Ll}*(?:['-]?\p{Lu}\p{Ll}+)*$/u;
/** An initial standing for a given name: "J.", "A.J." */
const INITIAL = /^(?:[A-Z]\.)+$/;

export function kindOfName(name: string): EntityKind {
  const cached = nameKindCache.get(name);
  if (cached) return cached;
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  const whole = lexiconTags(name);
  const tagsOf = (tags: string[], set: Set<string>): boolean => tags.some((t) => set.has(t));
  let kind: EntityKind = 'THING';
  // Dotted initials in news prose are almost always countries ("U.S.", "U.K.").
  if (/^([A-Z]\.){2,}$/.test(name)) kind = 'PLACE';
  else if (words.length >= 2 && FACILITY_WORDS.has(words[words.length - 1]!.toLowerCase())) kind = 'PLACE';
  else if (words.length >= 2 && PUBLICATION_WORDS.has(last.toLowerCase()) && /^[A-Z]/.test(last) && !isKnownGivenName(words[0]!)) kind = 'ORG';
  else if (words.length >= 2 && EVENT_AND_PRIZE_WORDS.has(last.toLowerCase()) && !isKnownGivenName(words[0]!)) kind = 'THING';
  else if (words.length >= 2 && NAME_ENDING_ORG_WORDS.has(last.toLowerCase()) && /^\p{Lu}/u.test(last) && !isKnownGivenName(words[0]!)) kind = 'ORG';
  else if (tagsOf(whole, PLACE_TAGS)) kind = 'PLACE';
  else if (tagsOf(whole, ORG_TAGS)) kind = 'ORG';
  // "Mount Cook", "Lake Tahoe", "Cape Cod": a word for a place first, then its name.
  else if (words.length >= 2 && LEADING_PLACE_WORDS.has(words[0]!.toLowerCase())) kind = 'PLACE';
  // "one Australian", "the Britons": a people's name standing alone stands for its people.
  else if (words.length === 1 && whole.includes('Demonym')) kind = 'PERSON';
  // "Sydney Harbour", "Jordan Valley", "Victoria Park": a word for a place last, whatever the first.
  else if (words.length >= 2 && PLACE_WORDS.has(last.toLowerCase())) kind = 'PLACE';
  // "Mill Lane", "Harbour Row": a street, where "Diane Lane" is a person.
  else if (words.length >= 2 && SURNAME_PLACE_WORDS.has(last.toLowerCase()) && !isKnownGivenName(words[0]!)) kind = 'PLACE';
  else if (words.length > 1 && tagsOf(whole, PERSON_TAGS)) kind = 'PERSON';
  else if (words.length > 1 && tagsOf(lexiconTags(words[0]!), PERSON_TAGS) && !tagsOf(lexiconTags(words[words.length - 1]!), PLACE_TAGS)) kind = 'PERSON';
  // "Dale Whitby", "Jack London": a given name that names no place, then a town as a surname.
  else if (words.length === 2 && isKnownGivenName(words[0]!) && !tagsOf(lexiconTags(words[0]!), PLACE_TAGS) && NAME_WORD.test(last)) kind = 'PERSON';
  else if (words.some((w) => tagsOf(lexiconTags(w), ORG_TAGS))) kind = 'ORG';
  else if (tagsOf(lexiconTags(words[words.length - 1]!), PLACE_TAGS) || tagsOf(lexiconTags(words[0]!), PLACE_TAGS)) kind = 'PLACE';
  // "High's Ice Cream Shop", "the Middle East": a last word that is a common noun for a place or
  // an organisation names one, where a surname would be a word for nothing of the kind.
  else if (words.length >= 2 && placeOrOrganisationWord(last)) kind = placeOrOrganisationWord(last)!;
  // "Tar Heels", "Los Angeles Angels": a name ending in a plural noun is a team or a group, not a person.
  else if (words.length >= 2 && isPluralNoun(last)) kind = 'ORG';
  // "Scarrow Reservoir": a place in another of the word's senses, after no given name.
  else if (words.length >= 2 && !isKnownGivenName(words[0]!) && namesPlaceInSomeSense(last)) kind = 'PLACE';
  // "Callowmere Pottery", "Kestle Engineering": a business named by its trade, after no given name.
  else if (words.length >= 2 && !isKnownGivenName(words[0]!) && namesTrade(last)) kind = 'ORG';
  else if (words.length >= 2 && words.length <= 3 && words.every((w) => NAME_WORD.test(w))) kind = 'PERSON';
  // "A. J. Smith", "J. K. Rowling": initials before a surname.
  else if (words.length >= 2 && words.length <= 4 && NAME_WORD.test(last) && words.slice(0, -1).every((w) => INITIAL.test(w) || NAME_WORD.test(w)) && words.some((w) => INITIAL.test(w))) kind = 'PERSON';
  else if (/^[A-Z]{2,}$/.test(name)) kind = 'ORG';
  nameKindCache.set(name, kind);
  return kind;
}

function placeOrOrganisationWord(word: string): EntityKind | null {
  const kind = kindOfCommonNoun(word.toLowerCase());
  return kind === 'PLACE' || kind === 'ORG' ? kind : null;
}

/** Whether compromise's lexicon tags the name or its first word as a person's. */
function tagsPerson(name: string): boolean {
  return [...lexiconTags(name), ...lexiconTags(name.split(/\s+/)[0]!)].some((tag) => PERSON_TAGS.has(tag));
}

/** 'f' or 'm' when compromise's lexicon knows the first name's usual gender. */
export function genderOfName(name: string): 'f' | 'm' | null {
  for (const word of name.split(/\s+/)) {
    const tags = lexiconTags(word);
    if (tags.includes('FemaleName')) return 'f';
    if (tags.includes('MaleName')) return 'm';
  }
  return null;
}

/** "24 - year - old" ending a phrase whose head is "old": an age standing for a person. */
function isAgeHead(phrase: Token[]): boolean {
  const n = phrase.length;
  return n >= 5 && phrase[n - 1]!.lower === 'old' && phrase[n - 1]!.pos === 'NOUN' && phrase[n - 2]!.text === '-' && AGE_UNITS.has(phrase[n - 3]!.lower);
}
