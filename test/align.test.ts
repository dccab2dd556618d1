// The align stage through the real pipeline: claims outlets word differently become one fact, each
// keeping its own words and values; facts stay apart where participants or a sentence's list differ.
// Articles written here.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import type { Article, StoryExport } from '../src/types.ts';
import { extractTriples } from '../src/extract/index.ts';
import { resolveTriples } from '../src/resolve/index.ts';
import { buildClaimGraph } from '../src/graph/build-claim-graph.ts';
import { profileClaims } from '../src/align/index.ts';
import { candidatePairs } from '../src/align/candidates.ts';
import type { ClaimProfile } from '../src/align/claim-profile.ts';
import { wordRelation } from '../src/align/word-relation.ts';

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
  it('joins a description and a name in one slot ("Traffic police" / "Sergeant Ruth Calloway"): only two names with nothing in common are two participants', () => {
    const story = storyOf(
      'Traffic police closed the Meridale bridge on Friday after cracks were found.',
      'Sergeant Ruth Calloway closed the Meridale bridge on Friday after cracks were found.',
    );
    expect(factWith(story, 'Traffic police closed', 'Sergeant Ruth Calloway closed'), describeFacts(story)).toBeDefined();
  });

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

describe('verbs WordNet relates past synonyms and hypernyms', () => {
  it('"collapse" is to "fall apart": the definition relates them where hypernyms do not', () => {
    expect(wordRelation('collapse', 'fall', 'verb')).toBe('defined');
    // "take" defines half the verbs of English ("lead: take somebody somewhere"): no link through it.
    expect(wordRelation('snatch', 'take', 'verb')).not.toBe('defined');
    expect(wordRelation('win', 'snatch', 'verb')).toBe('none');
    // Entailment and cause are WordNet pointers of their own: killing causes dying, mauling injures.
    expect(wordRelation('kill', 'die', 'verb')).toBe('entails');
    expect(wordRelation('maul', 'injure', 'verb')).toBe('entails');
  });

  it('joins "a dog mauled the postman" and "the postman was injured by a dog", saying why', () => {
    const story = storyOf('A dog mauled the postman on Tuesday.', 'The postman was injured by a dog on Tuesday.');
    const reasons = story.facts.flatMap((f) => f.alignment.flatMap((a) => a.reasons));
    expect(reasons, describeFacts(story)).toContainEqual(expect.stringMatching(/predicate: WordNet (entails|defined) (maul~injure|injure~maul)/));
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

describe('align on awkward input', () => {
  it('a story of one article: every fact unique, no alignment', () => {
    const story = storyOf('The council approved the budget on Monday. The mayor praised the vote.');
    expect(story.facts.length).toBeGreaterThan(0);
    expect(story.facts.every((f) => f.status === 'unique' && f.alignment.length === 0), describeFacts(story)).toBe(true);
  });

  it('an article with no claims beside one with claims', () => {
    const story = storyOf('Hmm.', 'The council approved the budget on Monday.');
    expect(story.facts.flatMap((f) => f.claims).sort()).toEqual(story.claims.map((c) => c.id).sort());
  });

  it('500 near-identical articles: one fact, and contradictions that grow with the articles, not their pairs', () => {
    const texts = Array.from({ length: 500 }, (_, i) => `The Velsk bridge reopened on Monday after repairs costing ${1000 + i} dollars, officials said. Story ${i}.`);
    const started = performance.now();
    const story = storyOf(...texts);
    const seconds = (performance.now() - started) / 1000;
    const costs = story.claims.filter((c) => c.predicate === 'cost');
    const facts = new Set(costs.map((c) => story.facts.find((f) => f.claims.includes(c.id))!.id));
    expect(costs.length, story.claims.map((c) => c.predicate).join(', ')).toBe(500);
    expect(facts.size, `${costs.length} cost claims in ${facts.size} facts`).toBe(1);
    // 500 different figures: each against its neighbour in size, 499 at most, never 124,750.
    expect(story.contradictions.filter((x) => x.kind === 'numeric').length).toBeLessThan(500);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});

/** Each claim's profile, as align reads it, for the texts as articles of one story. */
function profilesOf(texts: string[]): ClaimProfile[] {
  const extractions = texts.map((text, i) => extractTriples({ id: `a${i}`, title: '', outlet: null, published: null, path: `o${i}.txt`, text }));
  return profileClaims(buildClaimGraph(resolveTriples(extractions), extractions), extractions);
}

describe('align: candidate pairs', () => {
  it('names every pair lower index first, once', () => {
    const texts = [
      'The departing aircraft was a twin-engine freighter operated by Meridian Freight.',
      'The freight aircraft, a twin-engine jet, is operated by Meridian Freight.',
      'Meridian Freight operates the twin-engine freight aircraft from Halden.',
    ];
    const profiles = profilesOf(texts);
    const pairs = candidatePairs(profiles);
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every(([a, b]) => a < b), JSON.stringify(pairs)).toBe(true);
    expect(new Set(pairs.map((p) => p.join())).size).toBe(pairs.length);
  });

  it('pairs one event verb across articles with nobody in common, marked as brought by the verb alone; "said" alone pairs nothing', () => {
    const texts = ['Lindsay Lohan checked into a clinic in Malibu.', 'The Mean Girls actress checked into rehab.', 'A spokesman said the talks had failed.', 'The mayor said schools would reopen.'];
    const profiles = profilesOf(texts);
    const line = (i: number) => `${profiles[i]!.claim.subjectId} ${profiles[i]!.claim.predicate}`;
    const pairs = candidatePairs(profiles).map(([a, b, verbOnly]) => `${line(a)} ~ ${line(b)}${verbOnly ? ' (verb only)' : ''}`);
    expect(pairs, pairs.join('\n')).toContain('e:lindsay-lohan check into ~ e:mean-girls-actress check into (verb only)');
    expect(pairs.filter((p) => p.includes(' say ')), pairs.join('\n')).toEqual([]);
  });
});

describe('judging only what can clash', () => {
  it('does not set a game figure against a season figure of the same player', () => {
    const story = storyOf(
      'Pierre Thomas had 102 yards in the win over Atlanta on Sunday.',
      'Pierre Thomas finished the season with 269 rushing yards, the team said.',
    );
    expect(story.contradictions.map((x) => x.explanation)).toEqual([]);
  });

  it('reads no role clash from a place or a common noun taken for a killer', () => {
    const story = storyOf(
      'Police said the killer of a woman at the plant was a fired worker.',
      'Philadelphia killed a woman at the plant, a headline said.',
    );
    expect(story.contradictions.filter((x) => x.kind === 'role').map((x) => x.explanation)).toEqual([]);
  });

  it('still flags two named spokespeople of one named organisation', () => {
    const story = storyOf(
      'Lena Marsh, the spokesperson of Velda Marine, said the ferry would resume on Friday.',
      'Tomas Kolar, the spokesperson of Velda Marine, said the ferry would resume on Friday.',
    );
    expect(story.contradictions.map((x) => x.kind)).toContain('role');
  });
});

describe('attribution across a quote and reported speech', () => {
  it('flags the same words quoted from one person and reported of another', () => {
    const story = storyOf(
      'Governor Hallam Stroud warned that the next 48 hours would be critical for the town.',
      '"The next 48 hours will be critical for the town," Fire Commissioner Rosalind Kerr said.',
    );
    const attribution = story.contradictions.filter((x) => x.kind === 'attribution');
    expect(attribution.map((x) => x.explanation), describeFacts(story)).toHaveLength(1);
    expect(attribution[0]!.explanation).toMatch(/Stroud/);
    expect(attribution[0]!.explanation).toMatch(/Kerr/);
  });
});

describe('amounts in other units', () => {
  it('meets "a two-nautical-mile zone" and "a 3.7-kilometre zone", and still flags 2 vs 5 kilometres', () => {
    const agree = storyOf(
      'The coastguard imposed a two-nautical-mile exclusion zone around the tanker on Monday.',
      'The coastguard imposed a 3.7-kilometre exclusion zone around the tanker on Monday.',
    );
    expect(agree.contradictions.map((x) => x.explanation), describeFacts(agree)).toEqual([]);
    const clash = storyOf(
      'The coastguard imposed a two-kilometre exclusion zone around the tanker on Monday.',
      'The coastguard imposed a five-kilometre exclusion zone around the tanker on Monday.',
    );
    expect(clash.contradictions.map((x) => x.kind), describeFacts(clash)).toEqual(['numeric']);
  });
});

describe('a passive beside an active', () => {
  it('sets "police arrested the master" against "the master was not arrested"', () => {
    const story = storyOf(
      "Police arrested the ship's master on suspicion of breaching pollution laws.",
      "Police said the ship's master had not been arrested.",
    );
    expect(story.contradictions.map((x) => x.kind), describeFacts(story)).toContain('polarity');
  });
});

describe('align: a verb with its particle', () => {
  it('reads "taken away" as the verb "take away" as well as "take", so it meets "removed" in WordNet', () => {
    const profiles = profilesOf(['The wrecked boats would be taken away from Fenn Beach by Friday.', 'The grounded yachts were called off the race.']);
    const events = profiles.map((p) => p.events.join(','));
    expect(events, events.join('\n')).toContain('take away,taken,away');
  });
});

describe('align: "closed" is an event', () => {
  it('meets "a footpath was shut" and "a footpath has been closed for safety reasons" (closed is no hedge "close to")', () => {
    const story = storyOf(
      'A public footpath along the top of the embankment has also been shut.',
      'A footpath that runs above the embankment has been closed for safety reasons.',
    );
    expect(factWith(story, 'has also been shut', 'closed for safety reasons'), describeFacts(story)).toBeDefined();
  });
});

describe('align: synonyms past a verb\'s first two senses', () => {
  it('meets "promoted the business on social media" and "advertised on Facebook" (WordNet: advertise, promote)', () => {
    const story = storyOf(
      'A Dunmore baker has been fined. Ellis promoted the business on social media.',
      'A Dunmore baker has been fined. Ellis advertised on Facebook and Instagram.',
    );
    expect(factWith(story, 'promoted the business', 'advertised on Facebook'), describeFacts(story)).toBeDefined();
  });
});
