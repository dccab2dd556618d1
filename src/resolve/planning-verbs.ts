// Verbs that frame another verb without changing the claim: "agreed to visit" and "plans to go to"
// both claim a visit. The frame is kept as the claim's modality by the extractor, so the predicate
// key is the framed verb. "fail to" is not here: it negates.
import { ASPECT_VERBS, PLANNING_VERBS } from '../lexicon/verb-classes.ts';

export const FRAMING_VERBS: ReadonlySet<string> = new Set([...PLANNING_VERBS, ...ASPECT_VERBS]);

/**
 * "is expected to close", "is scheduled to open", "is due to land": the same framing in the passive
 * (the participle as the extractor gives it, or lemmatised).
 */
const PASSIVE_FRAMES = new Set([
  'expect', 'expected', 'schedule', 'scheduled', 'set', 'due', 'likely', 'poise', 'poised', 'slate', 'slated',
  'plan', 'planned', 'intend', 'intended',
]);

/** "agree to visit" → { framed: "visit", frame: "agree to" }; null when the lemma has no frame. */
export function splitFrame(words: string[]): { framed: string[]; frame: string } | null {
  if (words.length >= 4 && words[0] === 'be' && words[2] === 'to' && PASSIVE_FRAMES.has(words[1]!)) {
    return { framed: words.slice(3), frame: `be ${words[1]} to` };
  }
  if (words.length < 3 || words[1] !== 'to' || !FRAMING_VERBS.has(words[0]!)) return null;
  return { framed: words.slice(2), frame: `${words[0]} to` };
}
