// Titles, forms of address and name suffixes: the words around a person's name.

/** Suffixes of a person's name ("Jr.", "Sr.", "III", and degrees: "MD", "PhD"), lower case without the full stop; they do not tell people apart. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'md', 'm.d', 'phd', 'ph.d']);

/** Degrees written after a name ("Dr. Regina Benjamin, MD"): only a person holds one. */
const DEGREE_SUFFIX = /^(md|m\.d\.?|phd|ph\.d\.?)$/i;

/** Whether a token is a name suffix: "Jr.", "SR", "III". */
export const isNameSuffix = (text: string | undefined): boolean => text !== undefined && NAME_SUFFIXES.has(text.toLowerCase().replace(/\.$/, ''));

/** Whether a token is a suffix only a person's name ends in: "Jr.", "Sr." ("World War II" is no person). */
export const isPersonSuffix = (text: string | undefined): boolean => text !== undefined && (/^(jr|sr)\.?$/i.test(text) || DEGREE_SUFFIX.test(text));

/** Titles and roles that mark the name after them as a person. */
export const PERSON_TITLES = new Set([
  'president', 'leader', 'minister', 'prime', 'premier', 'chancellor', 'spokeswoman', 'spokesman', 'spokesperson',
  'ambassador', 'secretary', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope',
  'general', 'chief', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'judge', 'justice', 'representative',
  'rep.', 'sen.', 'gov.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lady', 'lord', 'officer',
  'commissioner', 'professor', 'prof.', 'coach', 'captain', 'lieutenant', 'colonel', 'sergeant', 'inspector',
  'founder', 'head', 'official', 'analyst', 'economist', 'reporter', 'correspondent', 'deputy', 'vice',
  'manager', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
  'cllr', 'cllr.', 'vicar', 'rector', 'bishop', 'reverend', 'rev', 'rev.', 'skipper', 'coxswain', 'helmsman',
  'clerk',
]);

/**
 * Styles written before a clergy or peer's title ("the Very Rev", "the Right Reverend", "the Rt
 * Hon"): part of the title, not an adverb.
 */
export const STYLES_BEFORE_TITLE: ReadonlySet<string> = new Set(['very', 'right', 'most', 'rt']);
/** The titles a style is written before. */
export const STYLED_TITLES: ReadonlySet<string> = new Set(['rev', 'rev.', 'revd', 'reverend', 'hon', 'hon.', 'honourable']);

/** Whether a word after "the" opens a titled name: "the Rev Andrew Hollins", "the Very Rev Martin Okafor". */
export function opensTitledName(word: string): boolean {
  return PERSON_TITLES.has(word) || STYLES_BEFORE_TITLE.has(word);
}

/** Forms of address: they mark a person but say nothing about a role ("Mr. Baker", "Dr. Haddad" are no role claims). */
export const COURTESY_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'rev', 'rev.', 'reverend', 'cllr', 'cllr.']);

/** Forms of address that say whether their bearer is a man or a woman: "Mr Whitlow" is no Agnes Whitlow. */
export const GENDER_OF_ADDRESS: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['sir', 'm'], ['lord', 'm'],
  ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'], ['madam', 'f'],
]);

/** Abbreviated titles written before a name that wink's splitter does not know: "Const.", "Det. Supt.", "Cllr.". */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['const', 'det', 'supt', 'insp', 'cllr', 'rev', 'cpl', 'pte', 'sgt', 'lt', 'capt', 'gov', 'sen', 'prof', 'dr']);

/** "Const", "Supt" written as a title's abbreviation (a capital, then lower case: not "DC"). */
export function isTitleAbbreviation(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && TITLE_ABBREVIATIONS.has(word.toLowerCase());
}
