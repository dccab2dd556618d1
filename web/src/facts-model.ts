// The facts table's rows: every fact of the story (a claim with no fact is a fact of its own), with
// its subject, relation and object as the first claim words them, and each source's own value —
// its amount, date, denial or words — so two outlets' figures stand side by side in one row.
import type { ViewerClaim } from '../../src/server/viewer-story.ts';
import type { ClaimStatus, SourceRecord } from '../../src/types.ts';
import { entityName, type StoryIndex } from './story-index.ts';

export interface FactRow {
  id: string;
  status: ClaimStatus;
  subject: string;
  relation: string;
  object: string;
  /** Article id → what that source says of this fact; absent when it says nothing of it. */
  values: Record<string, string>;
  /** The claims of the fact, first the one the row is worded by. */
  claims: string[];
}

/** What one source states in one claim: its own amount, time and polarity, else that it says so. */
function sourceValue(claim: ViewerClaim, source: SourceRecord): string {
  const qualifiers = { ...claim.qualifiers, ...(source.qualifiers ?? {}) };
  const parts: string[] = [];
  if (qualifiers.negated) parts.push('not');
  if (qualifiers.modality && qualifiers.modality !== 'asserted') parts.push(qualifiers.modality);
  if (qualifiers.quantity) parts.push(qualifiers.quantity.text);
  if (qualifiers.time) parts.push(qualifiers.time);
  return parts.length ? parts.join(' · ') : 'says so';
}

function objectOf(index: StoryIndex, claim: ViewerClaim): string {
  if (claim.object) return entityName(index, claim.object);
  return claim.objectText ? `“${claim.objectText}”` : '';
}

export function factRows(index: StoryIndex): FactRow[] {
  const seen = new Set<string>();
  const rows: FactRow[] = [];
  for (const claim of index.story.claims) {
    if (seen.has(claim.id)) continue;
    const fact = index.factByClaim.get(claim.id);
    const members = (fact ? fact.claims : [claim.id]).flatMap((id) => index.claims.get(id) ?? []);
    for (const member of members) seen.add(member.id);
    const values: Record<string, Set<string>> = {};
    for (const member of members) {
      for (const source of member.sources) (values[source.article] ??= new Set()).add(sourceValue(member, source));
    }
    rows.push({
      id: fact?.id ?? claim.id,
      status: fact?.status ?? claim.status,
      subject: entityName(index, claim.subject),
      relation: claim.predicate,
      object: objectOf(index, claim),
      values: Object.fromEntries(Object.entries(values).map(([article, set]) => [article, [...set].join('; ')])),
      claims: members.map((member) => member.id),
    });
  }
  return rows;
}

export type FactColumn = 'status' | 'subject' | 'relation' | 'object' | `source:${string}`;

export function cellText(row: FactRow, column: FactColumn): string {
  if (column.startsWith('source:')) return row.values[column.slice('source:'.length)] ?? '';
  return row[column as 'status' | 'subject' | 'relation' | 'object'];
}

/** Rows whose any cell contains `text` (case-insensitive) and whose status is `status` (or any). */
export function filterRows(rows: readonly FactRow[], columns: readonly FactColumn[], text: string, status: ClaimStatus | 'any'): FactRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((row) => (status === 'any' || row.status === status) && (!needle || columns.some((column) => cellText(row, column).toLowerCase().includes(needle))));
}

export function sortRows(rows: readonly FactRow[], column: FactColumn, descending: boolean): FactRow[] {
  const sign = descending ? -1 : 1;
  // Empty cells last either way: "what this outlet does not say" is not a value to sort among.
  return [...rows].sort((a, b) => {
    const [x, y] = [cellText(a, column), cellText(b, column)];
    if (!x !== !y) return x ? -1 : 1;
    return sign * x.localeCompare(y, 'en', { numeric: true }) || a.id.localeCompare(b.id);
  });
}

/** RFC 4180 CSV: every field quoted, quotes doubled; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it. */
export function toCsv(rows: readonly FactRow[], columns: readonly FactColumn[], header: readonly string[]): string {
  const field = (value: string) => `"${(/^[=+\-@]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;
  return [header.map(field).join(','), ...rows.map((row) => columns.map((column) => field(cellText(row, column))).join(','))].join('\r\n') + '\r\n';
}
