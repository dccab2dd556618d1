// What the compare view shows for two sources A and B: their sentences side by side, aligned where
// a fact of A's sentence has a claim from B's sentence, each marked by what its facts are relative
// to the other source — told by both (corroborated), only here, or contradicted — plus the lists a
// reader asks for first: what only B says, and what B leaves out of A. B may also be every other
// source at once (ALL_OTHERS): then each of A's sentences stands against all of them, beside the
// first other sentence that tells it, with the sources that tell it. Pure data; compare-view.ts draws it.
import type { ViewerArticle, ViewerClaim } from '../../src/server/viewer-story.ts';
import type { StoryIndex } from './story-index.ts';

/** A sentence's standing against the other source. */
export type CompareStatus = 'corroborated' | 'contradicted' | 'only' | 'none';

/** The B of "A against every other source of the story". */
export const ALL_OTHERS = '*';

/** A sentence of another source, by its article and where it starts. */
export interface Counterpart {
  article: string;
  start: number;
}

export interface CompareSentence {
  article: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
  text: string;
  status: CompareStatus;
  /** The claims made in this sentence. */
  claims: string[];
  /** The other sources' sentences that tell the same facts (or contradict them), in source order. */
  counterparts: Counterpart[];
  /** Of those, the ones that contradict this sentence. */
  against: Counterpart[];
}

export interface CompareRow {
  left: CompareSentence | null;
  right: CompareSentence | null;
}

