// Contradiction detectors on hand-built resolved triples: each kind is found, and each look-alike
// that is not a contradiction (paraphrase, vague time, overlapping hedges, non-functional
// relations) is left alone.
import { describe, expect, it } from 'vitest';
import { buildClaimGraph } from '../src/graph/index.ts';
import { findContradictions, claimStatuses } from '../src/compare/index.ts';
import type { EntityKind, EntityRecord, Extraction, Qualifiers, Quantity, Resolution, ResolvedTriple, SpellingVariant } from '../src/types.ts';

const KINDS: Record<string, EntityKind> = {
  'e:quake': 'THING', 'e:valsky': 'PERSON', 'e:damage': 'THING', 'e:bridge': 'THING', 'e:agency': 'ORG',
  'e:marsh': 'PERSON', 'e:kolar': 'PERSON', 'e:brennan': 'PERSON', 'e:ministry': 'ORG', 'e:trump': 'PERSON',
  'e:xi': 'PERSON', 'e:takaichi': 'PERSON', 'e:meeting': 'THING', 'e:tariffs': 'THING', 'e:spokesperson-of-agency': 'THING',
  'e:relationship': 'THING', 'e:town': 'THING', 'e:shelters': 'THING', 'e:aster': 'ORG', 'e:helio': 'ORG', 'e:brightline': 'ORG',
};
// Speakers by their names, as the resolver names people ("her agent" credits no one in particular).
const NAMES: Record<string, string> = { 'e:spokesperson-of-agency': 'spokesperson of the Varnesse Emergency Agency', 'e:valsky': 'Teodor Valsky', 'e:brennan': 'Sofia Brennan' };

let counter = 0;
interface Spec {
  article: string;
  s: string;
  p: string;
  o?: string | null;
  sentence?: number;
  q?: Partial<Qualifiers>;
  speaker?: string;
}

function triple({ article, s, p, o = null, sentence = 0, q = {}, speaker }: Spec): ResolvedTriple {
  counter += 1;
  const arg = (id: string) => ({ text: NAMES[id] ?? id.slice(2), head: id.slice(2), kind: KINDS[id] ?? 'THING', start: 0, end: 1 });
  return {
    id: `t${counter}`, article, sentence,
    subject: arg(s), relation: { text: p, lemma: p, start: 0, end: 1 }, object: o ? arg(o) : null,
    qualifiers: { negated: false, modality: 'asserted', ...q },
    start: 0, end: 10, confidence: 0.9,
    subjectId: s, objectId: o, predicate: p, ...(speaker ? { attributedToId: speaker } : {}),
  };
}

function qty(text: string, value: number, unit: string, hedge: string | null = null, low = value, high = value): Quantity {
  return { text, value, low, high, unit, hedge };
}

function story(triples: ResolvedTriple[], spellingVariants: SpellingVariant[] = []) {
  const ids = new Set(triples.flatMap((t) => [t.subjectId, t.objectId, t.attributedToId].filter((x): x is string => !!x)));
  const entities: EntityRecord[] = [...ids].map((id) => ({ id, name: NAMES[id] ?? id.slice(2), kind: KINDS[id] ?? 'THING', aliases: [] }));
  const resolution: Resolution = { entities, triples, spellingVariants };
  const articles = [...new Set(triples.map((t) => t.article))];
  const extractions: Extraction[] = articles.map((id) => ({
    article: { id, title: id, outlet: null, published: null, path: `${id}.txt`, text: '' },
    sentences: [{ index: 0, start: 0, end: 0, text: `sentence of ${id}` }],
    mentions: [], triples: [],
  }));
  const graph = buildClaimGraph(resolution, extractions);
  return { graph, contradictions: findContradictions(graph) };
}

const kindsOf = (triples: ResolvedTriple[], variants: SpellingVariant[] = []) => story(triples, variants).contradictions.map((c) => c.kind);

