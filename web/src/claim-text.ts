// Small renderings of a claim shared by the panels: the triple, its status and its qualifiers.
import type { ViewerClaim } from '../../src/server/viewer-story.ts';
import type { ExportQualifiers } from '../../src/types.ts';
import { h } from './dom.ts';
import type { PanelActions } from './panel-actions.ts';
import { entityName, type StoryIndex } from './story-index.ts';

export function tripleLine(index: StoryIndex, claim: ViewerClaim, actions: PanelActions): HTMLElement {
  const entityLink = (id: string | null) =>
    id ? h('button', { type: 'button', class: 'link entity', 'data-entity': id }, entityName(index, id)) : h('span', { class: 'muted' }, '(no object)');
  // What someone said, as words, stands where an entity would: "Takaichi – say – “any attack…”".
  const object = !claim.object && claim.objectText ? h('q', { class: 'reported' }, claim.objectText) : entityLink(claim.object);
  const line = h('p', { class: 'triple' }, entityLink(claim.subject), ' – ', h('strong', { class: 'predicate' }, claim.predicate), ' – ', object);
  line.addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-entity]')?.dataset.entity;
    if (id) actions.showEntity(id);
  });
  return line;
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${status}` }, status);
}

export function qualifierList(index: StoryIndex, qualifiers: Partial<ExportQualifiers> | undefined): HTMLElement | null {
  if (!qualifiers) return null;
  const rows: [string, string][] = [];
  if (qualifiers.negated) rows.push(['negated', 'yes']);
  if (qualifiers.modality && qualifiers.modality !== 'asserted') rows.push(['modality', qualifiers.modality]);
  if (qualifiers.time) rows.push(['time', qualifiers.time]);
  if (qualifiers.place) rows.push(['place', qualifiers.place]);
  if (qualifiers.quantity) rows.push(['quantity', describeQuantity(qualifiers.quantity)]);
  if (qualifiers.attributedTo) rows.push(['according to', entityName(index, qualifiers.attributedTo)]);
  if (qualifiers.quote) rows.push(['quote', qualifiers.quote]);
  if (rows.length === 0) return null;
  const list = h('dl', { class: 'qualifiers' });
  for (const [name, value] of rows) list.append(h('dt', {}, name), h('dd', {}, value));
  return list;
}

function describeQuantity(quantity: NonNullable<ExportQualifiers['quantity']>): string {
  const range = quantity.low === quantity.high ? '' : ` (between ${quantity.low} and ${quantity.high})`;
  return `${quantity.text}${range}`;
}