export interface Comparison {
  rows: CompareRow[];
  /** B's sentences none of A's facts holds (and, with no claim, none of A's sentences repeats). */
  onlyInB: CompareSentence[];
  /** How many sources B stands for: 1, or every other source of the story. */
  sourcesInB: number;
  /** A's sentences B does not tell, in the same sense. */
  leftOutByB: CompareSentence[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * An article's sentences: those its claims were read from (their exact spans), and between them
 * the rest of the text cut by the browser's sentence segmenter, so sentences with no claim are
 * shown too.
 */
export function articleSentences(article: ViewerArticle, claims: readonly ViewerClaim[]): Span[] {
  const text = article.text ?? '';
  const known = new Map<number, number>();
  for (const claim of claims) {
    for (const source of claim.sources) {
      if (source.article !== article.id || source.sentenceStart === null) continue;
      known.set(source.sentenceStart, Math.max(known.get(source.sentenceStart) ?? 0, source.sentenceStart + source.text.length));
    }
  }
  const spans: Span[] = [];
  let at = 0;
  for (const [start, end] of [...known].sort((x, y) => x[0] - y[0])) {
    if (start < at) continue;
    spans.push(...segment(text, at, start), { start, end });
    at = end;
  }
  spans.push(...segment(text, at, text.length));
  return spans;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function segment(text: string, from: number, to: number): Span[] {
  if (to <= from) return [];
  const spans: Span[] = [];
  for (const piece of segmenter.segment(text.slice(from, to))) {
    const trimmedStart = piece.segment.length - piece.segment.trimStart().length;
    const body = piece.segment.trim();
    if (!body) continue;
    const start = from + piece.index + trimmedStart;
    spans.push({ start, end: start + body.length });
  }
  return spans;
}

/** Sentence start → claims of `article` read from that sentence. */
function claimsBySentence(index: StoryIndex, article: string): Map<number, ViewerClaim[]> {
  const found = new Map<number, ViewerClaim[]>();
  for (const claim of index.story.claims) {
    for (const source of claim.sources) {
      if (source.article !== article || source.sentenceStart === null) continue;
      const list = found.get(source.sentenceStart) ?? [];
      if (!list.includes(claim)) list.push(claim);
      found.set(source.sentenceStart, list);
    }
  }
  return found;
}

/** The claims that tell the same fact as `claim` (itself included). */
function factMates(index: StoryIndex, claim: ViewerClaim): ViewerClaim[] {
  const fact = index.factByClaim.get(claim.id);
  return fact ? fact.claims.flatMap((id) => index.claims.get(id) ?? []) : [claim];
}

function sentencesIn(claim: ViewerClaim, articles: ReadonlySet<string>): Counterpart[] {
  return claim.sources.flatMap((source) => (articles.has(source.article) && source.sentenceStart !== null ? [{ article: source.article, start: source.sentenceStart }] : []));
}

/** Words that say something: lower-cased, four letters or more (no "the", "and", "said" is kept). */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
}

/** Share of a sentence's content words another sentence repeats, at which the two read as one telling. */
const SAME_WORDS = 0.4;

/**
 * A sentence no claim was read from ("A passionate local guide with ten years of experience…") is
 * compared by its words: told by both when a sentence of the other source repeats most of them,
 * only here when none does.
 */
function byWords(words: ReadonlySet<string>, others: readonly SentenceText[]): { status: CompareStatus; counterparts: Counterpart[]; against: Counterpart[] } {
  if (words.size === 0) return { status: 'none', counterparts: [], against: [] };
  const repeating: { at: Counterpart; share: number }[] = [];
  for (const other of others) {
    let common = 0;
    for (const word of words) if (other.words.has(word)) common++;
    const share = common / words.size;
    if (share >= SAME_WORDS) repeating.push({ at: { article: other.article, start: other.start }, share });
  }
  if (repeating.length === 0) return { status: 'only', counterparts: [], against: [] };
  // The closest repetition first, then at most one per other source.
  repeating.sort((x, y) => y.share - x.share);
  const perSource = new Map<string, Counterpart>();
  for (const { at } of repeating) if (!perSource.has(at.article)) perSource.set(at.article, at);
  return { status: 'corroborated', counterparts: [...perSource.values()], against: [] };
}

/** A sentence's place, words and content words, worked out once per comparison for each side. */
interface SentenceText extends Span {
  article: string;
  text: string;
  words: ReadonlySet<string>;
}

function sentenceTexts(index: StoryIndex, article: ViewerArticle): SentenceText[] {
  return articleSentences(article, index.story.claims).map(({ start, end }) => {
    const text = (article.text ?? '').slice(start, end);
    return { article: article.id, start, end, text, words: contentWords(text) };
  });
}

/** One side's sentences, each with its standing against the `other` sources (whose sentences are `others`). */
function sideSentences(index: StoryIndex, article: ViewerArticle, own: readonly SentenceText[], other: ReadonlySet<string>, others: readonly SentenceText[]): CompareSentence[] {
  const claimsAt = claimsBySentence(index, article.id);
  const order = [...other];
  const key = (at: Counterpart) => `${at.article}@${at.start}`;
  return own.map(({ start, end, text, words }) => {
    const claims = claimsAt.get(start) ?? [];
    if (claims.length === 0) return { article: article.id, start, end, text, claims: [], ...byWords(words, others) };
    const told = new Map<string, Counterpart>();
    const contradicting = new Map<string, Counterpart>();
    for (const claim of claims) {
      for (const mate of factMates(index, claim)) for (const at of sentencesIn(mate, other)) told.set(key(at), at);
      for (const contradiction of index.contradictionsByClaim.get(claim.id) ?? []) {
        for (const id of contradiction.claims) {
          const rival = index.claims.get(id);
          if (rival && id !== claim.id) for (const at of sentencesIn(rival, other)) contradicting.set(key(at), at);
        }
      }
    }
    const status: CompareStatus = contradicting.size ? 'contradicted' : told.size ? 'corroborated' : 'only';
    const inOrder = (found: Iterable<Counterpart>) => [...found].sort((x, y) => order.indexOf(x.article) - order.indexOf(y.article) || x.start - y.start);
    const counterparts = inOrder(new Map([...contradicting, ...told]).values());
    return { article: article.id, start, end, text, status, claims: claims.map((claim) => claim.id), counterparts, against: inOrder(contradicting.values()) };
  });
}

/**
 * A's sentences in order, each beside the first of B's sentences it is aligned with; B's sentences
 * that no A sentence reaches come in B's order, before the next aligned one. With B = ALL_OTHERS,
 * each of A's sentences stands beside the first other source's sentence that tells it.
 */
export function compareArticles(index: StoryIndex, a: string, b: string): Comparison {
  if (b === ALL_OTHERS) return compareWithOthers(index, a);
  const left = index.articles.get(a);
  const right = index.articles.get(b);
  if (!left || !right) return { rows: [], onlyInB: [], leftOutByB: [], sourcesInB: 1 };
  const [leftTexts, rightTexts] = [sentenceTexts(index, left), sentenceTexts(index, right)];
  const aSide = sideSentences(index, left, leftTexts, new Set([b]), rightTexts);
  const bSide = sideSentences(index, right, rightTexts, new Set([a]), leftTexts);
  const bAt = new Map(bSide.map((sentence, i) => [sentence.start, i]));
  const shown = new Set<number>();
  const rows: CompareRow[] = [];
  let next = 0;
  const flushBefore = (limit: number) => {
    for (; next < limit; next++) if (!shown.has(next)) rows.push({ left: null, right: bSide[next]! }), shown.add(next);
  };
  for (const sentence of aSide) {
    const partner = sentence.counterparts.map(({ start }) => bAt.get(start)).find((i): i is number => i !== undefined && !shown.has(i));
    if (partner === undefined) {
      rows.push({ left: sentence, right: null });
      continue;
    }
    if (partner >= next) flushBefore(partner);
    shown.add(partner);
    rows.push({ left: sentence, right: bSide[partner]! });
  }
  flushBefore(bSide.length);
  return {
    rows,
    onlyInB: bSide.filter((sentence) => sentence.status === 'only'),
    leftOutByB: aSide.filter((sentence) => sentence.status === 'only'),
    sourcesInB: 1,
  };
}

/**
 * A against every other source: A's sentences in order, each beside the first other sentence that
 * tells its facts (or contradicts them); what only the others say, each with its source; and what
 * no other source tells.
 */
function compareWithOthers(index: StoryIndex, a: string): Comparison {
  const left = index.articles.get(a);
  if (!left) return { rows: [], onlyInB: [], leftOutByB: [], sourcesInB: 0 };
  const others = index.story.articles.filter((article) => article.id !== a);
  const leftTexts = sentenceTexts(index, left);
  const otherTexts = new Map(others.map((article) => [article.id, sentenceTexts(index, article)]));
  const aSide = sideSentences(index, left, leftTexts, new Set(others.map((article) => article.id)), [...otherTexts.values()].flat());
  const otherSides = others.map((article) => sideSentences(index, article, otherTexts.get(article.id)!, new Set([a]), leftTexts));
  const sentenceAt = new Map(otherSides.flat().map((sentence) => [`${sentence.article}@${sentence.start}`, sentence]));
  const rows = aSide.map((sentence): CompareRow => {
    // A contradicted sentence stands beside a sentence that contradicts it, not one that agrees.
    const first = sentence.against[0] ?? sentence.counterparts[0];
    const partner = first ? sentenceAt.get(`${first.article}@${first.start}`) : undefined;
    return { left: sentence, right: partner ?? null };
  });
  return {
    rows,
    onlyInB: otherSides.flat().filter((sentence) => sentence.status === 'only'),
    leftOutByB: aSide.filter((sentence) => sentence.status === 'only'),
    sourcesInB: others.length,
  };
}
