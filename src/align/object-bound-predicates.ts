// Predicates whose object is the whole claim: "has 38 depots" and "has 1,200 drivers" share a verb
// and nothing else; "said the dam was safe" and "said repairs would take a year" are two statements.
// ECB+ cannot teach this (its gold events are verbs, and one sub-topic's repeated verbs are one
// event), so it stays a rule: for these, two claims are one fact only if their objects are alike.
import { SPEECH_VERBS } from '../lexicon/verb-classes.ts';

const STATE_VERBS = ['be', 'have', 'include', 'own', 'employ', 'hold', 'contain', 'remain', 'become', 'seem'];

export const OBJECT_BOUND_PREDICATES: ReadonlySet<string> = new Set([...STATE_VERBS, ...SPEECH_VERBS]);

/** Below this object similarity, an object-bound pair is two facts whatever else it shares. */
export const MIN_OBJECT_SIMILARITY = 0.3;
