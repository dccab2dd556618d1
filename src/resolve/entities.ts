// Routes every argument and speaker mention of a story to an entity key. Recognisers are
// tried in table order; the first that accepts a mention decides. People and acronyms need the
// whole story before they can be decided, so they are resolved in a second step.
import type { EntityKind } from '../types.ts';
import { BUSINESS_DESCRIPTIONS, ORG_WORDS } from '../lexicon/entity-words.ts';
import { namesCouncilOfPlace } from './organisations.ts';
import { STANDALONE_PRONOUNS } from '../lexicon/pronouns.ts';
import { countryNamedBy, countryOfCapital } from './countries.ts';
import { EntityRegistry, type NamePolicy } from './entity-registry.ts';
import { NounPhraseKeyer, type NounPhraseKey } from './noun-phrases.ts';
import { kindOfCommonNoun, namesGroup } from './noun-kind.ts';
import { ageDescriptionsOf } from '../lexicon/age-descriptions.ts';
import { identifiesAnother, successionWordsIn } from '../lexicon/numbers.ts';
import { RANK_WORDS } from './titles.ts';
import { PERSON_TITLES } from '../lexicon/titles.ts';
import { isAcronym, nameKey } from './organisations.ts';
import { resolvePeople, type PersonInput } from './people.ts';
import { organisationRole, type OrganisationRole } from './organisation-roles.ts';
import { fullNameKey, parsePersonMention, personDescription } from './person-names.ts';
import { capitalDescribedBy, placeWithCountry } from './places.ts';
import { profileKeys, type EntityProfile } from './entity-profile.ts';
import { entityCandidates, mergeEntities, type EntityMergeModel, type EntityPair } from './merge-entities.ts';
import { tokenize, withoutLeadingDeterminers, type Token } from './text.ts';
import { isKnownName, lexiconTags } from '../compromise-lexicon.ts';

export interface MentionInput {
  ref: number;
  article: string;
  text: string;
  /** Null for a speaker (`qualifiers.attributedTo`), whose kind the extractor does not give. */
  kind: EntityKind | null;
  /** Heads of the other arguments of the same triple: the context that tells namesakes apart. */
  context: string[];
  /** The object of "X is …" / "X, …,": what a subject is said to be, such as a post. */
  copularObject?: boolean;
  /** "the actress" routed as the name the story gives her: the text is that name, not what was written. */
  described?: boolean;
  /** The object of a verb's "at"/"in"/"near" ("stopping at Ashcombe"): where something is or happens. */
  located?: boolean;
  /** "No boxer from the club": a kind counted by a denial, which no named person is. */
  counted?: boolean;
  /** "Walter Finch, 84,": the age the story gives the person this mention names. */
  age?: number;
}

interface Decided {
  key: string;
  kind: EntityKind;
  policy: NamePolicy;
  /** The form recorded for the entity's name, when it is not the mention as written. */
  surface?: string;
  /** The form the entity's name is chosen from, where the mention's description stays in its profile ("their daughter Willow" → "Willow"). */
  name?: string;
  /** A post at an organisation: keyed by the organisation's entity once every mention is decided. */
  post?: OrganisationRole;
  related?: [key: string, why: string][];
  reasons?: string[];
}

type Routed = Decided | { person: PersonInput; fallback: Decided | null } | { acronym: string; fallback: Decided };

/** A pronoun the extractor could not replace (or "this" / "that"): its own entity per article, never merged across. */
const PRONOUNS: ReadonlySet<string> = new Set([...STANDALONE_PRONOUNS, 'this', 'that']);

const countryKey = (code: string) => `country:${code}`;

function relatedCountries(codes: readonly string[]): [string, string][] {
  return codes.map((code) => [countryKey(code), `mentions country ${code}`]);
}

