// Canonical predicate keys for relation lemmas. Each word of the lemma is aligned on its own,
// so modifiers survive ("refuse to go to" → "refuse to visit", "settle on" → "agree"); a framing
// verb (planning-verbs.ts: "agree to", "plan to") is the claim's modality, so "agree to go to" → "visit".
import { ARGUMENT_SENSES, NEWS_VERBS } from './news-verbs.ts';
import { splitFrame } from './planning-verbs.ts';
import { SynonymAligner } from './synonym-aligner.ts';
import { verbBase } from './verb-base.ts';

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

  /** Phase 2. `args` are the claim's arguments as written, for verbs whose sense they decide. */
  align(lemma: string, args: ClaimArguments = {}): AlignedRelation {
    const sense = senseByArgument(lemma, args);
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

/** "38%", "about 38 percent", "just under 12%": a share, alone or with its hedge. */
function isShare(text: string): boolean {
  return /^\s*(?:(?:about|around|nearly|almost|roughly|some|over|under|just under|just over|more than|less than|at least)\s+)?[\d.,]+\s*(%|percent)\s*$/i.test(text);
}

export interface ClaimArguments {
  subject?: string;
  object?: string;
}

/** Prepositions of where or when after a verb: "arrived in", "arrived at". */
const PLACE_OR_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on']);

/** The verb's argument-decided sense, with a framing verb ("is expected to close") kept as modality. */
function senseByArgument(lemma: string, { subject, object }: ClaimArguments): AlignedRelation | null {
  const frame = splitFrame(allWords(lemma));
  const verb = frame?.framed ?? allWords(lemma);
  // ("38mph": a figure and its unit written together are two words.)
  const wordsOf = (text: string) => text.toLowerCase().replace(/(\p{N})(\p{L})/gu, '$1 $2').split(/[^\p{L}\p{N}%]+/u);
  // "The club was formed in 1974": a passive's subject is what the active's object would be.
  if (verb.length === 2 && verb[0] === 'be' && !object && subject) {
    const passive = ARGUMENT_SENSES.find((s) => s.verb === verbBase(verb[1]!) && s.slot === 'object' && wordsOf(subject).some((w) => s.words.has(w)));
    if (passive) return { predicate: `be ${passive.canonical}`, alignment: `news-verbs: passive 'be ${passive.verb}' with subject '${subject.trim()}' → be ${passive.canonical}` };
  }
  // "The oak is not covered by a tree preservation order": a passive's agent is the active's subject.
  if (verb.length === 3 && verb[0] === 'be' && verb[2] === 'by' && object) {
    const agent = ARGUMENT_SENSES.find((s) => s.verb === verbBase(verb[1]!) && s.slot === 'subject' && s.transitive && wordsOf(object).some((w) => s.words.has(w)));
    if (agent) return { predicate: `be ${agent.canonical} by`, alignment: `news-verbs: passive 'be ${agent.verb} by' with agent '${object.trim()}' → be ${agent.canonical} by` };
  }
  // "The baby arrived in the front seat": a subject's sense keeps the preposition of where or when.
  const preposition = verb.length === 2 && PLACE_OR_TIME_PREPOSITIONS.has(verb[1]!) ? verb[1]! : null;
  // ("The sale went through": a phrasal verb the table names is one verb.)
  const phrasal = verb.length > 1 && !preposition && ARGUMENT_SENSES.some((s) => s.verb === verb.join(' '));
  if (verb.length !== 1 && !preposition && !phrasal) return null;
  const sense = ARGUMENT_SENSES.find((s) => {
    if (s.verb !== (phrasal ? verb.join(' ') : verb[0])) return false;
    if (s.slot === 'object') return !preposition && !!object && ((s.share && isShare(object)) || wordsOf(object).some((w) => s.words.has(w)));
    return (!object || preposition !== null || !!s.transitive) && !!subject && wordsOf(subject).some((w) => s.words.has(w));
  });
  if (!sense) return null;
  const argument = sense.slot === 'object' ? object! : subject!;
  const reasons = [
    ...(frame ? [`framing verb '${frame.frame}' kept as modality, not predicate`] : []),
    `news-verbs: '${sense.verb}' with ${sense.slot} '${argument.trim()}' → ${sense.canonical}`,
  ];
  return { predicate: preposition ? `${sense.canonical} ${preposition}` : sense.canonical, alignment: reasons.join('; ') };
}
