// The side panel for one entity: its names and every claim about it, grouped by the source that states it.
import type { ViewerClaim } from '../../src/server/viewer-story.ts';
import { statusBadge } from './claim-text.ts';
import { h } from './dom.ts';
import { KIND_LOOK } from './kinds.ts';
import type { PanelActions } from './panel-actions.ts';
import { articleLabel, entityName, type StoryIndex } from './story-index.ts';

export function entityPanel(index: StoryIndex, entityId: string, actions: PanelActions): HTMLElement {
  const entity = index.entities.get(entityId);
  if (!entity) return h('p', {}, 'Unknown entity ', entityId);
  const claims = index.claimsByEntity.get(entityId) ?? [];
  const focus = h('button', { type: 'button' }, 'Focus on its neighbourhood');
  focus.addEventListener('click', () => actions.focusEntity(entityId));

  const bySource = new Map<string, ViewerClaim[]>();
  for (const claim of claims) {
    for (const article of new Set(claim.sources.map((source) => source.article))) {
      bySource.set(article, [...(bySource.get(article) ?? []), claim]);
    }
  }

  return h(
    'article',
    { class: 'entity-panel', 'data-entity': entityId },
    h('h2', {}, entity.name, ' ', h('span', { class: 'badge' }, KIND_LOOK[entity.kind]?.label ?? entity.kind)),
    entity.aliases.length ? h('p', {}, 'Also called: ', entity.aliases.join(' · ')) : h('p', { class: 'muted' }, 'No other names.'),
    focus,
    h('h3', {}, `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}, by source`),
    ...[...bySource].map(([article, list]) =>
      h('section', { class: 'by-source' }, h('h4', {}, articleLabel(index, article)), h('ul', {}, ...list.map((claim) => claimItem(index, claim, actions)))),
    ),
  );
}

function claimItem(index: StoryIndex, claim: ViewerClaim, actions: PanelActions): HTMLElement {
  const link = h('button', { type: 'button', class: 'link' }, `${entityName(index, claim.subject)} – ${claim.predicate} – ${entityName(index, claim.object)}`);
  link.addEventListener('click', () => actions.showClaim(claim.id));
  return h('li', {}, statusBadge(claim.status), ' ', link);
}
