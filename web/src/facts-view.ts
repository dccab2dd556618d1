// The "Facts" view: every fact of the story as a row, each source's own value in its own column,
// sortable by any column, filtered by words and status, a click opening the evidence, and the
// filtered table downloadable as CSV.
import type { ClaimStatus } from '../../src/types.ts';
import { h, replaceChildren } from './dom.ts';
import { download } from './download.ts';
import { factRows, filterRows, sortRows, toCsv, cellText, type FactColumn, type FactRow } from './facts-model.ts';
import type { PanelActions } from './panel-actions.ts';
import { articleLabel, type StoryIndex } from './story-index.ts';
import { shortenAtWord } from '../../src/shorten-at-word.ts';

interface TableState {
  text: string;
  status: ClaimStatus | 'any';
  sort: FactColumn;
  descending: boolean;
}

const HEADING_CHARS = 32;

const STATUS_ORDER: readonly (ClaimStatus | 'any')[] = ['any', 'contradicted', 'unique', 'corroborated'];

export function renderFactsView(container: HTMLElement, index: StoryIndex, actions: PanelActions): void {
  const rows = factRows(index);
  const articles = index.story.articles.map((article) => article.id);
  const columns: FactColumn[] = ['status', 'subject', 'relation', 'object', ...articles.map((id) => `source:${id}` as FactColumn)];
  const header = ['Status', 'Subject', 'Relation', 'Object', ...articles.map((id) => articleLabel(index, id))];
  const state: TableState = { text: '', status: 'any', sort: 'status', descending: false };

  const search = h('input', { type: 'search', id: 'facts-filter', placeholder: 'Filter by any word…', 'aria-label': 'Filter facts' });
  const status = h('select', { id: 'facts-status', 'aria-label': 'Status' }, ...STATUS_ORDER.map((value) => h('option', { value }, value === 'any' ? 'any status' : value)));
  const csv = h('button', { type: 'button', id: 'facts-csv' }, 'Download CSV');
  const count = h('span', { class: 'muted', id: 'facts-count' });
  const body = h('tbody');
  const headings = header.map((label, i) => {
    // A source is named by its outlet, else its headline: cut in the heading, whole on hover and in the CSV.
    const button = h('button', { type: 'button', class: 'link', 'data-column': columns[i]!, title: label }, shortenAtWord(label, HEADING_CHARS));
    button.addEventListener('click', () => {
      state.descending = state.sort === columns[i] ? !state.descending : false;
      state.sort = columns[i]!;
      draw();
    });
    return h('th', { scope: 'col' }, button);
  });

  const visible = (): FactRow[] => sortRows(filterRows(rows, columns, state.text, state.status), state.sort, state.descending);
  const draw = () => {
    const shown = visible();
    count.textContent = `${shown.length} of ${rows.length} facts`;
    headings.forEach((th, i) => th.setAttribute('aria-sort', columns[i] === state.sort ? (state.descending ? 'descending' : 'ascending') : 'none'));
    replaceChildren(
      body,
      ...shown.map((row) => {
        const tr = h('tr', { 'data-fact': row.id, 'data-status': row.status, tabindex: '0' }, ...columns.map((column) => h('td', { class: column === 'status' ? `status-cell status-${row.status}` : '' }, cellText(row, column))));
        const open = () => actions.showClaim(row.claims[0]!);
        tr.addEventListener('click', open);
        tr.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') open();
        });
        return tr;
      }),
    );
  };
  search.addEventListener('input', () => {
    state.text = search.value;
    draw();
  });
  status.addEventListener('change', () => {
    state.status = status.value as TableState['status'];
    draw();
  });
  csv.addEventListener('click', () => download(new Blob([toCsv(visible(), columns, header)], { type: 'text/csv;charset=utf-8' }), 'facts.csv'));

  replaceChildren(
    container,
    h('div', { class: 'facts-controls' }, search, status, csv, count),
    h('table', { class: 'facts' }, h('thead', {}, h('tr', {}, ...headings)), body),
  );
  draw();
}
