// The ECB+ eval's scorers (MUC, B³, CEAF-e, pairwise) on small chains whose scores are worked out by
// hand below, and its mention matcher on a tiny made-up document pair. No ECB+ text is used here.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bCubed } from '../scripts/ecb/b-cubed.ts';
import { bestAlignmentSimilarity, ceafE } from '../scripts/ecb/ceaf-e.ts';
import { coreferenceScores } from '../scripts/ecb/conll.ts';
import type { GoldDocument, GoldMention } from '../scripts/ecb/corpus.ts';
import { evaluateCorpus } from '../scripts/ecb/evaluate-corpus.ts';
import { evaluateEntities } from '../scripts/ecb/evaluate-entities.ts';
import { headSpan } from '../scripts/ecb/head-span.ts';
import { maxWeightAssignment } from '../scripts/ecb/kuhn-munkres.ts';
import { lastWordSpan, matchMentions, mentionsMatch } from '../scripts/ecb/match-mentions.ts';
import { muc } from '../scripts/ecb/muc.ts';
import { pairwise } from '../scripts/ecb/pairwise.ts';
import type { Partition } from '../scripts/ecb/partition.ts';
import type { PredictedMention } from '../scripts/ecb/predicted-mentions.ts';
import type { Score } from '../scripts/ecb/precision-recall.ts';
import type { Argument, EntityKind } from '../src/types.ts';
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

// ------------------------------------------------------------------------------------ matching

/** A gold mention of `text` (its `nth` occurrence) in `doc`, sentence = line. */
function goldMention(doc: string, id: string, text: string, chain?: string, nth = 0): GoldMention {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = doc.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" not in the document`);
  const sentence = doc.slice(0, start).split('\n').length - 1;
  return { m_id: id, type: 'HUMAN_PART_PER', start, end: start + text.length, sentence, text, contiguous: true, ...(chain ? { chain } : {}) };
}

/** A predicted mention of `text` whose head is `head` (both as written in the document). */
function predicted(doc: string, text: string, head: string, entity: string, kind: EntityKind = 'PERSON'): PredictedMention {
  const start = doc.indexOf(text);
  const headStart = start + text.lastIndexOf(head);
  return { start, end: start + text.length, head: { start: headStart, end: headStart + head.length }, entity, kind };
}

describe('mention matching', () => {
  const doc = 'Mayor Ana Ruiz checked into Promises Treatment Center.\nA friend of the mayor said she was tired.\n';
  const gold = (text: string) => {
    const m = goldMention(doc, text, text);
    return { start: m.start, end: m.end, head: lastWordSpan(doc, m) };
  };

  it('matches when one span holds the other and the inner one overlaps the outer head', () => {
    expect(mentionsMatch(doc, gold('Ana Ruiz'), predicted(doc, 'Mayor Ana Ruiz', 'Ana Ruiz', 'e'))).toBe(true);
    expect(mentionsMatch(doc, gold('friend'), predicted(doc, 'A friend of the mayor', 'friend', 'e'))).toBe(true);
    // "mayor" sits inside the phrase, but the phrase is about the friend.
    expect(mentionsMatch(doc, gold('mayor'), predicted(doc, 'A friend of the mayor', 'friend', 'e'))).toBe(false);
    // A shorter prediction must hold the gold mention's head (its last word).
    expect(mentionsMatch(doc, gold('Promises Treatment Center'), predicted(doc, 'Promises', 'Promises', 'e'))).toBe(false);
    expect(mentionsMatch(doc, gold('Promises Treatment Center'), predicted(doc, 'Treatment Center', 'Center', 'e'))).toBe(true);
  });

  it('never matches across a sentence (line) boundary', () => {
    const across = predicted(doc, 'Center.\nA friend', 'friend', 'e');
    expect(mentionsMatch(doc, gold('friend'), across)).toBe(false);
  });

  it('takes the closest span first and uses each mention once', () => {
    const long = predicted(doc, 'Mayor Ana Ruiz', 'Ana Ruiz', 'long');
    const exact = predicted(doc, 'Ana Ruiz', 'Ana Ruiz', 'exact');
    expect(matchMentions(doc, [gold('Ana Ruiz')], [long, exact])).toEqual([1]);
    // Two gold mentions inside one prediction's head: only the closer one gets it.
    expect(matchMentions(doc, [gold('Ruiz'), gold('Ana Ruiz')], [long])).toEqual([undefined, 0]);
  });

  it('finds an argument head as written, by its lemma, or as the pronoun itself', () => {
    const text = 'Her friends said she left.';
    const argument = (surface: string, head: string, antecedent?: string): Argument => {
      const start = text.indexOf(surface);
      return { start, end: start + surface.length, text: surface, head, kind: 'PERSON', ...(antecedent ? { antecedent } : {}) };
    };
    expect(headSpan(text, argument('Her friends', 'friend'))).toEqual({ start: 4, end: 11, found: 'lemma prefix' });
    // A resolved pronoun carries its antecedent beside its own words; its head is the pronoun.
    expect(headSpan(text, argument('she', 'ana ruiz', 'Ana Ruiz'))).toEqual({ start: 17, end: 20, found: 'pronoun' });
    const name = 'Mayor Ana Ruiz left.';
    expect(headSpan(name, { start: 0, end: 14, text: 'Mayor Ana Ruiz', head: 'ana ruiz', kind: 'PERSON' })).toEqual({ start: 6, end: 14, found: 'head' });
  });
});

