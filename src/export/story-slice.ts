// One story out of a feed's export: its articles, the claims its articles state, the facts,
// contradictions and entities of those claims, its reuse pairs and off-topic sentences. What the
// viewer opens, so that a feed of a thousand stories is never drawn as one graph.
import type { StoryExport } from '../types.ts';
import { referencedEntities } from './referenced-entities.ts';

export function sliceStory(all: StoryExport, storyId: string): StoryExport | undefined {
  const story = all.stories.find((s) => s.id === storyId);
  if (!story) return undefined;
  const articles = new Set(story.articles);
  const claims = all.claims.filter((c) => c.sources.some((s) => articles.has(s.article)));
  const claimIds = new Set(claims.map((c) => c.id));
  const entities = referencedEntities(claims);
  return {
    stories: [story],
    articles: all.articles.filter((a) => articles.has(a.id)),
    entities: all.entities.filter((e) => entities.has(e.id)),
    claims,
    facts: all.facts.filter((f) => f.claims.some((c) => claimIds.has(c))),
    contradictions: all.contradictions.filter((x) => x.claims.some((c) => claimIds.has(c))),
    reuse: all.reuse.filter((r) => articles.has(r.articles[0]) && articles.has(r.articles[1])),
    offTopic: all.offTopic.filter((o) => articles.has(o.article)),
  };
}
