// Reads a person mention into its parts: the name, the roles written before it and the
// country or institution those roles belong to.
//   "Chinese President Xi Jinping"            → name Xi Jinping, leader, CN
//   "White House spokeswoman Caroline Leavitt" → name Caroline Leavitt, spokesperson, "white house"
//   "US Ambassador to Japan George Glass"     → name George Glass, diplomat, US
//   "the U.S. leader"                          → no name, leader, US (a role description)
import { isKnownGivenName, isKnownName } from '../compromise-lexicon.ts';
import { isWordNetAdjective } from './wordnet.ts';
import { kindOfCommonNoun } from './noun-kind.ts';
import { GENDER_OF_ADDRESS, NAME_SUFFIXES } from '../lexicon/titles.ts';
import { genderOfName } from '../extract/entity-kind.ts';
import { findCountryAt } from './countries.ts';
import { memoByText } from './memo.ts';
import { findTitleAt, RANK_WORDS, type RoleFamily } from './titles.ts';
import { tokenize, withoutLeadingDeterminers, type Token } from './text.ts';

export interface Role {
  title: string;
  family: RoleFamily | null;
  /** ISO code of the country the role belongs to ("Chinese President" → CN). */
  country: string | null;
  /** Lower-cased institution named before the title ("white house"). */
  organisation: string | null;
}

export interface PersonMention {
  /** Name words as written, titles removed ("Xi", "Jinping"); empty for a role description. */
  name: string[];
  roles: Role[];
}

/** Words that may join a title to the place it serves ("Ambassador to Japan"). */
const ROLE_TARGET_LINKS = new Set(['to', 'of', 'for', 'in']);
/** Words that join a phrase to a name rather than describe the name. */
const PHRASE_LINKS = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'and', 'or', 'against', 'than', 'as']);

interface TitleCandidate {
  start: number;
  end: number;
  title: string;
  family: RoleFamily | null;
  target: string | null;
}

function titleCandidateAt(tokens: Token[], words: string[], start: number): TitleCandidate | null {
  const title = findTitleAt(words, start);
  if (!title) return null;
  let end = start + title.length;
  let target: string | null = null;
  if (ROLE_TARGET_LINKS.has(words[end] ?? '')) {
    const country = findCountryAt(tokens, end + 1);
    if (country) {
      target = country.country.code;
      end += 1 + country.length;
    }
  }
  return { start, end, title: title.title, family: title.family, target };
}

function isNameWord(token: Token): boolean {
  return token.capitalised || NAME_SUFFIXES.has(token.norm);
}

/**
 * A title is read as a title when a name (or nothing) follows it. A capitalised title word
 * after capitalised name words is a surname instead ("John King").
 */
function isValidTitle(tokens: Token[], candidate: TitleCandidate): boolean {
  const rest = tokens.slice(candidate.end);
  if (!rest.every(isNameWord)) return false;
  if (rest.length > 0) return true;
  const titleToken = tokens[candidate.start];
  const before = tokens.slice(0, candidate.start);
  const nameBefore = before.some((t, i) => t.capitalised && !findCountryAt(before, i) && !t.possessive);
  // "John King" is a surname; "Hunger Games Director" and "FBI Director" are posts: a given name
  // first is what makes the capitalised words before the title a person's name.
  const givenNameFirst = before.length > 0 && isKnownGivenName(before[0]!.raw);
  return !(titleToken.capitalised && nameBefore && givenNameFirst && before.every((t) => t.capitalised));
}

/** Roles, countries and institution words in front of the chosen title. */
function readPrefix(tokens: Token[], words: string[]): { country: string | null; organisation: string | null; titles: TitleCandidate[] } {
  let country: string | null = null;
  const organisation: string[] = [];
  const titles: TitleCandidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const countryMatch = findCountryAt(tokens, i);
    if (countryMatch) {
      country = countryMatch.country.code;
      i += countryMatch.length;
      continue;
    }
    const title = titleCandidateAt(tokens, words, i);
    if (title) {
      titles.push(title);
      i = title.end;
      continue;
    }
    if (tokens[i].capitalised) organisation.push(tokens[i].norm);
    i++;
  }
  return { country, organisation: organisation.length ? organisation.join(' ') : null, titles };
}

