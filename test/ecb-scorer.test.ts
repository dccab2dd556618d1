// The ECB+ eval's scorers (MUC, B³, CEAF-e, pairwise) on small chains whose scores are worked out by
// hand below. No ECB+ text is used here.
import { describe, expect, it } from 'vitest';
import { bCubed } from '../scripts/ecb/b-cubed.ts';
import { bestAlignmentSimilarity, ceafE } from '../scripts/ecb/ceaf-e.ts';
import { coreferenceScores } from '../scripts/ecb/conll.ts';
import { maxWeightAssignment } from '../scripts/ecb/kuhn-munkres.ts';
import { muc } from '../scripts/ecb/muc.ts';
import { pairwise } from '../scripts/ecb/pairwise.ts';
import type { Partition } from '../scripts/ecb/partition.ts';
import type { Score } from '../scripts/ecb/precision-recall.ts';
import { seededRandom } from './support/seeded-random.ts';

const split = (clusters: string): Partition => clusters.split(' ').map((cluster) => cluster.split(''));

function expectScore(actual: Score, precision: number, recall: number, f1: number): void {
  expect(actual.precision).toBeCloseTo(precision, 10);
  expect(actual.recall).toBeCloseTo(recall, 10);
  expect(actual.f1).toBeCloseTo(f1, 10);
}

describe('coreference scorers on hand-worked chains', () => {
  // The classic example (Pradhan et al. 2014): key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}.
  // e is missing from the response; h and i are not in the key.
  const key = split('abc defg');
  const response = split('ab cd fghi');

  it('MUC: 2 of 5 links kept each way', () => {
    // Recall: {a,b,c} is cut into {a,b} {c} → 3 − 2 = 1 link kept of 2; {d,e,f,g} into {d} {e} {f,g}
    // → 4 − 3 = 1 of 3. R = 2/5. Precision: {a,b} lies in one key cluster → 1 of 1; {c,d} in two → 0
    // of 1; {f,g,h,i} into {f,g} {h} {i} → 1 of 3. P = 2/5. F1 = 0.4.
    expectScore(muc(key, response), 0.4, 0.4, 0.4);
  });

  it('B³: recall 5/12, precision 1/2', () => {
    // Recall, sum of |K∩R|²/|K|: {a,b,c}: 4/3 + 1/3 = 5/3; {d,e,f,g}: 1/4 + 4/4 = 5/4; total 35/12
    // over 7 key mentions = 5/12. Precision, |K∩R|²/|R|: {a,b}: 4/2 = 2; {c,d}: 1/2 + 1/2 = 1;
    // {f,g,h,i}: 4/4 = 1; total 4 over 8 response mentions = 1/2. F1 = 2·(5/12)(1/2)/(11/12) = 5/11.
    expectScore(bCubed(key, response), 1 / 2, 5 / 12, 5 / 11);
  });

  it('CEAF-e: best alignment 1.3, recall 0.65, precision 13/30', () => {
    // φ4 = 2|K∩R|/(|K|+|R|): abc–ab 4/5, abc–cd 2/5, defg–cd 2/6, defg–fghi 4/8, others 0.
    // Best one-to-one: abc–ab + defg–fghi = 0.8 + 0.5 = 1.3 (abc–cd + defg–fghi is 0.9,
    // abc–ab + defg–cd is 1.133). R = 1.3/2 key clusters, P = 1.3/3 response clusters,
    // F1 = 2·(13/20)(13/30)/(13/12) = 0.52.
    expect(bestAlignmentSimilarity(key, response)).toBeCloseTo(1.3, 10);
    expectScore(ceafE(key, response), 13 / 30, 13 / 20, 0.52);
  });

  it('CoNLL F1 is the mean of the three F1s', () => {
    // (0.4 + 5/11 + 0.52) / 3 = 0.458181…
    expect(coreferenceScores(key, response).conllF1).toBeCloseTo((0.4 + 5 / 11 + 0.52) / 3, 10);
  });

  it('pairwise: 2 of 8 predicted links are gold, 2 of 9 gold links found', () => {
    // Gold links: 3 in abc, 6 in defg. Predicted: ab, cd, and 6 in fghi. Shared: ab, fg.
    // P = 2/8, R = 2/9, F1 = 2·(1/4)(2/9)/(1/4 + 2/9) = 4/17.
    const mentions = [...'abcdefghi'].map((id) => ({
      id,
      key: String(key.findIndex((c) => c.includes(id))),
      ...(response.some((c) => c.includes(id)) ? { response: String(response.findIndex((c) => c.includes(id))) } : {}),
    }));
    // h and i have no gold cluster of their own here: give them singleton labels.
    for (const m of mentions) if (m.key === '-1') m.key = `alone-${m.id}`;
    const counts = pairwise(mentions, () => true);
    expect(counts).toMatchObject({ predicted: 8, correct: 2, goldAll: 9 });
    // e has no response label, so 3 gold links (de, ef, eg) have a mention the system never found.
    expect(counts.gold).toBe(6);
    expectScore(counts.score, 2 / 8, 2 / 6, 2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3));
    expect(counts.recallAll).toBeCloseTo(2 / 9, 10);
  });

  it('an over-merged response: key {a,b} {c}, response {a,b,c}', () => {
    const key2 = split('ab c');
    const response2 = split('abc');
    // MUC: R = (2−1)/(2−1) = 1; P = (3−2)/(3−1) = 1/2; F1 = 2/3. The singleton {c} has no link.
    expectScore(muc(key2, response2), 1 / 2, 1, 2 / 3);
    // B³: R = (4/2 + 1/1)/3 = 1; P = (4/3 + 1/3)/3 = 5/9; F1 = (10/9)/(14/9) = 5/7.
    expectScore(bCubed(key2, response2), 5 / 9, 1, 5 / 7);
    // CEAF-e: ab–abc 4/5, c–abc 2/4; one response cluster takes the better: 0.8.
    // R = 0.8/2 = 0.4, P = 0.8/1; F1 = 2·0.32/1.2 = 8/15.
    expectScore(ceafE(key2, response2), 0.8, 0.4, 8 / 15);
  });

  it('a response that misses a mention: key {a,b,c}, response {a,b}', () => {
    const key3 = split('abc');
    const response3 = split('ab');
    // MUC: c is a piece of its own, so {a,b,c} is cut in two: R = (3−2)/2 = 1/2; P = 1/1.
    expectScore(muc(key3, response3), 1, 1 / 2, 2 / 3);
    // B³: R = (4/3)/3 = 4/9; P = (4/2)/2 = 1; F1 = (8/9)/(13/9) = 8/13.
    expectScore(bCubed(key3, response3), 1, 4 / 9, 8 / 13);
    // CEAF-e: φ4 = 4/5 over one cluster each side.
    expectScore(ceafE(key3, response3), 0.8, 0.8, 0.8);
  });

  it('CEAF-e takes the best alignment where the greedy one is worse', () => {
    // Key {a,b,c,d} {e}; response {a,b,c,e} {d}. φ4: abcd–abce 6/8, abcd–d 2/5, e–abce 2/5, e–d 0.
    // Greedy takes 0.75 + 0; the best is 0.4 + 0.4 = 0.8. R = P = 0.8/2.
    const key4 = split('abcd e');
    const response4 = split('abce d');
    expect(bestAlignmentSimilarity(key4, response4)).toBeCloseTo(0.8, 10);
    expectScore(ceafE(key4, response4), 0.4, 0.4, 0.4);
  });

  it('identical partitions score 1 everywhere', () => {
    const same = split('abc de f');
    const scores = coreferenceScores(same, same);
    for (const score of [scores.muc, scores.bCubed, scores.ceafE]) expectScore(score, 1, 1, 1);
  });

  it('CEAF-e over disconnected groups adds up', () => {
    // The classic example and the greedy trap above, on disjoint mention names: 1.3 + 0.8.
    const rename = (p: Partition, prefix: string): Partition => p.map((c) => c.map((m) => prefix + m));
    const key5 = [...rename(split('abc defg'), 'x'), ...rename(split('abcd e'), 'y')];
    const response5 = [...rename(split('ab cd fghi'), 'x'), ...rename(split('abce d'), 'y')];
    expect(bestAlignmentSimilarity(key5, response5)).toBeCloseTo(2.1, 10);
  });
});

