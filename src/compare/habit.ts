// A habit told ("takes place each year", "Microsoft typically releases patches on Tuesday") is no
// answer to what happened on one occasion: its date and its denial are of every occasion, not this one.
import { EVERY_WORDS, HABIT_ADVERBS, REPEATED_UNITS } from '../lexicon/occasion.ts';
import type { Statement } from './statements.ts';

export function toldAsHabit({ source }: Statement): boolean {
  const words = source.text.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w, k) => HABIT_ADVERBS.has(w) || (EVERY_WORDS.has(w) && REPEATED_UNITS.has(words[k + 1] ?? '')));
}

/**
 * One side told only as a habit, the other of one occasion: "The display takes place each year on
 * Priory Fields" / "the display will not take place this year".
 */
export function habitAgainstOccasion(habit: readonly Statement[], occasion: readonly Statement[]): boolean {
  return habit.every(toldAsHabit) && !occasion.some(toldAsHabit);
}
