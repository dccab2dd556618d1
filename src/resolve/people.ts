// Groups person mentions into people across all articles of a story:
//   full names         "Donald Trump", "President Donald Trump", "Donald J. Trump"
//   spelling variants  "Caroline Leavitt" ~ "Karoline Leavitt" (see spelling-variants.ts)
//   single names       "Trump" → the unique full name ending (or, e.g. "Xi", starting) with it
//   role descriptions  "the U.S. leader" → the unique person holding a leader role whose
//                      country is the U.S. or unknown
// Candidates are found through blocks keyed by name prefixes, surnames and role families,
// never by comparing every mention with every other.
import { fullNameKey, genderOfAddress, genderOfGivenName, nameKeyWords, type PersonMention, type Role } from './person-names.ts';
import { rolesAgree, variantEvidence, type NameGroup, type VariantEvidence } from './spelling-variants.ts';
import { UnionFind } from './union-find.ts';
import { pushTo } from '../push-to.ts';
import { successionWordsIn } from '../lexicon/numbers.ts';

export interface PersonInput {
  ref: number;
  article: string;
  text: string;
  parsed: PersonMention;
  context: readonly string[];
  /** Routed here from a description ("the actress"): the name was not written in this article. */
  described?: boolean;
}

export interface Spelling {
  name: string;
  articles: string[];
  mentions: number;
}

export interface Person {
  /** Stable within one run: "person:0", "person:1", … */
  key: string;
  /** Display name of the most used spelling (ties: the longest, then the first seen). */
  name: string;
  spellings: Spelling[];
  roles: Role[];
  mentions: PersonInput[];
  /** Why spellings were merged ("role", "context"), empty when there is one spelling. */
  variantEvidence: VariantEvidence[];
}

export interface PeopleResolution {
  people: Person[];
  personOf: Map<number, Person>;
  /** Mentions that name no one unambiguously (a lone surname two people share, "the minister" …). */
  unresolved: PersonInput[];
}

interface FullNameGroup extends NameGroup {
  key: string;
  inputs: PersonInput[];
  roles: Role[];
  context: Set<string>;
  display: string;
}

/**
 * Block keys: a variant shares its surname's first two letters with its twin, or (for a slip at
 * the start of the surname) the whole given name plus the surname's last two letters. Neither a
 * common given name ("John") nor a common ending ("-son") alone makes a block.
 */
function blockKeys(group: FullNameGroup): string[] {
  return [`start:${group.last.slice(0, 2)}`, `given:${group.first}:${group.last.slice(-2)}`];
}

function sameRole(a: Role, b: Role): boolean {
  return a.title === b.title && a.family === b.family && a.country === b.country && a.organisation === b.organisation;
}

function groupFullNames(inputs: readonly PersonInput[]): FullNameGroup[] {
  const groups = new Map<string, FullNameGroup>();
  for (const input of inputs) {
    const words = nameKeyWords(input.parsed.name);
    const first = words[0];
    const last = words[words.length - 1];
    const key = fullNameKey(input.parsed.name);
    let group = groups.get(key);
    if (!group) {
      group = { key, first, last, inputs: [], roles: [], context: new Set(), display: '' };
      groups.set(key, group);
    }
    group.inputs.push(input);
    for (const role of input.parsed.roles) if (!group.roles.some((held) => sameRole(held, role))) group.roles.push(role);
    for (const word of input.context) group.context.add(word);
    const display = input.parsed.name.join(' ');
    if (display.length > group.display.length) group.display = display;
  }
  return [...groups.values()];
}

