// ReVerb-style relations: a verb, a light object and the preposition after it form one relation
// phrase ("lodged complaints against", "is a partner in", "was the port during"), and CaRB's gold is
// annotated that way. The extractor keeps object and phrase apart for the graph; for scoring a
// light object and the preposition right after it join the relation.

import type { Adjunct } from './fold-preposition.ts';

const PREPOSITION = /^(of|in|on|at|to|for|with|against|into|from|about|over|as|between)$/i;
const COPULA = /^(is|are|was|were|be|been|became|become|becomes|remain|remains|remained)$/i;
/** A copula's predicate noun ("the main sponsor") is part of what is predicated, up to a few words. */
const MAX_PREDICATE_NOUN_WORDS = 3;

/**
 * A light object is a single lowercase word ("charges", "part") or a copula's short predicate noun;
 * longer objects of ordinary verbs are real arguments and stay one.
 */
function isLightObject(relation: string, objectWords: string[]): boolean {
  // A name ("visited Paris in May") is an argument however short it is.
  if (objectWords.length === 1) return /^[a-z]/.test(objectWords[0]!);
  return COPULA.test(relation.split(' ').at(-1)!) && objectWords.length <= MAX_PREDICATE_NOUN_WORDS;
}

/**
 * The relation and the arguments after the subject when a light object is followed directly by a
 * prepositional phrase; null when the object stays the second argument.
 */
export function nounRelation(relation: string, object: { text: string; end: number }, adjuncts: Adjunct[]): { relation: string; rest: string[] } | null {
  if (!isLightObject(relation, object.text.split(' '))) return null;
  // Only a complement of the verb: a time or place qualifies the whole claim ("charges in May").
  const next = adjuncts.find((a) => a.start === object.end + 1 && !a.qualifier);
  const words = next?.text.split(' ') ?? [];
  if (!next || words.length < 2 || !PREPOSITION.test(words[0]!)) return null;
  const others = adjuncts.filter((a) => a !== next).map((a) => a.text);
  return { relation: `${relation} ${object.text} ${words[0]}`, rest: [words.slice(1).join(' '), ...others] };
}
