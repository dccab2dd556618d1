// Canonical predicate keys for relation lemmas. Each word of the lemma is aligned on its own,
// so modifiers survive ("refuse to go to" → "refuse to visit", "settle on" → "agree"); a framing
// verb (planning-verbs.ts: "agree to", "plan to") is the claim's modality, so "agree to go to" → "visit".
import { NEWS_VERBS, OBJECT_SENSES } from './news-verbs.ts';
import { splitFrame } from './planning-verbs.ts';
import { SynonymAligner } from './synonym-aligner.ts';

export interface AlignedRelation {
  predicate: string;
  /** Why the lemma became the predicate; undefined when nothing changed. */
  alignment?: string;
}

function allWords(lemma: string): string[] {
  return lemma.toLowerCase().trim().split(/\s+/).filter(Boolean);
}

/** The words that carry the claim: a framing verb ("agree to visit") is modality, not predicate. */
function words(lemma: string): string[] {
  const all = allWords(lemma);
  return splitFrame(all)?.framed ?? all;
}

export class RelationAligner {
  private readonly aligner = new SynonymAligner('verb', 'news-verbs', NEWS_VERBS);
  private readonly cache = new Map<string, AlignedRelation>();

  /** Phase 1: every lemma of the story, so WordNet groups the verbs the story uses. */
  observe(lemma: string): void {
    this.cache.clear();
    this.aligner.observe(words(lemma));
  }

  /** Phase 2. `object` is the claim's object as written, for verbs whose sense it decides. */
  align(lemma: string, object?: string): AlignedRelation {
    const sense = senseByObject(lemma, object);
    if (sense) return sense;
    const cached = this.cache.get(lemma);
    if (cached) return cached;
    const frame = splitFrame(allWords(lemma));
    const aligned = this.aligner.align(words(lemma));
    const result: AlignedRelation = { predicate: aligned.words.join(' ') || lemma };
    const reasons = frame ? [`framing verb '${frame.frame}' kept as modality, not predicate`, ...aligned.reasons] : aligned.reasons;
    if (reasons.length > 0) result.alignment = reasons.join('; ');
    this.cache.set(lemma, result);
    return result;
  }
}

function senseByObject(lemma: string, object: string | undefined): AlignedRelation | null {
  if (!object) return null;
  const verb = allWords(lemma);
  if (verb.length !== 1) return null;
  const objectWords = object.toLowerCase().split(/[^\p{L}\p{N}%]+/u);
  const bareShare = /^\s*[\d.,]+\s*(%|percent)\s*$/i.test(object);
  const sense = OBJECT_SENSES.find((s) => s.verb === verb[0] && (bareShare || objectWords.some((w) => s.objectWords.has(w))));
  return sense ? { predicate: sense.canonical, alignment: `news-verbs: '${sense.verb}' with '${object.trim()}' → ${sense.canonical}` } : null;
}
