// Merge keeps every source of a claim, keeps polarity apart, gives intransitive claims their own
// placeholder node; the export follows the contract and is deterministic.
import { describe, expect, it } from 'vitest';
import { buildClaimGraph, claimId, listClaims } from '../src/graph/index.ts';
import { findContradictions } from '../src/compare/index.ts';
import { toStoryExport } from '../src/export/story-export.ts';
import type { Extraction, Resolution, ResolvedTriple } from '../src/types.ts';
import type { Story } from '../src/stories/index.ts';

const STORY: Story = { id: 's:aaa', label: 'Bridge story', articles: ['aaa', 'bbb'] };

function triple(article: string, sentence: number, s: string, p: string, o: string | null, extra: Partial<ResolvedTriple['qualifiers']> = {}, speaker?: string): ResolvedTriple {
  const arg = (id: string) => ({ text: id.slice(2), head: id.slice(2), kind: 'THING' as const, start: 0, end: 1 });
  return {
    id: `${article}-${sentence}-${p}`, article, sentence, subject: arg(s), relation: { text: p, lemma: p, start: 0, end: 1 },
    object: o ? arg(o) : null, qualifiers: { negated: false, modality: 'asserted', ...extra }, start: sentence * 10, end: sentence * 10 + 9,
    confidence: 0.8, subjectId: s, objectId: o, predicate: p, ...(speaker ? { attributedToId: speaker } : {}),
  };
}

function extraction(id: string, path: string, sentences: string[]): Extraction {
  let at = 0;
  return {
    article: { id, title: `title ${id}`, outlet: null, published: null, path, text: sentences.join(' ') },
    sentences: sentences.map((text, index) => { const s = { index, start: at, end: at + text.length, text }; at += text.length + 1; return s; }),
    mentions: [], triples: [],
  };
}

const extractions = [
  extraction('bbb', 'b.txt', ['The quake measured 6.1.', 'The talks collapsed.']),
  extraction('aaa', 'a.txt', ['The quake measured 6.4.', 'Engineers closed the bridge.', 'The bridge was not damaged.']),
];
const resolution: Resolution = {
  entities: [
    { id: 'e:quake', name: 'earthquake', kind: 'THING', aliases: ['quake'] },
    { id: 'e:engineers', name: 'engineers', kind: 'THING', aliases: [] },
    { id: 'e:bridge', name: 'Ostrel River Bridge', kind: 'THING', aliases: ['bridge'] },
  ],
  triples: [
    triple('aaa', 0, 'e:quake', 'measure', null, { quantity: { text: '6.4', value: 6.4, low: 6.4, high: 6.4, unit: 'magnitude', hedge: null } }),
    triple('bbb', 0, 'e:quake', 'measure', null, { quantity: { text: '6.1', value: 6.1, low: 6.1, high: 6.1, unit: 'magnitude', hedge: null }, time: 'Monday' }),
    triple('aaa', 1, 'e:engineers', 'close', 'e:bridge'),
    triple('aaa', 2, 'e:bridge', 'damage', null, { negated: true }),
    triple('bbb', 1, 'e:talks', 'collapse', null),
  ],
  spellingVariants: [],
};

