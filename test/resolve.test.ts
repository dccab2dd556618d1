import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveTriples, wordNetLoadMilliseconds, type StoryResolution } from '../src/resolve/index.ts';
import { SynonymAligner } from '../src/resolve/synonym-aligner.ts';
import { sensesOf, synset } from '../src/resolve/wordnet.ts';
import type { Argument, EntityKind, Extraction, Qualifiers, Triple } from '../src/types.ts';

// Hand-built extractions: the tests pin resolve's behaviour independently of the extractor.
function arg(text: string, kind: EntityKind, at = 0): Argument {
  return { text, kind, head: text.split(/\s+/).at(-1)!.toLowerCase(), start: at, end: at + text.length };
}

interface TripleSpec {
  subject: [string, EntityKind];
  lemma: string;
  object?: [string, EntityKind];
  speaker?: string;
  /** Article text the surfaces come from: offsets are looked up in it when given. */
  text?: string;
}

let counter = 0;

function triple(article: string, spec: TripleSpec, sentence = 0): Triple {
  const at = (surface: string) => Math.max(0, spec.text?.indexOf(surface) ?? 0);
  const qualifiers: Qualifiers = { negated: false, modality: 'asserted' };
  if (spec.speaker) qualifiers.attributedTo = spec.speaker;
  return {
    id: `t${counter++}`,
    article,
    sentence,
    subject: arg(spec.subject[0], spec.subject[1], at(spec.subject[0])),
    relation: { text: spec.lemma, lemma: spec.lemma, start: 0, end: spec.lemma.length },
    object: spec.object ? arg(spec.object[0], spec.object[1], at(spec.object[0])) : null,
    qualifiers,
    start: 0,
    end: 0,
    confidence: 0.9,
  };
}

