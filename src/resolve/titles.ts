// Titles and role words that may stand before a person's name. Each title belongs to a role
// family: two mentions share a role when their families match, whatever the wording
// ("White House spokeswoman" and "official representative" are both spokespeople).
// A null family is a courtesy title (Mr, Dr): stripped from the name, but not a role.

export type RoleFamily =
  | 'leader' | 'spokesperson' | 'minister' | 'diplomat' | 'lawmaker' | 'executive'
  | 'military' | 'judge' | 'sport' | 'official' | 'royal' | 'police' | 'legal' | 'prosecution' | 'school' | 'manager' | 'crew';

export const TITLES: readonly { title: string; family: RoleFamily | null }[] = [
  // heads of state and government: "the U.S. leader" may stand for any of them
  { title: 'president', family: 'leader' },
  { title: 'vice president', family: 'leader' },
  { title: 'prime minister', family: 'leader' },
  { title: 'premier', family: 'leader' },
  { title: 'chancellor', family: 'leader' },
  { title: 'leader', family: 'leader' },
  { title: 'supreme leader', family: 'leader' },
  { title: 'head of state', family: 'leader' },
  { title: 'governor', family: 'leader' },
  { title: 'mayor', family: 'leader' },
  { title: 'king', family: 'royal' },
  { title: 'queen', family: 'royal' },
  { title: 'prince', family: 'royal' },
  { title: 'princess', family: 'royal' },
  // people who speak for an institution
  { title: 'spokeswoman', family: 'spokesperson' },
  { title: 'spokesman', family: 'spokesperson' },
  { title: 'spokesperson', family: 'spokesperson' },
  { title: 'press secretary', family: 'spokesperson' },
  { title: 'official representative', family: 'spokesperson' },
  { title: 'official spokesperson', family: 'spokesperson' },
  // government members
  { title: 'minister', family: 'minister' },
  { title: 'foreign minister', family: 'minister' },
  { title: 'finance minister', family: 'minister' },
  { title: 'defence minister', family: 'minister' },
  { title: 'defense minister', family: 'minister' },
  { title: 'secretary of state', family: 'minister' },
  { title: 'secretary', family: 'minister' },
  { title: 'treasury secretary', family: 'minister' },
  { title: 'commerce secretary', family: 'minister' },
  // diplomats
  { title: 'ambassador', family: 'diplomat' },
  { title: 'envoy', family: 'diplomat' },
  { title: 'special envoy', family: 'diplomat' },
  { title: 'consul', family: 'diplomat' },
  { title: 'diplomat', family: 'diplomat' },
  // legislators
  { title: 'senator', family: 'lawmaker' },
  { title: 'sen', family: 'lawmaker' },
  { title: 'congressman', family: 'lawmaker' },
  { title: 'congresswoman', family: 'lawmaker' },
  { title: 'rep', family: 'lawmaker' },
  { title: 'lawmaker', family: 'lawmaker' },
  { title: 'mp', family: 'lawmaker' },
  { title: 'speaker', family: 'lawmaker' },
  { title: 'councillor', family: 'lawmaker' },
  { title: 'councilor', family: 'lawmaker' },
  { title: 'cllr', family: 'lawmaker' },
  { title: 'councilman', family: 'lawmaker' },
  { title: 'councilwoman', family: 'lawmaker' },
  { title: 'alderman', family: 'lawmaker' },
  // companies
  { title: 'ceo', family: 'executive' },
  { title: 'chief executive', family: 'executive' },
  { title: 'chief executive officer', family: 'executive' },
  { title: 'chief financial officer', family: 'executive' },
  { title: 'chief operating officer', family: 'executive' },
  { title: 'chairman', family: 'executive' },
  { title: 'chairwoman', family: 'executive' },
  { title: 'chair', family: 'executive' },
  { title: 'chairperson', family: 'executive' },
  { title: 'founder', family: 'executive' },
  { title: 'director', family: 'executive' },
  { title: 'managing director', family: 'executive' },
  // managers: of a team, a branch, a region ("Voltra's regional manager", "general manager Billy King")
  { title: 'manager', family: 'manager' },
  { title: 'general manager', family: 'manager' },
  // armed forces
  { title: 'general', family: 'military' },
  { title: 'gen', family: 'military' },
  { title: 'admiral', family: 'military' },
  { title: 'colonel', family: 'military' },
  { title: 'commander', family: 'military' },
  // air force, army and navy ranks written before a name: "Flight Sergeant Walter Denham"
  { title: 'flight sergeant', family: 'military' },
  { title: 'flight lieutenant', family: 'military' },
  { title: 'flying officer', family: 'military' },
  { title: 'pilot officer', family: 'military' },
  { title: 'squadron leader', family: 'military' },
  { title: 'wing commander', family: 'military' },
  { title: 'group captain', family: 'military' },
  { title: 'air commodore', family: 'military' },
  { title: 'warrant officer', family: 'military' },
  { title: 'lieutenant', family: 'military' },
  { title: 'lieutenant colonel', family: 'military' },
  { title: 'brigadier', family: 'military' },
  { title: 'corporal', family: 'military' },
  { title: 'lance corporal', family: 'military' },
  { title: 'sergeant major', family: 'military' },
  { title: 'petty officer', family: 'military' },
  // courts
  { title: 'judge', family: 'judge' },
  { title: 'justice', family: 'judge' },
  { title: 'chief justice', family: 'judge' },
  // sport
  { title: 'striker', family: 'sport' },
  { title: 'forward', family: 'sport' },
  { title: 'midfielder', family: 'sport' },
  { title: 'defender', family: 'sport' },
  { title: 'goalkeeper', family: 'sport' },
  { title: 'coach', family: 'sport' },
  { title: 'captain', family: 'sport' },
  { title: 'skipper', family: 'sport' },
  // a council's officer: "Parish clerk Janet Wheeldon", "the town clerk, Ann Pell"
  { title: 'clerk', family: 'official' },
  // a lifeboat's crew: "The lifeboat's coxswain, Tom Kernick," / "Coxswain Mark Trevail"
  { title: 'coxswain', family: 'crew' },
  { title: 'helmsman', family: 'crew' },
  // police: "Detective Chief Inspector Maeve Doyle", "Sheriff Robert Pickell"
  { title: 'detective', family: 'police' },
  { title: 'detective chief inspector', family: 'police' },
  { title: 'detective inspector', family: 'police' },
  { title: 'detective sergeant', family: 'police' },
  { title: 'detective superintendent', family: 'police' },
  { title: 'chief inspector', family: 'police' },
  { title: 'inspector', family: 'police' },
  { title: 'chief constable', family: 'police' },
  { title: 'constable', family: 'police' },
  { title: 'detective constable', family: 'police' },
  { title: 'police constable', family: 'police' },
  // British ranks as news writes them before a name: "PC Jo Hale", "DC Paul Hegarty", "DCI Ann Lowe".
  { title: 'pc', family: 'police' },
  { title: 'dc', family: 'police' },
  { title: 'ds', family: 'police' },
  { title: 'di', family: 'police' },
  { title: 'dci', family: 'police' },
  // "local PCSO Dawn Mayhew": a police community support officer, by the initials as news writes them.
  { title: 'pcso', family: 'police' },
  { title: 'police community support officer', family: 'police' },
  { title: 'superintendent', family: 'police' },
  { title: 'chief superintendent', family: 'police' },
  { title: 'sergeant', family: 'police' },
  { title: 'police chief', family: 'police' },
  { title: 'sheriff', family: 'police' },
  { title: 'undersheriff', family: 'police' },
  { title: 'deputy sheriff', family: 'police' },
  { title: 'marshal', family: 'police' },
  { title: 'trooper', family: 'police' },
  // "Officer Ortiz", "Deputy Jerry Ortiz": a police officer, a sheriff's deputy ("Deputy Mayor" is a rank, person-names.ts)
  { title: 'officer', family: 'police' },
  { title: 'police officer', family: 'police' },
  { title: 'deputy', family: 'police' },
  // lawyers; a prosecutor argues one side of a case, so "his solicitor" is never "Prosecutor Rachel Dunmore"
  { title: 'prosecutor', family: 'prosecution' },
  { title: 'attorney', family: 'legal' },
  { title: 'district attorney', family: 'prosecution' },
  { title: 'attorney general', family: 'legal' },
  { title: 'solicitor', family: 'legal' },
  { title: 'barrister', family: 'legal' },
  // schools
  { title: 'headteacher', family: 'school' },
  { title: 'head teacher', family: 'school' },
  { title: 'headmaster', family: 'school' },
  { title: 'headmistress', family: 'school' },
  { title: 'principal', family: 'school' },
  // a university's head ("Vice-chancellor Professor Ann Pell", "the university's vice-chancellor")
  { title: 'vice-chancellor', family: 'school' },
  { title: 'vice chancellor', family: 'school' },
  // hospitals and health trusts' board posts: "the trust's chief nurse", "Chief Nursing Officer Ann Lowe"
  { title: 'chief nurse', family: 'executive' },
  { title: 'chief nursing officer', family: 'executive' },
  { title: 'chief medical officer', family: 'executive' },
  { title: 'matron', family: 'executive' },
  // generic officials, unions included
  { title: 'official', family: 'official' },
  { title: 'organiser', family: 'official' },
  { title: 'organizer', family: 'official' },
  { title: 'general secretary', family: 'official' },
  { title: 'aide', family: 'official' },
  { title: 'adviser', family: 'official' },
  { title: 'advisor', family: 'official' },
  { title: 'cabinet member', family: 'official' },
  // officers of a club, a charity or an association
  { title: 'treasurer', family: 'official' },
  { title: 'coordinator', family: 'official' },
  { title: 'co-ordinator', family: 'official' },
  { title: 'curator', family: 'official' },
  // "Council planning boss Colin Aspey": the head of planning, as news writes it.
  { title: 'boss', family: 'official' },
  { title: 'harbour master', family: 'official' },
  { title: 'harbourmaster', family: 'official' },
  { title: 'bishop', family: 'official' },
  { title: 'archbishop', family: 'official' },
  { title: 'archdeacon', family: 'official' },
  { title: 'vicar', family: 'official' },
  { title: 'rector', family: 'official' },
  { title: 'chaplain', family: 'official' },
  // a kitchen's ranks, one holder each
  { title: 'head chef', family: 'official' },
  { title: 'sous chef', family: 'official' },
  { title: 'executive chef', family: 'official' },
  // courtesy titles: not roles
  { title: 'mr', family: null },
  { title: 'mrs', family: null },
  { title: 'ms', family: null },
  { title: 'miss', family: null },
  { title: 'dr', family: null },
  { title: 'sir', family: null },
  { title: 'dame', family: null },
  { title: 'lord', family: null },
  { title: 'lady', family: null },
  { title: 'rev', family: null },
  { title: 'reverend', family: null },
  // an academic's style, many hold it: "Vice-chancellor Professor Ann Pell"
  { title: 'professor', family: null },
  { title: 'prof', family: null },
];