function properName(text: string, kind: EntityKind): Decided {
  const key = nameKey(text);
  const capitalOf = countryOfCapital(withoutLeadingDeterminers(tokenize(text)));
  return {
    key: `name:${key.key}`,
    kind,
    policy: 'longest',
    related: [
      ...relatedCountries(key.countries),
      ...(capitalOf ? [[countryKey(capitalOf.code), `capital of ${capitalOf.name}`] as [string, string]] : []),
    ],
  };
}

interface Recogniser {
  name: string;
  route(mention: MentionInput, story: StoryState): Routed | null;
}

interface StoryState {
  nouns: NounPhraseKeyer;
  registryKeys: Set<string>;
  /** Keys of every name the extractor called an organisation somewhere in the story. */
  organisationKeys: Set<string>;
  /** Organisation names of two words or more, by their first word ("brenmoor" → "Brenmoor Grocers"). */
  organisationsByFirstWord: Map<string, Set<string>>;
  /** Surnames of the story's people named in full: a short name that is one is not an organisation. */
  surnames: Set<string>;
  /**
   * One-word names the story writes as where something happens ("stopping at Ashcombe"): a place,
   * even when an organisation is named after it ("the Ashcombe Rail Action Group").
   */
  placeWords: Set<string>;
  /** "first last" of every person the extractor named in full somewhere in the story. */
  fullNames: Set<string>;
  /** People by the person nouns written before their names ("actress" → Tara Reid, from "Actress Tara Reid"). */
  describedAs: Map<string, Map<string, string>>;
}