describe('numeric', () => {
  it('flags 6.4 vs 6.1 magnitude and names both values and both sources', () => {
    const { contradictions } = story([
      triple({ article: 'a1', s: 'e:quake', p: 'measure', q: { quantity: qty('6.4', 6.4, 'magnitude') } }),
      triple({ article: 'a2', s: 'e:quake', p: 'measure', sentence: 3, q: { quantity: qty('6.1', 6.1, 'magnitude') } }),
    ]);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0].kind).toBe('numeric');
    expect(contradictions[0].explanation).toMatch(/6\.1/);
    expect(contradictions[0].explanation).toMatch(/6\.4/);
    expect(contradictions[0].explanation).toMatch(/a1/);
    expect(contradictions[0].explanation).toMatch(/a2 sentence 3/);
    expect(contradictions[0].explanation.includes('\n')).toBe(false);
  });

  it('leaves figures ten times apart alone (a game\'s points and a career\'s), and flags figures of one size', () => {
    const points = (article: string, text: string, value: number) => triple({ article, s: 'e:hansbrough', p: 'have', q: { quantity: qty(text, value, 'point') } });
    expect(kindsOf([points('a1', '24 points', 24), points('a2', '2,301 points', 2301)])).toEqual([]);
    expect(kindsOf([points('a1', '2,301 points', 2301), points('a2', '2,302 points', 2302)])).toEqual(['numeric']);
  });

  it('leaves two figures said of two different times alone (a Sunday quake, a September quake), and still flags them at one time', () => {
    const apart = kindsOf([
      triple({ article: 'a1', s: 'e:quake', p: 'measure', q: { quantity: qty('5.6', 5.6, 'magnitude'), time: 'Sunday' } }),
      triple({ article: 'a2', s: 'e:quake', p: 'measure', q: { quantity: qty('6.1', 6.1, 'magnitude'), time: 'in September' } }),
    ]);
    expect(apart).toEqual([]);
    const together = kindsOf([
      triple({ article: 'a1', s: 'e:quake', p: 'measure', q: { quantity: qty('5.6', 5.6, 'magnitude'), time: 'Sunday' } }),
      triple({ article: 'a2', s: 'e:quake', p: 'measure', q: { quantity: qty('6.1', 6.1, 'magnitude'), time: 'on Sunday' } }),
    ]);
    expect(together).toEqual(['numeric']);
  });

  it('flags $4.2 vs $4.5 billion, including when one side left the scale word unapplied', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:valsky', p: 'estimate', o: 'e:damage', q: { quantity: qty('$4.2 billion', 4.2e9, 'USD') } }),
      triple({ article: 'a2', s: 'e:valsky', p: 'estimate', o: 'e:damage', q: { quantity: qty('$4.5 billion', 4.5, 'USD') } }),
    ])).toEqual(['numeric']);
  });

  it('does not flag overlapping hedges: "just under 50%" vs "close to half"', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:tariffs', p: 'remain at', q: { quantity: qty('just under 50%', 50, '%', 'just under', 45, 50) } }),
      triple({ article: 'a2', s: 'e:tariffs', p: 'remain at', q: { quantity: qty('close to half', 50, '%', 'close to', 45, 50) } }),
    ])).toEqual([]);
  });

  it('reads "more than 100 people" as a lower bound: 200 people agrees, 80 does not', () => {
    // The extractor's own range for "more than" is ×[1, 1.5]; judging must not read 200 as a clash.
    const over = triple({ article: 'a1', s: 'e:crowd', p: 'gather', q: { quantity: qty('more than 100 people', 100, 'people', 'more than', 100, 150) } });
    expect(kindsOf([over, triple({ article: 'a2', s: 'e:crowd', p: 'gather', q: { quantity: qty('200 people', 200, 'people') } })])).toEqual([]);
    expect(kindsOf([over, triple({ article: 'a2', s: 'e:crowd', p: 'gather', q: { quantity: qty('80 people', 80, 'people') } })])).toEqual(['numeric']);
  });

  it('sets two different minimums side by side: "at least 14 homes" vs "at least 40 homes", not 14 vs 15', () => {
    const atLeast = (article: string, n: number) =>
      triple({ article, s: 'e:fire', p: 'destroy', o: 'e:home', q: { quantity: qty(`at least ${n} homes`, n, '', 'at least', n, n * 1.5) } });
    expect(kindsOf([atLeast('a1', 14), atLeast('a2', 40)])).toEqual(['numeric']);
    expect(kindsOf([atLeast('a1', 14), atLeast('a2', 15)])).toEqual([]);
  });

  it('widens an exact range by its hedge when the extractor did not', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:tariffs', p: 'remain at', q: { quantity: qty('nearly 50%', 50, '%', 'nearly') } }),
      triple({ article: 'a2', s: 'e:tariffs', p: 'remain at', q: { quantity: qty('47%', 47, '%') } }),
    ])).toEqual([]);
  });

  it('treats "about an hour" and "around 60 minutes" as the same duration, but not 2 hours', () => {
    const hour = triple({ article: 'a1', s: 'e:meeting', p: 'last', q: { quantity: qty('about an hour', 1, 'hour', 'about') } });
    expect(kindsOf([hour, triple({ article: 'a2', s: 'e:meeting', p: 'last', q: { quantity: qty('around 60 minutes', 60, 'minute', 'around') } })])).toEqual([]);
    expect(kindsOf([hour, triple({ article: 'a2', s: 'e:meeting', p: 'last', q: { quantity: qty('two hours', 120, 'minutes') } })])).toEqual(['numeric']);
  });

  it('never compares amounts in different units or of different objects', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:helio', p: 'pay', o: 'e:aster', q: { quantity: qty('$4.2 billion', 4.2e9, 'USD') } }),
      triple({ article: 'a2', s: 'e:helio', p: 'pay', o: 'e:brightline', q: { quantity: qty('$300 million', 3e8, 'USD') } }),
      triple({ article: 'a2', s: 'e:helio', p: 'pay', o: 'e:aster', q: { quantity: qty('40%', 40, '%') } }),
    ])).toEqual([]);
  });

  it('reports one contradiction per pair of distinct values, however many sources repeat them', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      triple({ article: `a${i}`, s: 'e:quake', p: 'measure', q: { quantity: i % 2 ? qty('6.4', 6.4, 'magnitude') : qty('6.1', 6.1, 'magnitude') } }));
    const { contradictions } = story(many);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0].explanation).toMatch(/14 more articles/);
  });
});