/**
 * Titles that name one post in several words, by its holder's sex or the paper's style: "chairman
 * of the trust" and "chair of the trust" are one post with one holder.
 */
const ONE_POST_TITLES: ReadonlyMap<string, string> = new Map([
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'],
  ['headmaster', 'head teacher'], ['headmistress', 'head teacher'], ['headteacher', 'head teacher'],
  ['harbourmaster', 'harbour master'],
  ['boss', 'head'],
  // "Skipper Ellie Marsden" leads the side as its captain does.
  ['skipper', 'captain'],
]);

/** The one word for a post however the title was written ("chairwoman" → "chair"). */
export function postTitle(title: string): string {
  return ONE_POST_TITLES.get(title) ?? title;
}

/** Words before a title that make it a lesser post of its own: the deputy mayor is not the mayor. */
export const RANK_WORDS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'acting', 'interim', 'associate', 'under']);

/**
 * Titles an organisation has many holders of at once: two outlets naming two "California Highway
 * Patrol officers" name two officers, not two answers for one post (compare/find-role.ts).
 */
export const SHARED_POSTS: ReadonlySet<string> = new Set([
  'officer', 'police officer', 'deputy', 'constable', 'trooper', 'sergeant', 'detective', 'detective sergeant',
  'detective inspector', 'inspector', 'marshal', 'official', 'aide', 'adviser', 'advisor',
  'diplomat', 'envoy', 'senator', 'sen', 'congressman', 'congresswoman', 'rep', 'lawmaker', 'mp', 'councillor',
  'councilor', 'cllr', 'councilman', 'councilwoman', 'alderman', 'minister', 'judge', 'justice', 'prosecutor',
  'attorney', 'solicitor', 'barrister', 'general', 'gen', 'admiral', 'colonel', 'commander', 'striker', 'forward',
  'midfielder', 'defender', 'goalkeeper',
]);

const titlesByWords = new Map(TITLES.map((entry) => [entry.title, entry]));
const LONGEST_TITLE = Math.max(...TITLES.map((entry) => entry.title.split(' ').length));

export interface TitleMatch {
  title: string;
  family: RoleFamily | null;
  length: number;
}

/** The longest title whose words start at `words[start]` (words already lower-cased, dots removed). */
export function findTitleAt(words: readonly string[], start: number): TitleMatch | null {
  for (let length = Math.min(LONGEST_TITLE, words.length - start); length >= 1; length--) {
    const entry = titlesByWords.get(words.slice(start, start + length).join(' '));
    if (entry) return { title: entry.title, family: entry.family, length };
  }
  return null;
}
