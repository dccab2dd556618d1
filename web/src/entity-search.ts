// Find an entity by any of its names: exact (case-insensitive) alias first, then a substring.
import { byId, h, replaceChildren } from './dom.ts';
import type { StoryIndex } from './story-index.ts';

export function mountEntitySearch(index: StoryIndex, onFound: (entityId: string) => void, onMissing: (query: string) => void): void {
  const byName = new Map<string, string>();
  for (const entity of index.story.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), entity.id);
    }
  }
  replaceChildren(byId('entity-names'), ...[...byName.keys()].slice(0, 2000).map((name) => h('option', { value: name })));

  const input = byId<HTMLInputElement>('search');
  const search = () => {
    const query = input.value.trim().toLowerCase();
    if (!query) return;
    const found = byName.get(query) ?? [...byName].find(([name]) => name.includes(query))?.[1];
    if (found) onFound(found);
    else onMissing(input.value.trim());
  };
  input.addEventListener('change', search);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') search();
  });
}