describe('polarity', () => {
  it('flags "was damaged" vs "was not damaged" as two claims in one contradiction', () => {
    const { graph, contradictions } = story([
      triple({ article: 'a1', s: 'e:bridge', p: 'damage' }),
      triple({ article: 'a2', s: 'e:bridge', p: 'damage', q: { negated: true } }),
    ]);
    expect(contradictions.map((c) => c.kind)).toEqual(['polarity']);
    expect(contradictions[0].claims).toHaveLength(2);
    expect(graph.size).toBe(2);
    expect(contradictions[0].explanation).toMatch(/bridge damage .*bridge not damage/);
  });

  it('ignores a merely possible claim against a denial', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:bridge', p: 'damage', q: { modality: 'possible' } }),
      triple({ article: 'a2', s: 'e:bridge', p: 'damage', q: { negated: true } }),
    ])).toEqual([]);
  });
});

describe('role', () => {
  it('flags two different spokespeople of one organisation (functional relation)', () => {
    const { contradictions } = story([
      triple({ article: 'a1', s: 'e:marsh', p: 'spokesperson of', o: 'e:agency' }),
      triple({ article: 'a2', s: 'e:kolar', p: 'spokesperson of', o: 'e:agency' }),
    ]);
    expect(contradictions.map((c) => c.kind)).toEqual(['role']);
    expect(contradictions[0].explanation).toMatch(/marsh/);
    expect(contradictions[0].explanation).toMatch(/kolar/);
  });

  it('flags a copular role with a titled object ("X is the spokesperson of Y")', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:marsh', p: 'be', o: 'e:spokesperson-of-agency' }),
      triple({ article: 'a2', s: 'e:kolar', p: 'serve as', o: 'e:spokesperson-of-agency' }),
    ])).toEqual(['role']);
  });

  it('does not flag "Trump met Xi" vs "Trump met Takaichi": meet is not functional', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:trump', p: 'meet', o: 'e:xi' }),
      triple({ article: 'a2', s: 'e:trump', p: 'meet', o: 'e:takaichi' }),
    ])).toEqual([]);
  });

  it('does not flag the same spokesperson named twice', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:marsh', p: 'spokesperson of', o: 'e:agency' }),
      triple({ article: 'a2', s: 'e:marsh', p: 'spokesperson of', o: 'e:agency' }),
    ])).toEqual([]);
  });
});