function extraction(id: string, specs: TripleSpec[], text = ''): Extraction {
  return {
    article: { id, title: id, outlet: null, published: null, path: `${id}.txt`, text },
    sentences: [],
    mentions: [],
    triples: specs.map((spec, i) => triple(id, { text, ...spec }, i)),
  };
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Story = Record<string, TripleSpec[]>;

function resolve(story: Story): StoryResolution {
  return resolveTriples(Object.entries(story).map(([id, specs]) => extraction(id, specs)));
}

/** One triple per mention: "<surface> is mentioned". */
function mentions(...surfaces: [string, EntityKind][]): TripleSpec[] {
  return surfaces.map((subject) => ({ subject, lemma: 'mention' }));
}

function idOf(result: StoryResolution, surface: string): string {
  for (const triple of result.triples) {
    if (triple.subject.text === surface) return triple.subjectId;
    if (triple.object?.text === surface) return triple.objectId!;
  }
  throw new Error(`no mention "${surface}"`);
}

function entity(result: StoryResolution, id: string) {
  const found = result.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
}

describe('people: full names, surnames, titles and role descriptions', () => {
  const result = resolve({
    a1: [
      { subject: ['President Donald Trump', 'PERSON'], lemma: 'invite', object: ['Chinese President Xi Jinping', 'PERSON'] },
      { subject: ['Trump', 'PERSON'], lemma: 'write', object: ['a post', 'THING'] },
      { subject: ['Japanese Prime Minister Sanae Takaichi', 'PERSON'], lemma: 'warn', object: ['a response', 'THING'] },
      { subject: ['Xi', 'PERSON'], lemma: 'tell', object: ['Trump', 'PERSON'] },
    ],
    a2: [
      { subject: ['Leader Donald Trump', 'PERSON'], lemma: 'invite', object: ['Xi Jinping', 'PERSON'] },
      { subject: ['the talks', 'THING'], lemma: 'cover', object: ['trade', 'THING'], speaker: 'the U.S. leader' },
      { subject: ['Taiwan', 'PLACE'], lemma: 'be', object: ['essential', 'THING'], speaker: "China's president" },
      { subject: ['Mr. Takaichi', 'PERSON'], lemma: 'say' },
    ],
  });

  it('merges full name, surname, and title forms into one entity named by the full name', () => {
    const trump = entity(result, 'e:donald-trump');
    expect(trump.name).toBe('Donald Trump');
    expect(trump.kind).toBe('PERSON');
    expect(trump.aliases).toEqual(expect.arrayContaining(['President Donald Trump', 'Trump', 'Leader Donald Trump']));
    for (const surface of ['President Donald Trump', 'Trump', 'Leader Donald Trump']) expect(idOf(result, surface)).toBe('e:donald-trump');
  });

  it('strips country adjectives and titles, and matches a surname-first name by its first word', () => {
    expect(idOf(result, 'Chinese President Xi Jinping')).toBe('e:xi-jinping');
    expect(idOf(result, 'Xi')).toBe('e:xi-jinping');
    expect(idOf(result, 'Mr. Takaichi')).toBe('e:sanae-takaichi');
  });

  it('maps a role description to the unique holder of that role, using the country to choose', () => {
    const byTriple = (lemma: string, subject: string) =>
      result.triples.find((t) => t.relation.lemma === lemma && t.subject.text === subject)!;
    // Three leaders in the story; only Trump can be "the U.S. leader" (Xi is Chinese, Takaichi Japanese).
    expect(byTriple('cover', 'the talks').attributedToId).toBe('e:donald-trump');
    expect(byTriple('be', 'Taiwan').attributedToId).toBe('e:xi-jinping');
    expect(entity(result, 'e:donald-trump').aliases).toContain('the U.S. leader');
  });

  it('leaves an ambiguous role description unresolved instead of guessing', () => {
    const ambiguous = resolve({
      a1: mentions(['President Donald Trump', 'PERSON'], ['Chinese President Xi Jinping', 'PERSON'], ['the president', 'PERSON']),
    });
    const id = idOf(ambiguous, 'the president');
    expect(id).not.toBe('e:donald-trump');
    expect(id).not.toBe('e:xi-jinping');
  });

  it('does not attach a surname shared by two people to either of them', () => {
    const shared = resolve({ a1: mentions(['Anna Berg', 'PERSON'], ['Tomas Berg', 'PERSON'], ['Berg', 'PERSON']) });
    expect(idOf(shared, 'Anna Berg')).not.toBe(idOf(shared, 'Tomas Berg'));
    expect([idOf(shared, 'Anna Berg'), idOf(shared, 'Tomas Berg')]).not.toContain(idOf(shared, 'Berg'));
  });
});

describe('a role named without a name', () => {
  const result = resolve({
    a1: [
      { subject: ['Chancellor Hedda Lund', 'PERSON'], lemma: 'win', object: ['a second term', 'THING'] },
      { subject: ['Opposition leader Piet Hansen', 'PERSON'], lemma: 'concede', object: ['defeat', 'THING'] },
      { subject: ['her Civic Party', 'ORG'], lemma: 'take', object: ['38% of the vote', 'THING'] },
    ],
    a2: [
      { subject: ['The chancellor', 'THING'], lemma: 'promise', object: ['tax cuts', 'THING'] },
      { subject: ['the Civic Party', 'ORG'], lemma: 'win', object: ['36% of the vote', 'THING'] },
    ],
  });

  it('is the one person holding that very title, even when another leader is in the story', () => {
    expect(idOf(result, 'The chancellor')).toBe(idOf(result, 'Chancellor Hedda Lund'));
    expect(idOf(result, 'The chancellor')).not.toBe(idOf(result, 'Opposition leader Piet Hansen'));
  });

  it('names an organisation without the possessive in front of it', () => {
    expect(entity(result, idOf(result, 'her Civic Party')).name).toBe('Civic Party');
    expect(idOf(result, 'her Civic Party')).toBe(idOf(result, 'the Civic Party'));
  });

  it('reads "took" and "won" a share of the vote as one predicate', () => {
    const predicate = (surface: string) => result.triples.find((t) => t.subject.text === surface)!.predicate;
    expect(predicate('her Civic Party')).toBe(predicate('the Civic Party'));
  });
});

describe('countries and capitals', () => {
  const result = resolve({
    a1: mentions(['US', 'PLACE'], ['U.S.', 'PLACE'], ['the United States', 'PLACE'], ['South Korea', 'PLACE'], ['Beijing', 'PLACE'], ['China', 'PLACE']),
    a2: mentions(['United States', 'ORG'], ['America', 'PLACE'], ['American', 'THING'], ['the Republic of Korea', 'PLACE'], ["China's capital", 'PLACE'], ['the Chinese capital', 'PLACE']),
    a3: mentions(['capital of China', 'PLACE'], ['us', 'THING'], ['USA', 'PLACE']),
  });

  it('puts every name, code and demonym of a country on one entity named from world-countries', () => {
    for (const surface of ['US', 'U.S.', 'the United States', 'United States', 'America', 'American', 'USA']) {
      expect(idOf(result, surface), surface).toBe('e:united-states');
    }
    expect(entity(result, 'e:united-states')).toMatchObject({ name: 'United States', kind: 'PLACE' });
    expect(idOf(result, 'the Republic of Korea')).toBe('e:south-korea');
    expect(idOf(result, 'South Korea')).toBe('e:south-korea');
  });

  it('reads a country only from a proper name: "the island" is not Ísland (Iceland)', () => {
    const island = resolve({ a: [{ subject: ['Xi', 'PERSON'], lemma: 'discuss', object: ['the island', 'THING'] }, { subject: ['Xi', 'PERSON'], lemma: 'visit', object: ['Iceland', 'PLACE'] }] });
    expect(idOf(island, 'the island')).not.toBe(idOf(island, 'Iceland'));
    expect(idOf(island, 'Iceland')).toBe('e:iceland');
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(idOf(result, 'us')).not.toBe('e:united-states');
  });

  it('keeps a capital as its own place, reached by describing it through its country', () => {
    for (const surface of ['Beijing', "China's capital", 'the Chinese capital', 'capital of China']) expect(idOf(result, surface), surface).toBe('e:beijing');
    expect(idOf(result, 'China')).toBe('e:china');
    expect(entity(result, 'e:beijing').related).toContainEqual({ id: 'e:china', why: 'capital of China' });
  });

  it('keeps a demonym phrase as its own thing, related to the country', () => {
    const goods = resolve({ a1: mentions(['Chinese goods', 'THING'], ['China', 'PLACE']), a2: mentions(['products from China', 'THING']) });
    const id = idOf(goods, 'Chinese goods');
    expect(id).not.toBe('e:china');
    expect(idOf(goods, 'products from China')).toBe(id);
    expect(entity(goods, id).related?.map((r) => r.id)).toContain('e:china');
  });

  it('places a "City, Country" mention at the city and relates the country', () => {
    const busan = resolve({ a1: mentions(['Busan, South Korea', 'PLACE']), a2: mentions(['Busan', 'PLACE'], ['South Korea', 'PLACE']) });
    expect(idOf(busan, 'Busan, South Korea')).toBe('e:busan');
    expect(idOf(busan, 'Busan')).toBe('e:busan');
    expect(entity(busan, 'e:busan').related?.map((r) => r.id)).toContain('e:south-korea');
  });
});

describe('organisations', () => {
  const result = resolve({
    a1: mentions(['Acme Corp', 'ORG'], ['US Geological Survey', 'ORG'], ["China's foreign ministry", 'ORG'], ['Acme Foods', 'ORG']),
    a2: mentions(['Acme Corporation', 'ORG'], ['U.S. Geological Survey', 'ORG'], ['the Chinese foreign ministry', 'ORG']),
    a3: mentions(['Acme Inc.', 'ORG'], ['United States Geological Survey', 'ORG'], ['USGS', 'ORG']),
  });

  it('ignores legal suffixes, dots and country spellings in the key', () => {
    expect(new Set(['Acme Corp', 'Acme Corporation', 'Acme Inc.'].map((s) => idOf(result, s))).size).toBe(1);
    expect(idOf(result, 'Acme Foods')).not.toBe(idOf(result, 'Acme Corp'));
    const survey = ['US Geological Survey', 'U.S. Geological Survey', 'United States Geological Survey', 'USGS'].map((s) => idOf(result, s));
    expect(new Set(survey).size).toBe(1);
    expect(idOf(result, "China's foreign ministry")).toBe(idOf(result, 'the Chinese foreign ministry'));
  });

  it('names an organisation by its most complete form', () => {
    expect(entity(result, idOf(result, 'USGS')).name).toBe('United States Geological Survey');
    expect(entity(result, idOf(result, 'Acme Corp')).name).toBe('Acme Corporation');
  });
});

describe('common-noun phrases', () => {
  const result = resolve({
    a1: mentions(['tariffs', 'THING'], ['the 20% tariff', 'THING'], ['trade', 'THING'], ['a car', 'THING'], ['retaliatory tariffs', 'THING']),
    a2: mentions(['import duties', 'THING'], ['a import tax', 'THING'], ['economic relations', 'THING'], ['the automobiles', 'THING']),
    a3: mentions(['Duties', 'THING'], ['commerce', 'THING'], ['the 20 percent tariff', 'THING'], ['a range of issues', 'THING'], ['issues', 'THING']),
    a4: mentions(['Around 80 firefighters', 'THING'], ['at least 12 firefighters', 'THING'], ['more than 300 firefighters', 'THING'], ['firefighters', 'THING']),
  });

  it('leaves the hedge of an amount out of the thing, like the amount', () => {
    for (const surface of ['Around 80 firefighters', 'at least 12 firefighters', 'more than 300 firefighters']) {
      expect(idOf(result, surface), surface).toBe(idOf(result, 'firefighters'));
    }
  });

  it('aligns tariff, duty, import duty and import tax, and says why', () => {
    for (const surface of ['tariffs', 'import duties', 'a import tax', 'Duties']) expect(idOf(result, surface), surface).toBe('e:tariff');
    expect(entity(result, 'e:tariff').alignment).toContain("news-nouns: 'import tax' → 'tariff'");
  });

  it('aligns trade, commerce and economic relations', () => {
    for (const surface of ['trade', 'commerce', 'economic relations']) expect(idOf(result, surface), surface).toBe('e:trade');
  });

  it('keeps meaningful modifiers but leaves amounts to the quantity qualifier', () => {
    // The amount is the claim's quantity (compare weighs it); the thing is still the tariff.
    expect(idOf(result, 'the 20% tariff')).toBe('e:tariff');
    expect(idOf(result, 'the 20 percent tariff')).toBe('e:tariff');
    const retaliatory = idOf(result, 'retaliatory tariffs');
    expect(retaliatory).not.toBe('e:tariff');
    expect(entity(result, retaliatory).related).toContainEqual({ id: 'e:tariff', why: 'a kind of tariff' });
  });

  it('aligns nouns through WordNet when the news list has no row, and keys partitives by their noun', () => {
    expect(idOf(result, 'the automobiles')).toBe(idOf(result, 'a car'));
    expect(entity(result, idOf(result, 'a car')).alignment?.[0]).toMatch(/^wordnet 02961779-n \{car, auto, automobile/);
    expect(idOf(result, 'a range of issues')).toBe(idOf(result, 'issues'));
  });
});

describe('spelling variants', () => {
  it('merges two spellings of one spokeswoman and reports which article uses which', () => {
    const result = resolve({
      a1: [{ subject: ['the call', 'THING'], lemma: 'focus on', object: ['trade', 'THING'], speaker: 'White House spokeswoman Caroline Leavitt' }],
      a2: [{ subject: ['the discussion', 'THING'], lemma: 'center on', object: ['commerce', 'THING'], speaker: 'Official representative Karoline Leavitt' }],
    });
    const ids = result.triples.map((t) => t.attributedToId);
    expect(ids[0]).toBe('e:caroline-leavitt');
    expect(ids[1]).toBe('e:caroline-leavitt');
    expect(result.spellingVariants).toEqual([
      {
        entity: 'e:caroline-leavitt',
        spellings: [
          { name: 'Caroline Leavitt', articles: ['a1'] },
          { name: 'Karoline Leavitt', articles: ['a2'] },
        ],
      },
    ]);
    expect(entity(result, 'e:caroline-leavitt').aliases).toContain('Official representative Karoline Leavitt');
  });

  it('does not merge similar names of people with different roles', () => {
    const result = resolve({
      a1: mentions(['Finance Minister John Smith', 'PERSON']),
      a2: mentions(['striker Jon Smyth', 'PERSON']),
    });
    expect(idOf(result, 'Finance Minister John Smith')).not.toBe(idOf(result, 'striker Jon Smyth'));
    expect(result.spellingVariants).toEqual([]);
  });

  it('does not merge role-less similar names without shared context', () => {
    const result = resolve({
      a1: [{ subject: ['Maria Lopez', 'PERSON'], lemma: 'win', object: ['the race', 'THING'] }],
      a2: [{ subject: ['Mario Lopez', 'PERSON'], lemma: 'open', object: ['a bakery', 'THING'] }],
    });
    expect(idOf(result, 'Maria Lopez')).not.toBe(idOf(result, 'Mario Lopez'));
    expect(result.spellingVariants).toEqual([]);
  });

  it('merges role-less variants with the same surname when they share context, and reports it', () => {
    const result = resolve({
      a1: [{ subject: ['Katherine Dunn', 'PERSON'], lemma: 'lead', object: ['the inquiry', 'THING'] }],
      a2: [{ subject: ['Catherine Dunn', 'PERSON'], lemma: 'chair', object: ['an inquiry', 'THING'] }],
    });
    expect(idOf(result, 'Katherine Dunn')).toBe(idOf(result, 'Catherine Dunn'));
    expect(result.spellingVariants).toHaveLength(1);
  });

  it('never merges short names that differ at all', () => {
    const result = resolve({ a1: mentions(['President Xi Li', 'PERSON']), a2: mentions(['President Li Li', 'PERSON']) });
    expect(idOf(result, 'President Xi Li')).not.toBe(idOf(result, 'President Li Li'));
  });
});

describe('relations', () => {
  const lemmaStory = (...lemmas: string[]) =>
    resolve({ a1: lemmas.map((lemma) => ({ subject: ['Ana Ruiz', 'PERSON'] as [string, EntityKind], lemma, object: ['Lima', 'PLACE'] as [string, EntityKind] })) });
  const predicates = (result: StoryResolution) => Object.fromEntries(result.triples.map((t) => [t.relation.lemma, t]));

  it('maps news synonyms to one predicate and records the rule', () => {
    const byLemma = predicates(lemmaStory('visit', 'go to', 'travel to', 'cut in half', 'halve', 'cover', 'broach', 'touch on', 'settle on', 'convene', 'acquire'));
    expect(byLemma['go to'].predicate).toBe('visit');
    expect(byLemma['go to'].alignment).toBe("news-verbs: 'go to' → 'visit'");
    expect(byLemma['travel to'].predicate).toBe('visit');
    expect(byLemma['visit'].alignment).toBeUndefined();
    expect(byLemma['cut in half'].predicate).toBe('halve');
    for (const lemma of ['cover', 'broach', 'touch on']) expect(byLemma[lemma].predicate, lemma).toBe('discuss');
    expect(byLemma['settle on'].predicate).toBe('agree');
    expect(byLemma['convene'].predicate).toBe('meet');
    expect(byLemma['acquire'].predicate).toBe('buy');
  });

  it('aligns each verb in a chain and keeps a framing verb out of the predicate, saying so', () => {
    const byLemma = predicates(lemmaStory('agree to visit', 'agree to go to', 'plan to travel to', 'refuse to go to'));
    expect(byLemma['agree to visit'].predicate).toBe('visit');
    expect(byLemma['agree to visit'].alignment).toBe("framing verb 'agree to' kept as modality, not predicate");
    expect(byLemma['agree to go to'].predicate).toBe('visit');
    expect(byLemma['agree to go to'].alignment).toContain("news-verbs: 'go to' → 'visit'");
    expect(byLemma['plan to travel to'].predicate).toBe('visit');
    // "refuse" is not a frame: it changes the claim, so it stays in the predicate.
    expect(byLemma['refuse to go to'].predicate).toBe('refuse to visit');
  });

  it('aligns verbs outside the news list through their shared most frequent WordNet sense', () => {
    const byLemma = predicates(lemmaStory('postpone', 'defer'));
    expect(byLemma['defer'].predicate).toBe('postpone');
    expect(byLemma['defer'].alignment).toMatch(/^wordnet 02648898-v \{postpone, .*\}: 'defer' → 'postpone'$/);
    expect(byLemma['postpone'].alignment).toBeUndefined();
  });

  it('aligns buy and purchase through WordNet alone (no news list)', () => {
    const aligner = new SynonymAligner('verb', 'none', []);
    aligner.observe(['buy']);
    aligner.observe(['purchase']);
    const aligned = aligner.align(['purchase']);
    expect(aligned.words).toEqual(['buy']);
    expect(aligned.reasons).toEqual(["wordnet 02211988-v {buy, purchase}: 'purchase' → 'buy'"]);
    expect(synset(sensesOf('purchase', 'verb')[0]).words).toEqual(['buy', 'purchase']);
  });

  it('does not merge unrelated verbs', () => {
    const byLemma = predicates(lemmaStory('visit', 'leave', 'kill', 'leave dead', 'buy', 'sell'));
    expect(byLemma['leave'].predicate).toBe('leave');
    expect(byLemma['visit'].predicate).toBe('visit');
    expect(byLemma['leave dead'].predicate).toBe('kill');
    expect(byLemma['buy'].predicate).not.toBe(byLemma['sell'].predicate);
  });
});

describe('the seed articles', () => {
  const seedsDir = path.resolve(repoRoot, '../shared/seeds');
  const [first, second] = readdirSync(seedsDir).sort().map((file) => readFileSync(path.join(seedsDir, file), 'utf8'));

  // Mentions as the extractor reads them; each surface is checked to occur in its seed.
  const storyA: TripleSpec[] = [
    { subject: ['President Donald Trump', 'PERSON'], lemma: 'agree to visit', object: ['Beijing', 'PLACE'] },
    { subject: ['Trump', 'PERSON'], lemma: 'invite', object: ['Chinese President Xi Jinping', 'PERSON'] },
    { subject: ['Xi', 'PERSON'], lemma: 'meet', object: ['South Korea', 'PLACE'] },
    { subject: ['Xi', 'PERSON'], lemma: 'discuss', object: ['trade', 'THING'], speaker: "China's president and foreign ministry" },
    { subject: ['The US', 'PLACE'], lemma: 'halve', object: ['the 20% tariff', 'THING'] },
    { subject: ['Tariffs', 'THING'], lemma: 'remain at', object: ['just under 50%', 'VALUE'] },
    { subject: ["Monday's phone call", 'THING'], lemma: 'focus on', object: ['trade', 'THING'], speaker: 'White House spokeswoman Caroline Leavitt' },
    { subject: ['Xi', 'PERSON'], lemma: 'touch on', object: ['Taiwan', 'PLACE'] },
    { subject: ['the US', 'PLACE'], lemma: 'support', object: ['Tokyo', 'PLACE'], speaker: 'US Ambassador to Japan George Glass' },
  ];
  const storyB: TripleSpec[] = [
    { subject: ['Leader Donald Trump', 'PERSON'], lemma: 'plan to go to', object: ["China's capital", 'PLACE'] },
    { subject: ['Trump', 'PERSON'], lemma: 'invite', object: ['Chinese President Xi Jinping', 'PERSON'] },
    { subject: ['Xi', 'PERSON'], lemma: 'meet', object: ['the Republic of Korea', 'PLACE'] },
    { subject: ['Xi', 'PERSON'], lemma: 'cover', object: ['economic relations', 'THING'], speaker: "the U.S. leader and China's foreign ministry" },
    { subject: ['The United States', 'PLACE'], lemma: 'cut in half', object: ['a import tax', 'THING'] },
    { subject: ['the phone discussion', 'THING'], lemma: 'center on', object: ['commerce', 'THING'], speaker: 'Official representative Karoline Leavitt' },
    { subject: ['Xi', 'PERSON'], lemma: 'broach', object: ['Taiwan', 'PLACE'] },
    { subject: ['the US', 'PLACE'], lemma: 'back', object: ['Tokyo', 'PLACE'], speaker: 'US Ambassador to Japan, George Glass' },
  ];

  it('uses surfaces that really occur in the seeds', () => {
    const surfaces = (specs: TripleSpec[]) => specs.flatMap((s) => [s.subject[0], ...(s.object ? [s.object[0]] : []), ...(s.speaker ? [s.speaker] : [])]);
    for (const surface of surfaces(storyA)) expect(first, surface).toContain(surface.replace(' and foreign ministry', ''));
    for (const surface of surfaces(storyB)) expect(second, surface).toContain(surface.replace(" and China's foreign ministry", ''));
  });

  const result = resolveTriples([extraction('seed-a', storyA, first), extraction('seed-b', storyB, second)]);

  it('gives the two outlets the same subject, predicate and object for the same claims', () => {
    const [a, b] = [result.triples.slice(0, storyA.length), result.triples.slice(storyA.length)];
    const claim = (t: (typeof a)[number]) => `${t.subjectId} ${t.predicate} ${t.objectId}`;
    expect(claim(b[0])).toBe('e:donald-trump visit e:beijing');
    expect(claim(a[0])).toBe('e:donald-trump visit e:beijing');
    expect(claim(b[1])).toBe(claim(a[1]));
    expect(claim(b[2])).toBe(claim(a[2]));
    expect(claim(b[3])).toBe(claim(a[3]));
    expect(claim(b[4])).toBe('e:united-states halve e:tariff');
    expect(claim(a[4])).toBe(claim(b[4]));
    expect(claim(b[5])).toMatch(/ focus on e:trade$/);
    expect(claim(b[6])).toBe(claim(a[7]));
    expect(claim(b[7])).toBe(claim(a[8]));
  });

  it('resolves speakers, including a role description and a misspelt spokeswoman', () => {
    const speakers = result.triples.map((t) => t.attributedToId).filter(Boolean);
    expect(speakers).toEqual([
      'e:xi-jinping', 'e:caroline-leavitt', 'e:george-glass',
      'e:donald-trump', 'e:caroline-leavitt', 'e:george-glass',
    ]);
    expect(result.spellingVariants).toEqual([
      { entity: 'e:caroline-leavitt', spellings: [{ name: 'Caroline Leavitt', articles: ['seed-a'] }, { name: 'Karoline Leavitt', articles: ['seed-b'] }] },
    ]);
  });

  it('lists every surface form as an alias', () => {
    expect(entity(result, 'e:donald-trump').aliases).toEqual(['President Donald Trump', 'Trump', 'Leader Donald Trump', 'the U.S. leader']);
    expect(entity(result, 'e:united-states').aliases).toEqual(expect.arrayContaining(['The US', 'The United States']));
    expect(entity(result, 'e:beijing').aliases).toEqual(["China's capital"]);
  });
});

describe('scale', () => {
  /** A synthetic story: n articles, each naming a few people (some by surname), places and things. */
  function syntheticStory(articles: number) {
    const surnames = Array.from({ length: 60 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}son`);
    const countries = ['the United States', 'China', 'Japan', 'South Korea', 'Germany', 'France', 'Brazil'];
    const things = ['tariffs', 'import duties', 'trade', 'commerce', 'the 20% tariff', 'Chinese goods', 'a ceasefire'];
    const verbs = ['visit', 'go to', 'discuss', 'cover', 'say', 'halve', 'postpone', 'defer', 'meet'];
    return Array.from({ length: articles }, (_, a) =>
      extraction(`a${a}`, Array.from({ length: 12 }, (_, t) => {
        const surname = surnames[(a * 7 + t) % surnames.length];
        const person: [string, EntityKind] = t % 3 === 0 ? [`Minister Alex ${surname}`, 'PERSON'] : [surname, 'PERSON'];
        const object: [string, EntityKind] = t % 2 ? [countries[(a + t) % countries.length], 'PLACE'] : [things[(a + t) % things.length], 'THING'];
        return { subject: person, lemma: verbs[(a + t) % verbs.length], object, speaker: t % 4 === 0 ? `Alex ${surname}` : undefined };
      })),
    );
  }

  function timeOf(articles: number): number {
    const story = syntheticStory(articles);
    const started = performance.now();
    const result = resolveTriples(story);
    const elapsed = performance.now() - started;
    expect(result.triples).toHaveLength(articles * 12);
    return elapsed;
  }

  it('resolves 800 articles in near-linear time', () => {
    timeOf(50); // warm up: WordNet, the country index, JIT
    // Best of two runs each, so one garbage-collection pause on a busy machine does not decide.
    const small = Math.min(timeOf(200), timeOf(200));
    const large = Math.min(timeOf(800), timeOf(800));
    expect(large).toBeLessThan(5_000);
    // Four times the input: linear work takes ~4x; quadratic would take ~16x.
    expect(large / Math.max(small, 1)).toBeLessThan(9);
  });

  it('reads WordNet lazily and quickly', () => {
    expect(wordNetLoadMilliseconds()).toBeLessThan(1_000);
  });
});

describe('a company the tagger took for a person, and its posts', () => {
  const result = resolve({
    a1: [
      { subject: ['Velda Marine Ltd', 'ORG'], lemma: 'name', object: ['a new leader', 'THING'] },
      { subject: ['Jonas Ekberg', 'PERSON'], lemma: 'be', object: ['the chief executive of Velda Marine Ltd', 'THING'] },
    ],
    a2: [
      { subject: ['Velda Marine', 'PERSON'], lemma: 'report', object: ['higher orders', 'THING'] },
      { subject: ['Petra Lind', 'PERSON'], lemma: 'be', object: ["Velda Marine's chief executive", 'THING'] },
      { subject: ['Ola Berg', 'PERSON'], lemma: 'be', object: ["Velda Marine's finance director", 'THING'] },
    ],
  });

  it('is the company another mention calls one', () => {
    expect(idOf(result, 'Velda Marine')).toBe(idOf(result, 'Velda Marine Ltd'));
    expect(entity(result, idOf(result, 'Velda Marine')).kind).toBe('ORG');
  });

  it('keys a post by its organisation however the post is phrased, and keeps other posts apart', () => {
    expect(idOf(result, 'the chief executive of Velda Marine Ltd')).toBe(idOf(result, "Velda Marine's chief executive"));
    expect(idOf(result, "Velda Marine's finance director")).not.toBe(idOf(result, "Velda Marine's chief executive"));
  });
});

describe('a company named by its first word', () => {
  const result = resolve({
    a1: [
      { subject: ['Kestrel Mining', 'ORG'], lemma: 'buy', object: ['a copper mine', 'THING'] },
      { subject: ['Halden Energy', 'ORG'], lemma: 'sell', object: ['the mine', 'THING'] },
      { subject: ['Ruth Halden', 'PERSON'], lemma: 'approve', object: ['the sale', 'THING'] },
    ],
    a2: [
      { subject: ['Kestrel', 'THING'], lemma: 'pay', object: ['$40 million', 'VALUE'] },
      { subject: ['Halden', 'PERSON'], lemma: 'sign', object: ['the contract', 'THING'] },
    ],
  });

  it('is that company when only one organisation of the story starts with it', () => {
    expect(idOf(result, 'Kestrel')).toBe(idOf(result, 'Kestrel Mining'));
    expect(entity(result, idOf(result, 'Kestrel Mining')).aliases).toContain('Kestrel');
  });

  it('is the person when it is also a surname of the story', () => {
    expect(idOf(result, 'Halden')).not.toBe(idOf(result, 'Halden Energy'));
    expect(idOf(result, 'Halden')).toBe(idOf(result, 'Ruth Halden'));
  });
});

describe('an office named by its holder\'s noun', () => {
  it('"The Housing Ombudsman" can never be "the housing association": its name ends in a noun for a person, not the association\'s', async () => {
    const { profileKeys } = await import('../src/resolve/entity-profile.ts');
    const { entitiesClash } = await import('../src/resolve/entity-pair-features.ts');
    const [ombudsman, association] = profileKeys([
      { key: 'name:housing ombudsman', kind: 'ORG', article: 'a', text: 'The Housing Ombudsman', context: ['landlord'] },
      { key: 'thing:housing association', kind: 'ORG', article: 'b', text: 'the housing association', context: ['landlord'] },
    ]);
    expect(ombudsman?.proper, JSON.stringify(ombudsman)).toBe(true);
    expect(entitiesClash(ombudsman!, association!)).toBe(true);
    const [trust, body] = profileKeys([
      { key: 'name:kelby housing association', kind: 'ORG', article: 'a', text: 'Kelby Housing Association', context: [] },
      { key: 'thing:association', kind: 'ORG', article: 'b', text: 'the association', context: [] },
    ]);
    expect(entitiesClash(trust!, body!)).toBe(false);
  });
});

describe('a plural description opening its sentence', () => {
  it('"Nurses in the Kelby region" is many people though its sentence capitalises it, so it never joins one named person', async () => {
    const { profileKeys } = await import('../src/resolve/entity-profile.ts');
    const { entitiesClash } = await import('../src/resolve/entity-pair-features.ts');
    const [nurses, reed] = profileKeys([
      { key: 'thing:nurse', kind: 'PERSON', article: 'a', text: 'Nurses in the Kelby region', context: [] },
      { key: 'person-name:tom reed', kind: 'PERSON', article: 'b', text: 'Chief nurse Tom Reed', context: [] },
    ]);
    expect(nurses?.plural, JSON.stringify(nurses)).toBe(1);
    expect(entitiesClash(reed!, nurses!)).toBe(true);
  });
});