describe('entity figures on a hand-made document pair', () => {
  // Document A: "Ana Ruiz", "mayor" and "she" are one person (chain R); the friend is a singleton.
  // Document B: "Ruiz" and "her" are the same person.
  const textA = 'Mayor Ana Ruiz resigned on Monday.\nA friend of the mayor said she was tired.\n';
  const textB = 'Ruiz quit her post.\n';
  const document = (doc: string, mentions: GoldMention[], sentences: number): GoldDocument => ({ doc, path: `${doc}.txt`, topic: 1, subtopic: '1ecb', split: 'dev', sentences, mentions });
  const docA = document('1_1ecb', [
    goldMention(textA, '1', 'Ana Ruiz', 'R'),
    goldMention(textA, '2', 'friend'),
    goldMention(textA, '3', 'mayor', 'R'),
    goldMention(textA, '4', 'she', 'R'),
    // An action is not an entity and is never scored.
    { ...goldMention(textA, '5', 'resigned'), type: 'ACTION_OCCURRENCE' },
  ], 2);
  const docB = document('1_2ecb', [goldMention(textB, '1', 'Ruiz', 'R'), goldMention(textB, '2', 'her', 'R')], 1);
  const selected = new Set(['1_1ecb#0', '1_1ecb#1', '1_2ecb#0']);
  const figures = evaluateEntities([
    {
      document: docA,
      text: textA,
      group: '1ecb',
      predicted: [predicted(textA, 'Mayor Ana Ruiz', 'Ana Ruiz', 'ruiz'), predicted(textA, 'A friend of the mayor', 'friend', 'friend', 'THING'), predicted(textA, 'she', 'she', 'ruiz')],
    },
    { document: docB, text: textB, group: '1ecb', predicted: [predicted(textB, 'Ruiz', 'Ruiz', 'ruiz'), predicted(textB, 'her post', 'post', 'post', 'THING')] },
  ], selected);

  it('matches four of the six gold entity mentions', () => {
    // Found: Ana Ruiz, friend, she, Ruiz. "mayor" and "her" sit inside arguments headed by other words.
    expect(figures.gold).toEqual({ gold: 6, matched: 4 });
    expect(figures.unmatched).toEqual({ insideArgument: 2, partlyCovered: 0, uncovered: 0 });
    expect(figures.pronouns).toEqual({ gold: 2, matched: 1 });
  });

  it('counts cross-document pairs by string', () => {
    // Gold cross-document links in chain R: {Ana Ruiz, mayor, she} × {Ruiz, her} = 6, of which 2 have
    // both mentions found: Ana Ruiz–Ruiz and she–Ruiz, both different strings; the predicted entity
    // "ruiz" links exactly those two across documents.
    expect(figures.pairs.all).toMatchObject({ gold: 2, goldAll: 6, predicted: 2, correct: 2 });
    expect(figures.pairs.all.recallAll).toBeCloseTo(2 / 6, 10);
    expect(figures.pairs.differentString).toMatchObject({ gold: 2, predicted: 2, correct: 2 });
    expect(figures.pairs.sameString).toMatchObject({ gold: 0, goldAll: 0, predicted: 0 });
  });

  it('scores end to end with unmatched gold mentions as predicted singletons', () => {
    // Key: R = {Ana Ruiz, mayor, she, Ruiz, her}, {friend}. Response: {Ana Ruiz, she, Ruiz}, {friend},
    // {mayor}, {her}. MUC recall: R is cut into 3 pieces → (5−3)/4 = 1/2; precision 2/2 = 1.
    expectScore(figures.endToEnd.muc, 1, 1 / 2, 2 / 3);
    // Matched only: key {Ana Ruiz, she, Ruiz} {friend} = response: all 1.
    expectScore(figures.matchedOnly.bCubed, 1, 1, 1);
  });

  it('checks entity kinds: three people are PERSON, the friend is a THING', () => {
    expect(figures.kinds).toMatchObject({ correct: 3, scored: 4 });
    expect(figures.kinds.confusion.person).toMatchObject({ PERSON: 3, THING: 1 });
  });
});

describe('the eval end to end on a made-up folder in ECB+ layout', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecb-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the pipeline on the sub-topic and links the same name across the two articles', async () => {
    const one = 'Maria Lopez won the election on Sunday.\nLopez thanked her voters.\n';
    const two = 'Voters chose Maria Lopez as mayor.\n';
    mkdirSync(path.join(dir, '1', 'ecb'), { recursive: true });
    writeFileSync(path.join(dir, '1', 'ecb', '1_1ecb.txt'), one);
    writeFileSync(path.join(dir, '1', 'ecb', '1_2ecb.txt'), two);
    const documents: GoldDocument[] = [
      { doc: '1_1ecb', path: '1/ecb/1_1ecb.txt', topic: 1, subtopic: '1ecb', split: 'dev', sentences: 2, mentions: [goldMention(one, '1', 'Maria Lopez', 'L'), goldMention(one, '2', 'Lopez', 'L', 1)] },
      { doc: '1_2ecb', path: '1/ecb/1_2ecb.txt', topic: 1, subtopic: '1ecb', split: 'dev', sentences: 1, mentions: [goldMention(two, '1', 'Maria Lopez', 'L')] },
    ];
    writeFileSync(path.join(dir, 'gold.jsonl'), documents.map((d) => `${JSON.stringify(d)}\n`).join(''));
    writeFileSync(path.join(dir, 'selected-sentences.csv'), 'Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1\n1,2ecb,0\n');

    const { figures, problems } = await evaluateCorpus(dir, 'dev');
    expect(problems).toEqual([]);
    expect(figures).toMatchObject({ documents: 2, groups: 1 });
    expect(figures.gold.gold).toBe(3);
    // "Maria Lopez" is a subject in both articles and one entity: the one same-string pair is found.
    expect(figures.pairs.sameString).toMatchObject({ gold: 1, predicted: 1, correct: 1 });
  });
});
