// What a court hands down, named by its noun: "He was handed a jail term of two years" tells what
// "He was jailed for two years" tells. Keys are the noun phrase's last two words, lower case.
const HANDED_SENTENCES: ReadonlyMap<string, string> = new Map([
  ['jail term', 'jail'], ['prison term', 'jail'], ['jail sentence', 'jail'], ['prison sentence', 'jail'],
  ['custodial sentence', 'jail'],
]);

/** The act a handed sentence is ("a jail term of two years" → "jail"), or null. */
export function sentenceAct(nounPhrase: string): string | null {
  const words = nounPhrase.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = (of > 0 ? words.slice(0, of) : words).slice(-2).join(' ');
  return HANDED_SENTENCES.get(head) ?? null;
}