const RECOGNISERS: readonly Recogniser[] = [
  {
    name: 'value',
    route: (m) => (m.kind === 'VALUE' ? { key: `value:${m.text.toLowerCase().trim()}`, kind: 'VALUE', policy: 'most-frequent' } : null),
  },
  {
    // "X is Brenmoor's chief executive" / "X, the chief executive of Brenmoor Grocers,": the post, so
    // two people said to hold it meet in one place. Only where a post is what someone is said to be:
    // "the chief executive of Brenmoor said …" is a person, resolved with the people.
    name: 'post at an organisation',
    route: (m) => {
      const post = m.copularObject ? organisationRole(m.text) : null;
      return post ? { key: postKey(post.title, `name:${post.organisation}`), kind: 'THING', policy: 'most-frequent', post } : null;
    },
  },
  {
    name: 'capital described by its country',
    route: (m) => {
      const capital = capitalDescribedBy(m.text);
      if (!capital) return null;
      return {
        key: `name:${nameKey(capital.capital).key}`,
        kind: 'PLACE',
        policy: { fixed: capital.capital },
        related: [[countryKey(capital.country.code), `capital of ${capital.country.name}`]],
      };
    },
  },
  {
    name: 'country',
    route: (m) => {
      const match = countryNamedBy(withoutLeadingDeterminers(tokenize(m.text)));
      // A bare upper-case code in a common-noun phrase ("AI") is an acronym, not Anguilla.
      if (!match || (match.via === 'code' && m.kind === 'THING' && !m.text.includes('.'))) return null;
      return { key: countryKey(match.country.code), kind: 'PLACE', policy: { fixed: match.country.name } };
    },
  },
  // After 'country': "US" is the country, "us" (not upper case) the pronoun.
  {
    name: 'bare pronoun',
    route: (m) =>
      PRONOUNS.has(m.text.toLowerCase().trim())
        ? { key: `pronoun:${m.article}:${m.text.toLowerCase().trim()}`, kind: m.kind ?? 'THING', policy: 'most-frequent' }
        : null,
  },
  {
    name: 'place, country',
    route: (m) => {
      if (m.kind !== 'PLACE' && m.kind !== 'ORG' && m.kind !== null) return null;
      const located = placeWithCountry(m.text);
      if (!located) return null;
      const place = properName(located.place, 'PLACE');
      return { ...place, policy: { fixed: located.place }, related: [...(place.related ?? []), [countryKey(located.country.code), `located in ${located.country.name}`]] };
    },
  },
  {
    // "rival supermarket chain Pellmont Markets", "carmaker Volta Motors": a description in lower case
    // before a name is what the name is, not part of it; the name alone decides the entity.
    name: 'name after a description',
    route: (m, story) => {
      const name = nameAfterDescription(m.text);
      if (name === null) return null;
      // "their daughter Willow", tagged a thing: a name a person noun describes is a person's.
      const describedPerson = (m.kind === 'THING' || m.kind === null) && kindOfCommonNoun(lastWord(m.text.slice(0, m.text.lastIndexOf(name)).trim())) === 'PERSON';
      const routed = route({ ...m, text: name, ...(describedPerson ? { kind: 'PERSON' as const } : {}) }, story);
      return 'key' in routed ? { ...routed, surface: name } : routed;
    },
  },
  {
    // "Brenmoor said …" after "Brenmoor Grocers agreed …": a company's first word alone, when it
    // starts one organisation's name in the story and no person's surname.
    name: 'short name of an organisation',
    route: (m, story) => {
      const words = withoutLeadingDeterminers(tokenize(m.text));
      if (words.length === 2 && !m.located) return leadingWordsOfOrganisation(words, story);
      if (words.length !== 1 || !words[0]!.capitalised || story.surnames.has(words[0]!.norm) || story.placeWords.has(words[0]!.norm)) return null;
      // ("Bishop Marr" beside "Bishop's House": a person's title alone is the title, not the house.)
      if (PERSON_TITLES.has(words[0]!.norm)) return null;
      // ("Nordwing will use …" after "Norwegian airline Nordwing": the organisation's own one-word name.)
      const whole = properName(m.text, 'ORG');
      if (m.kind === 'THING' && !isAcronym(words[0]!.raw) && story.organisationKeys.has(whole.key)) return whole;
      const names = story.organisationsByFirstWord.get(words[0]!.norm);
      if (names?.size !== 1) return null;
      const [name] = [...names];
      // "Carrow Lane in Quorneby" beside "Quorneby Town Council": the council's name opens on its town.
      if (namesCouncilOfPlace(name!)) return properName(m.text, 'PLACE');
      return properName(name!, 'ORG');
    },
  },
  {
    // "Daniel Ferrow of the Lakeshore Alliance": the person, with the organisation they belong to.
    name: 'person of an organisation',
    route: (m, story) => {
      const match = /^(.+?)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(m.text.trim());
      if (!match) return null;
      const parsed = parsePersonMention(match[1]!);
      if (!parsed || parsed.name.length < 2) return null;
      // "Detective Chief Inspector Maeve Doyle of Calderport Police", tagged an organisation for its
      // "Police": a titled name before "of" is the person all the same.
      const titled = parsed.roles.some((role) => role.family);
      if (m.kind !== 'PERSON' && m.kind !== null && !(m.kind === 'ORG' && titled)) return null;
      return route({ ...m, text: match[1]!, kind: titled ? 'PERSON' : m.kind }, story);
    },
  },
  {
    name: 'person',
    route: (m, story) => {
      // "the chancellor": a role with no name is the person who holds it, when the story has one.
      // Not where the role is what someone is said to be: "Gerald Hume, the outgoing mayor,".
      if (m.kind === 'THING' && /^the\s/i.test(m.text.trim()) && !m.copularObject) {
        const described = parsePersonMention(m.text);
        if (described && described.name.length === 0 && described.roles.some((role) => role.family)) {
          return { person: { ref: m.ref, article: m.article, text: m.text, parsed: described, context: m.context }, fallback: commonNounPhrase(m, story) };
        }
      }
      // "the actress" where one person of the story is written "Actress Tara Reid": that person.
      // Not what someone is said to be: "Robert Naylor, the zoo's director," is no other director.
      const described = (m.kind === 'THING' || m.kind === null) && !m.copularObject && !m.counted ? personDescribedBy(m, story) : null;
      if (described) return route({ ...m, text: described, kind: 'PERSON', described: true }, story);
      // "Castell wins …" in a headline: a lone word the tagger left a common noun is the person whose
      // surname it is.
      const lone = withoutLeadingDeterminers(tokenize(m.text));
      const surname = m.kind === 'THING' && lone.length === 1 && lone[0]!.capitalised && story.surnames.has(lone[0]!.norm);
      const parsed = parsePersonMention(m.text);
      // "Former Kutztown University football player Brian Nichols", tagged an organisation for its
      // "University": the name at its end is a person the story names in full elsewhere.
      const namedPerson = parsed !== null && story.fullNames.has(fullNameKey(parsed.name));
      if (m.kind !== 'PERSON' && m.kind !== null && !surname && !namedPerson) return null;
      if (!parsed || (parsed.name.length === 0 && !parsed.roles.some((role) => role.family))) return null;
      const person: PersonInput = { ref: m.ref, article: m.article, text: m.text, parsed, context: m.context, ...(m.described ? { described: true } : {}) };
      // "Velda Marine" tagged a person in one sentence is the "Velda Marine Ltd" another calls a company.
      const asOrganisation = properName(m.text, 'ORG');
      if (parsed.roles.length === 0 && story.organisationKeys.has(asOrganisation.key)) return asOrganisation;
      if (m.kind === 'PERSON') return { person, fallback: null };
      // A speaker: an organisation already in the story, or with an organisation word, is not a person.
      const lastWord = tokenize(m.text).at(-1)?.norm ?? '';
      if (story.registryKeys.has(asOrganisation.key) || ORG_WORDS.has(lastWord)) return asOrganisation;
      return { person, fallback: parsed.name.length === 1 && parsed.roles.length === 0 ? asOrganisation : null };
    },
  },
  {
    name: 'acronym',
    // ("The DVSA said": the article before the initials changes nothing.)
    route: (m) => {
      const initials = m.text.replace(/^the\s+/i, '');
      return (m.kind === 'ORG' || m.kind === 'PLACE' || m.kind === null) && isAcronym(initials)
        ? { acronym: initials.replace(/\./g, '').toLowerCase(), fallback: properName(m.text, m.kind ?? 'ORG') }
        : null;
    },
  },
  {
    // "stopping at Ashcombe": a one-word name the story writes as where something happens is a place.
    name: 'place written as one',
    route: (m, story) => {
      const words = withoutLeadingDeterminers(tokenize(m.text));
      const located = words.length === 1 && words[0]!.capitalised && story.placeWords.has(words[0]!.norm);
      return located && (m.kind === 'THING' || m.kind === null) ? properName(m.text, 'PLACE') : null;
    },
  },
  {
    name: 'proper name',
    route: (m) => {
      const capitalised = /^\p{Lu}/u.test(withoutLeadingDeterminers(tokenize(m.text))[0]?.raw ?? '');
      if (m.kind === 'ORG') return properName(businessName(m.text), 'ORG');
      return m.kind === 'PLACE' || (m.kind === null && capitalised) ? properName(m.text, m.kind ?? 'ORG') : null;
    },
  },
  { name: 'common noun phrase', route: commonNounPhrase },
];

