// Blocking: which claim pairs are worth scoring. Two claims meet when they share an entity or a
// head word in a slot AND an event (the same event word or a shared WordNet sense of it), two slot
// anchors, or two sentences of different articles told in much the same words. A key that gathers
// too many claims pairs each with a few of them only (MAX_BLOCK below), never all with all.
import type { ClaimProfile } from './claim-profile.ts';
import { blockingSenses } from './word-relation.ts';
import { OBJECT_BOUND_PREDICATES } from './object-bound-predicates.ts';
import { LIGHT_VERBS } from '../lexicon/verb-classes.ts';
import { moneySums } from './money-sums.ts';
import { tellsUndertakingDuration } from './undertaking-duration.ts';
import { pushTo } from '../push-to.ts';

/**
 * A block of more claims than this (a story's main person with every verb, or 500 outlets telling
 * one thing) is not paired all with all: each member meets the block's first few claims only, so
 * pairs grow with the block, not with its square, and a fact told 500 times still forms.
 */
const MAX_BLOCK = 40;
const REPRESENTATIVES = 6;

/**
 * A pair to score, with whether only the event verb brought it ("checked in" / "checked into"
 * with participants the resolver kept apart): such a pair must show its participants meet.
 */
export type CandidatePair = [a: number, b: number, verbOnly: boolean];

export function candidatePairs(profiles: ClaimProfile[]): CandidatePair[] {
  const blocks = new Map<string, number[]>();
  const verbBlocks = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    for (const key of blockingKeys(profile)) pushTo(blocks, key, index);
    for (const key of verbOnlyKeys(profile)) pushTo(verbBlocks, key, index);
  });
  // Sentences of two articles that tell the same thing in other words make every pair of their
  // claims a candidate: "ran aground at the mouth of the harbour" / "went aground near its entrance".
  const bySentence = claimsBySentence(profiles);
  for (const [first, second] of alignedSentences(profiles)) {
    const key = `sentences:${first}|${second}`;
    for (const index of bySentence.get(first) ?? []) pushTo(blocks, key, index);
    for (const index of bySentence.get(second) ?? []) pushTo(blocks, key, index);
  }
  const seen = new Set<number>();
  const pairs: CandidatePair[] = [];
  const n = profiles.length;
  const pairBlocks = (from: Map<string, number[]>, verbOnly: boolean): void => {
    for (const block of from.values()) {
      if (block.length < 2) continue;
      const partners = block.length > MAX_BLOCK ? REPRESENTATIVES : block.length;
      for (let i = 0; i < Math.min(partners, block.length); i++) {
        for (let j = i + 1; j < block.length; j++) {
          // Lower index first: scores are looked up by (lower, higher) when groups join.
          const [a, b] = block[i]! < block[j]! ? [block[i]!, block[j]!] : [block[j]!, block[i]!];
          const key = a * n + b;
          if (seen.has(key) || !fromDifferentArticles(profiles[a]!, profiles[b]!)) continue;
          seen.add(key);
          pairs.push([a, b, verbOnly]);
        }
      }
    }
  };
  pairBlocks(blocks, false);
  pairBlocks(verbBlocks, true);
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * "Lindsay Lohan checked in" / "the American Pie actress checked in": an event verb of its own
 * meets the same verb in other articles even when resolve kept the participants apart. Verbs that
 * say nothing without their object ("said", "has") and light verbs do not.
 */
function verbOnlyKeys(profile: ClaimProfile): string[] {
  return profile.events.filter((event) => !OBJECT_BOUND_PREDICATES.has(event) && !LIGHT_VERBS.has(event)).map((event) => `w:${event}`);
}

/** A fact is told by several articles: two claims stated only by the very same articles are not two tellings. */
function fromDifferentArticles(a: ClaimProfile, b: ClaimProfile): boolean {
  for (const article of a.articles) if (!b.articles.has(article)) return true;
  for (const article of b.articles) if (!a.articles.has(article)) return true;
  return false;
}

function blockingKeys(profile: ClaimProfile): string[] {
  const events = [...new Set(profile.events.flatMap((event) => [`w:${event}`, ...blockingSenses(event, 'verb').map((s) => `s:${s}`)]))];
  const anchors = [
    ...(profile.subject.id ? [`e:${profile.subject.id}`] : []),
    ...(profile.subject.head ? [`h:${profile.subject.head}`] : []),
    ...(profile.object.id ? [`e:${profile.object.id}`] : []),
    ...(profile.object.head ? [`h:${profile.object.head}`] : []),
  ];
  const keys = anchors.flatMap((anchor) => events.map((event) => `${anchor}|${event}`));
  // One sum of money is a participant of its own, however each outlet words what it pays for: an
  // amount that is the whole object is left out of the object's entity (resolve).
  for (const sum of moneySums(profile)) keys.push(`sum:${sum}`);
  if (tellsUndertakingDuration(profile)) keys.push('duration');
  // "The quake struck Talca" / "the earthquake hit Talca": two slots in common, whatever the verb.
  const sorted = [...new Set(anchors)].sort();
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) keys.push(`${sorted[i]}|${sorted[j]}`);
  return [...new Set(keys)];
}

/** Sentence pairs (of different articles) sharing at least this share of their content words. */
const SENTENCE_OVERLAP = 0.4;
/** A word in more sentences than this is too common to find paraphrases by. */
const MAX_POSTINGS = 40;

function claimsBySentence(profiles: ClaimProfile[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    for (const key of profile.sentenceKeys) pushTo(map, key, index);
  });
  return map;
}

/** Pairs of sentence keys whose words overlap enough, found through an index of their words, never all pairs. */
function alignedSentences(profiles: ClaimProfile[]): [string, string][] {
  const words = new Map<string, { article: string; stems: Set<string> }>();
  for (const profile of profiles) for (const s of profile.sentences) if (!words.has(s.key)) words.set(s.key, s);
  const postings = new Map<string, string[]>();
  for (const [key, { stems }] of words) for (const stem of stems) pushTo(postings, stem, key);
  const shared = new Map<string, number>();
  for (const keys of postings.values()) {
    if (keys.length < 2 || keys.length > MAX_POSTINGS) continue;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = keys[i]! < keys[j]! ? [keys[i]!, keys[j]!] : [keys[j]!, keys[i]!];
        if (words.get(a)!.article === words.get(b)!.article) continue;
        const pair = `${a}\u0000${b}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const aligned: [string, string][] = [];
  for (const [pair, count] of shared) {
    const [a, b] = pair.split('\u0000') as [string, string];
    const overlap = (2 * count) / (words.get(a)!.stems.size + words.get(b)!.stems.size);
    if (overlap >= SENTENCE_OVERLAP) aligned.push([a, b]);
  }
  return aligned.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : 1));
}
