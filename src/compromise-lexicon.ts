// compromise's lexicon, read directly: a hash lookup per word instead of a full parse per name.
// Shared by extract (what kind of name a phrase is) and resolve (which word of a name is a given name).
import nlp from 'compromise';

const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
const LEXICON = model.one.lexicon;

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** The lexicon's tags for a word or phrase; empty when it is unknown. */
export function lexiconTags(word: string): string[] {
  // The lexicon is a plain object: only its own entries are tags ("constructor" is not one).
  const written = word.toLowerCase();
  // compromise lists names without accents: "José" is looked up as "jose".
  const key = Object.hasOwn(LEXICON, written) ? written : withoutAccents(written);
  if (!Object.hasOwn(LEXICON, key)) return [];
  const entry = LEXICON[key]!;
  return Array.isArray(entry) ? entry : [entry];
}

function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

export function isKnownGivenName(word: string): boolean {
  return lexiconTags(word).some((tag) => GIVEN_NAME_TAGS.has(tag));
}

/** compromise's tags for a name of a place, a person or an organisation. */
const NAME_TAGS: ReadonlySet<string> = new Set(['Place', 'City', 'Country', 'Region', 'ProperNoun', 'Person', 'FirstName', 'LastName', 'Organization', 'Company']);

/** Whether the lexicon knows the word as a name of a place, a person or an organisation ("England", "Reid"). */
export function isKnownName(word: string): boolean {
  return lexiconTags(word).some((tag) => NAME_TAGS.has(tag));
}

const pastTenses = new Map<string, string | null>();

/** compromise's past tense of a verb in its base form ("swim" → "swam", "burst" → "burst"); null when it reads no verb. */
export function pastTenseOf(verb: string): string | null {
  const key = verb.toLowerCase();
  let past = pastTenses.get(key);
  if (past === undefined) {
    const forms = (nlp(key).verbs().conjugate() as { PastTense?: string }[])[0];
    past = forms?.PastTense ?? null;
    pastTenses.set(key, past);
  }
  return past;
}
