// "Helen and Martin Crossley": a given name alone, joined by "and" to a full name, shares that
// name's family name. Read as written, "Helen" stays a stranger to "Mrs Crossley" and to "Helen
// Crossley" in other outlets.
import type { Argument, EntityKind } from '../types.ts';
import { isKnownGivenName } from '../compromise-lexicon.ts';

/** "and", then a given name and a family name, and no further capitalised word: "and Martin Crossley". */
const PARTNER_AFTER = /^\s+(?:and|&)\s+(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)(?!\s+\p{Lu})/u;

/**
 * The name and kind to resolve a mention by: the person "Helen Crossley" for "Helen" in "Helen and
 * Martin Crossley" (a lone given name may come tagged as a thing), else the text and kind as read.
 */
export function nameWithPartnersFamily(argument: Argument, text: string, articleText: string): { text: string; kind: EntityKind } {
  const asRead = { text, kind: argument.kind };
  if ((argument.kind !== 'PERSON' && argument.kind !== 'THING') || argument.antecedent || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(text) || !isKnownGivenName(text)) return asRead;
  const partner = PARTNER_AFTER.exec(articleText.slice(argument.end));
  if (!partner || !isKnownGivenName(partner[1]!) || isKnownGivenName(partner[2]!)) return asRead;
  return { text: `${text} ${partner[2]}`, kind: 'PERSON' };
}
