// A verb and the bare noun that completes it, read as one verb: "took place" is "happened", "came
// into force" is "took effect". The noun is no participant, so the claim has no object and the
// relation reads the whole idiom. Each idiom's lemma is a verb WordNet knows, so it meets its
// synonyms ("take place" / "happen", "take part" / "participate"); an idiom WordNet lacks is given
// the WordNet idiom it means ("come into force" → "take effect").
// Keys are the verb's base form, the preposition the relation took if any, and the noun.
const IDIOMS: Record<string, string> = {
  'take place': 'take place', 'take effect': 'take effect', 'take part': 'take part', 'take shape': 'take shape',
  'take hold': 'take hold', 'take root': 'take root', 'take office': 'take office',
  'come into force': 'take effect', 'come into effect': 'take effect', 'go into effect': 'take effect', 'go into force': 'take effect',
  'come into being': 'come into being', 'come to light': 'come to light', 'come to power': 'take office',
  'catch fire': 'catch fire', 'give way': 'give way', 'give birth': 'give birth',
  'make sense': 'make sense', 'make headway': 'make headway', 'make way': 'make way',
  // With their determiner, which the plain idioms do not take ("took the place of" is no "took place").
  // "tipped the scales at 486kg": what the scales tell is a weight.
  'tip the scales': 'weigh',
  // "closed its doors in 2018", "opened their doors to visitors": a building or a business closing or opening.
  'close its doors': 'close', 'close their doors': 'close', 'shut its doors': 'close', 'shut their doors': 'close',
  'open its doors': 'open', 'open their doors': 'open',
  // "went under the hammer": sold at auction (what is sold is the subject, as in "went for £685,000").
  'go under the hammer': 'auction', 'come under the hammer': 'auction',
  // "put the letters on display"; "will be put on display", "are to go on show": shown to the public, as "exhibited" is.
  'put on display': 'display', 'put on show': 'display',
  'be put on display': 'be displayed', 'be put on show': 'be displayed', 'go on display': 'be displayed', 'go on show': 'be displayed',
  // "A judge sent him to prison", "was put behind bars": jailed, as another outlet says.
  'send to prison': 'jail', 'send to jail': 'jail', 'put behind bars': 'jail',
  'be sent to prison': 'be jailed', 'be sent to jail': 'be jailed', 'be put behind bars': 'be jailed',
  // "A cordon was put in place": set up, as "Police set up a cordon" says.
  'put in place': 'set up', 'be put in place': 'be set up',
  // "Floats will wind their way from the park": go along a route, as "travel from the park" does.
  'wind their way': 'travel', 'wind its way': 'travel', 'make their way': 'travel', 'make its way': 'travel',
  // "The lever frame did not make the journey": did not travel, as "travelled inside the box" says.
  'make the journey': 'travel', 'make the trip': 'travel',
  // "The creatures make their journey on mild nights": travel, as "the toads move" says.
  ...Object.fromEntries(['their', 'its', 'his', 'her'].flatMap((owner) => [[`make ${owner} journey`, 'travel'], [`make ${owner} annual journey`, 'travel']])),
  // "had been in charge at the council since 2021", "is in charge of the inquiry": leads it.
  'be in charge': 'lead', 'take charge': 'lead',
  // "An investigation is under way": it has begun, as "An investigation has begun" says.
  'be under way': 'begin', 'get under way': 'begin',
  // "Frogs and newts were also given a helping hand", "lent a hand": helped, as another outlet says.
  'lend a hand': 'help', 'lend a helping hand': 'help', 'be given a helping hand': 'be helped', 'be given a hand': 'be helped', 'be lent a helping hand': 'be helped',
  // "250 people took a dip": swam, as another outlet says.
  'take a dip': 'swim', 'have a dip': 'swim', 'go for a dip': 'swim', 'have a swim': 'swim', 'go for a swim': 'swim',
  // "The lifts should come into use in the spring": they open, start to work, as "open to passengers" says.
  'come into use': 'open', 'come into service': 'open', 'come into operation': 'open', 'go into service': 'open',
  'go into operation': 'open', 'enter service': 'open',
  // "The new pipes will take the place of cast iron": they replace it, as "cast iron is being replaced" says.
  'take the place': 'replace', 'take its place': 'replace', 'take their place': 'replace',
  // "has booked a place at the World Championship", "secured their place in the final": qualified for it.
  ...Object.fromEntries(['book', 'secure', 'earn', 'clinch', 'seal'].flatMap((verb) => ['a', 'his', 'her', 'their', 'its'].map((owner) => [`${verb} ${owner} place`, 'qualify']))),
};

/**
 * The preposition whose phrase says what an idiom is done to or in: "took part in the race" is a
 * part taken in the race, "gave way to a new bridge". Its phrase is the claim's object.
 */
const IDIOM_TARGETS: Record<string, string> = {
  'take part': 'in', 'give way': 'to', 'make way': 'for', 'give birth': 'to', 'take office': 'as', travel: 'from',
  // "booked a place at the championship" / "in the final": qualified for it, as another outlet says.
  qualify: 'at|in',
  replace: 'of',
  // "in charge of the inquiry", "in charge at the council": what is led.
  lead: 'of|at',
};

/** The relation's own preposition for a verb's ("booked a place at" is "qualify for"). */
const TARGET_RELATIONS: Record<string, string> = { qualify: 'for', replace: '', lead: '' };

/**
 * Whether the preposition after an idiom names what it was done to or in, and if so the relation the
 * idiom and its object make ("take part in"; "book a place at" → "qualify for"), or null.
 */
export function idiomTarget(idiom: string, preposition: string): string | null {
  if (!(IDIOM_TARGETS[idiom] ?? '').split('|').includes(preposition)) return null;
  return [idiom, TARGET_RELATIONS[idiom] ?? preposition].filter(Boolean).join(' ');
}

/** Every lemma an idiom is read as. */
export const IDIOM_LEMMAS: readonly string[] = [...new Set(Object.values(IDIOMS))];

/** The lemma of the idiom a verb (with its preposition) and an object of a noun (and its determiner) make, or null. */
export function verbNounIdiom(relationLemma: string, objectWords: { lower: string; pos: string }[]): string | null {
  if (objectWords.length === 0 || objectWords.length > 3 || objectWords.at(-1)!.pos !== 'NOUN') return null;
  return IDIOMS[`${relationLemma} ${objectWords.map((w) => w.lower).join(' ')}`] ?? null;
}

/**
 * Whether a word is the bare noun of an idiom with the verb before it ("took part", "took place"),
 * so that a tagger's adverb there ("part") is the idiom's noun.
 */
export function isIdiomNoun(verbLemma: string, word: string): boolean {
  return Object.hasOwn(IDIOMS, `${verbLemma} ${word}`);
}
