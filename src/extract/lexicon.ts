// Closed word lists the clause grammar reads. Kept as data so the rules stay readable.
import { lookupTable } from '../lookup-table.ts';

/** Verbs that introduce reported speech: their clause complement is attributed to the subject. */
export const SPEECH_VERBS = new Set([
  'say', 'state', 'tell', 'write', 'add', 'announce', 'comment', 'claim', 'confirm', 'report', 'note', 'insist',
  'warn', 'deny', 'indicate', 'stress', 'argue', 'explain', 'suggest', 'declare', 'assert', 'admit', 'reveal',
  'acknowledge', 'allege', 'emphasize', 'emphasise', 'predict', 'promise', 'reply', 'respond', 'tweet',
  'testify', 'remark', 'caution', 'concede', 'estimate', 'believe', 'think', 'say so',
  // How the popular press introduces a quote ("Councillor Marsh fumed: “…”").
  'fume', 'rage', 'blast', 'slam', 'quip', 'joke', 'exclaim', 'complain', 'lament', 'boast', 'enthuse', 'gush',
]);

/** Verbs that take a clause complement without being speech ("mentioned he did plan", "found that"). */
export const CLAUSE_VERBS = new Set([
  'mention', 'know', 'learn', 'find', 'show', 'realize', 'realise', 'feel', 'fear', 'hope', 'expect', 'decide',
  'recall', 'conclude', 'determine', 'discover', 'notice', 'understand', 'assume', 'doubt', 'imagine', 'recognize',
  'recognise', 'suspect', 'prove', 'demonstrate', 'ensure', 'agree', 'hear', 'see', 'mean', 'suppose', 'guess',
]);

/** Verbs whose infinitive complement is a plan, not a fact ("agreed to visit", "plans to go"). */
export const PLANNING_VERBS = new Set([
  'plan', 'intend', 'aim', 'agree', 'promise', 'pledge', 'vow', 'prepare', 'hope', 'seek', 'want', 'expect',
  'propose', 'threaten', 'schedule', 'offer', 'decide',
]);

/** Auxiliaries that take "to" before their verb and make it an obligation: "will have to pay", "ought to resign". */
export const SEMI_MODALS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 'ought']);

export const MODALS = lookupTable<'possible' | 'planned' | 'necessary'>({
  could: 'possible', might: 'possible', may: 'possible', can: 'possible',
  will: 'planned', would: 'planned', shall: 'planned', "'ll": 'planned', wo: 'planned',
  should: 'necessary', must: 'necessary', ought: 'necessary',
});

/** "make a visit", "hold talks": the noun carries the meaning, the verb is light. */
export const LIGHT_VERBS = new Set(['make', 'take', 'pay', 'hold', 'give', 'have', 'conduct', 'carry']);
export const EVENT_NOUNS = new Set([
  'visit', 'trip', 'call', 'decision', 'statement', 'announcement', 'speech', 'offer', 'attempt', 'promise',
  'pledge', 'talk', 'talks', 'meeting', 'agreement', 'deal', 'purchase', 'investment', 'attack', 'appearance',
  'comment', 'remark', 'request', 'proposal', 'tour', 'payment', 'donation', 'arrest', 'bid',
]);

/** Units of an age written as a noun or before one: "a 24-year-old", "the six-month-old". */
export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

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
]);

/** Forms of address: they mark a person but say nothing about a role ("Mr. Baker", "Dr. Haddad" are no role claims). */
export const COURTESY_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.']);

/** Words that make a proper name an organisation. */
export const ORG_WORDS = new Set([
  'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co', 'co.', 'company', 'group',
  'ministry', 'agency', 'survey', 'department', 'university', 'council', 'bank', 'committee', 'commission',
  'office', 'party', 'institute', 'association', 'union', 'authority', 'bureau', 'service', 'court', 'army',
  'police', 'parliament', 'congress', 'senate', 'government', 'house', 'foundation', 'fund', 'organization',
  'organisation', 'federation', 'board', 'news', 'times', 'post', 'press', 'network', 'airlines', 'motors',
  'holdings', 'technologies', 'systems', 'labs', 'partners', 'club', 'team', 'forces', 'administration',
  'rescue', // "Surrey Fire and Rescue"
]);

