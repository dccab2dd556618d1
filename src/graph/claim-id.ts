// What makes two statements "the same claim".
//
// A claim is identified by subject, predicate, object and polarity. Polarity is part of the
// identity on purpose: "the bridge was damaged" and "the bridge was not damaged" must stay two
// claims so compare can set them against each other. Quantities, times, places, speakers and
// quotes are NOT part of the identity: they are what each source says about the claim, kept per
// source, so that "6.4" and "6.1" land on one claim and can be compared there.
import { shortHash } from './short-hash.ts';

export interface ClaimIdentity {
  subjectId: string;
  predicate: string;
  objectId: string | null;
  negated: boolean;
  /** The object as written when it names no entity (a reported clause, a quote): its words are the claim's. */
  objectText?: string;
}

export function claimKey({ subjectId, predicate, objectId, negated, objectText }: ClaimIdentity): string {
  const key = [subjectId, predicate, objectId ?? '', negated ? 'not' : ''];
  // Two different things one person said are two claims; the same words said twice are one.
  if (objectText) key.push(`text:${objectText}`);
  return key.join('|');
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
