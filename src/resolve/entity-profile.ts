// What the story says about one entity key once every mention is routed: its names, head nouns,
// the words outlets describe it with, its kind and number. Scored merging (merge-entities.ts)
// compares two keys by their profiles, never by one mention.
import type { EntityKind } from '../types.ts';
import { baseForm } from './morphy.ts';
import { kindOfCommonNoun } from './noun-kind.ts';
import { countsOrRanks } from '../lexicon/numbers.ts';
import { isWordNetAdjective, isWordNetLemma } from './wordnet.ts';
import { nameKey } from './organisations.ts';
import { fullNameKey, genderOfAddress, genderOfGivenName, parsePersonMention, personDescription } from './person-names.ts';
import { STATED_ROLE } from './spelling-variants.ts';
import { DETERMINERS, tokenize, withoutLeadingDeterminers, type Token } from './text.ts';
import { namesStanding } from '../extract/entity-kind.ts';
import { pushTo } from '../push-to.ts';

export interface KeyedMention {
  key: string;
  kind: EntityKind;
  article: string;
  /** The mention as written (or the name a recogniser read in it). */
  text: string;
  /** Heads of the claim's other arguments, and "stated-role:…" for what the subject is said to be. */
  context: readonly string[];
  /** Counted by a denial ("No boxer from the club"): a kind, not one thing. */
  counted?: boolean;
}

export interface EntityProfile {
  key: string;
  /** A name (person, organisation, place, country), not a common-noun description. */
  proper: boolean;
  kind: EntityKind;
  mentions: number;
  articles: ReadonlySet<string>;
  /** Lower-cased surfaces without leading determiners. */
  surfaces: ReadonlySet<string>;
  /** Base forms of every content word. */
  words: ReadonlySet<string>;
  /** Base forms of the head nouns (the last word before any "of"/"in"…). */
  heads: ReadonlySet<string>;
  /** Content words that are neither a head nor a name word: "gang" of "gang members", "bomb" of "bomb technician". */
  modifiers: ReadonlySet<string>;
  /** Its names, each as the words of its last run of capitalised words, titles dropped ("tara reid" of "Perennial party girl Tara Reid"). */
  names: ReadonlySet<string>;
  /** Names written after a preposition ("city of Bandar Abbas" → "bandar abbas"): "the city of Zarand" is another city. */
  namesAfter: ReadonlySet<string>;
  /** The capitalised words of its names. */
  nameWords: ReadonlySet<string>;
  /** "first last" of each full person name it is written as. */
  fullNames: ReadonlySet<string>;
  /** Lower-case words written before its name or said of it ("actress", "swimmer", "technician"). */
  descriptions: ReadonlySet<string>;
  /** Initials of its multi-word names ("tdcj"), and its one-word upper-case names. */
  initials: ReadonlySet<string>;
  /** Numbers and ordinals in its mentions: "three bank workers", "the 11th doctor". */
  numbers: ReadonlySet<string>;
  /**
   * Words of a name written before a description's head, which no dictionary knows ("harnsey" of
   * "Harnsey hospital"): whose or where the thing is, so it is no building or body named otherwise.
   */
  namedModifiers: ReadonlySet<string>;
  /** A person's sex as the story writes it ("Mr", "Mrs", a given name the lexicon knows), when every mention that says agrees. */
  gender: 'f' | 'm' | null;
  /** Kinds its head nouns name by WordNet (actress → person, team → organisation); none for names. */
  headKinds: ReadonlySet<EntityKind>;
  /** Names written as a possessive inside its mentions: "Lindsay Lohan's attorney" is not Lindsay Lohan. */
  possessors: ReadonlySet<string>;
  /** "the Saints", "the Red Sox", "the Tar Heels": a name written as a plural noun after "the" names a group, a team or a band. */
  groupName: boolean;
  /** "top-ranked North Carolina": a place's name after a word for a standing in a competition names its team, in every mention. */
  teamByStanding: boolean;
  /** Share of mentions written with "the": "the deputy" points at one known deputy, "a man" or "his wife" do not. */
  definite: number;
  /** Share of mentions whose head is plural. */
  plural: number;
  /** Some mention was counted by a denial ("No boxer from the club had won"): no named entity is it. */
  counted: boolean;
  /** Heads of the other arguments of its claims. */
  context: ReadonlySet<string>;
}

/** A word WordNet knows as a noun or an adjective ("local", "Chinese"), not a name of its own. */
const knownWord = (word: string): boolean => isWordNetLemma(word, 'noun') || isWordNetAdjective(word);

const PHRASE_BREAKS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'with', 'by', 'to', 'near', 'off', 'between', 'and', 'or', 'who', 'which', 'that']);