/**
 * Business words that end a company's name ("Pellmont Markets", "Velda Marine", "Kestrel Mining"):
 * capitalised and last in a name they make it an organisation; lower case they are only nouns.
 */
export const SECTOR_WORDS = new Set([
  'grocers', 'markets', 'foods', 'industries', 'energy', 'power', 'mining', 'marine', 'shipping', 'freight',
  'textiles', 'securities', 'pharmaceuticals', 'insurance', 'airways', 'railways', 'logistics', 'media',
  'telecom', 'brands', 'retail', 'electric', 'steel', 'chemicals', 'enterprises', 'ventures', 'solutions',
  'studios', 'entertainment', 'investments', 'properties', 'construction', 'engineering', 'motor', 'bancorp',
]);

/**
 * Words that make a capitalised name a place when they end it ("Varnesse Province", "Lake County",
 * "Ostrel River"): without them two capitalised words are taken for a person's first and last name.
 */
export const PLACE_WORDS = new Set([
  'province', 'county', 'city', 'state', 'district', 'region', 'prefecture', 'territory', 'island', 'islands',
  'river', 'lake', 'bay', 'sea', 'ocean', 'gulf', 'coast', 'valley', 'mountain', 'mountains', 'mount', 'peninsula',
  'street', 'avenue', 'road', 'square', 'park', 'bridge', 'airport', 'harbour', 'harbor', 'port', 'village',
  'town', 'township', 'borough', 'canyon', 'desert', 'forest', 'beach', 'strait', 'highway', 'station', 'hills',
]);

/**
 * Words that make a capitalised name a place when they open it ("Mount Cook", "Lake Tahoe", "Cape
 * Cod", "Fort Worth", "Loch Ness"): before a second name they are never a given name. ("Glen" is
 * left out: it is one.)
 */
export const LEADING_PLACE_WORDS: ReadonlySet<string> = new Set(['mount', 'mt', 'mt.', 'lake', 'loch', 'lough', 'cape', 'fort', 'isle', 'port']);

/**
 * Street words that are also surnames ("Mill Lane" / "Diane Lane", "Church Close" / "Glenn Close"):
 * a place's last word unless a known given name comes first.
 */
export const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set(['lane', 'close', 'drive', 'way', 'row', 'crescent', 'terrace', 'wharf', 'quay', 'hill', 'green']);

/**
 * Buildings a story happens at, which end their names ("Betty Ford Center", "St Aldric Regional
 * Hospital", "Folsom State Prison"): the name is a place, whatever else it holds ("Ford", "State").
 */
export const FACILITY_WORDS = new Set([
  'center', 'centre', 'clinic', 'hospital', 'prison', 'jail', 'penitentiary', 'stadium', 'arena', 'hotel',
  'museum', 'courthouse', 'terminal', 'plant', 'factory', 'mall', 'cathedral', 'mosque', 'temple', 'synagogue',
]);

/**
 * Words that point at something named elsewhere and name nothing themselves. Left without an
 * antecedent they stay text on their claim: "this" in one article is not "this" in another.
 */
export const POINTING_WORDS = new Set([
  'this', 'that', 'these', 'those', 'what', 'which', 'who', 'whom', 'whoever', 'whatever',
  'himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself', 'yourselves',
  'one', 'someone', 'something', 'anyone', 'anything', 'everyone', 'everything', 'nobody', 'nothing',
]);

export const PRONOUNS = lookupTable<'person' | 'plural' | 'thing' | 'speaker'>({
  he: 'person', him: 'person', his: 'person', she: 'person', her: 'person',
  they: 'plural', them: 'plural', their: 'plural',
  it: 'thing', its: 'thing',
  we: 'speaker', i: 'speaker', us: 'speaker', our: 'speaker', me: 'speaker', my: 'speaker', you: 'speaker',
});

