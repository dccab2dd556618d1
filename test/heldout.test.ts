// Stories the pipeline was not written against, each checked against answers fixed before its
// first run (test/fixtures/heldout-*-answers.json): every planted contradiction is found with the
// right kind, nothing else is flagged, and claims the outlets word differently are corroborated.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import { readArticles } from '../src/read/index.ts';
import { RelationAligner } from '../src/resolve/relations.ts';
import type { ClaimRecord, StoryExport } from '../src/types.ts';

const fixtures = path.resolve(import.meta.dirname, 'fixtures');

interface Corroboration {
  subject: string;
  /** One predicate key, or any of several. */
  predicate?: string;
  predicates?: string[];
  /** Part of the object's name or of the claim's amount; null for a claim with no object. */
  object: string | null;
}

interface AnswerKey {
  /** `missed`: why the pipeline does not find it yet; its test is then expected to fail. */
  contradictions: { kind: string; mentions: string[]; missed?: string }[];
  notContradictions: { mentions: string[]; why: string }[];
  corroborated: Corroboration[];
  /** How many of `corroborated` must be found; all when absent. */
  corroboratedAtLeast?: number;
}

const STORIES = [
  { folder: 'heldout-fire', about: 'a warehouse fire told by three outlets' },
  { folder: 'heldout-takeover', about: 'a grocery takeover told by three outlets' },
  { folder: 'heldout-election', about: 'a mayoral election told by three outlets' },
];

for (const { folder, about } of STORIES) {
  const key: AnswerKey = JSON.parse(readFileSync(path.join(fixtures, `${folder}-answers.json`), 'utf8'));

  describe(`held-out story: ${about}`, () => {
    let story: StoryExport;

    beforeAll(async () => {
      const { articles } = await readArticles([path.join(fixtures, folder)]);
      story = buildStory(articles);
    });

    for (const planted of key.contradictions) {
      // A known miss stays visible: its test must keep failing, and passes the day the miss is fixed
      // only once the key says so.
      const test = planted.missed ? it.fails : it;
      test(`${planted.missed ? 'does not yet find' : 'finds'} the ${planted.kind} contradiction (${planted.mentions.join(' / ')})`, () => {
        const match = story.contradictions.find((c) => c.kind === planted.kind && planted.mentions.every((m) => c.explanation.includes(m)));
        expect(match, story.contradictions.map((c) => c.explanation).join('\n')).toBeDefined();
      });
    }

    it('flags nothing beyond the planted contradictions, none of the look-alikes', () => {
      for (const { mentions, why } of key.notContradictions) {
        expect(story.contradictions.filter((c) => mentions.every((m) => c.explanation.includes(m))), why).toEqual([]);
      }
      expect(story.contradictions.map((c) => c.explanation)).toHaveLength(key.contradictions.filter((c) => !c.missed).length);
    });

    it('finds the claims the outlets word differently in two or more of them', () => {
      const found = key.corroborated.filter((wanted) => story.claims.some((claim) => matches(story, claim, wanted)));
      const missed = key.corroborated.filter((wanted) => !found.includes(wanted));
      expect(found.length, `missed: ${JSON.stringify(missed)}`).toBeGreaterThanOrEqual(key.corroboratedAtLeast ?? key.corroborated.length);
    });
  });
}

function matches(story: StoryExport, claim: ClaimRecord, wanted: Corroboration): boolean {
  // An entity is found under its name or any alias, as a user searching the graph finds it.
  const name = (id: string | null) => {
    const entity = id === null ? undefined : story.entities.find((e) => e.id === id);
    return entity ? [entity.name, ...entity.aliases].join(' | ').toLowerCase() : '';
  };
  const predicates = (wanted.predicates ?? [wanted.predicate!]).map(predicateKey);
  if (!predicates.includes(claim.predicate) || !name(claim.subject).includes(wanted.subject.toLowerCase())) return false;
  if (wanted.object === null ? claim.object !== null : !`${name(claim.object)} ${claim.qualifiers.quantity?.text ?? ''}`.includes(wanted.object.toLowerCase())) return false;
  // Stated by two outlets at least, in this claim's words or in another claim of its fact, whether
  // they then agree on every detail (corroborated) or not.
  const fact = story.facts.find((f) => f.claims.includes(claim.id));
  const claims = fact ? story.claims.filter((c) => fact.claims.includes(c.id)) : [claim];
  return new Set(claims.flatMap((c) => c.sources.map((s) => s.article))).size >= 2;
}

// The key names verbs as the outlets write them ("rise", "be based in"); the pipeline keys a claim by
// the canonical verb of its news-verb row or synset ("increase", "be base in").
const aligner = new RelationAligner();

function predicateKey(verbs: string): string {
  const lemma = verbs.split(' ').map((w) => (w.endsWith('ed') ? (/(?:s|c|v|z|g|t)e$/.test(w.slice(0, -1)) ? w.slice(0, -1) : w.slice(0, -2)) : w)).join(' ');
  return aligner.align(lemma).predicate;
}
