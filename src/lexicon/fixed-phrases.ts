// Phrases of a preposition and a bare noun that say how, not what: the noun in "free of charge" or
// "by hand" stands for nothing a later "it" could mean.
const FIXED_PHRASES: readonly string[] = [
  'free of charge', 'in charge', 'on purpose', 'by hand', 'in full', 'on time', 'in time', 'on hold', 'in person',
  'on foot', 'in public', 'in private', 'in place', 'in use', 'on show', 'on display', 'at random', 'in advance',
];

const PHRASE_SET: ReadonlySet<string> = new Set(FIXED_PHRASES);

/** Whether the noun phrase `noun` (lower case), with the words written before it, closes a fixed phrase. */
export function closesFixedPhrase(wordsBefore: readonly string[], noun: string): boolean {
  return [1, 2].some((n) => wordsBefore.length >= n && PHRASE_SET.has([...wordsBefore.slice(-n), noun].join(' ')));
}