/**
 * Words for a side's standing in a competition: before a place's name they make it the place's
 * team ("top-ranked North Carolina", "No. 5 seed Indiana State", "unbeaten Brazil"). A word ending
 * in "-ranked" or "-seeded" counts too.
 */
export const STANDING_WORDS = new Set(['ranked', 'seeded', 'seed', 'unbeaten', 'undefeated', 'unranked', 'winless']);

/**
 * Last words of a newspaper's or a magazine's name ("The Hollywood Reporter", "Entertainment
 * Weekly", "The Daily Mail"): capitalised and last in a name they make it an organisation, which
 * the news quotes as a source, unless a given name comes first ("Emily Post").
 */
export const PUBLICATION_WORDS = new Set([
  'reporter', 'weekly', 'daily', 'mail', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'telegraph',
  'courier', 'examiner', 'inquirer', 'magazine', 'times', 'post', 'news', 'press', 'monthly', 'bulletin',
]);

/**
 * Passives that report what others think or say of the subject, before "to" and the verb it is about:
 * "240,000 bags are thought to have been sold", "the gunman is believed to have fled". The claim is
 * the verb after "to", told at second hand; "expected to", "due to" tell what is planned.
 */
export const HEARSAY_PASSIVES: ReadonlyMap<string, 'reported' | 'planned'> = new Map([
  ['thought', 'reported'], ['believed', 'reported'], ['said', 'reported'], ['understood', 'reported'],
  ['reported', 'reported'], ['known', 'reported'], ['feared', 'reported'], ['alleged', 'reported'],
  ['rumoured', 'reported'], ['rumored', 'reported'], ['estimated', 'reported'], ['suspected', 'reported'],
  ['expected', 'planned'], ['scheduled', 'planned'], ['due', 'planned'],
]);

/**
 * "will be able to park", "were unable to leave": the verb after "to" is the claim, as it would be
 * said plainly ("was able to escape" says the escape happened); the value says whether the word
 * denies it.
 */
export const ABILITY_WORDS: ReadonlyMap<string, boolean> = new Map([['able', false], ['unable', true]]);

/** What one may have to do something, which tells nothing of its being done: "had the chance to revise it". */
export const CHANCE_NOUNS: ReadonlySet<string> = new Set(['chance', 'opportunity', 'time']);

/** Verbs that say the verb after "to" did not happen: "failed to reach a deal". */
export const FAILURE_VERBS: ReadonlySet<string> = new Set(['fail']);

/** Speech verbs that say what they report is not so: "officials denied that the bridge had collapsed". */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny', 'dispute', 'refute', 'rebut']);

/**
 * Verbs of opinion whose negation is the reported clause's ("I don't think Nichols won" says he did
 * not win; "police do not believe the fire was set" that it was not).
 */
export const NEGATION_RAISING_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'expect', 'suppose', 'reckon', 'imagine', 'feel']);

/** Subordinators an -ing verb phrase follows, its subject the main clause's: "while swimming in the river", "after leaving school". */
export const GERUND_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'after', 'before', 'since', 'when', 'whilst', 'without', 'despite']);

/** Abbreviated titles written before a name that wink's splitter does not know: "Const.", "Det. Supt.", "Cllr.". */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['const', 'det', 'supt', 'insp', 'cllr', 'rev', 'cpl', 'pte', 'sgt', 'lt', 'capt', 'gov', 'sen', 'prof', 'dr']);

/** "Const", "Supt" written as a title's abbreviation (a capital, then lower case: not "DC"). */
export function isTitleAbbreviation(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

/** Words that say how near before "to": "struck close to Talca", "stopped next to the school". */
export const NEARNESS_BEFORE_TO: ReadonlySet<string> = new Set(['close', 'next', 'near', 'closer', 'nearer']);
