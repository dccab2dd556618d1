// Our port of CaRB's scorer must give CaRB's own figures, and its matching rule must behave the
// way the official one does on small cases we can work out by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  binaryLenientTupleMatch,
  formatPredictions,
  parseGold,
  parsePredictions,
  precisionRecallCurve,
  round3,
  scoreFiles,
  scoreTuples,
  type CarbTuple,
} from '../scripts/carb/index.ts';
import { tripleToCarbTuple, devArticle } from '../scripts/eval-carb.ts';
import { fromPtb, toPtb } from '../scripts/carb-conversion/ptb-text.ts';
import type { Triple } from '../src/types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Offsets of a piece of an article's text, for hand-built triples. */
const spanIn = (article: { text: string }) => (text: string) => ({ start: article.text.indexOf(text), end: article.text.indexOf(text) + text.length });
const carbDir = path.resolve(repoRoot, '../shared/eval/carb');
const goldPath = path.join(carbDir, 'dev.gold.tsv');
const openie5Path = path.join(carbDir, 'openie5.dev.tsv');

describe('CaRB scorer on the real dev set', () => {
  it('reproduces the official OpenIE-5 figures', () => {
    const s = scoreFiles(goldPath, openie5Path);
    expect(round3(s.precision)).toBe(0.526);
    expect(round3(s.recall)).toBe(0.406);
    expect(round3(s.f1)).toBe(0.458);
    expect(round3(s.auc)).toBe(0.24);
  });

  it('scores predictions written by formatPredictions exactly as the file they came from', () => {
    const gold = parseGold(readFileSync(goldPath, 'utf8'));
    const original = parsePredictions(readFileSync(openie5Path, 'utf8'));
    const rewritten = parsePredictions(formatPredictions(original));
    expect(rewritten).toHaveLength(1579);
    expect(scoreTuples(gold, rewritten)).toEqual(scoreTuples(gold, original));
  });

  it('reads the gold the way GoldReader does: stripped lines lose an empty trailing argument', () => {
    const gold = parseGold(readFileSync(goldPath, 'utf8'));
    expect(gold).toHaveLength(2548);
    const bikes = gold.find((t) => t.relation === 'is heating up too')!;
    expect(bikes.args).toEqual(['Competition in the sale of complete bikes']);
  });

  it('skips context arguments ("C: …") as GoldReader does', () => {
    const [tuple] = parseGold('A sentence .\tsaid\tHe\tC: if asked\tit\n');
    expect(tuple!.args).toEqual(['He', 'it']);
    const gold = parseGold(readFileSync(goldPath, 'utf8'));
    expect(gold.some((t) => t.args.some((arg) => arg.includes('C: ')))).toBe(false);
  });
});

describe('binary lenient tuple match', () => {
  const t = (relation: string, ...args: string[]) => ({ relation, args });

  it('gives a perfect match precision and recall 1', () => {
    expect(binaryLenientTupleMatch(t('was born in', 'Obama', 'Hawaii'), t('was born in', 'Obama', 'Hawaii'))).toEqual([1, 1]);
  });

  it('scores a partial match by shared tokens over all parts', () => {
    // relation 2 common (pred 2, gold 3), arg1 1 (pred 1, gold 2), arg2 1 (pred 3, gold 3)
    const score = binaryLenientTupleMatch(t('was born in', 'Barack Obama', 'Honolulu , Hawaii'), t('born in', 'Obama', 'Hawaii in 1961'));
    expect(score[0]).toBeCloseTo(4 / 6, 12);
    expect(score[1]).toBeCloseTo(4 / 8, 12);
  });

  it('is no match when the relations share no token, however good the arguments', () => {
    expect(binaryLenientTupleMatch(t('founded', 'Jobs', 'Apple'), t('left', 'Jobs', 'Apple'))).toEqual([0, 0]);
  });

  it('is no match when the prediction lacks an argument the gold has', () => {
    expect(binaryLenientTupleMatch(t('founded', 'Jobs', 'Apple'), t('founded', 'Jobs'))).toEqual([0, 0]);
  });

  it('compares tokens case-sensitively, as CaRB does', () => {
    expect(binaryLenientTupleMatch(t('founded', 'Jobs', 'Apple'), t('Founded', 'Jobs', 'Apple'))).toEqual([0, 0]);
  });

  it('lets a predicted "be" match a gold form of be', () => {
    expect(binaryLenientTupleMatch(t('is', 'Paris', 'a city'), t('be', 'Paris', 'a city'))).toEqual([1, 1]);
  });

  it('folds arguments after the first into one on both sides', () => {
    expect(binaryLenientTupleMatch(t('met', 'Kim', 'Moon', 'in 2018'), t('met', 'Kim', 'Moon in 2018'))).toEqual([1, 1]);
  });

  it('tries the arguments swapped for said-type gold relations only', () => {
    // Unswapped, only the relation matches: 1 of 4 predicted and 1 of 4 gold tokens.
    expect(binaryLenientTupleMatch(t('said', 'He', 'it rains'), t('said', 'it rains', 'He'))).toEqual([1, 1]);
    expect(binaryLenientTupleMatch(t('saw', 'He', 'it rains'), t('saw', 'it rains', 'He'))).toEqual([1 / 4, 1 / 4]);
  });
});

