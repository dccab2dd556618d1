// The facts table's rows (web/src/facts-model.ts) on the examples: each source keeps its own value
// in its own column, so the $4.2 vs $4.5 billion estimate shows both figures in one row.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import { readArticles } from '../src/read/index.ts';
import { buildViewerStory } from '../src/server/viewer-story.ts';
import { factRows, filterRows, sortRows, toCsv, type FactColumn } from '../web/src/facts-model.ts';
import { indexStory } from '../web/src/story-index.ts';
import { repoRoot } from './support/seeds.ts';

const { articles } = await readArticles([path.join(repoRoot, 'examples')]);
const story = buildStory(articles);
const index = indexStory(buildViewerStory(story, articles));
const rows = factRows(index);
const columns: FactColumn[] = ['status', 'subject', 'relation', 'object', ...story.articles.map((a) => `source:${a.id}` as FactColumn)];

describe('facts table', () => {
  it('has one row per fact, every claim in exactly one row', () => {
    expect(rows).toHaveLength(story.facts.length);
    const claims = rows.flatMap((row) => row.claims);
    expect(new Set(claims).size).toBe(story.claims.length);
  });

  it('puts each outlet\'s own amount in its own column', () => {
    const estimate = rows.find((row) => Object.values(row.values).some((v) => v.includes('4.5 billion')));
    expect(estimate, `rows with values: ${rows.slice(0, 5).map((r) => JSON.stringify(r.values)).join(' ')}`).toBeDefined();
    const values = Object.values(estimate!.values).join(' | ');
    expect(values).toContain('$4.2 billion');
    expect(values).toContain('$4.5 billion');
    expect(estimate!.status).toBe('contradicted');
  });

  it('filters by words and status, and sorts with empty cells last', () => {
    const contradicted = filterRows(rows, columns, '', 'contradicted');
    expect(contradicted.length).toBeGreaterThan(0);
    expect(contradicted.every((row) => row.status === 'contradicted')).toBe(true);
    expect(filterRows(rows, columns, 'BILLION', 'any').every((row) => JSON.stringify(row).toLowerCase().includes('billion'))).toBe(true);
    const bySubject = sortRows(rows, 'subject', false).map((row) => row.subject);
    expect(bySubject).toEqual([...bySubject].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const byFirstSource = sortRows(rows, columns[4]!, false);
    const firstEmpty = byFirstSource.findIndex((row) => !row.values[story.articles[0]!.id]);
    expect(byFirstSource.slice(firstEmpty).every((row) => !row.values[story.articles[0]!.id])).toBe(true);
  });

  it('writes CSV that a spreadsheet reads as data, not formulas', () => {
    const csv = toCsv([{ ...rows[0]!, subject: '=HYPERLINK("x")', relation: 'say "hi"' }], ['subject', 'relation'], ['Subject', 'Relation']);
    expect(csv).toBe('"Subject","Relation"\r\n"\'=HYPERLINK(""x"")","say ""hi"""\r\n');
  });
});