/**
 * "Actress Tara Reid", "Fulton County courthouse killer Brian Nichols", "Heavyweight champion
 * Wladimir Klitschko": words that describe a person come before the name. The name is the run of
 * capitalised words after the last lower-case word, or, in an all-capitalised phrase, the run from
 * a known given name on ("Legendary Aquatic Musical Star Esther Williams"). Two to four words, so
 * "the Tara Reid show" is no person and "Mary Ann Smith" stays whole.
 */
function nameAfterPersonDescription(tokens: Token[]): Token[] | null {
  const lastLowerCase = tokens.findLastIndex((t) => !isNameWord(t));
  let start = lastLowerCase + 1;
  if (lastLowerCase < 0) {
    start = tokens.findIndex((t, i) => i > 0 && isKnownGivenName(t.raw));
    // "Mum Kirsty Adebayo", "Pensioner Ann Lowe": a word for a kind of person, capitalised to open
    // the sentence, before two name words the lists may not know.
    if (start < 1 && tokens.length >= 3 && isWordForPerson(tokens[0]!.norm)) start = 1;
    if (start < 1 || isKnownGivenName(tokens[0]!.raw)) return null;
  }
  const name = tokens.slice(start);
  // "Shares of Corlin Foods", "the widow of John Smith": a phrase about a name, not a description of it.
  if (tokens.slice(0, start).some((t) => PHRASE_LINKS.has(t.norm) || t.possessive)) return null;
  if (name.length >= 2 && name.length <= 4 && nameKeyWords(name.map((t) => t.raw)).length >= 2) return name;
  // "Centenarian Peggy", "Plucky Tom": a common word capitalised before a given name alone is the
  // popular press's description of the person, not a first name.
  const described = tokens.slice(0, start);
  return lastLowerCase < 0 && name.length === 1 && isKnownGivenName(name[0]!.raw) && described.length === 1 && isDescribingWord(described[0]!.norm) ? name : null;
}

/** A noun for a kind of person that no name list knows: "mum", "pensioner" (not "Guy"). */
function isWordForPerson(word: string): boolean {
  return !isKnownGivenName(word) && !isKnownName(word) && kindOfCommonNoun(word) === 'PERSON';
}

/**
 * An adjective or a noun for a kind of person that no name list knows: "plucky", "tragic",
 * "centenarian"; not "Faith" or "Hope" (nouns for no person: first names the lists miss).
 */
function isDescribingWord(word: string): boolean {
  if (isKnownGivenName(word) || isKnownName(word)) return false;
  return isWordNetAdjective(word) || isWordForPerson(word);
}

/**
 * The words before a described person's name, lower-cased ("actress", "party girl"); empty when none.
 * Read from the words themselves, also where parsePersonMention took a title before the name: a
 * titled mention still describes its person.
 */
export function personDescription(text: string): string[] {
  const tokens = withoutLeadingDeterminers(tokenize(text));
  const name = nameAfterPersonDescription(tokens);
  return name ? tokens.slice(0, tokens.length - name.length).map((t) => t.norm) : [];
}

/** Null when the text is not a person reference (lower-case words where a name should be). */
export const parsePersonMention = memoByText(readPersonMention);

/**
 * "Mr. LaRue and deputy campaign manager Jeb Stuart Magruder", "President Obama and Vice President
 * Biden": a title and a name before "and" are one person of a list, not a title of the next
 * ("Secretary of Health and Human Services Kathleen Sebelius" is one person).
 */
function namesTwoPeople(tokens: Token[], words: string[]): boolean {
  const and = words.findIndex((w) => w === 'and' || w === '&');
  if (and < 2) return false;
  for (let start = 0; start < and; start++) {
    const title = titleCandidateAt(tokens, words, start);
    if (!title || title.end >= and) continue;
    const between = tokens.slice(title.end, and);
    if (between.length > 0 && between.every(isNameWord)) return true;
  }
  return false;
}

