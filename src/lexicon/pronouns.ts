// Pronouns and the words that point at something named elsewhere.
import { lookupTable } from '../lookup-table.ts';

/**
 * Words that point at something named elsewhere and name nothing themselves. Left without an
 * antecedent they stay text on their claim: "this" in one article is not "this" in another.
 */
export const POINTING_WORDS = new Set([
  'this', 'that', 'these', 'those', 'what', 'which', 'who', 'whom', 'whoever', 'whatever',
  'himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself', 'yourselves',
  'one', 'someone', 'something', 'anyone', 'anything', 'everyone', 'everything', 'nobody', 'nothing',
]);

/**
 * "There was no hot water", "Here is the list": a subject that holds the place of the real one
 * (or points at a place) and names nothing a later "it" could stand for.
 */
export const PLACE_HOLDERS = new Set(['there', 'here']);

interface Pronoun {
  /** Whom it can stand for: a person, several, a thing, or the speaker and those spoken to. */
  refersTo: 'person' | 'plural' | 'thing' | 'speaker';
  gender?: 'f' | 'm';
  /** "his", "their": it opens a noun phrase and stands alone in none. */
  possessive?: boolean;
  /** "she", "he": the subject's own form, so the person it stands for is still the one acting. */
  subjectForm?: boolean;
}

const PRONOUN_TABLE: Record<string, Pronoun> = {
  he: { refersTo: 'person', gender: 'm', subjectForm: true }, him: { refersTo: 'person', gender: 'm' }, his: { refersTo: 'person', gender: 'm', possessive: true },
  she: { refersTo: 'person', gender: 'f', subjectForm: true }, her: { refersTo: 'person', gender: 'f', possessive: true },
  they: { refersTo: 'plural' }, them: { refersTo: 'plural' }, their: { refersTo: 'plural', possessive: true },
  it: { refersTo: 'thing' }, its: { refersTo: 'thing', possessive: true },
  we: { refersTo: 'speaker' }, i: { refersTo: 'speaker' }, us: { refersTo: 'speaker' }, our: { refersTo: 'speaker', possessive: true },
  me: { refersTo: 'speaker' }, my: { refersTo: 'speaker', possessive: true }, you: { refersTo: 'speaker' },
};

/** Personal pronouns and possessives → whom they can stand for. */
export const PRONOUNS = lookupTable<Pronoun['refersTo']>(Object.fromEntries(Object.entries(PRONOUN_TABLE).map(([word, { refersTo }]) => [word, refersTo])));

/** Pronouns of one gender ("her" is both object and possessive). */
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(PRONOUN_TABLE).filter((w) => PRONOUN_TABLE[w]!.gender === 'f'));
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(PRONOUN_TABLE).filter((w) => PRONOUN_TABLE[w]!.gender === 'm'));

/** "she", "he": a person's pronouns in the subject's form. */
export const SUBJECT_PERSON_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(PRONOUN_TABLE).filter((w) => PRONOUN_TABLE[w]!.subjectForm));

/** Possessives ("his", "its", "their", "our") → whom their owner can be: "its peak" belongs to an "it". */
export const POSSESSIVES: ReadonlyMap<string, Pronoun['refersTo']> = new Map(Object.entries(PRONOUN_TABLE).filter(([, p]) => p.possessive).map(([word, p]) => [word, p.refersTo]));

/** Possessives of people ("his", "her", "their"), not of things or of the speaker: "His barrister, Claire Benham". */
export const PEOPLES_POSSESSIVES: ReadonlySet<string> = new Set(Object.keys(PRONOUN_TABLE).filter((w) => PRONOUN_TABLE[w]!.possessive && ['person', 'plural'].includes(PRONOUN_TABLE[w]!.refersTo)));

/** Pronouns that stand alone as a noun phrase ("he", "them"; "her" too), not the possessives only ("his", "its"). */
export const STANDALONE_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(PRONOUN_TABLE).filter((w) => !PRONOUN_TABLE[w]!.possessive || w === 'her'));

/** Pronouns only ever subjects: "he", "they" ("it" and "you" are objects too). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they']);

/** Pronouns only ever objects ("her" is also a possessive): "made him an offer" names him before the offer. */
export const OBJECT_CASE_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'us', 'me']);