describe('attribution and quote', () => {
  const quote = 'We will rebuild every home that fell';
  it('flags the same quote credited to two different speakers', () => {
    const { contradictions } = story([
      triple({ article: 'a1', s: 'e:town', p: 'rebuild', speaker: 'e:valsky', q: { quote, modality: 'reported', attributedTo: 'Valsky' } }),
      triple({ article: 'a2', s: 'e:town', p: 'rebuild', speaker: 'e:brennan', q: { quote, modality: 'reported', attributedTo: 'Mayor Sofia Brennan' } }),
    ]);
    expect(contradictions.map((c) => c.kind)).toEqual(['attribution']);
    expect(contradictions[0].explanation).toMatch(/Valsky/);
    expect(contradictions[0].explanation).toMatch(/Brennan/);
  });

  it('flags one speaker quoted in different words and shows the word-level change', () => {
    const { contradictions } = story([
      triple({ article: 'a1', s: 'e:relationship', p: 'be', speaker: 'e:trump', q: { quote: 'Our relationship with China is extremely strong!' } }),
      triple({ article: 'a2', s: 'e:relationship', p: 'be', speaker: 'e:trump', q: { quote: 'Our relationship with China is very robust!' } }),
    ]);
    expect(contradictions.map((c) => c.kind)).toEqual(['quote']);
    expect(contradictions[0].explanation).toMatch(/"extremely strong" → "very robust"|"very robust" → "extremely strong"/);
  });

  it('flags one speaker\'s quote reworded so far that few content words are the same ("every vote counts" / "every vote really does matter")', () => {
    const { contradictions } = story([
      triple({ article: 'a1', s: 'e:vote', p: 'count', speaker: 'e:shawcross', q: { quote: 'Every single vote counts, and tonight proved it' } }),
      triple({ article: 'a2', s: 'e:vote', p: 'matter', speaker: 'e:shawcross', q: { quote: 'Tonight proves that every vote really does matter' } }),
    ]);
    expect(contradictions.map((c) => c.explanation)).toEqual([expect.stringMatching(/quoted differently/)]);
  });

  it('sets a reworded quote against its counterpart only: of two quotes in one article, the one most like the other outlet\'s', () => {
    const { contradictions } = story([
      triple({ article: 'a1', s: 'e:court', p: 'give', speaker: 'e:judge', q: { quote: 'If there was any more I could give you, I would' } }),
      triple({ article: 'a2', s: 'e:court', p: 'give', speaker: 'e:judge', q: { quote: "I'm giving you the maximum, every day I could give you" } }),
      triple({ article: 'a2', s: 'e:court', p: 'give', sentence: 1, speaker: 'e:judge', q: { quote: 'If I could give you any more, I would' } }),
    ]);
    expect(contradictions.map((c) => c.explanation)).toEqual([expect.stringMatching(/"If I could give you any more, I would"/)]);
  });

  it('does not compare short quotes of one speaker by their small words ("The man is petrified" / "The man is an emotional wreck")', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:man', p: 'be', speaker: 'e:judge', q: { quote: 'The man is an emotional wreck' } }),
      triple({ article: 'a2', s: 'e:man', p: 'be', speaker: 'e:judge', q: { quote: 'The man is petrified' } }),
    ])).toEqual([]);
  });

  it('does not flag the same wording outside quotes (paraphrase is not a misquote)', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:relationship', p: 'be', o: 'e:valsky', speaker: 'e:trump', q: { modality: 'reported' } }),
      triple({ article: 'a2', s: 'e:relationship', p: 'be', o: 'e:valsky', speaker: 'e:trump', q: { modality: 'reported' } }),
    ])).toEqual([]);
  });

  it('does not flag an identical quote by the same speaker, nor unrelated quotes', () => {
    expect(kindsOf([
      triple({ article: 'a1', s: 'e:town', p: 'rebuild', speaker: 'e:valsky', q: { quote } }),
      triple({ article: 'a2', s: 'e:town', p: 'rebuild', speaker: 'e:valsky', q: { quote: `${quote}.` } }),
      triple({ article: 'a3', s: 'e:town', p: 'rebuild', speaker: 'e:brennan', q: { quote: 'Schools reopen next week across the province' } }),
    ])).toEqual([]);
  });
});

