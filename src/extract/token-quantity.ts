// The first amount among a clause's tokens. The tokens know what plain words do not: where each
// word stands, so a number with letters written onto it ("the 76ers", "the 49ers") is read as the
// name it is part of, not as a count; and which word is a noun, so a count keeps the noun it counts
// ("106 carries", "404 yards": two quantities, not one told twice).
import type { Quantity } from '../types.ts';
import { findQuantity } from './quantity.ts';
import type { Token } from './1-tokens.ts';
import { isVerbParticle } from './3-tags.ts';
import { SET_DETERMINERS } from '../lexicon/counted.ts';

/** How far after the amount its noun may stand: "two Yemeni fishing boats". */
const NOUN_REACH = 5;

/** The first amount among the tokens that starts in the first `searchLength` of them. */
export function quantityIn(tokens: Token[], searchLength = tokens.length): Quantity | undefined {
  // "handed over £9,000": the verb's particle, not a hedge on the sum.
  const found = findQuantity(tokens.map((t) => t.lower), tokens.map((t) => t.text), (at) => !isVerbParticle(tokens, at), Math.min(searchLength, tokens.length));
  if (!found) return undefined;
  const { quantity, end } = found;
  // "sells his milk to one of the three processors": one member of a set the figure after "of the"
  // counts; the set's count is what another outlet's "the three processors" answers.
  if (quantity.value === 1 && tokens[end]?.lower === 'of' && SET_DETERMINERS.has(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.pos === 'NUM') return quantityIn(tokens.slice(end + 1));
  if (quantity.unit) return quantity;
  // "raised money for Three Dales Air Ambulance": a number word with a capital, before a run of
  // names, is the first word of a name ("Three Britons were hurt" still counts).
  const figure = tokens[end - 1]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(figure.text) && [tokens[end], tokens[end + 1]].every((t) => t?.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return undefined;
  const glued = tokens[end];
  if (glued && glued.start === tokens[end - 1]!.end && /^\p{L}/u.test(glued.text)) return undefined;
  // "a seven-storey apartment block", "a 10-win improvement": a figure joined by a hyphen to the word
  // after it measures that word; it counts nothing the claim is about ("a 43-39 record" is a score).
  const word = tokens[end + 1];
  if (glued?.text === '-' && glued.start === tokens[end - 1]!.end && word && word.start === glued.end && /^\p{L}/u.test(word.text)) return undefined;
  // "64 of the lobsters on board", "31 of the 58 shop units": a part of a set counts what the set is of.
  const partOf = tokens[end]?.lower === 'of' && SET_DETERMINERS.has(tokens[end + 1]?.lower ?? '');
  // ("31 of the 58 shop units": the set's own count stands before its noun.)
  const setCounted = partOf && tokens[end + 2]?.pos === 'NUM' ? 1 : 0;
  const counted = countedNoun(tokens, partOf ? end + 2 + setCounted : end);
  return counted ? { ...quantity, counted } : quantity;
}

/** The head of the noun phrase that starts at `from`, in its base form, or undefined when none follows. */
function countedNoun(tokens: Token[], from: number): string | undefined {
  let head: string | undefined;
  for (let k = from; k < tokens.length && k < from + NOUN_REACH; k++) {
    const token = tokens[k]!;
    // Words joined by hyphens modify what follows: "All-Star games", "a 10-win improvement", "a 43-39 record".
    // (A dash with spaces round it after a noun ends the phrase: "a 43 - 39 record - a 10 - win …".)
    const gluedToHyphen = tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === token.end;
    if (token.text === '-' || gluedToHyphen || tokens[k - 1]?.text === '-') continue;
    if (token.pos === 'NOUN') head = token.lemma.toLowerCase();
    else if (head !== undefined || !isModifier(token)) break;
  }
  return head;
}

/** Words that stand between a number and its noun: "Somali", "seized", "fishing", "other". */
function isModifier(token: Token): boolean {
  if (token.pos === 'ADJ' || token.pos === 'PROPN') return true;
  return token.pos === 'VERB' && /(?:ed|ing)$/.test(token.lower);
}
