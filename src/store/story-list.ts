// The stored stories with their counts, read by Cypher that both stores accept: what
// `storygraph stories` prints and what the viewer's story list shows.
import type { StoryExport } from '../types.ts';
import type { GraphStore } from './store.ts';

export interface StoryListing {
  id: string;
  label: string;
  articles: number;
  claims: number;
  contradictions: number;
}

const ARTICLES = `MATCH (a:Article)-[:IN_STORY]->(s:Story) RETURN s.id AS id, s.label AS label, count(a) AS articles`;
const CLAIMS = `MATCH (c:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(:Article)-[:IN_STORY]->(s:Story)
  RETURN s.id AS id, count(DISTINCT c) AS claims`;
const CONTRADICTIONS = `MATCH (x:Contradiction)-[:BETWEEN]->(:Claim)-[:SUPPORTED_BY]->(:Evidence)-[:IN_ARTICLE]->(:Article)-[:IN_STORY]->(s:Story)
  RETURN s.id AS id, count(DISTINCT x) AS contradictions`;

/** Largest story first, then by id. */
function byArticlesThenId(a: StoryListing, b: StoryListing): number {
  return b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The same listing read from an export, for a store with no graph database (the in-memory snapshot). */
export function storiesOfExport(story: StoryExport): StoryListing[] {
  const storyOfArticle = new Map(story.articles.map((article) => [article.id, article.story]));
  const storiesOfClaim = new Map(story.claims.map((claim) => [claim.id, new Set(claim.sources.map((source) => storyOfArticle.get(source.article)!))]));
  // As the Cypher counts them: a claim or contradiction once per story any of its evidence is in.
  const tally = (storySets: Iterable<Set<string>>) => {
    const counts = new Map<string, number>();
    for (const stories of storySets) for (const id of stories) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const claims = tally(storiesOfClaim.values());
  const contradictions = tally(story.contradictions.map((x) => new Set(x.claims.flatMap((claim) => [...(storiesOfClaim.get(claim) ?? [])]))));
  return story.stories
    .map((s) => ({ id: s.id, label: s.label, articles: s.articles.length, claims: claims.get(s.id) ?? 0, contradictions: contradictions.get(s.id) ?? 0 }))
    .sort(byArticlesThenId);
}

export async function listStories(store: GraphStore): Promise<StoryListing[]> {
  if (store.listStories) return store.listStories();
  const count = async (cypher: string, column: string) =>
    new Map((await store.query(cypher)).rows.map((r) => [r.id as string, Number(r[column])]));
  const claims = await count(CLAIMS, 'claims');
  const contradictions = await count(CONTRADICTIONS, 'contradictions');
  return (await store.query(ARTICLES)).rows
    .map((r) => ({
      id: r.id as string,
      label: (r.label as string | null) ?? '',
      articles: Number(r.articles),
      claims: claims.get(r.id as string) ?? 0,
      contradictions: contradictions.get(r.id as string) ?? 0,
    }))
    .sort(byArticlesThenId);
}
