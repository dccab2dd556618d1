// The first amount among a clause's tokens. The tokens know what plain words do not: where each
// word stands, so a number with letters written onto it ("the 76ers", "the 49ers") is read as the
// name it is part of, not as a count.
import type { Quantity } from '../types.ts';
import { findQuantity } from './quantity.ts';
import type { Token } from './tokens.ts';

/** The first amount among the tokens, searched in the first `searchLength` of them. */
export function quantityIn(tokens: Token[], searchLength = tokens.length): Quantity | undefined {
  const searched = tokens.slice(0, searchLength);
  const found = findQuantity(searched.map((t) => t.lower), searched.map((t) => t.text));
  if (!found) return undefined;
  const { quantity, end } = found;
  const glued = tokens[end];
  if (!quantity.unit && glued && glued.start === tokens[end - 1]!.end && /^\p{L}/u.test(glued.text)) return undefined;
  return quantity;
}