/**
 * "Norwegian airline Nordwing" is Nordwing: the words before a business's name that say what it is
 * (lexicon/entity-words.ts) are no part of the name.
 */
function businessName(text: string): string {
  const words = text.trim().split(/\s+/);
  const description = words.findLastIndex((word) => BUSINESS_DESCRIPTIONS.has(word));
  const name = words.slice(description + 1);
  return description >= 0 && name.length > 0 && name.every((word) => /^\p{Lu}/u.test(word)) ? name.join(' ') : text;
}

/** What the whole story names, read before any mention is routed: its organisations and surnames. */
function storyNames(mentions: readonly MentionInput[]): Omit<StoryState, 'nouns' | 'registryKeys'> {
  const organisationKeys = new Set<string>();
  const organisationsByFirstWord = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  const placeWords = new Set<string>();
  const fullNames = new Set<string>();
  const describedAs = new Map<string, Map<string, string>>();
  for (const m of mentions) {
    const person = m.kind === 'PERSON' ? parsePersonMention(m.text) : null;
    const key = person ? fullNameKey(person.name) : '';
    if (person && key) {
      fullNames.add(key);
      // "Actress Tara Reid", "Forum chairman Graham Pyne": the word right before the name says what
      // the person is; words before it say whose ("the forum" is not Graham Pyne).
      // ("Walter Finch, 84," is the story's pensioner: lexicon/age-descriptions.ts.)
      const byAge = m.age === undefined ? [] : ageDescriptionsOf(m.age);
      for (const word of [...personDescription(m.text).slice(-1), ...byAge]) {
        if (kindOfCommonNoun(word) !== 'PERSON') continue;
        const people = describedAs.get(word) ?? new Map<string, string>();
        if (!people.has(key)) people.set(key, person.name.join(' '));
        describedAs.set(word, people);
      }
    }
    if (m.kind === 'ORG') organisationKeys.add(properName(businessName(m.text), 'ORG').key);
    const words = withoutLeadingDeterminers(tokenize(m.text));
    if (m.located && words.length === 1 && words[0]!.capitalised) placeWords.add(words[0]!.norm);
    // "A beach hut in Blythecombe": so is a one-word name a phrase ends on after "in" or "near".
    const [before, last] = [words.at(-2), words.at(-1)];
    if (words.length >= 3 && before && INNER_LOCATING.has(before.raw) && last!.capitalised) placeWords.add(last!.norm);
    if (words.length < 2 || !words.every((w) => w.capitalised)) continue;
    if (m.kind === 'ORG') {
      const name = words.map((w) => w.raw).join(' ');
      const first = words[0]!.norm;
      organisationsByFirstWord.set(first, (organisationsByFirstWord.get(first) ?? new Set()).add(name));
    } else if (m.kind === 'PERSON' && parsePersonMention(m.text)?.name.length) {
      surnames.add(words.at(-1)!.norm);
    }
  }
  return { organisationKeys, organisationsByFirstWord, surnames, placeWords, fullNames, describedAs };
}


