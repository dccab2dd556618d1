// Cypher results as a table. Every cell is text: values come from the database, and through it
// from the articles, so nothing here is ever interpreted as markup.
import type { QueryResult } from '../../src/store/store.ts';
import { h } from './dom.ts';

const MAX_ROWS_SHOWN = 500;

export function resultTable(result: QueryResult): HTMLElement {
  const rows = result.rows.slice(0, MAX_ROWS_SHOWN);
  const table = h(
    'table',
    { class: 'results' },
    h('thead', {}, h('tr', {}, ...result.columns.map((column) => h('th', { scope: 'col' }, column)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...result.columns.map((column) => h('td', {}, formatCell(row[column])))))),
  );
  const more = result.rows.length > rows.length ? h('p', { class: 'muted' }, `showing ${rows.length} of ${result.rows.length} rows`) : null;
  return h('div', { class: 'table-wrap' }, table, more);
}

export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  const json = JSON.stringify(value);
  return json.length > 400 ? `${json.slice(0, 397)}…` : json;
}