describe('threshold sweep, optimal F1 and AUC', () => {
  const gold: CarbTuple[] = [
    { sentence: 'Jobs founded Apple ( in 1976 ) .', relation: 'founded', args: ['Jobs', 'Apple'], confidence: 1 },
    { sentence: 'Jobs founded Apple ( in 1976 ) .', relation: 'is', args: ['Apple', 'a company'], confidence: 1 },
    { sentence: 'Nothing was predicted here .', relation: 'was predicted', args: ['Nothing', 'here'], confidence: 1 },
  ];
  // PTB escapes and spacing differ from the gold sentence; CaRB's key normalisation pairs them anyway.
  const escaped = 'Jobs founded Apple -LRB- in 1976 -RRB-.';
  const predicted: CarbTuple[] = [
    { sentence: escaped, relation: 'founded', args: ['Jobs', 'Apple'], confidence: 0.9 },
    // The same tuple again: one gold tuple vouches for one prediction only, so this one earns 0.
    { sentence: escaped, relation: 'founded', args: ['Jobs', 'Apple'], confidence: 0.5 },
    // On a sentence without gold: ignored, except that its confidence is a threshold.
    { sentence: 'Unrelated .', relation: 'x', args: ['y', 'z'], confidence: 0.7 },
  ];

  it('computes one point per distinct confidence', () => {
    expect(precisionRecallCurve(gold, predicted)).toEqual([
      { threshold: 0.5, precision: 0.5, recall: 1 / 3 },
      { threshold: 0.7, precision: 1, recall: 1 / 3 },
      { threshold: 0.9, precision: 1, recall: 1 / 3 },
    ]);
  });

  it('reports the first best-F1 point and the area with (recall 0, precision 1) appended', () => {
    const s = scoreTuples(gold, predicted);
    expect(s.threshold).toBe(0.7);
    expect(s.f1).toBeCloseTo(0.5, 12);
    expect(s.auc).toBeCloseTo(1 / 3, 12);
  });

  it('reports zeros when nothing is predicted', () => {
    expect(scoreTuples(gold, [])).toEqual({ precision: 0, recall: 0, f1: 0, threshold: null, auc: 0 });
  });
});

describe('PTB-tokenised sentences', () => {
  it('are read as running text and phrases written back in the sentence\'s own tokens', () => {
    const sentence = "The state - owned mill , called `` Old Reliable '' , makes non-stick pans .";
    const running = fromPtb(sentence);
    expect(running.text).toBe('The state-owned mill , called “ Old Reliable ” , makes non-stick pans .');
    expect(toPtb('The state-owned mill', running)).toBe('The state - owned mill');
    expect(toPtb('“ Old Reliable ”', running)).toBe("`` Old Reliable ''");
    expect(toPtb('non-stick pans', running)).toBe('non-stick pans');
  });
});

