// The align stage through the real pipeline: claims outlets word differently become one fact, each
// keeping its own words and values; facts stay apart where participants or a sentence's list differ.
// Articles written here.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import type { Article, StoryExport } from '../src/types.ts';

function storyOf(...texts: string[]): StoryExport {
  const articles: Article[] = texts.map((text, i) => ({ id: `a${i}`, title: '', outlet: null, published: null, path: `outlet-${i}.txt`, text }));
  return buildStory(articles);
}

/** The facts, each as its claims' "subject predicate object" lines, for failure messages. */
function describeFacts(story: StoryExport): string {
  const byId = new Map(story.claims.map((c) => [c.id, c]));
  return story.facts
    .map((f) => `${f.status}: ${f.claims.map((id) => { const c = byId.get(id)!; return `${c.subject} ${c.predicate} ${c.object ?? c.objectText ?? ''}`; }).join(' / ')}`)
    .join('\n');
}

function factWith(story: StoryExport, sentenceA: string, sentenceB: string) {
  const claimsIn = (text: string) => new Set(story.claims.filter((c) => c.sources.some((s) => s.text.includes(text))).map((c) => c.id));
  const a = claimsIn(sentenceA);
  const b = claimsIn(sentenceB);
  return story.facts.find((f) => f.claims.some((c) => a.has(c)) && f.claims.some((c) => b.has(c)));
}

describe('align: the same fact in other words', () => {
  it('joins "struck" and "hit" about one town on one day, with its score and reasons', () => {
    const story = storyOf(
      'A strong earthquake struck the town of Velsk on Monday, officials said. Rescue teams searched the rubble.',
      'A powerful quake hit the town of Velsk on Monday. Schools were closed across the region.',
    );
    const fact = factWith(story, 'struck the town of Velsk', 'hit the town of Velsk');
    expect(fact, describeFacts(story)).toBeDefined();
    expect(fact!.status).toBe('corroborated');
    expect(fact!.alignment.length).toBeGreaterThan(0);
    expect(fact!.alignment[0]!.score).toBeGreaterThan(0.5);
    expect(fact!.alignment[0]!.reasons.join('; ')).toMatch(/predicate/);
    for (const id of fact!.claims) expect(story.claims.find((c) => c.id === id)!.status).toBe('corroborated');
  });

  it('keeps each outlet’s amount on its own claim and reports both sides', () => {
    const story = storyOf(
      'Officials said the storm damaged 120 homes in Marrow County on Friday.',
      'The storm damaged 45 homes in Marrow County on Friday, according to the fire service.',
    );
    const numeric = story.contradictions.filter((x) => x.kind === 'numeric');
    expect(numeric.map((x) => x.explanation), describeFacts(story)).toHaveLength(1);
    expect(numeric[0]!.explanation).toMatch(/120/);
    expect(numeric[0]!.explanation).toMatch(/45/);
    const amounts = numeric[0]!.claims.map((id) => story.claims.find((c) => c.id === id)!.sources[0]!.qualifiers?.quantity?.value ?? story.claims.find((c) => c.id === id)!.qualifiers.quantity?.value);
    expect(amounts.sort()).toEqual([120, 45]);
  });

  it('keeps two companies’ counts apart: a fact is about its participants', () => {
    const story = storyOf('Brenmoor runs 62 stores in the region.', 'Pellmont operates 38 stores in the region.');
    expect(story.contradictions.map((x) => x.explanation), describeFacts(story)).toEqual([]);
    expect(story.facts.every((f) => f.status === 'unique'), describeFacts(story)).toBe(true);
  });

  it('keeps the claims of one sentence’s list as separate facts', () => {
    const story = storyOf(
      'The ministers discussed trade, fishing rights and energy prices.',
      'The ministers discussed trade and fishing rights on Tuesday.',
    );
    const multi = story.facts.filter((f) => f.claims.length > 1);
    const byId = new Map(story.claims.map((c) => [c.id, c]));
    for (const fact of multi) {
      const objects = new Set(fact.claims.map((id) => byId.get(id)!.object));
      expect(objects.size, describeFacts(story)).toBe(1);
    }
  });

  it('gives every claim exactly one fact and the same facts for any input order', () => {
    const texts = [
      'A strong earthquake struck the town of Velsk on Monday. Mayor Ilse Brandt said 12 people were hurt.',
      'A powerful quake hit Velsk on Monday. Brandt said 14 people were injured.',
      'The earthquake struck Velsk early on Monday, and the mayor declared a state of emergency.',
    ];
    const forwards = storyOf(...texts);
    const backwards = storyOf(...[...texts].reverse());
    const claimsInFacts = forwards.facts.flatMap((f) => f.claims).sort();
    expect(claimsInFacts).toEqual(forwards.claims.map((c) => c.id).sort());
    const asSets = (s: StoryExport) => s.facts.map((f) => f.claims.join(',')).sort();
    // Article ids follow the text, not the order, so the same texts give the same claims.
    expect(asSets(backwards).length).toBe(asSets(forwards).length);
  });
});

describe('judge inside a fact', () => {
  it('reports one person spelled two ways when the resolver kept the spellings apart', () => {
    const story = storyOf(
      'Chief inspector Rosalind Achterberg led the inquiry into the collapse on Monday.',
      'Rosalind Achterburg led the inquiry into the footbridge collapse.',
    );
    const spelling = story.contradictions.filter((x) => x.kind === 'spelling');
    expect(spelling.map((x) => x.explanation), describeFacts(story)).toHaveLength(1);
    expect(spelling[0]!.explanation).toMatch(/Achterberg.*Achterburg|Achterburg.*Achterberg/);
  });

  it('leaves two people whose names differ by more than a slip alone', () => {
    const story = storyOf('Rosalind Achterberg led the inquiry into the collapse.', 'Rosalind Ackermann led the inquiry into the collapse.');
    expect(story.contradictions.filter((x) => x.kind === 'spelling').map((x) => x.explanation)).toEqual([]);
  });
});