describe('time', () => {
  const reopen = (article: string, time: string) => triple({ article, s: 'e:ministry', p: 'reopen', o: 'e:bridge', q: { time } });
  it('flags third quarter vs fourth quarter, and Monday vs Tuesday', () => {
    expect(kindsOf([reopen('a1', 'in the third quarter'), reopen('a2', 'in the fourth quarter')])).toEqual(['time']);
    expect(kindsOf([reopen('a1', 'Monday'), reopen('a2', 'on Tuesday')])).toEqual(['time']);
  });

  it('reads two dates years apart as two times it happened, a year apart as a disagreement', () => {
    const appeared = (article: string, time: string) => triple({ article, s: 'e:page', p: 'appear in', o: 'e:magazine', q: { time } });
    expect(kindsOf([appeared('a1', 'in 1955'), appeared('a2', 'in 1998')])).toEqual([]);
    expect(kindsOf([appeared('a1', 'in 2009'), appeared('a2', 'in 2010')])).toEqual(['time']);
  });

  it('accepts "in October" vs "in the fall" and vague vs anything', () => {
    expect(kindsOf([reopen('a1', 'in October'), reopen('a2', 'in the fall')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'nearly a month ago'), reopen('a2', 'recently')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'on Monday'), reopen('a2', 'recently')])).toEqual([]);
  });

  it('reads a period as everything between its ends', () => {
    expect(kindsOf([reopen('a1', 'from Monday to Thursday'), reopen('a2', 'on Tuesday')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'from Monday to Thursday'), reopen('a2', 'on Saturday')])).toEqual(['time']);
    // A week that wraps round Sunday, and winter months that wrap round the new year.
    expect(kindsOf([reopen('a1', 'from Friday to Monday'), reopen('a2', 'Sunday')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'from November to February'), reopen('a2', 'in January')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'from November to February'), reopen('a2', 'in July')])).toEqual(['time']);
    expect(kindsOf([reopen('a1', 'between 2015 and 2019'), reopen('a2', 'in 2017')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'between 2015 and 2019'), reopen('a2', 'in 2021')])).toEqual(['time']);
    // Across years any month is possible.
    expect(kindsOf([reopen('a1', 'from March 2019 until June 2020'), reopen('a2', 'in October 2019')])).toEqual([]);
  });

  it('reads clock times with the rounding outlets use, and a bound as everything on its side', () => {
    expect(kindsOf([reopen('a1', 'just after 3pm'), reopen('a2', 'around 4.45pm')])).toEqual(['time']);
    expect(kindsOf([reopen('a1', '9am'), reopen('a2', '9.15am')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'around 11pm'), reopen('a2', '11.30pm')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'By 10am'), reopen('a2', 'shortly after 7am')])).toEqual([]);
    expect(kindsOf([reopen('a1', 'after 9pm'), reopen('a2', '8am')])).toEqual(['time']);
  });

  it('does not compare times of different claims', () => {
    expect(kindsOf([reopen('a1', 'in the third quarter'), triple({ article: 'a2', s: 'e:ministry', p: 'inspect', o: 'e:bridge', q: { time: 'in the fourth quarter' } })])).toEqual([]);
  });
});

