// A statement = one claim as one source stated it. Detectors compare statements, because the
// numbers, times, speakers and quotes that can disagree live on sources, not on claims.
import { listClaims } from '../graph/list-claims.ts';
import type { ClaimEdgeAttributes, ClaimGraph, ClaimSource } from '../graph/claim-graph-types.ts';
import type { Modality } from '../types.ts';
import { pushTo } from '../push-to.ts';
import { BACKGROUND_SUBORDINATORS } from '../lexicon/function-words.ts';

export interface Statement {
  claim: ClaimEdgeAttributes;
  source: ClaimSource;
}

export function listStatements(graph: ClaimGraph): Statement[] {
  return listClaims(graph).flatMap((claim) => claim.sources.map((source) => ({ claim, source })));
}

/**
 * The fact a claim belongs to (src/align), or the claim itself before alignment: detectors compare
 * the values of the claims inside one fact, however each outlet worded it.
 */
export function factOf(claim: ClaimEdgeAttributes): string {
  // Unaligned, the claims that differ only in their values are the one fact they tell.
  return claim.fact ?? ['claim', claim.subjectId, claim.predicate, claim.objectId ?? '', claim.objectText ?? ''].join('|');
}

/** Some article stands on both sides: one outlet saying both things is no clash between outlets. */
export function shareAnArticle(a: readonly Statement[], b: readonly Statement[]): boolean {
  const articles = new Set(a.map((s) => s.source.article));
  return b.some((s) => articles.has(s.source.article));
}

/** Bucket items by a key; items whose key is null stay out. The blocking step of every detector. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) pushTo(groups, k, item);
  }
  return groups;
}

/** Unordered pairs of a (small) list: used only on distinct values inside one block. */
export function* pairs<T>(items: T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i += 1) for (let j = i + 1; j < items.length; j += 1) yield [items[i], items[j]];
}

/** Past this many distinct values in one block, each is set against the most stated one only. */
const ALL_PAIRS_UP_TO = 8;

/**
 * Pairs of a block's distinct values (each a list of statements). A few values: every pair. Many
 * (500 outlets, each with its own time): each against the value most statements give, so a block
 * costs its size, never its square, and the reader sees each dissent against the majority.
 */
export function* valuePairs<T>(groups: T[][]): Generator<[T[], T[]]> {
  if (groups.length <= ALL_PAIRS_UP_TO) {
    yield* pairs(groups);
    return;
  }
  const majority = groups.reduce((best, g) => (g.length > best.length ? g : best), groups[0]!);
  for (const group of groups) if (group !== majority) yield [majority, group];
}

/** Modalities that commit the source to the claim; "could"/"may" and questions assert nothing. */
const COMMITTING: ReadonlySet<Modality> = new Set<Modality>(['asserted', 'reported', 'planned', 'necessary']);

export function commits(statement: Statement): boolean {
  return COMMITTING.has(statement.source.qualifiers.modality);
}

/** The articles naming each entity as a claim's subject or object. */
export function articlesNaming(statements: readonly Statement[]): Map<string, Set<string>> {
  const naming = new Map<string, Set<string>>();
  for (const { claim, source } of statements) {
    for (const id of [claim.subjectId, claim.objectId]) {
      if (id === null) continue;
      const articles = naming.get(id) ?? new Set<string>();
      articles.add(source.article);
      naming.set(id, articles);
    }
  }
  return naming;
}

/** Some article names both entities: it knows them for two people, so one credited in each outlet is no clash. */
export function namedTogether(naming: ReadonlyMap<string, ReadonlySet<string>>, x: string, y: string): boolean {
  const left = naming.get(x);
  return [...(naming.get(y) ?? [])].some((article) => left?.has(article));
}

/** Whether the word right before `at` opens a clause of when or why: "… while a small group …", "when she was 11". */
export function opensBackgroundClauseAt(text: string, at: number): boolean {
  if (at <= 0) return false;
  return BACKGROUND_SUBORDINATORS.has(text.slice(0, at).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '');
}