describe('eval-carb conversion of triples', () => {
  it('moves the preposition of an intransitive verb\'s nearest phrase into the relation', () => {
    const article = devArticle('The old mill was rebuilt in 1920 by the town .', 1);
    const span = spanIn(article);
    const triple: Triple = {
      id: 'm', article: article.id, sentence: 0,
      subject: { ...span('The old mill'), text: 'The old mill', head: 'mill', kind: 'THING' },
      relation: { ...span('was rebuilt'), text: 'was rebuilt', lemma: 'be rebuilt' },
      object: null,
      qualifiers: { time: '1920', negated: false, modality: 'asserted' },
      complements: [span('by the town')],
      start: 0, end: 44, confidence: 0.7,
    };
    expect(tripleToCarbTuple(article, triple)).toMatchObject({ relation: 'was rebuilt in', args: ['The old mill', '1920', 'by the town'] });
  });

  it('joins a light object and the preposition after it to the relation, but keeps a full object apart', () => {
    const article = devArticle('The union lodged complaints against the board , and the firm signed a long contract with Oslo .', 1);
    const span = spanIn(article);
    const arg = (text: string) => ({ ...span(text), text, head: text, kind: 'THING' as const });
    const base = { article: article.id, sentence: 0, qualifiers: { negated: false, modality: 'asserted' as const }, start: 0, end: 90, confidence: 0.9 };
    const charges: Triple = { ...base, id: 'c', subject: arg('The union'), relation: { ...span('lodged'), text: 'lodged', lemma: 'lodge' }, object: arg('complaints'), complements: [span('against the board')] };
    const contract: Triple = { ...base, id: 'k', subject: arg('the firm'), relation: { ...span('signed'), text: 'signed', lemma: 'sign' }, object: arg('a long contract'), complements: [span('with Oslo')] };
    expect(tripleToCarbTuple(article, charges)).toMatchObject({ relation: 'lodged complaints against', args: ['The union', 'the board'] });
    expect(tripleToCarbTuple(article, contract)).toMatchObject({ relation: 'signed', args: ['the firm', 'a long contract', 'with Oslo'] });
  });

  it('puts "be" before a bare participle, not before a finite verb or one that has its auxiliary', () => {
    const article = devArticle('The ship , named Aurora , left , bringing grain and reaching Lagos , which was raided .', 1);
    const span = spanIn(article);
    const arg = (text: string) => ({ ...span(text), text, head: text, kind: 'THING' as const });
    const base = { article: article.id, sentence: 0, qualifiers: { negated: false, modality: 'asserted' as const }, start: 0, end: 80, confidence: 0.9 };
    const relationOf = (text: string, lemma: string, object: string) =>
      tripleToCarbTuple(article, { ...base, id: text, subject: arg('The ship'), relation: { ...span(text), text, lemma }, object: arg(object) }).relation;
    expect(relationOf('named', 'be named', 'Aurora')).toBe('be named');
    expect(relationOf('reaching', 'reach', 'Lagos')).toBe('be reaching');
    expect(relationOf('bringing', 'bring', 'grain')).toBe('be bringing');
    expect(relationOf('was raided', 'be raided', 'Lagos')).toBe('was raided');
    expect(relationOf('left', 'leave', 'Lagos')).toBe('left');
  });

  it('keeps the "to" of an infinitive in the relation', () => {
    const article = devArticle('The firm agreed to sell its plant .', 1);
    const span = spanIn(article);
    const triple: Triple = {
      id: 's', article: article.id, sentence: 0,
      subject: { ...span('The firm'), text: 'The firm', head: 'firm', kind: 'ORG' },
      relation: { ...span('sell'), text: 'sell', lemma: 'sell' },
      object: { ...span('its plant'), text: 'its plant', head: 'plant', kind: 'THING' },
      qualifiers: { negated: false, modality: 'planned' },
      start: 0, end: 34, confidence: 0.75,
    };
    expect(tripleToCarbTuple(article, triple)).toMatchObject({ relation: 'to sell', args: ['The firm', 'its plant'] });
  });

  it('writes the complementiser "that" with the relation of a reported clause', () => {
    const article = devArticle('The study showed that prices rose .', 1);
    const span = spanIn(article);
    const triple: Triple = {
      id: 't', article: article.id, sentence: 0,
      subject: { ...span('The study'), text: 'The study', head: 'study', kind: 'THING' },
      relation: { ...span('showed'), text: 'showed', lemma: 'show' },
      object: { ...span('prices rose'), text: 'prices rose', head: 'prices rose', kind: 'THING' },
      qualifiers: { negated: false, modality: 'asserted' },
      start: 0, end: 34, confidence: 0.8,
    };
    expect(tripleToCarbTuple(article, triple)).toMatchObject({ relation: 'showed that', args: ['The study', 'prices rose'] });
  });

  it('does not repeat a place that is already the object', () => {
    const article = devArticle('The leaders met in Busan .', 1);
    const span = spanIn(article);
    const triple: Triple = {
      id: 'b', article: article.id, sentence: 0,
      subject: { ...span('The leaders'), text: 'The leaders', head: 'leader', kind: 'PERSON' },
      relation: { start: span('met').start, end: span('in').end, text: 'met in', lemma: 'meet in' },
      object: { ...span('Busan'), text: 'Busan', head: 'busan', kind: 'PLACE' },
      qualifiers: { place: 'Busan', negated: false, modality: 'asserted' },
      start: 0, end: 24, confidence: 0.9,
    };
    expect(tripleToCarbTuple(article, triple).args).toEqual(['The leaders', 'Busan']);
  });

  it('writes the verb an apposition, a title or a possessive implies', () => {
    const article = devArticle("Senator Ruiz , a lawyer , praised Chile 's navy .", 1);
    const base = { article: article.id, sentence: 0, qualifiers: { negated: false, modality: 'asserted' as const }, start: 0, end: 40, confidence: 0.7 };
    const arg = (text: string) => ({ start: article.text.indexOf(text), end: article.text.indexOf(text) + text.length, text, head: text, kind: 'THING' as const });
    const at = (text: string, lemma: string) => ({ ...arg(text), lemma });
    const apposition: Triple = { ...base, id: 'a', subject: arg('Ruiz'), relation: at(',', 'be'), object: arg('a lawyer') };
    const title: Triple = { ...base, id: 't', subject: arg('Ruiz'), relation: at('Senator', 'be'), object: arg('Senator'), implicit: true };
    const possessive: Triple = { ...base, id: 'p', subject: arg('Chile'), relation: at("'s", 'have'), object: arg('navy'), implicit: true };
    const verb: Triple = { ...base, id: 'v', subject: arg('Ruiz'), relation: at('praised', 'praise'), object: arg('navy') };
    expect([apposition, title, possessive, verb].map((t) => tripleToCarbTuple(article, t).relation)).toEqual(['be', 'be', 'has', 'praised']);
  });

  it('scores a resolved pronoun by its antecedent, other arguments by their spans, and appends time and place', () => {
    const article = devArticle('He visited Paris in May .', 1);
    const triple: Triple = {
      id: 't1',
      article: article.id,
      sentence: 0,
      subject: { start: 0, end: 2, text: 'He', head: 'macron', kind: 'PERSON', antecedent: 'Macron' },
      relation: { start: 3, end: 10, text: 'visited', lemma: 'visit' },
      object: { start: 11, end: 16, text: 'the city of Paris', head: 'paris', kind: 'PLACE' },
      qualifiers: { time: 'in May', negated: false, modality: 'asserted' },
      start: 0,
      end: 24,
      confidence: 0.8,
    };
    expect(tripleToCarbTuple(article, triple)).toEqual({
      sentence: 'He visited Paris in May .',
      relation: 'visited',
      args: ['Macron', 'Paris', 'in May'],
      confidence: 0.8,
    });
  });
});