/** The phrase's head part: the words before the first preposition or clause word ("branch | of the bank"). */
function headPart(tokens: readonly Token[]): Token[] {
  const end = tokens.findIndex((t, i) => i > 0 && PHRASE_BREAKS.has(t.norm));
  return end < 0 ? [...tokens] : tokens.slice(0, end);
}

const lemma = (word: string) => (/^[a-z][a-z-]*$/.test(word) ? baseForm(word, 'noun') : word);

function isPlural(head: Token | undefined): boolean {
  if (!head || head.capitalised) return false;
  return lemma(head.norm) !== head.norm && /(s|men|people)$/.test(head.norm);
}

/**
 * The name a mention ends in: its last run of capitalised words ("Former Kutztown University football
 * player Brian Nichols" → "brian nichols"), a person's titles dropped ("Ms. Palin" → "palin").
 * A sentence's first word is capitalised too, so a run is only taken up to the head.
 */
function nameIn(head: readonly Token[], kind: EntityKind): string | null {
  let start = head.length;
  while (start > 0 && head[start - 1]!.capitalised && !countsOrRanks(head[start - 1]!.norm)) start--;
  if (start === head.length) return null;
  const run = head.slice(start);
  const person = parsePersonMention(run.map((t) => t.raw).join(' '));
  // "Superior Court Judge", tagged an organisation: a title with no name after it names nobody.
  if (person && person.name.length === 0 && person.roles.length > 0) return null;
  const words = kind === 'PERSON' && person && person.name.length > 0 ? tokenize(person.name.join(' ')).map((t) => t.norm) : run.map((t) => t.norm);
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * "The Colts", tagged a common noun: a capitalised head after a determiner is a name, not a
 * sentence's first word. Keyed as a thing by the recognisers, it still compares as a name.
 */
function writtenAsName(text: string, tokens: readonly Token[]): boolean {
  return /^(the|a|an)\s/i.test(text.trim()) && tokens.length > 0 && tokens.every((t) => t.capitalised || /^\d/.test(t.norm));
}

/** "saints", "red sox" → false ("sox" is no noun WordNet inflects), "tar heels": the last word is a noun's plural. */
function endsInPluralNoun(name: string): boolean {
  const last = name.split(' ').at(-1) ?? '';
  const base = lemma(last);
  return base !== last && last.endsWith('s') && isWordNetLemma(base, 'noun');
}

/** Runs of capitalised words after the head part: "of Bandar Abbas", "in Turkmenistan". */
function namesAfterPrepositions(tokens: readonly Token[], headLength: number): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (const t of tokens.slice(headLength)) {
    if (t.capitalised && !countsOrRanks(t.norm)) run.push(t.norm);
    else if (run.length) runs.push(run.splice(0).join(' '));
  }
  if (run.length) runs.push(run.join(' '));
  return runs;
}

/** "Lindsay Lohan's attorney" → "lindsay lohan", "Lohan's lawyer" → "lohan": the capitalised run ending in a possessive. */
function possessiveNames(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  tokens.forEach((t, i) => {
    if (!t.possessive || !t.capitalised || i === tokens.length - 1) return;
    let start = i;
    while (start > 0 && tokens[start - 1]!.capitalised && !tokens[start - 1]!.possessive) start--;
    found.push(tokens.slice(start, i + 1).map((w) => w.norm).join(' '));
  });
  return found;
}

/** Every mention of every key, profiled per key. Value, pronoun and post keys are not profiled: they never merge. */
export function profileKeys(mentions: readonly KeyedMention[]): EntityProfile[] {
  const byKey = new Map<string, KeyedMention[]>();
  for (const m of mentions) {
    if (mergeable(m.key)) pushTo(byKey, m.key, m);
  }
  return [...byKey].map(([key, list]) => profileOf(key, list));
}

export function mergeable(key: string): boolean {
  return !/^(value|pronoun|post):/.test(key);
}

