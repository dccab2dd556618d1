// Word-level text features shared by reuse scoring, off-topic detection and quote matching.
// A deliberately crude stemmer: it only has to map "tariffs"/"tariff" and "visited"/"visit" onto
// one key consistently; it never has to produce a real lemma.

/** Function words, plus news boilerplate that every article of every story uses ("said", "year"). */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are around as at be been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own same she should
  so some such than that the their theirs them themselves then there these they this those through to
  too under until up very was we were what when where which while who whom why will with would you your
  yours yourself yourselves us s t don ve ll re d m o y via per
  said say says saying told tell tells stated state states added add adds according
  year years month months week weeks day days time times today yesterday tomorrow
  one two three four five six seven eight nine ten first second third new later earlier
  mr mrs ms people world also however since though`.split(/\s+/).filter(Boolean),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, ''));
}

/** Plurals no suffix rule undoes: "Both men" and "Neither man" count one kind of person. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['feet', 'foot'], ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'],
]);

export function stem(word: string): string {
  const singular = IRREGULAR_PLURALS.get(word);
  if (singular) return singular;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Stems of the words that carry meaning: no stopwords, no bare numbers, no one-letter tokens. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

/** Names as written mid-sentence with a capital letter: a cheap stand-in for entity mentions. */
export function capitalisedNames(text: string): string[] {
  const names: string[] = [];
  const re = /(?<=^|[\s“"'(‘—-])([A-Z][\p{L}]+)/gu;
  for (const match of text.matchAll(re)) {
    const word = match[1].toLowerCase().replace(/['’]s$/, '');
    if (!STOPWORDS.has(word)) names.push(stem(word));
  }
  return names;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Whether every word of one text is a word of the other, case aside: "Nirad Sinha" in "Commodore
 * Nirad Sinha", "council" in "Westmoor County Council".
 */
export function oneWithinOther(a: string, b: string): boolean {
  const [x, y] = [a, b].map((text) => text.toLowerCase().split(/\s+/).filter(Boolean));
  const inside = (small: string[], large: string[]) => small.length > 0 && small.every((word) => large.includes(word));
  return inside(x!, y!) || inside(y!, x!);
}
