// The short human summary `ingest` prints: what the sources agree on, what only one says, where they clash.
// Titles, outlets, sentences and explanations come from the articles, so they are printed through
// printable(), and sentences on one line each (printableLine).
import { printable, printableLine } from '../terminal-text.ts';
import type { StoryExport } from '../types.ts';

/** A feed of thousands of articles is summarised, not listed: the first this many of each list. */
const MAX_LISTED = 20;

export function formatSummary(story: StoryExport, context: { added: number; location: string }): string {
  const lines: string[] = [];
  const title = new Map(story.articles.map((a) => [a.id, printable(a.outlet ?? a.title ?? a.path)]));
  const byStatus = (status: string) => story.claims.filter((c) => c.status === status);
  lines.push(`${story.articles.length} articles (${context.added} new) → ${story.entities.length} entities, ${story.claims.length} claims in ${printable(context.location)}`);
  lines.push(`  corroborated by 2+ sources: ${byStatus('corroborated').length}`);
  lines.push(`  contradicted:               ${byStatus('contradicted').length}`);
  lines.push(`  unique to one source:       ${byStatus('unique').length}`);
  if (story.stories.length > 1) {
    lines.push(`${story.stories.length} stories (align and compare work inside each; \`storygraph stories\` lists them all)`);
    for (const s of story.stories.slice(0, MAX_LISTED)) lines.push(`  ${s.id}  ${s.articles.length} articles  ${printable(s.label)}`);
    if (story.stories.length > MAX_LISTED) lines.push(`  … and ${story.stories.length - MAX_LISTED} more`);
  }
  for (const article of story.articles.slice(0, MAX_LISTED)) {
    const unique = byStatus('unique').filter((c) => c.sources.every((s) => s.article === article.id)).length;
    lines.push(`    ${article.id}  ${unique} unique  ${title.get(article.id)}`);
  }
  more(lines, story.articles.length, 'articles');
  const claim = new Map(story.claims.map((c) => [c.id, c]));
  lines.push(`${story.contradictions.length} contradictions`);
  for (const x of story.contradictions.slice(0, MAX_LISTED)) {
    lines.push(`  [${x.kind}] ${printableLine(x.explanation)}`);
    // One sentence per article involved: both sides may be sources of one claim (6.4 vs 6.1).
    const shown = new Set<string>();
    for (const source of x.claims.flatMap((id) => claim.get(id)?.sources ?? [])) {
      if (shown.has(source.article) || shown.size >= 4) continue;
      shown.add(source.article);
      lines.push(`      ${source.article}#${source.sentence}: ${printableLine(source.text)}`);
    }
  }
  more(lines, story.contradictions.length, 'contradictions');
  const rewrites = story.reuse.filter((r) => r.kind !== 'independent');
  lines.push(`${rewrites.length} article pairs share text`);
  for (const r of rewrites.slice(0, MAX_LISTED)) lines.push(`  ${r.articles[0]} ~ ${r.articles[1]}  ${r.kind} (similarity ${r.similarity.toFixed(2)})`);
  more(lines, rewrites.length, 'pairs');
  if (story.offTopic.length) {
    lines.push(`${story.offTopic.length} off-topic sentences`);
    for (const o of story.offTopic.slice(0, MAX_LISTED)) lines.push(`  ${o.article}#${o.sentence}: ${printableLine(o.text)}`);
    more(lines, story.offTopic.length, 'sentences');
  }
  return `${lines.join('\n')}\n`;
}

function more(lines: string[], total: number, what: string): void {
  if (total > MAX_LISTED) lines.push(`  … and ${total - MAX_LISTED} more ${what}`);
}