function postKey(title: string, organisationKey: string): string {
  return `post:${title}|${organisationKey}`;
}

/**
 * "Brenmoor's chief executive" and "the chief executive of Brenmoor Grocers" are one post when
 * "Brenmoor" and "Brenmoor Grocers" are one organisation: the post takes the key the story gave a
 * mention written as its organisation, when there is one.
 */
function keyPostsByOrganisation(mentions: readonly MentionInput[], decided: Map<number, Decided>): void {
  const keyOfText = new Map<string, string>();
  for (const mention of mentions) {
    const entity = decided.get(mention.ref)!;
    if (entity.post || entity.kind === 'THING' || entity.kind === 'VALUE') continue;
    keyOfText.set(withoutLeadingDeterminers(tokenize(mention.text)).map((t) => t.norm).join(' '), entity.key);
  }
  for (const entity of decided.values()) {
    const organisation = entity.post && keyOfText.get(entity.post.organisation);
    if (organisation) entity.key = postKey(entity.post!.title, organisation);
  }
}

/** Prepositions that put a phrase's thing in a place named after them ("at" may name an employer). */
const INNER_LOCATING: ReadonlySet<string> = new Set(['in', 'near']);

/** Lower-case words that join phrases, so what follows them is not a name described by what precedes. */
const JOINING_WORDS: ReadonlySet<string> = new Set([
  'of', 'for', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'and', 'or', 'than', 'as',
  // "An open-top bus parade through Thornmere", "the footbridge over the River Kell": the name after
  // a preposition is where the described thing is, not what it is.
  'through', 'over', 'across', 'along', 'near', 'outside', 'inside', 'beside', 'below', 'above', 'under', 'into', 'onto', 'around', 'behind', 'off',
]);