describe('buildClaimGraph', () => {
  const graph = buildClaimGraph(resolution, extractions);
  const measures = listClaims(graph).filter((c) => c.predicate === 'measure');
  const measure = measures.find((c) => c.sources[0]!.qualifiers.quantity?.value === 6.4)!.id;

  it('keeps each stated value on a claim of its own (never first-write-wins)', () => {
    const values = measures.map((c) => c.sources.map((s) => [s.article, s.qualifiers.quantity?.value, s.qualifiers.time]));
    expect(values.sort()).toEqual([[['aaa', 6.4, undefined]], [['bbb', 6.1, 'Monday']]]);
    expect(measures.find((c) => c.sources[0]!.article === 'bbb')!.sources[0]!.text).toBe('The quake measured 6.1.');
  });

  it('leaves out claims about themselves and implicit possessives, keeps implicit roles', () => {
    const background: Resolution = {
      entities: [],
      triples: [
        triple('aaa', 1, 'e:engineers', 'inspect', 'e:engineers'),
        { ...triple('aaa', 1, 'e:engineers', 'be', 'e:engineers'), implicit: true },
        { ...triple('aaa', 1, 'e:bridge', 'have', 'e:engineers'), implicit: true },
        { ...triple('aaa', 1, 'e:engineers', 'be', 'e:bridge'), implicit: true },
      ],
      spellingVariants: [],
    };
    const predicates = listClaims(buildClaimGraph(background, extractions)).map((c) => `${c.subjectId} ${c.predicate} ${c.objectId}`);
    expect(predicates).toEqual(['e:engineers be e:bridge']);
  });

  it('keeps what an outlet said someone is, as its words, when the resolver made the two one ("Ann Osborne, chair of the trust,")', () => {
    const post = { ...triple('aaa', 1, 'e:ann-osborne', 'be', 'e:ann-osborne'), object: { text: 'chair of the trust', head: 'chair', kind: 'PERSON' as const, start: 0, end: 1 } };
    const claims = listClaims(buildClaimGraph({ entities: [], triples: [post], spellingVariants: [] }, extractions));
    expect(claims.map((c) => `${c.subjectId} ${c.predicate} ${c.objectId} ${c.objectText}`)).toEqual(['e:ann-osborne be null chair of the trust']);
  });

  it('exports only entities some claim refers to', () => {
    const withStranger: Resolution = { ...resolution, entities: [...resolution.entities, { id: 'e:stranger', name: 'stranger', kind: 'PERSON', aliases: [] }] };
    const story = toStoryExport(STORY, extractions, withStranger, buildClaimGraph(withStranger, extractions), [], [], [], []);
    const referenced = new Set(story.claims.flatMap((c) => [c.subject, c.object]));
    expect(story.entities.map((e) => e.id)).not.toContain('e:stranger');
    for (const e of story.entities) expect(referenced.has(e.id) || story.claims.some((c) => c.qualifiers.attributedTo === e.id)).toBe(true);
  });

  it('does not count the same triple twice when fed again', () => {
    const again = buildClaimGraph({ ...resolution, triples: [...resolution.triples, resolution.triples[0]] }, extractions);
    expect(again.getEdgeAttribute(measure, 'sources')).toHaveLength(1);
  });

  it('keeps negated claims apart and gives each intransitive claim its own placeholder node', () => {
    const damaged = claimId({ subjectId: 'e:bridge', predicate: 'damage', objectId: null, negated: false });
    const notDamaged = claimId({ subjectId: 'e:bridge', predicate: 'damage', objectId: null, negated: true });
    expect(damaged).not.toBe(notDamaged);
    expect(graph.hasEdge(notDamaged)).toBe(true);
    const target = graph.target(notDamaged);
    expect(graph.getNodeAttributes(target)).toMatchObject({ kind: 'VALUE', placeholder: true });
    expect(graph.target(measure)).not.toBe(target);
  });

  it('adds nodes for entities the resolver did not list, and entity attributes for those it did', () => {
    expect(graph.getNodeAttributes('e:talks')).toMatchObject({ name: 'talks', kind: 'THING' });
    expect(graph.getNodeAttributes('e:quake')).toEqual({ name: 'earthquake', kind: 'THING', aliases: ['quake'] });
  });
});

describe('toStoryExport', () => {
  const build = (r: Resolution, x: Extraction[]) => {
    const graph = buildClaimGraph(r, x);
    return toStoryExport(STORY, x, r, graph, [], findContradictions(graph), [{ articles: ['aaa', 'bbb'], similarity: 0.2, kind: 'independent' }], [{ article: 'bbb', sentence: 1, text: 'The talks collapsed.' }]);
  };
  const story = build(resolution, extractions);

  it('follows the contract: articles with sentence counts, claims with status, sources and qualifiers', () => {
    expect(Object.keys(story)).toEqual(['stories', 'articles', 'entities', 'claims', 'facts', 'contradictions', 'reuse', 'offTopic']);
    expect(story.articles.map((a) => [a.id, a.path, a.sentences])).toEqual([['aaa', 'a.txt', 3], ['bbb', 'b.txt', 2]]);
    const measures = story.claims.filter((c) => c.predicate === 'measure');
    expect(measures.map((c) => c.status)).toEqual(['contradicted', 'contradicted']);
    expect(measures.every((c) => c.object === null)).toBe(true);
    // Each outlet's own amount on its own claim: both sides of the numeric contradiction stay in the data.
    expect(measures.map((c) => [c.sources.map((s) => s.article).join(), c.qualifiers.quantity?.value, c.qualifiers.time]).sort())
      .toEqual([['aaa', 6.4, undefined], ['bbb', 6.1, 'Monday']]);
    expect([...story.contradictions[0]!.claims].sort()).toEqual(measures.map((c) => c.id).sort());
    expect(story.claims.find((c) => c.predicate === 'close')!.status).toBe('unique');
    expect(story.contradictions.map((c) => c.kind)).toEqual(['numeric']);
    expect(story.entities.map((e) => e.id)).toEqual(['e:bridge', 'e:engineers', 'e:quake']);
    expect(JSON.stringify(story)).not.toMatch(/"v:/);
  });

  it('is byte-identical whatever order articles and triples arrive in', () => {
    const shuffled = build({ ...resolution, triples: [...resolution.triples].reverse() }, [...extractions].reverse());
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(story));
  });

  it('marks a claim stated by two articles in the same words and values corroborated', () => {
    const r: Resolution = { ...resolution, triples: [
      triple('aaa', 1, 'e:engineers', 'close', 'e:bridge', { time: 'Tuesday evening' }),
      triple('bbb', 0, 'e:engineers', 'close', 'e:bridge', { time: 'Tuesday evening' }),
      triple('bbb', 1, 'e:engineers', 'close', 'e:bridge', { time: 'Tuesday' }),
    ] };
    const claims = build(r, extractions).claims;
    const evening = claims.find((c) => c.qualifiers.time === 'Tuesday evening')!;
    expect(evening.status).toBe('corroborated');
    expect(evening.sources.map((s) => s.article)).toEqual(['aaa', 'bbb']);
    expect(claims.find((c) => c.qualifiers.time === 'Tuesday')!.sources).toHaveLength(1);
  });
});
