// Article-level reuse: how much of one article is the other, reworded.
//
// Three signals, each 0..1:
//  - vocabulary: cosine over content-word stem counts (what the articles talk about);
//  - alignment: the share of the shorter article's sentences that have a paraphrase in the other
//    article IN THE SAME ORDER (longest increasing chain of best matches). A rewrite keeps the
//    source's sentence order; two reporters covering one event share names but not the sequence;
//  - claims: shared extracted claims (subject head | relation lemma | object head) over the smaller
//    article's claim count, used only when both articles have triples.
// similarity = 0.4·vocabulary + 0.6·alignment (or 0.3 / 0.5 / 0.2 with claims).
//
// Kinds (thresholds on the alignment signal, which separates the cases best; see REUSE_THRESHOLDS):
//  - rewrite:       ≥ 0.5 of the sentences align in order;
//  - shared-source: ≥ 0.2 align, or the vocabulary is nearly the same (≥ 0.6): wire copy, shared quotes;
//  - independent:   otherwise.
import type { Extraction, ReuseKind, ReuseRecord } from '../types.ts';
import { sentenceFeatures, type SentenceFeatures } from './article-text.ts';
import { reuseCandidates } from './reuse-candidates.ts';
import { pushTo } from '../push-to.ts';

export const REUSE_THRESHOLDS = {
  /** Two sentences paraphrase each other: stem-set Dice at least this … */
  sentenceDice: 0.2,
  /** … and at least this many shared content stems (names alone do not make a paraphrase). */
  sentenceSharedStems: 3,
  /** A rewrite keeps each sentence at about the same relative position (fraction of the article). */
  positionBand: 0.25,
  rewriteAlignment: 0.55,
  sharedSourceAlignment: 0.2,
  sharedSourceVocabulary: 0.6,
  /** Below this vocabulary cosine the sentence alignment is skipped: the articles share too little. */
  alignmentGate: 0.15,
};

interface ArticleFeatures {
  id: string;
  sentences: IndexedSentences;
  counts: Map<string, number>;
  norm: number;
  claims: Set<string>;
}

/**
 * Every pair of articles whose vocabulary cosine reaches the alignment gate, scored; a pair below
 * it can only be independent and is left out. The pairs come from an index (reuse-candidates.ts),
 * never from all pairs, and are exactly the pairs all-pairs scoring would keep.
 */
export function scoreReuse(extractions: Extraction[]): ReuseRecord[] {
  const articles = extractions.map(features).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const records: ReuseRecord[] = [];
  for (const [i, j] of reuseCandidates(articles, REUSE_THRESHOLDS.alignmentGate)) {
    const vocabulary = cosine(articles[i], articles[j]);
    if (vocabulary >= REUSE_THRESHOLDS.alignmentGate) records.push(compareArticles(articles[i], articles[j], vocabulary));
  }
  return records;
}

/** The plain definition: every pair scored (tests check the index against it). */
export function scoreReuseAllPairs(extractions: Extraction[]): ReuseRecord[] {
  const articles = extractions.map(features).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const records: ReuseRecord[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) records.push(compareArticles(articles[i], articles[j], cosine(articles[i], articles[j])));
  }
  return records;
}

/** `vocabulary` is the pair's cosine, which the caller has already computed to choose the pair. */
function compareArticles(a: ArticleFeatures, b: ArticleFeatures, vocabulary: number): ReuseRecord {
  const alignment = vocabulary < REUSE_THRESHOLDS.alignmentGate ? 0 : alignIndexed(a.sentences, b.sentences);
  const claims = a.claims.size && b.claims.size ? sharedRatio(a.claims, b.claims) : null;
  const similarity = claims === null ? 0.4 * vocabulary + 0.6 * alignment : 0.3 * vocabulary + 0.5 * alignment + 0.2 * claims;
  return { articles: [a.id, b.id], similarity: Math.round(similarity * 1000) / 1000, kind: reuseKind(vocabulary, alignment) };
}

export function reuseKind(vocabulary: number, alignment: number): ReuseKind {
  if (alignment >= REUSE_THRESHOLDS.rewriteAlignment) return 'rewrite';
  if (alignment >= REUSE_THRESHOLDS.sharedSourceAlignment || vocabulary >= REUSE_THRESHOLDS.sharedSourceVocabulary) return 'shared-source';
  return 'independent';
}

function features(extraction: Extraction): ArticleFeatures {
  const sentences = sentenceFeatures(extraction).filter((s) => s.stems.size > 0);
  const counts = new Map<string, number>();
  for (const s of sentences) for (const stem of s.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  let sum = 0;
  for (const c of counts.values()) sum += c * c;
  const claims = new Set(extraction.triples.map((t) => `${t.subject.head}|${t.relation.lemma}|${t.object?.head ?? ''}`));
  return { id: extraction.article.id, sentences: indexSentences(sentences), counts, norm: Math.sqrt(sum), claims };
}

function cosine(a: ArticleFeatures, b: ArticleFeatures): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let dot = 0;
  for (const [stem, count] of small) dot += count * (large.get(stem) ?? 0);
  return dot / (a.norm * b.norm);
}

/** An article's sentences with an inverted index from stem to the positions of the sentences holding it. */
interface IndexedSentences {
  list: SentenceFeatures[];
  positions: Map<string, number[]>;
}

function indexSentences(list: SentenceFeatures[]): IndexedSentences {
  const positions = new Map<string, number[]>();
  list.forEach((sentence, position) => {
    for (const stem of sentence.stems) pushTo(positions, stem, position);
  });
  return { list, positions };
}

/** Share of the shorter article's sentences whose best paraphrase partners form an in-order chain. */
export function orderedAlignment(a: SentenceFeatures[], b: SentenceFeatures[]): number {
  return alignIndexed(indexSentences(a), indexSentences(b));
}

// Every pair of articles is aligned, so this is the inner loop of the whole reuse stage. Shared stems
// are counted through the longer article's index instead of intersecting every pair of sentence
// sets: Dice is 2·shared / (|a| + |b|), so the counts give the same scores for a fraction of the work.
function alignIndexed(a: IndexedSentences, b: IndexedSentences): number {
  const [shorter, longer] = a.list.length <= b.list.length ? [a, b] : [b, a];
  if (shorter.list.length === 0) return 0;
  const shared = new Uint16Array(longer.list.length);
  const matches: number[] = [];
  shorter.list.forEach((sentence, i) => {
    shared.fill(0);
    for (const stem of sentence.stems) for (const position of longer.positions.get(stem) ?? []) shared[position] += 1;
    let best = -1;
    let bestScore = 0;
    for (let position = 0; position < shared.length; position += 1) {
      if (shared[position] < REUSE_THRESHOLDS.sentenceSharedStems) continue;
      const score = (2 * shared[position]) / (sentence.stems.size + longer.list[position].stems.size);
      if (score > bestScore) {
        bestScore = score;
        best = position;
      }
    }
    const nearDiagonal = Math.abs(i / shorter.list.length - best / longer.list.length) <= REUSE_THRESHOLDS.positionBand;
    if (best >= 0 && bestScore >= REUSE_THRESHOLDS.sentenceDice && nearDiagonal) matches.push(best);
  });
  return longestIncreasingRun(matches) / shorter.list.length;
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasingRun(values: number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

function sharedRatio(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / Math.min(a.size, b.size);
}
