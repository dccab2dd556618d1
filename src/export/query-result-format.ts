// Query results for people (an aligned table), for programs (JSON) and for spreadsheets (CSV).
import type { QueryResult } from '../store/store.ts';

export const QUERY_FORMATS = ['table', 'json', 'csv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export function isQueryFormat(value: string): value is QueryFormat {
  return (QUERY_FORMATS as readonly string[]).includes(value);
}

export function formatQueryResult(result: QueryResult, format: QueryFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return toCsv(result);
    case 'table':
      return toTable(result);
  }
}

/** One cell as text: strings bare, null empty, everything else (nodes, lists) as compact JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

// RFC 4180: quote a field holding a comma, quote or line break, and double its quotes.
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv({ columns, rows }: QueryResult): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(row[c]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function toTable({ columns, rows }: QueryResult): string {
  // Line breaks inside a cell would break the alignment; show them as a visible escape.
  const cells = rows.map((row) => columns.map((c) => cellText(row[c]).replace(/\r?\n/g, '\\n')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join(' | ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
