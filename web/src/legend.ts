// The legend is drawn from the same look tables as the stylesheet.
import { byId, h, replaceChildren } from './dom.ts';
import { KIND_LOOK, KINDS, STATUS_LOOK, STATUSES } from './kinds.ts';

export function mountLegend(): void {
  const edgeRows = STATUSES.map((status) => {
    const look = STATUS_LOOK[status];
    const line = h('span', { class: 'legend-line' });
    line.style.borderTop = `${Math.max(2, look.width)}px ${look.lineStyle} ${look.color}`;
    return h('li', { 'data-status': status }, line, look.label);
  });
  const nodeRows = KINDS.map((kind) => {
    const look = KIND_LOOK[kind];
    const dot = h('span', { class: `legend-node shape-${look.shape}` });
    dot.style.background = look.color;
    return h('li', {}, dot, look.label);
  });
  replaceChildren(
    byId('legend'),
    h('ul', { class: 'legend' }, ...edgeRows),
    h('ul', { class: 'legend' }, ...nodeRows),
    h('p', { class: 'muted' }, 'Node size: how many claims involve the entity.'),
  );
}
