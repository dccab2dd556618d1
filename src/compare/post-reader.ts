// One reading of a post however an outlet words it: "Zoo director Jane Whitlock", "the zoo's
// director, Robert Naylor", "Tom Hadley, managing director of Wyvern Rail", "Westmoor County
// Council's director of public health" / "director of public health for Westmoor County Council".
// Each becomes the post (its qualifying words, title and field: "director of public health") and,
// apart from it, whose post it is (the owner: "Westmoor County Council", or the story's "zoo"), so
// two outlets that put the owner before or after the title still name one post.
import { isKnownGivenName, isKnownName } from '../compromise-lexicon.ts';
import { findTitleAt, postTitle, RANK_WORDS, SHARED_POSTS, type TitleMatch } from '../resolve/titles.ts';
import { isWordNetAdjective, isWordNetLemma, NOUN_FILE, sensesOf, synset } from '../resolve/wordnet.ts';
import { baseForm } from '../resolve/morphy.ts';
import { namesOrganisation, OTHER_POST_WORDS } from './functional-relations.ts';
import { isNounOrAdjective, namesPlaceOrOrganisation, POSSESSIVE } from './written-post.ts';
import { oneWithinOther } from './words.ts';
import { NAME_ENDING_ORG_WORDS } from '../lexicon/entity-words.ts';
import { UNDERTAKING_NOUNS } from '../lexicon/undertakings.ts';

export interface ReadPost {
  /** Qualifying words, title and field, lower case: "managing director", "director of public health". */
  post: string;
  /** Whose post, lower case, as written: "wyvern rail", "westmoor county council", "zoo". */
  owner?: string;
  /** The owner as the outlet wrote it: "Wyvern Rail", "zoo". */
  ownerWritten?: string;
  /** "the company's managing director": a common noun's possessive, the story's one company, whatever its name. */
  storysOwner?: boolean;
  /** "Manager Gary Tolland": a title alone before a name, no owner written (the story's post, if the story names one owner). */
  bare?: boolean;
  /** Words after the post that are not its field or owner: the holder's name in "Zoo director Jane Whitlock". */
  after: string[];
  /**
   * "Deputy council leader", "Deputy District Attorney": a rank opens the post, which may be one
   * holder's or one of many deputies'; a person's post all the same, but no post one holder fills.
   */
  ranked?: boolean;
}

/** Words that make a post one of many ("senior director", "a director", "former director"). */
const MANY_HOLDERS: ReadonlySet<string> = new Set([...OTHER_POST_WORDS, 'a', 'an', 'one', 'another', 'senior', 'junior', 'local', 'retired', 'veteran', 'then', 'some', 'two', 'three']);
const LEADING = /^(?:the|its|his|her|their|our)$/i;
const LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

