// A verb with "again" before its preposition, read as the one verb it means: to "look again at" a
// decision is to reconsider it, as another outlet says in one word. Keys: the verb's base form and
// the preposition.
const AGAIN_IDIOMS: Readonly<Record<string, string>> = {
  'look at': 'reconsider',
  'think about': 'reconsider',
  'think over': 'reconsider',
};

/** The verb "again" makes of a verb and its preposition ("look" + "at" → "reconsider"), or null. */
export function againIdiom(verb: string, preposition: string): string | null {
  return AGAIN_IDIOMS[`${verb} ${preposition}`] ?? null;
}
