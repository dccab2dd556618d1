// Nouns that describe a person by age alone: "The pensioner was found shortly before 9am", "the
// teenager was taken to hospital". Where the story gives exactly one named person an age in the
// noun's range ("Walter Finch, 84,"), the noun names that person (resolve/entities.ts), as a title
// written before the name does ("Grandad Walter Finch").

/** Each noun with the ages, in years and inclusive, a reader takes it to cover. */
export const AGE_DESCRIPTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['pensioner', [65, 120]], ['oap', [65, 120]],
  ['octogenarian', [80, 89]], ['nonagenarian', [90, 99]], ['centenarian', [100, 120]],
  ['teenager', [13, 19]], ['teen', [13, 19]],
  ['toddler', [1, 3]], ['baby', [0, 1]], ['infant', [0, 1]],
  ['schoolboy', [5, 18]], ['schoolgirl', [5, 18]],
]);

/** The age nouns whose range holds `years`. */
export function ageDescriptionsOf(years: number): string[] {
  return [...AGE_DESCRIPTIONS].filter(([, [low, high]]) => years >= low && years <= high).map(([noun]) => noun);
}
