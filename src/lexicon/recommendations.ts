// What a recommendation asks for, as the words after "recommend" tell it: "recommended the scheme
// for approval" / "recommended that the application be refused". Two outlets telling one body's
// recommendation both ways disagree, whatever else their sentences say.
export type Recommended = 'approve' | 'refuse';

const ASKED_FOR: ReadonlyMap<string, Recommended> = new Map([
  ['approve', 'approve'], ['approved', 'approve'], ['approval', 'approve'], ['grant', 'approve'], ['granted', 'approve'], ['backed', 'approve'],
  ['refuse', 'refuse'], ['refused', 'refuse'], ['refusal', 'refuse'], ['reject', 'refuse'], ['rejected', 'refuse'], ['rejection', 'refuse'],
  ['turned down', 'refuse'], ['thrown out', 'refuse'],
]);

/** Verbs of recommending, whose words after them say what is asked for. */
export const RECOMMENDING_VERBS: ReadonlySet<string> = new Set(['recommend', 'advise', 'urge']);

/** What the words after a recommending verb ask for: the first word of the table they hold, or null. */
export function recommended(wordsAfter: string): Recommended | null {
  const words = wordsAfter.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const found = ASKED_FOR.get(`${words[i]} ${words[i + 1] ?? ''}`) ?? ASKED_FOR.get(words[i]!);
    if (found) return found;
  }
  return null;
}
