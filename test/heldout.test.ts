// A story the pipeline was not written against (test/fixtures/heldout-fire, three outlets on a
// warehouse fire), checked against answers fixed before its first run: every planted
// contradiction is found, with the right kind, and nothing else is flagged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import { readArticles } from '../src/read/index.ts';
import type { StoryExport } from '../src/types.ts';

const fixtures = path.resolve(import.meta.dirname, 'fixtures');

interface AnswerKey {
  contradictions: { kind: string; mentions: string[] }[];
  notContradictions: { mentions: string[]; why: string }[];
  corroborated: { subject: string; predicate: string; object: string }[];
}

const key: AnswerKey = JSON.parse(readFileSync(path.join(fixtures, 'heldout-fire-answers.json'), 'utf8'));

describe('held-out story: a warehouse fire told by three outlets', () => {
  let story: StoryExport;

  beforeAll(async () => {
    const { articles } = await readArticles([path.join(fixtures, 'heldout-fire')]);
    story = buildStory(articles);
  });

  for (const planted of key.contradictions) {
    it(`finds the ${planted.kind} contradiction (${planted.mentions.join(' / ')})`, () => {
      const match = story.contradictions.find((c) => c.kind === planted.kind && planted.mentions.every((m) => c.explanation.includes(m)));
      expect(match, story.contradictions.map((c) => c.explanation).join('\n')).toBeDefined();
    });
  }

  it('flags nothing beyond the planted contradictions, none of the look-alikes', () => {
    for (const { mentions, why } of key.notContradictions) {
      expect(story.contradictions.filter((c) => mentions.every((m) => c.explanation.includes(m))), why).toEqual([]);
    }
    expect(story.contradictions).toHaveLength(key.contradictions.length);
  });

  it('corroborates the claims the outlets word differently', () => {
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    for (const wanted of key.corroborated) {
      const claim = story.claims.find((c) => name.get(c.subject) === wanted.subject && c.predicate === wanted.predicate && c.object !== null && name.get(c.object) === wanted.object);
      expect(claim, JSON.stringify(wanted)).toBeDefined();
      expect(claim!.status).toBe('corroborated');
      expect(new Set(claim!.sources.map((s) => s.article)).size).toBeGreaterThanOrEqual(2);
    }
  });
});