describe('spelling', () => {
  it('reports resolver spelling variants with both spellings and their articles', () => {
    const { contradictions } = story(
      [triple({ article: 'a1', s: 'e:valsky', p: 'visit', o: 'e:town' }), triple({ article: 'a2', s: 'e:valsky', p: 'thank', o: 'e:agency' })],
      [{ entity: 'e:valsky', spellings: [{ name: 'Teodor Valsky', articles: ['a1'] }, { name: 'Teodor Valski', articles: ['a2'] }] }],
    );
    expect(contradictions.map((c) => c.kind)).toEqual(['spelling']);
    expect(contradictions[0].explanation).toMatch(/"Teodor Valski" \(article a2\) vs "Teodor Valsky" \(article a1\)|"Teodor Valsky" \(article a1\) vs "Teodor Valski" \(article a2\)/);
    expect(contradictions[0].claims).toHaveLength(2);
  });
});

describe('claim status', () => {
  it('derives contradicted / corroborated / unique as defined', () => {
    const { graph, contradictions } = story([
      triple({ article: 'a1', s: 'e:quake', p: 'measure', q: { quantity: qty('6.4', 6.4, 'magnitude') } }),
      triple({ article: 'a2', s: 'e:quake', p: 'measure', q: { quantity: qty('6.1', 6.1, 'magnitude') } }),
      triple({ article: 'a1', s: 'e:quake', p: 'strike', o: 'e:town' }),
      triple({ article: 'a2', s: 'e:quake', p: 'strike', o: 'e:town' }),
      triple({ article: 'a1', s: 'e:valsky', p: 'visit', o: 'e:town' }),
      triple({ article: 'a1', s: 'e:valsky', p: 'visit', o: 'e:town', sentence: 4 }),
    ]);
    const statuses = [...claimStatuses(graph, contradictions).entries()].map(([id, status]) => [graph.getEdgeAttributes(id).predicate, status]);
    expect(Object.fromEntries(statuses)).toEqual({ measure: 'contradicted', strike: 'corroborated', visit: 'unique' });
  });
});

describe('determinism and scale', () => {
  it('gives the same ids whatever the input order', () => {
    const ts = [
      triple({ article: 'a1', s: 'e:quake', p: 'measure', q: { quantity: qty('6.4', 6.4, 'magnitude') } }),
      triple({ article: 'a2', s: 'e:quake', p: 'measure', q: { quantity: qty('6.1', 6.1, 'magnitude') } }),
      triple({ article: 'a1', s: 'e:bridge', p: 'damage' }),
      triple({ article: 'a2', s: 'e:bridge', p: 'damage', q: { negated: true } }),
    ];
    expect(story([...ts].reverse()).contradictions).toEqual(story(ts).contradictions);
  });

  it('handles 800 articles × 20 claims quickly (blocking, not all pairs)', () => {
    const ts: ResolvedTriple[] = [];
    for (let a = 0; a < 800; a += 1) {
      for (let c = 0; c < 20; c += 1) {
        // Half the claims have no object, so their amount is what they state and blocks meet across articles.
        ts.push(triple({ article: `a${a}`, s: `e:s${(a * 7 + c) % 4000}`, p: `p${c % 5}`, o: c % 2 === 0 ? null : `e:o${c}`, q: { quantity: qty(`${c}`, c + (a % 3) * 10, 'people'), time: a % 2 ? 'Monday' : 'in October', quote: `quote ${a} ${c} words here` } }));
      }
    }
    const started = performance.now();
    const { contradictions } = story(ts);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(contradictions.length).toBeGreaterThan(0);
  });
});
