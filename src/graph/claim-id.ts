// What makes two statements "the same claim".
//
// A claim is what one or more articles state in the same words and values (ARCHITECTURE.md): subject,
// predicate, object, polarity and the values stated with it — amount, time, speaker. "6.4" and "6.1"
// are two claims, each keeping its own value and sources; align puts them in one fact and compare
// sets them against each other there. Polarity is part of the identity for the same reason: "the
// bridge was damaged" and "the bridge was not damaged" are two claims of one fact.
import { shortHash } from './short-hash.ts';
import type { Qualifiers } from '../types.ts';

export interface ClaimIdentity {
  subjectId: string;
  predicate: string;
  objectId: string | null;
  negated: boolean;
  /** The object as written when it names no entity (a reported clause, a quote): its words are the claim's. */
  objectText?: string;
  /** The values stated with it (claimValues): one claim per distinct amount, time and speaker. */
  values?: string;
}

export function claimKey({ subjectId, predicate, objectId, negated, objectText, values }: ClaimIdentity): string {
  const key = [subjectId, predicate, objectId ?? '', negated ? 'not' : ''];
  // Two different things one person said are two claims; the same words said twice are one.
  if (objectText) key.push(`text:${objectText}`);
  if (values) key.push(`values:${values}`);
  return key.join('|');
}

/** The values a source states with a claim, as one key: its amount, its time and its speaker. */
export function claimValues(qualifiers: Qualifiers, speakerId: string | undefined): string {
  const { quantity, time } = qualifiers;
  const parts: string[] = [];
  if (quantity) parts.push(`q=${quantity.hedge ?? ''}${quantity.value}${quantity.unit}${quantity.factor ? 'x' : ''}`);
  if (time) parts.push(`t=${time.toLowerCase().replace(/\s+/g, ' ').trim()}`);
  const speaker = speakerId ?? qualifiers.attributedTo?.toLowerCase().trim();
  if (speaker) parts.push(`by=${speaker}`);
  return parts.join(';');
}

/** Reported words compared as words: case, quotes and punctuation do not make another claim. */
export function statementKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}%$€£]+/gu, ' ').trim();
}

export function claimId(identity: ClaimIdentity): string {
  return `c:${shortHash(claimKey(identity))}`;
}

/** The node an intransitive claim ("the talks collapsed") points at; one per claim, see claim-graph.ts. */
export function valueNodeId(claim: string): string {
  return `v:${claim.slice(2)}`;
}