function mergeVariants(groups: FullNameGroup[]): { sets: UnionFind; evidence: Map<number, VariantEvidence[]> } {
  const sets = new UnionFind(groups.length);
  const evidence = new Map<number, VariantEvidence[]>();
  const blocks = new Map<string, number[]>();
  groups.forEach((group, i) => {
    for (const key of blockKeys(group)) pushTo(blocks, key, i);
  });
  const compared = new Set<string>();
  for (const block of blocks.values()) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const pair = `${block[x]}:${block[y]}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        const why = variantEvidence(groups[block[x]], groups[block[y]]);
        if (!why) continue;
        sets.union(block[x], block[y]);
        pushTo(evidence, block[x], why);
      }
    }
  }
  return { sets, evidence };
}

function buildPeople(groups: FullNameGroup[], sets: UnionFind, evidence: Map<number, VariantEvidence[]>): Person[] {
  const byRoot = new Map<number, number[]>();
  groups.forEach((_, i) => {
    const root = sets.find(i);
    pushTo(byRoot, root, i);
  });
  const people: Person[] = [];
  for (const members of byRoot.values()) {
    const spellings = members.map((i) => ({
      name: groups[i].display,
      // Where the name is written: "the finance minister" routed to "Tomas Brandl" does not make
      // "Brandl" a spelling of the article that wrote "Tomas Brandt, the finance minister".
      articles: [...new Set(groups[i].inputs.filter((input) => !input.described).map((input) => input.article))],
      mentions: groups[i].inputs.length,
    }));
    const preferred = [...spellings].sort((a, b) => b.mentions - a.mentions || b.name.length - a.name.length)[0];
    people.push({
      key: `person:${people.length}`,
      name: preferred.name,
      spellings,
      roles: members.flatMap((i) => groups[i].roles).filter((role, at, all) => all.findIndex((other) => sameRole(other, role)) === at),
      mentions: members.flatMap((i) => groups[i].inputs),
      variantEvidence: members.flatMap((i) => evidence.get(i) ?? []),
    });
  }
  return people;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * "Mr Whitlow" is not "Agnes Whitlow" (her great-nephew), "Mrs Marchbank" not "Roland Marchbank": a
 * form of address that says a man or a woman never meets a full name whose given name says the
 * other. Where either is silent, they may meet.
 */
function gendersAgree(input: PersonInput, person: Person): boolean {
  const addressed = genderOfAddress(input.parsed);
  if (!addressed) return true;
  const named = person.mentions.map((m) => genderOfGivenName(m.parsed)).find(Boolean);
  return !named || named === addressed;
}

/**
 * "Ms Carbury" where the story names "Helen Carbury" and "Rob Carbury": of the full names the form
 * of address may meet, the one whose given name says the same, when only one does (the lists know
 * "Helen" for a woman; "Rob" they do not know).
 */
function onlyOneNamedAsAddressed(input: PersonInput, candidates: readonly Person[]): Person | null {
  const addressed = genderOfAddress(input.parsed);
  if (!addressed) return null;
  const named = candidates.filter((person) => person.mentions.some((m) => genderOfGivenName(m.parsed) === addressed));
  return named.length === 1 ? named[0]! : null;
}

/** Keeps the candidates whose roles agree with the mention's, when the mention has a role. */
function filterByRole(candidates: Person[], roles: readonly Role[]): Person[] {
  if (!roles.some((role) => role.family)) return candidates;
  return candidates.filter((person) => rolesAgree(roles, person.roles));
}

/**
 * "The new bishop" is not "Former bishop Anthony Garland": a role described as whose turn it is
 * never goes to a holder another mention places at another turn.
 */
function anotherHolder(input: PersonInput, person: Person): boolean {
  const own = successionWordsIn(input.text);
  return own.size > 0 && person.mentions.some((m) => {
    const theirs = successionWordsIn(m.text);
    return theirs.size > 0 && ![...theirs].some((word) => own.has(word));
  });
}

/** The single holder of a described role: an exact country match first, then a holder whose country is unknown. */
function holderOfRole(holders: readonly Person[], roles: readonly Role[]): Person | null {
  const wanted = roles.filter((role) => role.family);
  const holds = (person: Person, sameCountryOnly: boolean) =>
    wanted.every((role) =>
      person.roles.some((held) =>
        held.family === role.family &&
        (sameCountryOnly ? held.country === role.country : !role.country || !held.country || held.country === role.country),
      ),
    );
  if (wanted.some((role) => role.country)) {
    const exact = holders.filter((person) => holds(person, true));
    if (exact.length === 1) return exact[0];
  }
  const compatible = holders.filter((person) => holds(person, false));
  if (compatible.length === 1) return compatible[0];
  // "the chancellor" when the story has a chancellor and an opposition leader: both lead, one holds
  // the very title named.
  const titled = compatible.filter((person) => wanted.every((role) => person.roles.some((held) => held.title === role.title)));
  return titled.length === 1 ? titled[0] : null;
}

export function resolvePeople(inputs: readonly PersonInput[]): PeopleResolution {
  const fullNameInputs = inputs.filter((input) => nameKeyWords(input.parsed.name).length >= 2);
  const groups = groupFullNames(fullNameInputs);
  const { sets, evidence } = mergeVariants(groups);
  const people = buildPeople(groups, sets, evidence);

  const personOf = new Map<number, Person>();
  const byLast = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  const byFamily = new Map<string, Person[]>();
  for (const person of people) {
    for (const input of person.mentions) {
      personOf.set(input.ref, person);
      const words = nameKeyWords(input.parsed.name);
      addTo(byFirst, words[0], person);
      addTo(byLast, words[words.length - 1], person);
    }
    for (const role of person.roles) if (role.family) addTo(byFamily, role.family, person);
  }

  const unresolved: PersonInput[] = [];
  for (const input of inputs) {
    if (personOf.has(input.ref)) continue;
    const words = nameKeyWords(input.parsed.name);
    let match: Person | null = null;
    if (words.length === 1) {
      // Surname first; a lone given-name-first match covers surname-first names ("Xi").
      for (const index of [byLast, byFirst]) {
        const candidates = filterByRole(index.get(words[0]) ?? [], input.parsed.roles).filter((person) => gendersAgree(input, person));
        if (candidates.length > 0) {
          match = candidates.length === 1 ? candidates[0] : onlyOneNamedAsAddressed(input, candidates);
          break;
        }
      }
    } else if (words.length === 0) {
      const family = input.parsed.roles.find((role) => role.family)?.family;
      if (family) match = holderOfRole((byFamily.get(family) ?? []).filter((person) => !anotherHolder(input, person)), input.parsed.roles);
    }
    if (match) {
      personOf.set(input.ref, match);
      match.mentions.push(input);
    } else {
      unresolved.push(input);
    }
  }
  return { people, personOf, unresolved };
}
