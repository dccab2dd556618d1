// Scored merging of entities across outlets (src/resolve/merge-entities.ts), through the real
// extractor and resolver on sentences written here. Each "joins" case is kept apart when merging is
// off, so it tests the fitted model; each "keeps apart" case guards a wrong merge a reader would see.
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../src/extract/index.ts';
import { profileKeys } from '../src/resolve/entity-profile.ts';
import { entityCandidates, entityMergeModel } from '../src/resolve/merge-entities.ts';
import { resolveTriples, type ResolveOptions } from '../src/resolve/index.ts';
import type { Article } from '../src/types.ts';

function article(id: string, text: string): Article {
  return { id, title: '', outlet: null, published: null, path: `${id}.txt`, text };
}

function resolveTexts(texts: readonly string[], options: ResolveOptions = {}) {
  const resolution = resolveTriples(texts.map((text, i) => extractTriples(article(`a${i}`, text))), options);
  const idOf = (surface: string): string => {
    const triple = resolution.triples.find((t) => t.subject.text === surface || t.object?.text === surface);
    if (!triple) throw new Error(`no argument "${surface}" in: ${resolution.triples.map((t) => `${t.subject.text} | ${t.object?.text ?? ''}`).join('; ')}`);
    return triple.subject.text === surface ? triple.subjectId : triple.objectId!;
  };
  const said = () => resolution.triples.map((t) => `${t.subject.text} → ${t.subjectId}${t.object ? `, ${t.object.text} → ${t.objectId}` : ''}`).join('; ');
  return { resolution, idOf, said };
}

describe('names outlets write differently become one entity', () => {
  it('a name tagged an organisation for the description before it is the person named in full elsewhere', () => {
    const texts = ['Former Halden University standout Ivo Brandt escaped from the courthouse.', 'Ivo Brandt appeared in court on Friday.'];
    const merged = resolveTexts(texts);
    expect(merged.idOf('Former Halden University standout Ivo Brandt'), merged.said()).toBe(merged.idOf('Ivo Brandt'));
    const apart = resolveTexts(texts, { model: null });
    expect(apart.idOf('Former Halden University standout Ivo Brandt'), 'merging off should keep them apart, or this case tests nothing').not.toBe(apart.idOf('Ivo Brandt'));
  });

  it('"The Colts", tagged a common noun, is the "Indianapolis Colts" of another outlet', () => {
    const texts = ['The Indianapolis Colts beat the Kansas City Chiefs on Sunday.', 'The Colts scored three touchdowns in the second half.'];
    const merged = resolveTexts(texts);
    expect(merged.idOf('The Colts'), merged.said()).toBe(merged.idOf('The Indianapolis Colts'));
    expect(merged.idOf('The Colts')).not.toBe(merged.idOf('the Kansas City Chiefs'));
    const apart = resolveTexts(texts, { model: null });
    expect(apart.idOf('The Colts')).not.toBe(apart.idOf('The Indianapolis Colts'));
  });

  it('keeps the reason for a merge, with its score, on the entity', () => {
    const { resolution, idOf } = resolveTexts(['The Indianapolis Colts beat the Kansas City Chiefs on Sunday.', 'The Colts scored three touchdowns in the second half.']);
    const colts = resolution.entities.find((e) => e.id === idOf('The Colts'))!;
    expect(colts.name).toBe('Indianapolis Colts');
    expect(colts.alignment?.join('\n')).toMatch(/"indianapolis colts" = "colts" \(score 0\.\d\d: .*nameContained/);
  });
});

describe('what merging keeps apart', () => {
  it('two places named after the same head noun: "the city of Bandar Abbas" and "the city of Zarand"', () => {
    const { idOf, said } = resolveTexts(['Firefighters reached the city of Bandar Abbas on Monday.', 'Rescuers reached the city of Zarand on Tuesday.']);
    expect(idOf('the city of Bandar Abbas'), said()).not.toBe(idOf('the city of Zarand'));
  });

  it('a named body is not another body of the same place: "Harlshire Police" and "Harlshire County Council\'s highways committee"', () => {
    const { idOf, said } = resolveTexts([
      "A 20mph limit was approved by Harlshire County Council's highways committee on Thursday. Harlshire Police did not object to the scheme.",
      "Harlshire County Council's highways committee backed the plan. Harlshire Police objected to the proposal.",
    ]);
    expect(idOf('Harlshire Police'), said()).not.toBe(idOf("Harlshire County Council's highways committee"));
  });

  it("someone's lawyer is not that person", () => {
    const { idOf, said } = resolveTexts(['Nora Vell thanked her fans.', "Nora Vell's lawyer filed a motion.", 'The lawyer said the case was weak.']);
    expect(idOf("Nora Vell's lawyer"), said()).not.toBe(idOf('Nora Vell'));
    expect(idOf('The lawyer'), said()).not.toBe(idOf('Nora Vell'));
  });

  it('a group is not the one person named: "two women" and "Maria Oster"', () => {
    const { idOf, said } = resolveTexts(['Maria Oster was arrested on Friday.', 'Two women were arrested on Friday.']);
    expect(idOf('Two women'), said()).not.toBe(idOf('Maria Oster'));
  });

  it('a description that fits nobody named is not the story\'s most mentioned person', () => {
    const { idOf, said } = resolveTexts([
      'President Donald Trump said he would visit Beijing.',
      'Donald Trump met Xi Jinping in April.',
      'The reader said the visit was important.',
    ]);
    expect(idOf('The reader'), said()).not.toBe(idOf('President Donald Trump'));
  });

  it('a surname two people share goes to the one the story is about only when it dominates', () => {
    const about = [
      'Bettie Vann died on Thursday in Los Angeles.',
      'Bettie Vann was a model in the 1950s.',
      'Bettie Vann left New York in 1959.',
      'Her brother Jack Vann spoke to reporters.',
      'Vann was 85.',
    ];
    const dominant = resolveTexts(about);
    expect(dominant.idOf('Vann'), dominant.said()).toBe(dominant.idOf('Bettie Vann'));
    const even = resolveTexts(['Anna Berg won the vote.', 'Tomas Berg lost the vote.', 'Berg spoke to reporters.']);
    expect([even.idOf('Anna Berg'), even.idOf('Tomas Berg')], even.said()).not.toContain(even.idOf('Berg'));
  });
});

describe('candidates and model', () => {
  it('never offers a pair that clashes: two different full names, two different numbers', () => {
    const profiles = profileKeys([
      { key: 'name:a', kind: 'PERSON', article: 'a1', text: 'Anna Berg', context: [] },
      { key: 'name:b', kind: 'PERSON', article: 'a2', text: 'Tomas Berg', context: [] },
      { key: 'thing:c', kind: 'PERSON', article: 'a1', text: 'three bank workers', context: [] },
      { key: 'thing:d', kind: 'PERSON', article: 'a2', text: 'two bank workers', context: [] },
    ]);
    const pairs = entityCandidates(profiles).map((p) => `${profiles[p.a]!.key}+${profiles[p.b]!.key}`);
    expect(pairs).not.toContain('name:a+name:b');
    expect(pairs).not.toContain('thing:c+thing:d');
  });

  it('reads a model fitted on ECB+ train, with a threshold and where it came from', () => {
    const model = entityMergeModel();
    expect(model.fittedOn).toMatch(/ECB\+ train/);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });
});