function nameAfterDescription(text: string): string | null {
  const tokens = withoutLeadingDeterminers(tokenize(text));
  const firstCapital = tokens.findIndex((t) => t.capitalised);
  if (firstCapital < 1) return null;
  const description = tokens.slice(0, firstCapital);
  const name = tokens.slice(firstCapital);
  // "president of the union's Local 212", "the union's Local 212" and "chief executive Jane Roe" are not
  // descriptions of a name: a phrase, a possessive, a number or a title in front of a person.
  if (description.some((t) => t.possessive || JOINING_WORDS.has(t.norm) || !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(t.raw))) return null;
  if (!name.every((t) => t.capitalised && !/\d/.test(t.raw))) return null;
  if (parsePersonMention(text)?.roles.length) return null;
  return name.map((t) => t.raw).join(' ');
}

function commonNounPhrase(m: MentionInput, story: StoryState): Decided {
  const phrase = story.nouns.keyOf(m.text);
  const key = phrase.key || m.text.toLowerCase().trim();
  const related = relatedCountries(phrase.countries);
  if (phrase.modifiers.length > 0 || phrase.countries.length > 0) related.push([`thing:${phrase.head}`, `a kind of ${phrase.head}`]);
  // A bare canonical noun names itself ("tariff" for "Duties" and "a import tax"); a modified
  // phrase keeps the wording outlets used most.
  const bare = phrase.head && phrase.modifiers.length === 0 && phrase.countries.length === 0;
  const policy: NamePolicy = bare ? { fixed: phrase.head } : 'most-frequent';
  const wordNetKind = m.kind === 'THING' || m.kind === null ? kindOfCommonNoun(phrase.head) : null;
  const kind = wordNetKind ?? m.kind ?? 'THING';
  // The keyer folds plurals into the singular ("tariffs" is the tariff), but "the men" are not
  // "the man": people, groups and places named in the plural, or by a group noun ("staff", as
  // many as the "workers" the keyer makes of it), are keyed apart from the one.
  const writtenHead = lastWord(m.text);
  const groupOfPeople = writtenHead !== phrase.head && wordNetKind === 'PERSON' && namesGroup(writtenHead);
  const many = wordNetKind !== null && (isPluralHead(m.text, phrase.head) || groupOfPeople) ? ' (many)' : '';
  // "An Atlanta judge", "a Georgia judge", "the judge": outlets describe the one judge of a story
  // with different words. A person, group or place named by a common noun is keyed by its head,
  // with only the words that make it another one ("former", "11th") and its number kept.
  // Plural phrases keep their modifiers: "three bank workers" and "workers" may be other people.
  if (wordNetKind !== null && phrase.countries.length === 0 && !many) {
    const headKey = [...identifyingWords(phrase), phrase.head].join(' ');
    return { key: `thing:${headKey}`, kind, policy: 'most-frequent', related, reasons: phrase.reasons };
  }
  return { key: `thing:${key}${many}`, kind, policy, related, reasons: phrase.reasons };
}

function identifyingWords(phrase: NounPhraseKey): string[] {
  // ("the deputy leader" is not "the leader": a rank word makes another post, and another holder.)
  return [...phrase.numbers, ...phrase.modifiers].filter((word) => identifiesAnother(word) || RANK_WORDS.has(word));
}

/** The one person the story describes with this phrase's head noun, when the phrase adds nothing that tells people apart. */
function personDescribedBy(m: MentionInput, story: StoryState): string | null {
  if (/^\p{Lu}/u.test(m.text.trim()) && !/^(the|a|an)\s/i.test(m.text.trim())) return null;
  const phrase = story.nouns.keyOf(m.text);
  if (phrase.countries.length > 0 || identifyingWords(phrase).length > 0 || isPluralHead(m.text, phrase.head)) return null;
  // ("the new bishop": the keyer drops "new", but a description of whose turn it is may be either holder, people.ts.)
  if (successionWordsIn(m.text).size > 0) return null;
  const people = story.describedAs.get(phrase.head);
  return people?.size === 1 ? [...people.values()][0]! : null;
}