function readPersonMention(text: string): PersonMention | null {
  const tokens = withoutLeadingDeterminers(tokenize(text));
  if (tokens.length === 0) return null;
  const words = tokens.map((t) => t.norm);
  if (namesTwoPeople(tokens, words)) return null;

  // The chosen title is the one that reaches furthest right; on a tie the longer, earlier one
  // ("Finance Minister" over "Minister").
  let chosen: TitleCandidate | null = null;
  for (let start = 0; start < tokens.length; start++) {
    const candidate = titleCandidateAt(tokens, words, start);
    if (candidate && isValidTitle(tokens, candidate) && (!chosen || candidate.end > chosen.end)) chosen = candidate;
  }

  if (!chosen) {
    const named = nameAfterPersonDescription(tokens);
    if (named) return { name: named.map((t) => t.raw), roles: [] };
    // "Chargers' Jamal Williams", "Velda's Petra Lind": the team or firm the person belongs to is
    // not part of the name.
    const possessor = tokens.findLastIndex((t) => t.possessive);
    const owned = tokens.slice(possessor + 1);
    // ("Sallowby's Keira": a given name alone, too.)
    const ownedName = owned.length >= 2 || (owned.length === 1 && isKnownGivenName(owned[0]!.raw));
    if (possessor >= 0 && ownedName && owned.length <= 3 && owned.every(isNameWord)) return { name: owned.map((t) => t.raw), roles: [] };
    if (!tokens.every(isNameWord)) return null;
    return { name: tokens.map((t) => t.raw), roles: [] };
  }
  // "Deputy Mayor Ana Solberg" is not the mayor: a rank word makes a title of its own, with no family,
  // so "the mayor" is never taken to mean the deputy.
  const rank = chosen.start > 0 && RANK_WORDS.has(words[chosen.start - 1]!) ? words[chosen.start - 1]! : null;
  const prefixEnd = rank ? chosen.start - 1 : chosen.start;
  const prefix = readPrefix(tokens.slice(0, prefixEnd), words.slice(0, prefixEnd));
  const roleOf = (title: TitleCandidate): Role => ({
    title: title === chosen && rank ? `${rank} ${title.title}` : title.title,
    family: title === chosen && rank ? null : title.family,
    // "US Ambassador to Japan" serves the US; "Ambassador to Japan" alone only tells us Japan.
    country: prefix.country ?? title.target,
    organisation: prefix.organisation,
  });
  return {
    name: tokens.slice(chosen.end).map((t) => t.raw),
    roles: [...prefix.titles, chosen].map(roleOf),
  };
}

/** "brian nichols" for "Brian G. Nichols" and "BRIAN NICHOLS": the first and last name words, the key full names meet by. */
/** "Mr Whitlow" a man, "Mrs Marchbank" a woman: what a form of address says; null when it says neither. */
export function genderOfAddress(mention: PersonMention): 'f' | 'm' | null {
  return mention.roles.map((role) => GENDER_OF_ADDRESS.get(role.title)).find((gender) => gender !== undefined) ?? null;
}

/** "Agnes Whitlow" a woman: what a full name's given name says, when the lexicon knows it. */
export function genderOfGivenName(mention: PersonMention): 'f' | 'm' | null {
  return mention.name.length >= 2 ? genderOfName(mention.name[0]!) : null;
}

export function fullNameKey(name: readonly string[]): string {
  const words = nameKeyWords(name);
  return words.length >= 2 ? `${words[0]} ${words[words.length - 1]}` : '';
}

/** The words that identify a person: initials and suffixes dropped, lower-cased, accents folded. */
export function nameKeyWords(name: readonly string[]): string[] {
  const words = joinLeadingInitials(tokenize(name.join(' ')).map((t) => t.norm))
    // "J.R. Smith" is no "Jr.": a suffix comes after the name.
    .filter((word, i) => word.length > 1 && !(NAME_SUFFIXES.has(word) && i > 0));
  return joinSurnameParticles(words);
}

/** "A. J. Smith" is "A.J. Smith": initials written apart at the start of a name are one given name, "aj". */
function joinLeadingInitials(words: readonly string[]): string[] {
  let run = 0;
  while (run < words.length - 1 && words[run]!.length === 1) run++;
  return run >= 2 ? [words.slice(0, run).join(''), ...words.slice(run)] : [...words];
}

/**
 * Words that begin a surname of two words: "Lo Presti", "De Niro", "van Gogh". Joined to the next
 * word, "Lo Presti" is one surname (Gaetano Lo Presti's), not a given name and a surname.
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['lo', 'la', 'le', 'de', 'di', 'da', 'del', 'della', 'dos', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'abu']);

function joinSurnameParticles(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "Van Morrison", "Del Shannon": a first word that is a given name stays one.
    const givenName = i === 0 && isKnownGivenName(word[0]!.toUpperCase() + word.slice(1));
    if (SURNAME_PARTICLES.has(word) && i + 1 < words.length && !givenName) {
      joined.push(`${word} ${words[i + 1]!}`);
      i++;
    } else joined.push(word);
  }
  return joined;
}