function profileOf(key: string, mentions: readonly KeyedMention[]): EntityProfile {
  const namedKey = !/^(thing|role):/.test(key);
  const kinds = new Map<EntityKind, number>();
  const surfaces = new Set<string>();
  const words = new Set<string>();
  const heads = new Set<string>();
  const nameWords = new Set<string>();
  const namedModifiers = new Set<string>();
  const genders = new Set<'f' | 'm'>();
  const names = new Set<string>();
  const namesAfter = new Set<string>();
  const commonHeads = new Set<string>();
  const possessors = new Set<string>();
  let definite = 0;
  let theName = false;
  let teamByStanding = false;
  const fullNames = new Set<string>();
  const descriptions = new Set<string>();
  const initials = new Set<string>();
  const numbers = new Set<string>();
  const context = new Set<string>();
  let plural = 0;
  for (const m of mentions) {
    kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    const tokens = withoutLeadingDeterminers(tokenize(m.text));
    surfaces.add(tokens.map((t) => t.norm).join(' '));
    const head = headPart(tokens);
    for (const t of tokens) {
      if (DETERMINERS.has(t.norm) || PHRASE_BREAKS.has(t.norm)) continue;
      if (countsOrRanks(t.norm)) numbers.add(t.norm);
      else words.add(lemma(t.norm));
    }
    const last = head.at(-1);
    if (last) heads.add(lemma(last.norm));
    // "Todd" is in WordNet too: only a head written in lower case is a common noun with a kind.
    if (last && !last.capitalised) commonHeads.add(lemma(last.norm));
    if (/^the\s/i.test(m.text.trim())) definite++;
    // ("Nurses in the Northmoor region": a description's first word is capitalised by its sentence.)
    if (isPlural(last) || (!namedKey && last === tokens[0] && isPlural({ ...last, capitalised: false }))) plural++;
    for (const t of head) if (t.capitalised && !countsOrRanks(t.norm)) nameWords.add(t.norm);
    if (!namedKey && last && !last.capitalised) for (const t of head.slice(0, -1)) if (t.capitalised && !countsOrRanks(t.norm) && !knownWord(t.norm)) namedModifiers.add(t.norm);
    const asName = writtenAsName(m.text, tokens);
    if (m.kind === 'ORG' && tokens.some((t) => namesStanding(t.norm))) teamByStanding = true;
    theName ||= asName;
    const name = namedKey || asName ? nameIn(head, m.kind) : null;
    if (name) names.add(name);
    for (const after of namesAfterPrepositions(tokens, head.length)) namesAfter.add(after);
    for (const possessor of possessiveNames(tokens)) possessors.add(possessor);
    // "Indianapolis Colts" reads like a first and last name: only a person's mention gives one.
    const person = m.kind === 'PERSON' ? parsePersonMention(m.text) : null;
    if (person) {
      for (const said of [genderOfAddress(person), genderOfGivenName(person)]) if (said) genders.add(said);
      const full = fullNameKey(person.name);
      if (full) fullNames.add(full);
      for (const role of person.roles) for (const word of role.title.split(/\s+/)) descriptions.add(lemma(word.toLowerCase()));
    }
    for (const word of personDescription(m.text)) descriptions.add(lemma(word));
    for (const t of head) if (!t.capitalised && head.some((n) => n.capitalised) && !DETERMINERS.has(t.norm)) descriptions.add(lemma(t.norm));
    const acronym = nameKey(m.text).initials;
    if (acronym) initials.add(acronym);
    if (tokens.length === 1 && tokens[0]!.upper && tokens[0]!.norm.length > 1) initials.add(tokens[0]!.norm);
    for (const c of m.context) {
      if (c.startsWith(STATED_ROLE)) {
        const stated = headPart(tokenize(c.slice(STATED_ROLE.length))).at(-1);
        if (stated && !stated.capitalised) descriptions.add(lemma(stated.norm));
      } else if (c) context.add(lemma(c));
    }
  }
  const modifiers = new Set([...words].filter((w) => !heads.has(w) && !nameWords.has(w) && !descriptions.has(w)));
  // "X is interested", "the sixth": only a noun for a person, group or place describes what an entity is.
  for (const word of [...descriptions]) if (kindOfCommonNoun(word) === null) descriptions.delete(word);
  // A thing key is a name too when some mention writes it "The Colts".
  const properName = (namedKey && (names.size > 0 || key.startsWith('country:'))) || (theName && names.size > 0);
  const kind = [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return {
    key,
    // A key the recognisers took for a name, with a name in it: "Superior Court Judge" alone is a description.
    proper: properName,
    kind,
    mentions: mentions.length,
    articles: new Set(mentions.map((m) => m.article)),
    surfaces,
    words,
    heads,
    modifiers,
    names,
    namesAfter,
    nameWords,
    namedModifiers,
    gender: genders.size === 1 ? [...genders][0]! : null,
    // "Suspected Key Mafia Boss" in a title-case headline parses as a name; an entity with no name
    // has no full name, or it would clash with the one it describes.
    fullNames: properName ? fullNames : new Set<string>(),
    descriptions,
    initials,
    numbers,
    headKinds: new Set([...commonHeads].flatMap((h) => kindOfCommonNoun(h) ?? [])),
    definite: definite / mentions.length,
    teamByStanding,
    groupName: properName && theName && fullNames.size === 0 && names.size > 0 && [...names].every(endsInPluralNoun),
    possessors,
    plural: plural / mentions.length,
    counted: mentions.some((m) => m.counted),
    context,
  };
}
