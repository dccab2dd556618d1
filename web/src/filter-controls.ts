// The filter sidebar: checkboxes for status and kind, a source picker. Each control writes into
// the shared FilterState and calls onChange; it never touches the graph itself.
import type { ClaimStatus, EntityKind } from '../../src/types.ts';
import { byId, h, replaceChildren } from './dom.ts';
import type { FilterState } from './filters.ts';
import { KIND_LOOK, KINDS, STATUS_LOOK, STATUSES } from './kinds.ts';
import { articleLabel, type StoryIndex } from './story-index.ts';

export interface FilterControls {
  /** Puts every control back in line with the state (after a reset). */
  sync(): void;
}

export function mountFilterControls(index: StoryIndex, state: FilterState, onChange: () => void): FilterControls {
  const statusCounts = countBy(index.story.claims.map((claim) => claim.status));
  const kindCounts = countBy(index.story.entities.map((entity) => entity.kind));

  const statusBoxes = STATUSES.map((status) =>
    checkbox(`status-${status}`, `${status} (${statusCounts.get(status) ?? 0})`, STATUS_LOOK[status].color, (checked) => {
      toggle(state.statuses, status as ClaimStatus, checked);
      onChange();
    }),
  );
  replaceChildren(byId('status-filters'), ...statusBoxes.map((box) => box.label));

  const kindBoxes = KINDS.map((kind) =>
    checkbox(`kind-${kind}`, `${KIND_LOOK[kind].label} (${kindCounts.get(kind) ?? 0})`, KIND_LOOK[kind].color, (checked) => {
      toggle(state.kinds, kind as EntityKind, checked);
      onChange();
    }),
  );
  replaceChildren(byId('kind-filters'), ...kindBoxes.map((box) => box.label));

  const sourceSelect = byId<HTMLSelectElement>('source-filter');
  replaceChildren(
    sourceSelect,
    h('option', { value: '' }, 'All sources'),
    ...index.story.articles.map((article) => h('option', { value: article.id }, articleLabel(index, article.id))),
  );
  sourceSelect.addEventListener('change', () => {
    state.source = sourceSelect.value || null;
    onChange();
  });
  const modeRadios = [...document.querySelectorAll<HTMLInputElement>('input[name="source-mode"]')];
  for (const radio of modeRadios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      state.sourceMode = radio.value === 'only' ? 'only' : 'any';
      onChange();
    });
  }

  return {
    sync() {
      STATUSES.forEach((status, i) => (statusBoxes[i].input.checked = state.statuses.has(status)));
      KINDS.forEach((kind, i) => (kindBoxes[i].input.checked = state.kinds.has(kind)));
      sourceSelect.value = state.source ?? '';
      for (const radio of modeRadios) radio.checked = radio.value === state.sourceMode;
    },
  };
}

function checkbox(id: string, text: string, color: string, onToggle: (checked: boolean) => void) {
  const input = h('input', { type: 'checkbox', id });
  input.checked = true;
  input.addEventListener('change', () => onToggle(input.checked));
  const swatch = h('span', { class: 'swatch' });
  swatch.style.background = color;
  return { input, label: h('label', { class: 'check', for: id }, input, swatch, text) };
}

function toggle<T>(set: Set<T>, value: T, on: boolean): void {
  if (on) set.add(value);
  else set.delete(value);
}

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