export function readPost(written: string): ReadPost | null {
  const words = withoutStyle(written.trim().split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)));
  const definite = /^the$/i.test(words[0] ?? '');
  while (words.length > 0 && LEADING.test(words[0]!)) words.shift();
  const lower = words.map((w) => w.toLowerCase().replace(/\./g, '').replace(POSSESSIVE, ''));
  // ("Deputy council leader Janet Oduya": a rank opening the phrase makes the post its own, one holder's.)
  if (lower.some((w, k) => k < 3 && MANY_HOLDERS.has(w) && !(k === 0 && RANK_WORDS.has(w)))) return null;
  for (let start = 0; start < words.length; start++) {
    // (There the rank is the post's word, not a title of its own: the title comes after it.)
    if (start === 0 && RANK_WORDS.has(lower[0]!) && lower.some((_, k) => k > 0 && findTitleAt(lower, k)?.family)) continue;
    const title = findTitleAt(lower, start) ?? postBeforeOf(lower, start);
    if (!title?.family) continue;
    // "County Sheriff deputy Jerry Ortiz": the holder's own title is the last one before the name.
    const next = start + title.length;
    if (next < words.length && (findTitleAt(lower, next) !== null || OTHER_POST_WORDS.has(lower[next]!))) continue;
    const before = words.slice(0, start);
    const possessor = before.findLastIndex((w) => POSSESSIVE.test(w));
    const ownerWords = possessor >= 0 ? before.slice(0, possessor + 1).map((w) => w.replace(POSSESSIVE, '')) : [];
    const qualifiers: string[] = [];
    const beforeTitle = before.slice(possessor + 1);
    // "Parish council chairman": words before the owner's last word are the owner's own ("parish council").
    const ownerEnd = beforeTitle.findLastIndex((word, k) => namesOwner(word, possessor + 1 + k === 0));
    for (const [k, word] of beforeTitle.entries()) {
      if (k <= ownerEnd && (k === ownerEnd || !OTHER_POST_WORDS.has(word.toLowerCase()))) ownerWords.push(word);
      else qualifiers.push(word.toLowerCase());
    }
    let rest = words.slice(start + title.length);
    // "director of public health for Westmoor County Council": a field in lower case, then the owner.
    const field: string[] = [];
    let ownerAfter = false;
    while (rest.length >= 2 && LINKS.has(rest[0]!.toLowerCase())) {
      const link = rest[0]!.toLowerCase();
      const phrase = rest.slice(1);
      // "Mayor of Pellingford Councillor Dev Sandhu": the owner ends where the holder's own title begins.
      const phraseLower = phrase.map((w) => w.toLowerCase());
      const end = phrase.findIndex((w, k) => k > 0 && (LINKS.has(phraseLower[k]!) || findTitleAt(phraseLower, k) !== null));
      const part = end > 0 ? phrase.slice(0, end) : phrase;
      const content = part.filter((w) => !/^the$/i.test(w));
      if (content.length === 0) break;
      // "chair of the food bank's trustees" is "chair of trustees at the food bank": the possessive
      // inside the field names the owner, the words after it the field.
      const possessive = content.findIndex((w) => POSSESSIVE.test(w));
      // "cabinet member for the environment at Grenmouth District Council": a portfolio in lower
      // case before the owner's name, which comes after it.
      const ownerNamedAfter = end > 0 && ['at', 'of'].includes(phraseLower[end]!) && phrase.slice(end + 1).some((w, k) => k < 2 && /^\p{Lu}/u.test(w));
      // "the Environment Agency's project manager for the scheme": the story's own undertaking is no field of the post.
      if (/^the$/i.test(part[0]!) && content.length === 1 && UNDERTAKING_NOUNS.has(content[0]!.toLowerCase())) { /* the post as it stands */ }
      else if (link === 'of' && ownerWords.length === 0 && field.length === 0 && possessive >= 0 && possessive < content.length - 1 && content.slice(possessive + 1).every((w) => /^\p{Ll}/u.test(w))) {
        ownerWords.push(...content.slice(0, possessive + 1).map((w) => w.replace(POSSESSIVE, '')));
        field.push(link, ...content.slice(possessive + 1).map((w) => w.toLowerCase()));
        ownerAfter = true;
      }
      else if (ownerWords.length === 0 && namesOrganisation(part) && !(ownerNamedAfter && content.every((w) => /^\p{Ll}/u.test(w)))) {
        ownerWords.push(...content);
        ownerAfter = true;
      }
      // "area manager for Wealdshire Fire and Rescue Service": before an owner named after the
      // title, a common noun before it is the post's scope ("area", "station"), not its owner.
      else if (!ownerAfter && possessor < 0 && ownerWords.length > 0 && ownerWords.every((w) => /^\p{Ll}/u.test(w)) && /^\p{Lu}/u.test(part[0]!)) {
        qualifiers.unshift(...ownerWords.splice(0).map((w) => w.toLowerCase()));
        ownerWords.push(...content);
        ownerAfter = true;
      }
      // "chairman of Kelbridge Chamber of Trade", "governor of the Bank of England": a name that
      // goes on after "of" is still the owner's.
      else if (ownerAfter && link === 'of' && /^\p{Lu}/u.test(part[0]!)) ownerWords.push(link, ...content);
      else if (content.every((w) => /^\p{Ll}/u.test(w)) && field.length === 0 && link !== 'at') field.push(link, ...content.map((w) => w.toLowerCase()));
      else if (field.length === 0 && link !== 'at' && /^\p{Ll}/u.test(part[0]!)) {
        // "Head of trading standards Ann Lowe": the field in lower case, then the holder's name.
        const name = part.findIndex((w) => /^\p{Lu}/u.test(w));
        field.push(link, ...part.slice(0, name).map((w) => w.toLowerCase()));
        rest = [...part.slice(name), ...(end > 0 ? phrase.slice(end) : [])];
        break;
      }
      else break;
      rest = end > 0 ? phrase.slice(end) : [];
      if (end > 0 && !LINKS.has(phraseLower[end]!)) break;
    }
    const post = fieldAfterTitle(qualifiers, postTitle(title.title), field).join(' ');
    const ownerWritten = ownerWords.join(' ');
    const owner = ownerWritten.toLowerCase();
    // "Manager Gary Tolland", "Harbourmaster Gareth Lyne": a title one holds, written before a name
    // with no owner, is the story's one manager or harbourmaster, as "the club's manager" is.
    // So is "The mayor, Councillor Robert Ingham,": the title alone after "the", its holder told apart.
    const storysTitle = !owner && qualifiers.length === 0 && field.length === 0 && title.length === 1 && !SHARED_POSTS.has(title.title) && (rest.length > 0 || (definite && start === 0));
    const ranked = RANK_WORDS.has(lower[0]!) && start > 0;
    if (storysTitle) return { post, storysOwner: true, bare: true, after: rest, ...(ranked ? { ranked } : {}) };
    // "a police officer", "the minister": a post many hold says nothing of one holder without its
    // owner or the words that make it one ("returning officer", "MP for Hexley").
    if (!owner && qualifiers.length === 0 && field.length === 0 && (SHARED_POSTS.has(title.title) || title.length === 1)) return null;
    // "Harbour Police Officer", "city councilman": an owner before a title many hold says whose
    // holder, not which post; "MP for Hexley" and "returning officer" are one post each.
    if (SHARED_POSTS.has(title.title) && qualifiers.length === 0 && field.length === 0 && !ownerAfter) return null;
    const storysOwner = possessor >= 0 && ownerWords.every((w) => /^\p{Ll}/u.test(w));
    return { post, ...(owner ? { owner, ownerWritten } : {}), ...(storysOwner ? { storysOwner } : {}), after: rest, ...(ranked ? { ranked } : {}) };
  }
  return null;
}

