// End-to-end over the example corpus (read → extract → resolve → merge → compare → export), checked
// against the planted answer key in test/fixtures/examples-answers.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../src/read/index.ts';
import { buildStory } from '../src/ingest.ts';
import type { StoryExport } from '../src/types.ts';

const examplesDir = path.resolve(import.meta.dirname, '../examples');

interface AnswerKey {
  articles: Record<string, string>;
  contradictions: { kind: string; between: [string, string]; mentions: string[] }[];
  notContradictions: { mentions: string[]; why: string }[];
  maxContradictions: number;
  reuse: { rewrite: [string, string][]; notRewrite: [string, string][] };
  offTopic: { article: string; text: string }[];
}

const key: AnswerKey = JSON.parse(readFileSync(path.join(examplesDir, '../test/fixtures/examples-answers.json'), 'utf8'));

describe('example corpus against its answer key', () => {
  let story: StoryExport;
  let idOf: (letter: string) => string;

  beforeAll(async () => {
    // The whole folder, as `npm run demo` reads it: its README (which quotes the planted sentences)
    // must not be taken for an article.
    const { articles } = await readArticles([examplesDir]);
    story = buildStory(articles);
    const byFile = new Map(story.articles.map((a) => [path.basename(a.path), a.id]));
    idOf = (letter) => byFile.get(key.articles[letter])!;
  });

  it('reads all four articles', () => {
    expect(story.articles).toHaveLength(Object.keys(key.articles).length);
  });

  for (const planted of key.contradictions) {
    it(`finds the planted ${planted.kind} contradiction (${planted.mentions.join(' / ')})`, () => {
      const match = story.contradictions.find((c) => c.kind === planted.kind && planted.mentions.every((m) => c.explanation.includes(m)));
      expect(match, story.contradictions.map((c) => c.explanation).join('\n')).toBeDefined();
      // Both sides must point back at the planted articles: through the claims' sources, or (for
      // spelling, which picks one representative claim per spelling) the articles it names.
      const articlesInvolved = new Set(story.claims.filter((c) => match!.claims.includes(c.id)).flatMap((c) => c.sources.map((s) => s.article)));
      for (const a of story.articles) if (match!.explanation.includes(a.id)) articlesInvolved.add(a.id);
      for (const letter of planted.between) expect(articlesInvolved).toContain(idOf(letter));
    });
  }

  it('flags none of the planted look-alikes and nothing beyond the key', () => {
    for (const { mentions } of key.notContradictions) {
      const wrong = story.contradictions.filter((c) => mentions.every((m) => c.explanation.includes(m)));
      expect(wrong, mentions.join(' / ')).toEqual([]);
    }
    expect(story.contradictions.length).toBeLessThanOrEqual(key.maxContradictions);
  });

  it('finds the rewrite pair and no other', () => {
    const kindOf = (a: string, b: string) => story.reuse.find((r) => r.articles.includes(idOf(a)) && r.articles.includes(idOf(b)))?.kind;
    for (const [a, b] of key.reuse.rewrite) expect(kindOf(a, b)).toBe('rewrite');
    for (const [a, b] of key.reuse.notRewrite) expect(kindOf(a, b)).toMatch(/^(shared-source|independent)$/);
  });

  it('flags exactly the planted off-topic sentence', () => {
    expect(story.offTopic.map((o) => [o.article, o.text])).toEqual(key.offTopic.map((o) => [idOf(o.article), o.text]));
  });

  it("derives each fact's status from its claims, and gives every claim its fact's status", () => {
    const contradicted = new Set(story.contradictions.flatMap((c) => c.claims));
    const claimById = new Map(story.claims.map((c) => [c.id, c]));
    const factOf = new Map(story.facts.flatMap((f) => f.claims.map((c) => [c, f])));
    expect([...factOf.keys()].sort(), 'every claim is in exactly one fact').toEqual(story.claims.map((c) => c.id).sort());
    for (const fact of story.facts) {
      const claims = fact.claims.map((id) => claimById.get(id)!);
      const articles = new Set(claims.flatMap((c) => c.sources.map((s) => s.article))).size;
      const expected = claims.some((c) => contradicted.has(c.id)) ? 'contradicted' : articles >= 2 ? 'corroborated' : 'unique';
      expect(fact.status, `${fact.id}: ${claims.map((c) => `${c.subject} ${c.predicate} ${c.object}`).join(' / ')}`).toBe(expected);
      for (const claim of claims) expect(claim.status, claim.id).toBe(fact.status);
    }
    expect(story.claims.some((c) => c.status === 'corroborated')).toBe(true);
  });
});
