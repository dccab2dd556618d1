// OpenIE relations end in the preposition of an intransitive verb's first phrase: CaRB's gold writes
// "A bridge | was built in | 1902", "The town | is linked by | two ferry routes". The
// extractor keeps such a phrase whole as a time, place or complement ("in 1866"), so for scoring
// the preposition of the phrase right after the verb moves into the relation.

const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'into', 'onto', 'of', 'as', 'about', 'after', 'before',
  'during', 'since', 'until', 'through', 'across', 'against', 'among', 'between', 'under', 'over', 'near',
  'within', 'without', 'towards', 'toward', 'upon', 'behind', 'beyond', 'around', 'along', 'throughout',
]);

export interface Adjunct {
  text: string;
  /** Where the phrase starts in the sentence, to find the one nearest the verb. */
  start: number;
  /** A time or place qualifier, as opposed to a prepositional complement of the verb. */
  qualifier: boolean;
}

/**
 * The relation and the arguments after the subject, for a triple without an object: the nearest
 * adjunct after the verb that opens with a preposition gives up its preposition to the relation.
 */
export function foldPreposition(relation: string, relationEnd: number, adjuncts: Adjunct[]): { relation: string; rest: string[] } {
  const ordered = [...adjuncts].sort((a, b) => a.start - b.start);
  const nearest = ordered.find((a) => a.start >= relationEnd);
  const words = nearest?.text.split(' ') ?? [];
  if (!nearest || words.length < 2 || !PREPOSITIONS.has(words[0]!.toLowerCase())) return { relation, rest: ordered.map((a) => a.text) };
  return {
    relation: `${relation} ${words[0]}`,
    rest: ordered.map((a) => (a === nearest ? words.slice(1).join(' ') : a.text)),
  };
}