/**
 * "Town mayor Councillor Elaine Shotter", "chairwoman Dr Jean Orritt": after a post, a title many
 * hold or a form of address, written with its capital right before the holder's name, is how the
 * holder is addressed, not the post; the words keep the post and the name. ("County Sheriff deputy
 * Jerry Ortiz" keeps its deputy: written in lower case, it is the post.)
 */
function withoutStyle(words: string[]): string[] {
  const lower = words.map((w) => w.toLowerCase().replace(/\./g, ''));
  for (let k = 1; k < words.length - 1; k++) {
    const style = findTitleAt(lower, k);
    if (!style || !/^\p{Lu}/u.test(words[k]!) || (style.family !== null && !SHARED_POSTS.has(style.title))) continue;
    const name = k + style.length;
    if (name >= words.length || !/^\p{Lu}/u.test(words[name]!) || findTitleAt(lower, name) !== null) continue;
    // (The post ends right before the style: "Mayor of Pellingford Councillor Dev Sandhu" is the owner's name, then the style.)
    if (!lower.slice(0, k).some((_, j) => { const post = findTitleAt(lower, j); return !!post?.family && j + post.length === k; })) continue;
    return [...words.slice(0, k), ...words.slice(name)];
  }
  return words;
}

/**
 * Words that are a post only with "of" and a field after them, never a title before a name:
 * "head of parks and open spaces", "head of trading standards" ("the head" alone is a body part).
 */
const POSTS_BEFORE_OF: ReadonlySet<string> = new Set(['head']);

function postBeforeOf(lower: readonly string[], start: number): TitleMatch | null {
  if (!POSTS_BEFORE_OF.has(lower[start]!)) return null;
  if (lower[start + 1] === 'of') return { title: lower[start]!, family: 'official', length: 1 };
  // "Head nurse Priya Shah", "head gardener", "head chef": the one who leads the others of a trade.
  const trade = lower[start + 1];
  return trade && namesPersonByTrade(trade) ? { title: `${lower[start]!} ${trade}`, family: 'official', length: 2 } : null;
}

/** A noun WordNet files under people in its first senses: "nurse", "gardener", "chef". */
function namesPersonByTrade(word: string): boolean {
  return sensesOf(word, 'noun').slice(0, 2).some((id) => synset(id).lexicalFile === NOUN_FILE.person);
}


/**
 * A word before a title that says whose post it is: a name ("Westmoor", "Wyvern") or a common noun
 * for an organisation or place ("zoo", "council"); "medical", "managing", "returning" say which post.
 */
function namesOwner(word: string, first: boolean): boolean {
  const lower = word.toLowerCase();
  if (namesPlaceOrOrganisation(lower)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  // "Trust chief executive Alan Brierley": a word that ends an organisation's name, written as one.
  if (NAME_ENDING_ORG_WORDS.has(lower)) return true;
  if (!first) return true;
  // (Not a verb's form: "Hawks general manager" is a club's.)
  return isKnownGivenName(word) || isKnownName(word) || !isNounOrAdjective(lower);
}


/**
 * Two outlets' owners of one post: the same words or one inside the other ("Westmoor County
 * Council" and "council", "Zoo" and "Halsey Park Zoo"), or one unsaid.
 */
export function ownersMeet(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || oneWithinOther(a, b);
}

/** "Club", "Committee", "council": an owner written as one singular common noun names no one body by name ("Colts", "Saints" do). */
export function isCommonNounOwner(written: string): boolean {
  const words = written.trim().toLowerCase().split(/\s+/);
  return words.length === 1 && isSingularCommonNoun(words[0]!);
}

function isSingularCommonNoun(word: string): boolean {
  return isWordNetLemma(word, 'noun') && baseForm(word, 'noun') === word && !isKnownName(word);
}

/**
 * "The council's finance director" holds the post "director of finance" does: a field written as
 * one noun before the title (a noun that is no adjective, rank or other post word, and no plural
 * body such as "trustees") is read after it, "of" and all, so both wordings are one post.
 */
function fieldAfterTitle(qualifiers: readonly string[], title: string, field: readonly string[]): string[] {
  const [word] = qualifiers;
  const isField = qualifiers.length === 1 && field.length === 0 && !!word && /^\p{Ll}+$/u.test(word) && isWordNetLemma(word, 'noun') && !isWordNetAdjective(word)
    && !RANK_WORDS.has(word) && !OTHER_POST_WORDS.has(word) && findTitleAt([word], 0) === null && baseForm(word, 'noun') === word;
  return isField ? [title, 'of', word] : [...qualifiers, title, ...field];
}
