// The short human summary `ingest` prints: what the sources agree on, what only one says, where they clash.
// Titles, outlets, sentences and explanations come from the articles, so they are printed through
// printable(), and sentences on one line each (printableLine).
import { printable, printableLine } from '../terminal-text.ts';
import type { StoryExport } from '../types.ts';

export function formatSummary(story: StoryExport, context: { added: number; location: string }): string {
  const lines: string[] = [];
  const title = new Map(story.articles.map((a) => [a.id, printable(a.outlet ?? a.title ?? a.path)]));
  const byStatus = (status: string) => story.claims.filter((c) => c.status === status);
  lines.push(`${story.articles.length} articles (${context.added} new) → ${story.entities.length} entities, ${story.claims.length} claims in ${printable(context.location)}`);
  lines.push(`  corroborated by 2+ sources: ${byStatus('corroborated').length}`);
  lines.push(`  contradicted:               ${byStatus('contradicted').length}`);
  lines.push(`  unique to one source:       ${byStatus('unique').length}`);
  for (const article of story.articles) {
    const unique = byStatus('unique').filter((c) => c.sources.every((s) => s.article === article.id)).length;
    lines.push(`    ${article.id}  ${unique} unique  ${title.get(article.id)}`);
  }
  const claim = new Map(story.claims.map((c) => [c.id, c]));
  lines.push(`${story.contradictions.length} contradictions`);
  for (const x of story.contradictions) {
    lines.push(`  [${x.kind}] ${printableLine(x.explanation)}`);
    // One sentence per article involved: both sides may be sources of one claim (6.4 vs 6.1).
    const shown = new Set<string>();
    for (const source of x.claims.flatMap((id) => claim.get(id)?.sources ?? [])) {
      if (shown.has(source.article) || shown.size >= 4) continue;
      shown.add(source.article);
      lines.push(`      ${source.article}#${source.sentence}: ${printableLine(source.text)}`);
    }
  }
  const rewrites = story.reuse.filter((r) => r.kind !== 'independent');
  lines.push(`${rewrites.length} article pairs share text`);
  for (const r of rewrites) lines.push(`  ${r.articles[0]} ~ ${r.articles[1]}  ${r.kind} (similarity ${r.similarity.toFixed(2)})`);
  if (story.offTopic.length) {
    lines.push(`${story.offTopic.length} off-topic sentences`);
    for (const o of story.offTopic) lines.push(`  ${o.article}#${o.sentence}: ${printableLine(o.text)}`);
  }
  return `${lines.join('\n')}\n`;
}
