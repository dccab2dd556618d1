// Relations where, once one argument is fixed, only one entity can fill the other slot. Only these
// can yield a role contradiction: "Trump met Xi" and "Trump met Takaichi" are both fine, but an
// organisation's spokesperson named as two different people is not.
//
// `unique` names the slot that can hold only one entity; `role` names it in explanations.

import type { EntityKind } from '../types.ts';

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

const TITLED_ROLE = /^(?:the |an? )?(?:(?:[\p{L}.'’ -]+['’]s) )?(spokes(?:person|man|woman)|chief executive(?: officer)?|ceo|head|leader|mayor|governor|director|chair(?:man|woman|person)?|prime minister|president)\b(.*)$/iu;

/** The role a titled noun phrase names, or null when it is not one ("spokesperson of the agency" → "spokesperson"). */
export function titledRole(name: string): string | null {
  const match = name.trim().match(TITLED_ROLE);
  if (!match) return null;
  const [, title, rest] = match;
  const namesOrganisation = /^\s+(?:of|for|at)\s+\S/i.test(rest) || /['’]s\s/.test(name);
  return namesOrganisation ? title.toLowerCase() : null;
}
