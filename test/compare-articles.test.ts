// Article-level comparison on the real seeds: the reworded rewrite is recognised as a rewrite, the
// spam sentence at the end of seed 001 is off-topic and no normal sentence is.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './support/seeded-random.ts';
import { splitSentences } from '../src/extract/2-sentences.ts';
import { findOffTopicSentences, scoreReuse } from '../src/compare/index.ts';
import { orderedAlignment, REUSE_THRESHOLDS, scoreReuseAllPairs } from '../src/compare/score-reuse.ts';
import { dice } from '../src/compare/words.ts';
import type { Extraction } from '../src/types.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

function load(dir: string): Extraction[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    return { article: { id: file.replace(/\.txt$/, ''), title: file, outlet: null, published: null, path: file, text }, sentences: splitSentences(text), mentions: [], triples: [] };
  });
}

const seeds = load(path.resolve(repoRoot, '../shared/seeds'));
const examples = load(path.resolve(repoRoot, 'examples'));

describe('scoreReuse', () => {
  it('finds the seeds to be a rewrite pair', () => {
    const [record] = scoreReuse(seeds);
    expect(record.kind).toBe('rewrite');
    expect(record.articles).toEqual([seeds[0].article.id, seeds[1].article.id]);
    expect(record.similarity).toBeGreaterThan(0.5);
  });

  it('scores the pairs of the example corpus that share vocabulary, with only A–B a rewrite', () => {
    const records = scoreReuse(examples);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThanOrEqual(6);
    const rewrites = records.filter((r) => r.kind === 'rewrite').map((r) => r.articles);
    expect(rewrites).toEqual([['01-calderra-daily-wire', '02-coastline-today']]);
    for (const r of records.filter((x) => x.kind !== 'rewrite')) expect(['shared-source', 'independent']).toContain(r.kind);
  });

  it('leaves out a seed and an unrelated article: all pairs scores them independent, below the gate', () => {
    expect(scoreReuse([seeds[0], examples[0]])).toEqual([]);
    const [record] = scoreReuseAllPairs([seeds[0], examples[0]]);
    expect(record.kind).toBe('independent');
    expect(record.similarity).toBeLessThan(0.15);
  });

  it('finds through its index exactly the pairs all-pairs scoring keeps, with the same scores', () => {
    const fixtures = path.join(repoRoot, 'test/fixtures');
    const folders = ['blind-round4', 'blind-round5', 'blind-round6', 'blind-round7'].flatMap((round) =>
      readdirSync(path.join(fixtures, round)).map((name) => path.join(fixtures, round, name)).filter((p) => statSync(p).isDirectory()),
    );
    // File names repeat across folders ("01-…"): the folder makes each id unique.
    const feed = [...folders, path.join(repoRoot, 'examples'), path.join(repoRoot, 'test/fixtures/heldout-fire')].flatMap((folder) =>
      load(folder).map((e) => ({ ...e, article: { ...e.article, id: `${path.basename(folder)}/${e.article.id}` } })),
    );
    const indexed = scoreReuse(feed);
    const all = scoreReuseAllPairs(feed);
    const key = (r: { articles: string[] }) => r.articles.join('|');
    const allByPair = new Map(all.map((r) => [key(r), r]));
    for (const r of indexed) expect(r, key(r)).toEqual(allByPair.get(key(r)));
    const left = all.filter((r) => !indexed.some((x) => key(x) === key(r)));
    for (const r of left) expect(r.kind, `${key(r)} was left out but is ${r.kind}`).toBe('independent');
    expect(all.filter((r) => r.kind !== 'independent').length).toBeGreaterThan(5);
    // The index is worth having: most pairs of a feed of many stories are never scored.
    expect(indexed.length).toBeLessThan(all.length / 5);
  });
});

describe('orderedAlignment', () => {
  // The plain definition, pair by pair, that the indexed version must reproduce exactly.
  function alignNaively(a: Set<string>[], b: Set<string>[]): number {
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    if (shorter.length === 0) return 0;
    const matches: number[] = [];
    shorter.forEach((sentence, i) => {
      let best = -1;
      let bestScore = 0;
      longer.forEach((other, position) => {
        const shared = [...sentence].filter((stem) => other.has(stem)).length;
        const score = dice(sentence, other);
        if (score > bestScore && shared >= REUSE_THRESHOLDS.sentenceSharedStems) [best, bestScore] = [position, score];
      });
      if (best >= 0 && bestScore >= REUSE_THRESHOLDS.sentenceDice && Math.abs(i / shorter.length - best / longer.length) <= REUSE_THRESHOLDS.positionBand) matches.push(best);
    });
    // Longest strictly increasing subsequence, quadratic and obvious.
    const run = matches.map(() => 1);
    matches.forEach((m, i) => { for (let j = 0; j < i; j += 1) if (matches[j] < m) run[i] = Math.max(run[i], run[j] + 1); });
    return Math.max(0, ...run) / shorter.length;
  }

  it('gives the same score as comparing every sentence pair, on random articles', () => {
    const random = seededRandom(7);
    const article = () => Array.from({ length: 1 + random(12) }, () => new Set(Array.from({ length: 2 + random(8) }, () => `w${random(25)}`)));
    const features = (sets: Set<string>[]) => sets.map((stems, index) => ({ index, text: '', stems }));
    let aligned = 0;
    for (let trial = 0; trial < 300; trial += 1) {
      const [a, b] = [article(), article()];
      const expected = alignNaively(a, b);
      if (expected > 0) aligned += 1;
      expect(orderedAlignment(features(a), features(b))).toBe(expected);
    }
    expect(aligned).toBeGreaterThan(30);
  });
});

describe('findOffTopicSentences', () => {
  it('flags the spam sentence at the end of seed 001 and nothing else', () => {
    const found = findOffTopicSentences(seeds);
    expect(found).toHaveLength(1);
    expect(found[0].article).toBe(seeds[1].article.id);
    expect(found[0].sentence).toBe(seeds[1].sentences.length - 1);
    expect(found[0].text).toMatch(/^A passionate local guide/);
  });

  it('flags only the pasta newsletter in the examples', () => {
    const found = findOffTopicSentences(examples);
    expect(found.map((f) => f.text)).toEqual([expect.stringMatching(/^Sign up today for our premium pasta newsletter/)]);
  });

  it('flags nothing when the same spam sentence is on-topic for its story', () => {
    const text = 'A passionate local guide shares Naples history. The guide has years of Naples experience. Travelers love the guide.';
    const story: Extraction = { article: { id: 'x', title: '', outlet: null, published: null, path: 'x', text }, sentences: splitSentences(text), mentions: [], triples: [] };
    expect(findOffTopicSentences([story])).toEqual([]);
  });
});
