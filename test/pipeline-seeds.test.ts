// The whole pipeline on the two seed articles: the claims both outlets make must meet in one fact
// told by both, however each outlet worded them.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import type { ClaimRecord, StoryExport } from '../src/types.ts';
import { haveSeeds, seedArticle } from './support/seeds.ts';

describe.skipIf(!haveSeeds)('seed articles through the whole pipeline', () => {
  const story: StoryExport = haveSeeds ? buildStory([seedArticle(0), seedArticle(1)]) : ({} as StoryExport);
  const entity = (name: string) => story.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;
  const claim = (subject: string, predicate: string, object: string): ClaimRecord | undefined =>
    story.claims.find((c) => c.subject === entity(subject) && c.predicate === predicate && c.object === entity(object));

  it('merges "agreed to visit Beijing" and "plans to go to China\'s capital" into one corroborated fact', () => {
    const visit = claim('Donald Trump', 'visit', 'Beijing');
    expect(visit?.status).toBe('corroborated');
    // "in April" and "in the month of April": two claims (their own words for the time), one fact.
    const fact = story.facts.find((f) => f.claims.includes(visit!.id))!;
    const claims = story.claims.filter((c) => fact.claims.includes(c.id));
    expect(new Set(claims.flatMap((c) => c.sources.map((s) => s.article))).size).toBe(2);
    expect(visit!.qualifiers.modality).toBe('planned');
    expect(claims.flatMap((c) => c.alignment ?? []).join(' ')).toMatch(/go to/);
  });

  it('merges "halve the 20% tariff" and "cut a import tax in half"', () => {
    const halve = claim('United States', 'halve', 'tariff');
    expect(halve?.status).toBe('corroborated');
  });

  it('keeps every source sentence exactly as written', () => {
    for (const c of story.claims) {
      for (const source of c.sources) {
        const text = [seedArticle(0), seedArticle(1)].find((a) => a.id === source.article)!.text;
        expect(text).toContain(source.text);
        expect(source.start).toBeGreaterThanOrEqual(0);
        expect(source.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('reports the spelling variant and the reworded quotes, and no claim about itself', () => {
    const kinds = story.contradictions.map((x) => x.kind).sort();
    expect(kinds).toContain('spelling');
    expect(kinds.filter((k) => k === 'quote').length).toBeGreaterThanOrEqual(1);
    expect(story.claims.every((c) => c.subject !== c.object)).toBe(true);
  });

  it('finds the rewrite and the off-topic sentence', () => {
    expect(story.reuse.find((r) => r.kind === 'rewrite')).toBeDefined();
    expect(story.offTopic.map((o) => o.text)).toEqual([expect.stringMatching(/Naples/)]);
  });
});

describe.skipIf(!haveSeeds)('the seeds: what is not an entity', () => {
  const story: StoryExport = haveSeeds ? buildStory([seedArticle(0), seedArticle(1)]) : ({} as StoryExport);

  it('has no pronoun and no reported clause among its entities', () => {
    const names = story.entities.map((e) => e.name);
    expect(names.filter((name) => /^(we|i|you|he|she|they|it|this|that|what|who|us|them|herself|himself)$/i.test(name))).toEqual([]);
    const said = new Set(story.claims.flatMap((c) => (c.objectText ? [c.objectText] : [])));
    expect(said.size, 'the seeds report statements').toBeGreaterThan(0);
    expect(names.filter((name) => said.has(name) || name.split(/\s+/).length > 8)).toEqual([]);
  });
});
