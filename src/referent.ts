// What an argument refers to. An argument keeps the words its sentence wrote ("he"); resolve and
// the claim graph need the person meant ("Brian Nichols"), which the extractor found as its antecedent.
import type { Argument } from './types.ts';

export function referent(argument: Argument): string {
  return argument.antecedent ?? argument.text;
}
