// Query results for people (an aligned table), for programs (JSON) and for spreadsheets (CSV).
import type { QueryResult } from '../store/store.ts';
import { printable, printableJson } from '../terminal-text.ts';

export const QUERY_FORMATS = ['table', 'json', 'csv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export function isQueryFormat(value: string): value is QueryFormat {
  return (QUERY_FORMATS as readonly string[]).includes(value);
}

// Stored text came from the articles; the table and the JSON can be printed to a terminal as they
// are (JSON unchanged once parsed). CSV is data for spreadsheets and keeps its cells exactly.
export function formatQueryResult(result: QueryResult, format: QueryFormat): string {
  switch (format) {
    case 'json':
      return `${printableJson(JSON.stringify(result, null, 2))}\n`;
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
  // Line breaks and other controls inside a cell would break the alignment (or the terminal); show them as visible escapes.
  const cells = rows.map((row) => columns.map((c) => printable(cellText(row[c]).replace(/\r\n/g, '\n'))));
  const headers = columns.map(printable);
  const widths = headers.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join(' | ').trimEnd();
  const out = [line(headers), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
