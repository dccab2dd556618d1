// The two seed articles, read from ../shared/seeds: the claims a reader of this story cares about.
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../src/extract/index.ts';
import type { Extraction, Triple } from '../src/types.ts';
import { haveSeeds, seedArticle } from './support/seeds.ts';

if (!haveSeeds) console.warn('[storygraph] ../shared/seeds not found: seed extraction tests are skipped');

function find(x: Extraction, test: (t: Triple) => boolean): Triple {
  const t = x.triples.find(test);
  if (!t) throw new Error(`no such triple among:\n${x.triples.map((t) => `${t.subject.text} | ${t.relation.lemma} | ${t.object?.text}`).join('\n')}`);
  return t;
}

describe.skipIf(!haveSeeds)('seed articles', () => {
  it('first seed: Trump–visit–Beijing in April, attributed to Trump, with exact spans', () => {
    const x = extractTriples(seedArticle(0));
    const text = x.article.text;
    const visit = find(x, (t) => /visit/.test(t.relation.lemma) && t.object?.text === 'Beijing');
    expect(visit.subject.antecedent).toMatch(/Donald Trump/);
    expect(visit.subject.text).toBe('he');
    expect(visit.qualifiers.time).toBe('April');
    expect(visit.qualifiers.attributedTo).toMatch(/Trump/);
    expect(text.slice(visit.object!.start, visit.object!.end)).toBe('Beijing');
    const sentence = x.sentences[visit.sentence]!;
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.start).toBeLessThanOrEqual(visit.start);
    expect(visit.end).toBeLessThanOrEqual(sentence.end);
  });

  it('first seed: US–halve–tariff with 20%', () => {
    const x = extractTriples(seedArticle(0));
    const halve = find(x, (t) => /halve/.test(t.relation.lemma));
    expect(halve.subject.text).toMatch(/US/);
    expect(halve.object?.text).toMatch(/tariff/);
    expect(halve.qualifiers.quantity).toMatchObject({ value: 20, unit: '%' });
  });

  it('first seed: Trump did not mention Taiwan (negated)', () => {
    const x = extractTriples(seedArticle(0));
    const mention = find(x, (t) => t.relation.lemma === 'mention' && t.object?.text === 'Taiwan');
    expect(mention.subject.text).toBe('Trump');
    expect(mention.qualifiers.negated).toBe(true);
    expect(x.article.text.slice(mention.relation.start, mention.relation.end)).toBe('did not mention');
  });

  it('first seed: Takaichi\'s statement, its time, and the claim attributed to her', () => {
    const x = extractTriples(seedArticle(0));
    const said = find(x, (t) => /Takaichi/.test(t.subject.text) && t.relation.lemma === 'say');
    expect(said.qualifiers.time).toMatch(/this month/);
    expect(said.object?.text).toMatch(/^any Chinese attack on Taiwan could trigger a military response from Japan/);
    const inner = find(x, (t) => t.relation.lemma === 'trigger');
    expect(inner.qualifiers.attributedTo).toMatch(/Takaichi/);
    expect(inner.qualifiers.modality).toBe('possible');
    expect(x.article.text.slice(inner.subject.start, inner.subject.end)).toBe('any Chinese attack on Taiwan');
  });

  it('first seed: the quote keeps its words and speaker', () => {
    const x = extractTriples(seedArticle(0));
    const quote = find(x, (t) => t.qualifiers.quote?.startsWith('Our relationship with China') ?? false);
    expect(quote.subject.text).toBe('Trump');
    expect(quote.qualifiers.quote).toBe('Our relationship with China is extremely strong');
  });

  it('second seed: the rewritten claims come out in their own words', () => {
    const x = extractTriples(seedArticle(1));
    const go = find(x, (t) => /go to/.test(t.relation.lemma));
    expect(go.object?.text).toBe("China's capital");
    expect(go.qualifiers.time).toMatch(/April/);
    const duties = find(x, (t) => /^Duties$/.test(t.subject.text) && t.qualifiers.quantity !== undefined);
    expect(duties.qualifiers.quantity).toMatchObject({ value: 50, hedge: 'close to' });
    const call = find(x, (t) => t.qualifiers.quantity?.unit === 'minute');
    expect(call.qualifiers.quantity).toMatchObject({ value: 60, hedge: 'around' });
    const said = find(x, (t) => /^she$/i.test(t.subject.text) && t.qualifiers.quote !== undefined);
    expect(said.subject.antecedent).toMatch(/Karoline Leavitt/);
  });
});
