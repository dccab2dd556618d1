// Verbs that frame another verb without changing the claim: "agreed to visit" and "plans to go to"
// both claim a visit. The frame is kept as the claim's modality by the extractor, so the predicate
// key is the framed verb. "fail to" is not here: it negates.
export const FRAMING_VERBS = new Set([
  'agree', 'plan', 'intend', 'aim', 'decide', 'promise', 'pledge', 'vow', 'hope', 'seek', 'want', 'expect',
  'prepare', 'propose', 'threaten', 'schedule', 'offer', 'continue', 'begin', 'start', 'try', 'attempt', 'move',
]);

/** "agree to visit" → { framed: "visit", frame: "agree to" }; null when the lemma has no frame. */
export function splitFrame(words: string[]): { framed: string[]; frame: string } | null {
  if (words.length < 3 || words[1] !== 'to' || !FRAMING_VERBS.has(words[0]!)) return null;
  return { framed: words.slice(2), frame: `${words[0]} to` };
}
