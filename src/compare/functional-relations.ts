// Relations where, once one argument is fixed, only one entity can fill the other slot. Only these
// can yield a role contradiction: "Trump met Xi" and "Trump met Takaichi" are both fine, but an
// organisation's spokesperson named as two different people is not.
//
// `unique` names the slot that can hold only one entity; `role` names it in explanations.

import type { EntityKind } from '../types.ts';
import { findTitleAt, RANK_WORDS, SHARED_POSTS } from '../resolve/titles.ts';

export interface FunctionalRelation {
  role: string;
  predicates: string[];
  unique: 'subject' | 'object';
  /** What may hold the role: a killer is a person, a headquarters a place ("the killer is Philadelphia" is a misreading). */
  holders: EntityKind[];
}

export const FUNCTIONAL_RELATIONS: FunctionalRelation[] = [
  { role: 'spokesperson', unique: 'subject', predicates: ['spokesperson of', 'spokesman of', 'spokeswoman of', 'spokesperson for', 'spokesman for', 'spokeswoman for', 'speak for'], holders: ['PERSON'] },
  { role: 'spokesperson', unique: 'object', predicates: ['have spokesperson', 'have spokesman', 'have spokeswoman'], holders: ['PERSON'] },
  { role: 'chief executive', unique: 'subject', predicates: ['ceo of', 'chief executive of', 'chief executive officer of'], holders: ['PERSON'] },
  { role: 'head', unique: 'subject', predicates: ['head of', 'leader of', 'chair of', 'chairman of', 'chairwoman of', 'mayor of', 'governor of', 'director of'], holders: ['PERSON'] },
  { role: 'leader', unique: 'object', predicates: ['led by', 'headed by', 'chaired by', 'run by'], holders: ['PERSON', 'ORG'] },
  { role: 'leader', unique: 'subject', predicates: ['lead', 'head', 'chair'], holders: ['PERSON', 'ORG'] },
  { role: 'killer', unique: 'object', predicates: ['killed by', 'murdered by', 'assassinated by', 'shot by'], holders: ['PERSON'] },
  { role: 'killer', unique: 'subject', predicates: ['kill', 'murder', 'assassinate'], holders: ['PERSON'] },
  { role: 'buyer', unique: 'subject', predicates: ['acquire', 'buy', 'take over', 'purchase'], holders: ['ORG', 'PERSON'] },
  { role: 'buyer', unique: 'object', predicates: ['acquired by', 'bought by', 'taken over by', 'purchased by'], holders: ['ORG', 'PERSON'] },
  // "Garrow Wood is owned by farmer Tom Ellery" / "Jean Marwood, who owns Garrow Wood": a named place or business has one owner.
  { role: 'owner', unique: 'subject', predicates: ['own'], holders: ['PERSON', 'ORG'] },
  { role: 'owner', unique: 'object', predicates: ['belong to', 'owned by'], holders: ['PERSON', 'ORG'] },
  { role: 'birthplace', unique: 'object', predicates: ['born in'], holders: ['PLACE'] },
  { role: 'headquarters', unique: 'object', predicates: ['headquartered in'], holders: ['PLACE'] },
  { role: 'epicentre', unique: 'object', predicates: ['epicentre in', 'epicenter in', 'centred in', 'centered in'], holders: ['PLACE'] },
];

const INDEX = new Map<string, FunctionalRelation>();
for (const relation of FUNCTIONAL_RELATIONS) for (const p of relation.predicates) INDEX.set(p, relation);

/** Predicate keys arrive as "spokesperson_of", "be spokesperson of", "Spokesperson of" … */
export function normalisePredicate(predicate: string): string {
  return predicate.toLowerCase().replace(/[_\-]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:be|is|was|are|were) /, '');
}

export function functionalRelation(predicate: string): FunctionalRelation | undefined {
  return INDEX.get(normalisePredicate(predicate));
}

/**
 * Roles stated with a copula: "Lena Marsh is the spokesperson of the agency" reaches us as
 * (Lena Marsh, be, "spokesperson of the agency"). A titled role that names its organisation
 * ("… of X", "X's …") has one holder; a bare title ("a governor") does not pin anything down.
 */
export const COPULAS = new Set(['be', 'serve as', 'act as', 'remain']);

/** Words before a title that name another post than its holder's now: a rank, or "former" and "new". */
export const OTHER_POST_WORDS: ReadonlySet<string> = new Set([...RANK_WORDS, 'former', 'new']);

/**
 * "of Wyvern Rail", "for the agency": whose post, a name or a phrase with "the". A bare lower-case
 * phrase is the post's field: "cabinet member for housing", "director of public health".
 */
export function namesOrganisation(words: readonly string[]): boolean {
  return words.length > 0 && (/^the$/i.test(words[0]!) || /^\p{Lu}/u.test(words[0]!));
}

/** "head of the Genovese family": not a title before a name, but a post with one holder. */
const POSTS_WITHOUT_NAME = new Set(['head']);

export interface TitledRole {
  /** The title as the titles table has it ("organiser", "chief executive"). */
  title: string;
  /** The organisation the post belongs to as written, without determiners or possessive marks. */
  organisation: string;
}

/**
 * The post a titled noun phrase names, with its organisation: "regional organiser for the United
 * Manufacturing Workers" and "the United Manufacturing Workers' regional organiser" are both the
 * organiser of "united manufacturing workers"; "the agency's spokesperson" and "spokesperson of
 * the agency" both the agency's spokesperson. Null for a bare title ("a governor"), which pins
 * nothing down, and for a phrase with no title from the table.
 */
export function titledRole(name: string): TitledRole | null {
  const words = name.trim().replace(/^(?:the|an?)\s+/i, '').split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(/\./g, '').replace(/['’]s?$/, ''));
  let best: { start: number; length: number; title: string } | null = null;
  for (let start = 0; start < lower.length; start++) {
    const match = findTitleAt(lower, start);
    const found = match?.family ? { start, length: match.length, title: match.title } : POSTS_WITHOUT_NAME.has(lower[start]!) ? { start, length: 1, title: lower[start]! } : null;
    // The title that reaches furthest right: "chief executive officer" over "chief executive".
    if (found && (!best || found.start + found.length > best.start + best.length)) best = found;
  }
  if (!best || SHARED_POSTS.has(best.title)) return null;
  const after = words.slice(best.start + best.length);
  const before = words.slice(0, best.start);
  const possessor = before.findLastIndex((w) => /['’]s?$/.test(w));
  let organisation: string[] = [];
  // "for Westmoor County Council", "of the agency"; but "for housing" is the post's field, no organisation.
  if (after.length >= 2 && /^(?:of|for|at)$/i.test(after[0]!) && namesOrganisation(after.slice(1))) organisation = after.slice(1);
  else if (possessor >= 0) organisation = before.slice(0, possessor + 1);
  // "Penhallow House director": a name right before the title is whose post it is ("Deputy" is a rank, no name).
  else if (before.length > 0 && after.length === 0 && before.every((w) => /^\p{Lu}/u.test(w)) && !lower.slice(0, best.start).some((w) => OTHER_POST_WORDS.has(w))) organisation = before;
  const written = organisation.join(' ').replace(/['’]s?(?=\s|$)/g, '').replace(/^(?:the|an?)\s+/i, '').trim();
  return written ? { title: best.title, organisation: written } : null;
}
