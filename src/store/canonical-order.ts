// A StoryExport in one canonical order (every top-level list sorted by its key), so two stories
// can be compared, or exported twice, without list order mattering.
import type { StoryExport } from '../types.ts';

function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

export function canonicalOrder(story: StoryExport): StoryExport {
  return {
    stories: [...story.stories].sort(byKey((s) => s.id)),
    articles: [...story.articles].sort(byKey((a) => a.id)),
    entities: [...story.entities].sort(byKey((e) => e.id)),
    claims: [...story.claims].sort(byKey((c) => c.id)),
    facts: [...story.facts].sort(byKey((f) => f.id)),
    contradictions: [...story.contradictions].sort(byKey((x) => x.id)),
    reuse: [...story.reuse].sort(byKey((r) => r.articles.join('\u0000'))),
    offTopic: [...story.offTopic].sort(byKey((o) => `${o.article}\u0000${String(o.sentence).padStart(8, '0')}`)),
  };
}
