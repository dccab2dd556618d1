// Stored articles with their text, so a later ingest can recompute the story over old and new.
import type { Article } from '../types.ts';
import type { CypherRunner } from './cypher-runner.ts';

export async function readArticleRows(runner: CypherRunner): Promise<Article[]> {
  const rows = await runner.read(
    `MATCH (a:Article) WHERE a.text IS NOT NULL
     RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published, a.path AS path, a.text AS text
     ORDER BY id`,
  );
  return rows.map((r) => ({
    id: r.id as string,
    title: (r.title as string | null) ?? '',
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    path: (r.path as string | null) ?? '',
    text: r.text as string,
  }));
}