/** A phrase's last word as written, lower-cased: the head the keyer may have replaced. */
function lastWord(text: string): string {
  return text.trim().toLowerCase().split(/\s+/).at(-1) ?? '';
}

/** "women" for head "woman", "officials" for "official": the phrase names more than one. */
function isPluralHead(text: string, head: string): boolean {
  const last = lastWord(text);
  // "people", "men", "children" are their own heads: plural whatever the keyer made of them.
  if (/^(people|men|women|children)$/.test(last)) return true;
  return last !== head && (last.endsWith('s') || last.endsWith('men') || last.endsWith('people'));
}

/**
 * "Vale Crest said …" after "Vale Crest Homes agreed …": two capitalised words that open one
 * organisation's longer name in the story, with no word the lexicon knows as a name ("Kansas City"
 * is not the Kansas City Chiefs, ECB+ train) and no person the story names.
 */
function leadingWordsOfOrganisation(words: Token[], story: StoryState): Routed | null {
  if (!words.every((w) => w.capitalised) || story.fullNames.has(fullNameKey(words.map((w) => w.raw)))) return null;
  const written = words.map((w) => w.raw).join(' ');
  if (lexiconTags(written).length > 0 || words.some((w) => isKnownName(w.raw))) return null;
  const longer = [...(story.organisationsByFirstWord.get(words[0]!.norm) ?? [])].filter((name) => name.toLowerCase().startsWith(`${written.toLowerCase()} `));
  return longer.length === 1 ? properName(longer[0]!, 'ORG') : null;
}

function route(mention: MentionInput, story: StoryState): Routed {
  for (const recogniser of RECOGNISERS) {
    const routed = recogniser.route(mention, story);
    if (routed) return routed;
  }
  throw new Error(`no recogniser accepted "${mention.text}"`); // the last one always accepts
}

/** Words that would become a person key for someone no full name identifies. */
function unresolvedPersonKey(input: PersonInput): Decided {
  const role = input.parsed.roles.find((r) => r.family);
  const name = input.parsed.name.join(' ').toLowerCase();
  const key = name ? `person-name:${name}` : `role:${role?.family}:${role?.country ?? ''}:${role?.organisation ?? ''}`;
  return { key, kind: 'PERSON', policy: name ? 'longest' : 'most-frequent' };
}

/**
 * Every mention's entity key plus the filled registry. Arguments are routed before speakers, so
 * a speaker can be matched against the organisations the story already names.
 */
export interface EntityMergeOptions {
  /** The fitted model, or null to keep every key apart (training reads the unmerged candidates). */
  model?: EntityMergeModel | null;
  /** Receives the profiles and candidate pairs, for training and evaluation. */
  onCandidates?: (profiles: readonly EntityProfile[], pairs: readonly EntityPair[]) => void;
}

