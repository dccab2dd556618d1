// The stored stories with their counts, read by Cypher that both stores accept: what
// `storygraph stories` prints and what the viewer's story list shows.
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
export async function listStories(store: GraphStore): Promise<StoryListing[]> {
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
    .sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
