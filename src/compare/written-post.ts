// A post as an outlet writes it with words that say which post it is: "the returning officer",
// "Medical director Dr Sunita Gale", "Fennick's technical director". The words before the title
// ("returning", "medical", "technical") make one post of a title many hold ("officer", "director"),
// so two outlets naming two different people for it disagree. Read from the written words, because
// the person-name reader keeps only titles and organisations.
import { isKnownGivenName, isKnownName, lexiconTags } from '../compromise-lexicon.ts';
import { baseForm } from '../resolve/morphy.ts';
import { kindOfCommonNoun } from '../resolve/noun-kind.ts';
import { findTitleAt, SHARED_POSTS } from '../resolve/titles.ts';
import { isWordNetAdjective, isWordNetLemma } from '../resolve/wordnet.ts';
import { OTHER_POST_WORDS } from './functional-relations.ts';

export interface WrittenPost {
  /** Its modifiers and title, lower case: "returning officer", "technical director". */
  post: string;
  /** Whose post, when written as a possessive: "fennick" of "Fennick's technical director". */
  owner?: string;
  /** The owner as written: "Fennick". */
  ownerText?: string;
  /** The words after the title: the holder's name in "Medical director Dr Sunita Gale", empty for "the medical director". */
  after: string[];
}

/**
 * Words that say how senior or how placed a holder is, not which post: "senior officer", "local
 * councillor", "top adviser" have many holders.
 */
const QUALIFYING_WORDS: ReadonlySet<string> = new Set([...OTHER_POST_WORDS, 'senior', 'junior', 'top', 'local', 'retired', 'veteran', 'serving', 'then', 'one', 'another', 'its', 'his', 'her', 'their', 'our']);

const DETERMINER = /^(?:the|an?)$/i;
export const POSSESSIVE = /['’]s?$/;
const OWNER_LINKS = /^(?:of|for|at)$/i;

/** A post with words before its title that name it; null for a bare or ranked title, or one of many holders. */
export function modifiedPost(written: string): WrittenPost | null {
  const words = written.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && DETERMINER.test(words[0]!)) words.shift();
  const lower = words.map((w) => w.toLowerCase().replace(/\./g, '').replace(POSSESSIVE, ''));
  for (let start = 1; start < words.length; start++) {
    const title = findTitleAt(lower, start);
    if (!title?.family) continue;
    const possessor = words.slice(0, start).findLastIndex((w) => POSSESSIVE.test(w));
    const modifiers = words.slice(possessor + 1, start);
    if (modifiers.length === 0 || !modifiers.every((word, k) => isPostModifier(word, possessor + 1 + k === 0))) return null;
    // "city councilman", "harbour officer": a place or an organisation before a title many hold says
    // whose holder, not which post ("returning officer", "chief medical officer" are one post each;
    // "site director" was one already).
    if (SHARED_POSTS.has(title.title) && modifiers.some((word) => namesPlaceOrOrganisation(word))) return null;
    const post = [...modifiers.map((w) => w.toLowerCase()), title.title].join(' ');
    // "Harbour Police Officer": a police officer still, one of many (where "returning officer" is one post).
    const each = post.split(' ');
    if (each.some((_, k) => k < each.length - 1 && SHARED_POSTS.has(each.slice(k).join(' ')))) return null;
    let after = words.slice(start + title.length);
    let ownerWords = possessor >= 0 ? words.slice(0, possessor + 1) : [];
    // "regional organiser for the United Manufacturing Workers": whose post, written after it.
    if (ownerWords.length === 0 && after.length >= 2 && OWNER_LINKS.test(after[0]!)) {
      ownerWords = after.slice(1);
      after = [];
    }
    const ownerText = ownerWords.filter((w) => !DETERMINER.test(w)).join(' ').replace(/['’]s?$/, '');
    return { post, ...(ownerText ? { owner: ownerText.toLowerCase(), ownerText } : {}), after };
  }
  return null;
}

/**
 * "returning", "medical", "Technical" at the head of a sentence: a common word, not a qualifier.
 * A capitalised word that is no common word ("Fennick", "Penhallow") names an owner, which the
 * title reader (functional-relations.ts) handles.
 */
function isPostModifier(word: string, first: boolean): boolean {
  if (!/^\p{L}[\p{L}-]*$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (QUALIFYING_WORDS.has(lower)) return false;
  if (word === lower) return true;
  // Capitalised inside the phrase, or a name the lexicon knows ("California"): an owner's name.
  if (!first || isKnownGivenName(word) || isKnownName(word)) return false;
  return isCommonWord(lower);
}

/**
 * A word of the common vocabulary, for telling a sentence's capitalised first word from a name:
 * "Medical", "Managing", "Environmental" (a WordNet adjective compromise does not tag) are words,
 * "Fennick" is not.
 */
function isCommonWord(lower: string): boolean {
  return isNounOrAdjective(lower) || isWordNetLemma(baseForm(lower, 'verb'), 'verb');
}

/** A common noun or adjective as written: "medical", "environmental", "zoo"; not "Hawks" (a verb's form). */
export function isNounOrAdjective(lower: string): boolean {
  return isWordNetLemma(lower, 'noun') || isWordNetAdjective(lower) || lexiconTags(lower).includes('Adjective');
}

/** "zoo", "council", "harbour": a common noun for a place or an organisation. */
export function namesPlaceOrOrganisation(word: string): boolean {
  const kind = kindOfCommonNoun(word.toLowerCase());
  return kind === 'PLACE' || kind === 'ORG';
}