describe('Kuhn–Munkres assignment', () => {
  it('finds the best total where greedy does not', () => {
    // Greedy takes 3 (row 0, column 0) and is left with 0; the best is 2 + 3.
    expect(maxWeightAssignment([[3, 2], [3, 0]]).total).toBe(5);
  });

  it('handles more columns than rows, and more rows than columns', () => {
    // Rows 0 → column 1 (2) and 1 → column 2 (6): 8, better than 3 + 4 = 7.
    const wide = maxWeightAssignment([[1, 2, 3], [2, 4, 6]]);
    expect(wide.total).toBe(8);
    expect(wide.pairs).toEqual([[0, 1], [1, 2]]);
    const tall = maxWeightAssignment([[1, 2], [2, 4], [3, 6]]);
    expect(tall.total).toBe(8);
    expect(tall.pairs.sort()).toEqual([[1, 0], [2, 1]]);
  });

  it('agrees with trying every assignment on random small matrices', () => {
    const random = seededRandom(20261201);
    const permutations = (n: number): number[][] => (n === 0 ? [[]] : permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)])));
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + random(5);
      const columns = rows + random(3);
      const weights = Array.from({ length: rows }, () => Array.from({ length: columns }, () => random(10) / 4));
      // Every injective row → column map is a prefix of a permutation of the columns.
      const best = Math.max(...permutations(columns).map((p) => weights.reduce((sum, row, r) => sum + row[p[r]!]!, 0)));
      const found = maxWeightAssignment(weights);
      expect(found.total).toBeCloseTo(best, 10);
      expect(new Set(found.pairs.map(([, c]) => c)).size).toBe(rows);
    }
  });
});
