// What is planned for a building or a thing, as opposite fates WordNet does not set against each
// other: "the clubhouse will be kept" / "the clubhouse will be demolished". Each group is one fate;
// a word of one group is the opposite of a word of the other.
const KEPT: ReadonlySet<string> = new Set(['keep', 'retain', 'preserve', 'save']);
const DESTROYED: ReadonlySet<string> = new Set(['demolish', 'raze', 'bulldoze', 'flatten', 'knock down', 'pull down', 'tear down']);

/** Whether two state verbs tell opposite fates of one thing ("keep" / "demolish"). */
export function oppositeFates(x: string, y: string): boolean {
  return (KEPT.has(x) && DESTROYED.has(y)) || (KEPT.has(y) && DESTROYED.has(x));
}