export function resolveEntities(
  mentions: readonly MentionInput[],
  options: EntityMergeOptions = {},
): { keyOf: Map<number, string>; registry: EntityRegistry; people: ReturnType<typeof resolvePeople> } {
  const story: StoryState = {
    nouns: new NounPhraseKeyer(),
    registryKeys: new Set(),
    ...storyNames(mentions),
  };
  for (const mention of mentions) if (mention.kind === 'THING' || /^[a-z]/.test(mention.text.trim())) story.nouns.observe(mention.text);

  const routed = new Map<number, Routed>();
  const ordered = [...mentions.filter((m) => m.kind !== null), ...mentions.filter((m) => m.kind === null)];
  for (const mention of ordered) {
    const result = route(mention, story);
    routed.set(mention.ref, result);
    if ('key' in result) story.registryKeys.add(result.key);
  }

  const people = resolvePeople([...routed.values()].flatMap((r) => ('person' in r ? [r.person] : [])));
  const acronyms = acronymIndex(mentions, routed);
  const decided = new Map<number, Decided>();
  for (const mention of mentions) {
    const result = routed.get(mention.ref)!;
    if ('key' in result) decided.set(mention.ref, result);
    else if ('person' in result) {
      const person = people.personOf.get(mention.ref);
      decided.set(
        mention.ref,
        person ? { key: person.key, kind: 'PERSON', policy: { fixed: person.name } } : result.fallback ?? { ...unresolvedPersonKey(result.person), name: result.person.text },
      );
    } else {
      const expanded = acronyms.get(result.acronym);
      decided.set(mention.ref, expanded && expanded.size === 1 ? { ...result.fallback, key: [...expanded][0] } : result.fallback);
    }
  }

  keyPostsByOrganisation(mentions, decided);
  const { rootOf, reasons, profiles } = scoredMerges(mentions, decided, options);
  const keyFor = (key: string) => rootOf.get(key) ?? key;
  const policyOf = new Map<string, NamePolicy>();
  for (const entity of decided.values()) if (!rootOf.has(entity.key) && (!policyOf.has(entity.key) || typeof entity.policy === 'object')) policyOf.set(entity.key, entity.policy);

  const registry = new EntityRegistry();
  const keyOf = new Map<number, string>();
  for (const mention of mentions) {
    const entity = decided.get(mention.ref)!;
    // "Paul Ostrand is the mayor": what a subject is said to be stays a thing of its own, so the
    // claim does not become "Paul Ostrand is Paul Ostrand" when "the mayor" elsewhere is him.
    const key = mention.copularObject ? entity.key : keyFor(entity.key);
    // A merged mention takes its entity's naming rule, so "the actress" never names Tara Reid.
    registry.add(key, entity.kind, entity.name ?? entity.surface ?? mention.text, key === entity.key ? entity.policy : policyOf.get(key)!);
    keyOf.set(mention.ref, key);
  }
  for (const entity of decided.values()) {
    const key = keyFor(entity.key);
    for (const [otherKey, why] of entity.related ?? []) if (registry.has(keyFor(otherKey))) registry.relate(key, keyFor(otherKey), why);
    if (entity.reasons?.length) registry.explain(key, entity.reasons);
  }
  for (const [key, lines] of reasons) registry.explain(key, lines);
  for (const profile of profiles) if (profile.groupName || profile.teamByStanding) registry.setKind(keyFor(profile.key), 'ORG');
  return { keyOf, registry, people };
}

/** The fitted merging of keys (merge-entities.ts) over every mention's decided key. */
function scoredMerges(
  mentions: readonly MentionInput[],
  decided: Map<number, Decided>,
  options: EntityMergeOptions,
): ReturnType<typeof mergeEntities> & { profiles: readonly EntityProfile[] } {
  const profiles = profileKeys(
    mentions.map((m) => {
      const entity = decided.get(m.ref)!;
      return { key: entity.key, kind: entity.kind, article: m.article, text: entity.surface ?? m.text, context: m.context, ...(m.counted ? { counted: true } : {}) };
    }),
  );
  if (options.onCandidates) options.onCandidates(profiles, entityCandidates(profiles));
  if (options.model === null) return { rootOf: new Map(), reasons: new Map(), profiles };
  return { ...mergeEntities(profiles, options.model), profiles };
}

/** Initials of every multi-word proper name in the story ("usgs" → the U.S. Geological Survey key). */
function acronymIndex(mentions: readonly MentionInput[], routed: Map<number, Routed>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const result = routed.get(mention.ref)!;
    if (!('key' in result) || !result.key.startsWith('name:')) continue;
    const initials = nameKey(mention.text).initials;
    if (!initials) continue;
    const keys = index.get(initials) ?? new Set<string>();
    keys.add(result.key);
    index.set(initials, keys);
  }
  return index;
}
