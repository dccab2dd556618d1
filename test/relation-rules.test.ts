// Every relation row's example, read by the whole extractor: the claim on it has the row's relation,
// and records that the row made it.
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../src/extract/index.ts';
import { RELATION_RULES } from '../src/extract/relation-rules.ts';

const triplesOf = (text: string) => extractTriples({ id: 'a', title: '', outlet: null, published: null, text, path: 'a.txt' }).triples;

describe('relation rows', () => {
  for (const rule of RELATION_RULES) {
    it(`${rule.name}: "${rule.example.sentence}" → ${rule.example.lemma}`, () => {
      const relations = triplesOf(rule.example.sentence).map((t) => ({ lemma: t.relation.lemma, rules: t.relation.rules ?? [] }));
      const shaped = relations.find((r) => r.lemma === rule.example.lemma);
      expect(shaped?.rules, `relations read: ${JSON.stringify(relations)}`).toContain(rule.name);
    });
  }
  it('gives every row a name of its own', () => {
    const names = RELATION_RULES.map((r) => r.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
