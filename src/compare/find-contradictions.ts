// All contradiction detectors over one merged graph. Each detector blocks on its own keys, so the
// whole pass stays near-linear in the number of statements; none compares all claims pairwise.
import type { ContradictionKind, ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { findNumericContradictions } from './find-numeric.ts';
import { findPolarityContradictions } from './find-polarity.ts';
import { findRoleContradictions } from './find-role.ts';
import { findPersonPostContradictions } from './find-person-posts.ts';
import { findTradeContradictions } from './find-trades.ts';
import { findQuoteContradictions } from './find-quotes.ts';
import { findReportedAttributionContradictions } from './find-reported-attribution.ts';
import { findTimeContradictions } from './find-time.ts';
import { findSpellingContradictions } from './find-spelling.ts';
import { findFactSpellingContradictions } from './find-fact-spelling.ts';

const DETECTORS: ((graph: ClaimGraph) => ContradictionRecord[])[] = [
  findNumericContradictions,
  findPolarityContradictions,
  findRoleContradictions,
  findPersonPostContradictions,
  findTradeContradictions,
  findQuoteContradictions,
  findReportedAttributionContradictions,
  findTimeContradictions,
  findSpellingContradictions,
  findFactSpellingContradictions,
];

const KIND_ORDER: ContradictionKind[] = ['numeric', 'polarity', 'role', 'attribution', 'quote', 'time', 'spelling'];

export function findContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const byId = new Map<string, ContradictionRecord>();
  for (const detect of DETECTORS) for (const record of detect(graph)) if (!byId.has(record.id)) byId.set(record.id, record);
  return [...byId.values()].sort(byKindThenId);
}

/** The order contradictions are listed in everywhere: by kind, then id. */
export function byKindThenId(a: ContradictionRecord, b: ContradictionRecord): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
