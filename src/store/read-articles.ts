// Stored articles with their text, so a later ingest can recompute the story over old and new; or
// only the articles named, for the viewer's one-story view.
import type { Article } from '../types.ts';
import type { CypherRunner } from './cypher-runner.ts';

const FIELDS = 'RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published, a.path AS path, a.text AS text ORDER BY id';

export async function readArticleRows(runner: CypherRunner, only?: string[]): Promise<Article[]> {
  const rows = only === undefined
    ? await runner.read(`MATCH (a:Article) WHERE a.text IS NOT NULL ${FIELDS}`)
    : await runner.read(`MATCH (a:Article) WHERE a.id IN $articles AND a.text IS NOT NULL ${FIELDS}`, { articles: only });
  return rows.map((r) => ({
    id: r.id as string,
    title: (r.title as string | null) ?? '',
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    path: (r.path as string | null) ?? '',
    text: r.text as string,
  }));
}
