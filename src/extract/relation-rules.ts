// Relation constructions as rows: how the verb's words become a claim's relation once the clause
// is read. Each row names a construction, gives a sentence of our own it reads with the relation it
// must give (run as a test: test/relation-rules.test.ts), and applies to a draft of the relation.
// The rows run in order, as a cascade: a later row sees what earlier ones made ("turn down" before
// "make a visit"), and a triple records the names of the rows that shaped it.
// Adding a construction is adding a row here with its example.
import type { Argument } from '../types.ts';
import type { Clause, Phrase } from './5-clauses.ts';
import type { RelationReading } from './relation.ts';
import type { Token } from './1-tokens.ts';
import { lightVerbNoun } from './relation.ts';
import { idiomTarget, verbNounIdiom } from '../lexicon/verb-noun-idioms.ts';
import { NEARNESS_BEFORE_TO, VERB_PARTICLES } from '../lexicon/function-words.ts';
import { againIdiom } from '../lexicon/again-idioms.ts';
import { isWordNetLemma } from '../resolve/wordnet.ts';
import { OBJECT_CASE_PRONOUNS } from '../lexicon/pronouns.ts';

/** What a row reads: the clause, its verb, the object phrase this claim is for, and how to build an argument. */
export interface RelationSite {
  tokens: Token[];
  clause: Clause;
  reading: RelationReading;
  phrase: Phrase | null;
  /** The preposition the clause gave the relation ("refers to"), if any. */
  relationPrep: Token | undefined;
  timeTokens: ReadonlySet<number>;
  build: (phrase: Phrase) => Argument | null;
}

/** The relation as the rows leave it. */
export interface RelationDraft {
  lemma: string;
  object: Argument | null;
  /** Where the relation's words end when a row decided it ("took place", "went up"); else null. */
  end: number | null;
  /** Words written after the object that join the relation's text ("left … dead", "turned … down"). */
  trailing: Token[];
  /** Starts of prepositional phrases a row took into the relation or its object: they are no complements. */
  taken: Set<number>;
  /** The rows that applied, in order. */
  rules: string[];
}

export interface RelationRule {
  name: string;
  /** A sentence the row reads, and the relation lemma the claim on its first object must have. */
  example: { sentence: string; lemma: string };
  /** Changes the draft and says so, or leaves it and returns false. */
  apply(site: RelationSite, draft: RelationDraft): boolean;
}

/** States a result verb leaves its object in: "left at least 12 people dead". */
const RESULT_STATES: ReadonlySet<string> = new Set(['dead', 'injured', 'wounded', 'homeless', 'stranded', 'missing', 'unemployed']);
/** Word classes that open a noun phrase: a particle before one is a preposition ("threw it out of the window"). */
const STARTS_NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);
/** Prepositions that name a light verb's target: "make a visit to", "hold talks with", "make a call on". */
const LIGHT_TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'on']);

/** Prepositions a verb takes before its object ("pay for", "ask about"): the noun after them is no light verb's event. */
const PREPOSITIONS_BEFORE_OBJECT: ReadonlySet<string> = new Set(['for', 'to', 'with', 'about', 'on', 'at', 'in', 'of', 'from', 'into', 'towards']);

const objectWords = ({ tokens, phrase }: RelationSite): Token[] => (phrase ? tokens.slice(phrase.first, phrase.last + 1) : []);

/** "made Lowe an offer", "paid the family a visit": the object before a light verb's event noun, whom the event is to. */
export function recipientBefore(clause: Clause, phrase: Phrase | null): Phrase | null {
  return clause.objectKind === 'np' && clause.objects.length === 2 && phrase === clause.objects[1] ? clause.objects[0]! : null;
}

/** "made him an offer", read as one phrase: the object pronoun opening it is whom the event is to. */
function recipientInside(tokens: Token[], phrase: Phrase | null): Phrase | null {
  return phrase && phrase.last > phrase.first && OBJECT_CASE_PRONOUNS.has(tokens[phrase.first]!.lower) ? { first: phrase.first, last: phrase.first } : null;
}

/** The words between the verb and the relation's preposition ("came down onto", "met a month ago in"). */
export function gapBeforePreposition({ tokens, clause, relationPrep }: RelationSite): Token[] {
  return relationPrep ? tokens.slice(clause.vg.last + 1, clause.relationPrep) : [];
}

export const RELATION_RULES: readonly RelationRule[] = [
  {
    name: 'result-state',
    example: { sentence: 'The Ravensby blast left 12 people dead.', lemma: 'leave dead' },
    apply: ({ tokens, phrase, reading }, draft) => {
      const state = phrase && reading.headVerb === 'leave' ? tokens[phrase.last + 1] : undefined;
      if (state?.pos !== 'ADJ' || !RESULT_STATES.has(state.lower)) return false;
      draft.lemma = `${draft.lemma} ${state.lower}`;
      draft.trailing.push(state);
      return true;
    },
  },
  {
    // A particle after the object, with nothing after it that it could govern, is the verb's ("turn down" = refuse).
    name: 'particle-after-object',
    example: { sentence: 'The Ravensby council turned the application down.', lemma: 'turn down' },
    apply: ({ tokens, phrase, clause, reading }, draft) => {
      if (!phrase || clause.objectKind !== 'np' || draft.lemma !== reading.headVerb) return false;
      const particle = tokens[phrase.last + 1];
      if (!particle || !VERB_PARTICLES.has(particle.lower) || STARTS_NOUN_PHRASE.has(tokens[phrase.last + 2]?.pos ?? '')) return false;
      if (!isWordNetLemma(`${draft.lemma} ${particle.lower}`, 'verb')) return false;
      draft.lemma = `${draft.lemma} ${particle.lower}`;
      draft.trailing.push(particle);
      return true;
    },
  },
  {
    // The noun carries the meaning and the verb is light: "make a state visit to Japan" → visit Japan;
    // without a target the visit stands alone, and the relation reads "make a state visit".
    name: 'light-verb',
    example: { sentence: 'The Ravensby mayor made a state visit to Japan.', lemma: 'visit' },
    apply: (site, draft) => {
      const { tokens, phrase, clause, reading, timeTokens } = site;
      if (!phrase || clause.objectKind !== 'np' || !draft.object) return false;
      // ("pay for her trip to the finals": after the verb's own preposition the noun is what is paid
      // for, no event the verb stands for; a particle keeps it light: "carried out a site visit".)
      if (PREPOSITIONS_BEFORE_OBJECT.has(draft.lemma.split(' ').at(-1)!) && draft.lemma !== reading.headVerb) return false;
      const noun = lightVerbNoun(reading.headVerb, objectWords(site));
      if (!noun) return false;
      draft.lemma = noun;
      // "held talks on Monday": a time is when, not with whom or about what.
      const target = clause.pps.find((pp) => pp.prep >= 0 && LIGHT_TARGET_PREPOSITIONS.has(tokens[pp.prep]!.lower) && !timeTokens.has(pp.np.first));
      // ("have not made him an offer": the first of two objects is whom the event is made to.)
      const recipient = recipientBefore(clause, phrase) ?? recipientInside(tokens, phrase);
      draft.object = target ? site.build(target.np) : recipient ? site.build(recipient) : null;
      if (draft.object) draft.taken.add(draft.object.start);
      draft.end = target ? tokens[target.prep]!.end : tokens[phrase.last]!.end;
      return true;
    },
  },
  {
    // The verb and its bare noun are one verb with no object: "took place", "came into force".
    name: 'verb-noun-idiom',
    example: { sentence: 'The Ravensby regatta took place on Sunday.', lemma: 'take place' },
    apply: (site, draft) => {
      const { tokens, phrase, clause, reading } = site;
      if (!phrase || clause.objectKind !== 'np' || lightVerbNoun(reading.headVerb, objectWords(site))) return false;
      const idiom = verbNounIdiom(draft.lemma, objectWords(site));
      if (!idiom) return false;
      draft.lemma = idiom;
      draft.object = null;
      draft.taken.add(tokens[phrase.first]!.start);
      draft.end = tokens[phrase.last]!.end;
      // "took part in the category": the idiom's own preposition, right after its noun, names what it was done in.
      const target = clause.pps[0];
      const relation = target && target.prep === phrase.last + 1 ? idiomTarget(idiom, tokens[target.prep]!.lower) : null;
      if (relation && target && !site.timeTokens.has(target.np.first)) {
        const object = site.build(target.np);
        if (object) {
          draft.lemma = relation;
          draft.object = object;
          draft.taken.add(object.start);
          draft.end = tokens[target.prep]!.end;
        }
      }
      return true;
    },
  },
  {
    // "will take the place of cast iron": an idiom whose noun the phrase runs on from with "of"
    // (lexicon/verb-noun-idioms.ts) is one verb done to what follows "of".
    name: 'idiom-before-of',
    example: { sentence: 'A new Ravensby bridge will take the place of the old one.', lemma: 'replace' },
    apply: (site, draft) => {
      const { tokens, phrase, clause } = site;
      if (!phrase || clause.objectKind !== 'np') return false;
      const of = tokens.findIndex((token, k) => k > phrase.first && k < phrase.last && token.lower === 'of');
      if (of < 0) return false;
      const idiom = verbNounIdiom(draft.lemma, tokens.slice(phrase.first, of));
      const relation = idiom ? idiomTarget(idiom, 'of') : null;
      const object = relation ? site.build({ first: of + 1, last: phrase.last }) : null;
      if (!relation || !object) return false;
      draft.lemma = relation;
      draft.object = object;
      draft.taken.add(tokens[phrase.first]!.start);
      draft.end = tokens[of]!.end;
      return true;
    },
  },
  {
    // "A judge sent him to prison", "put the letters on display": an idiom of a verb and a
    // preposition's bare noun around the object is one verb done to that object (lexicon/verb-noun-idioms.ts).
    name: 'idiom-around-object',
    example: { sentence: 'A Ravensby judge sent him to prison.', lemma: 'jail' },
    apply: (site, draft) => {
      const { tokens, phrase, clause } = site;
      const around = clause.pps[0];
      if (!phrase || clause.objectKind !== 'np' || draft.object === null || !around || around.prep !== phrase.last + 1) return false;
      const idiom = verbNounIdiom(`${draft.lemma} ${tokens[around.prep]!.lower}`, tokens.slice(around.np.first, around.np.last + 1));
      if (!idiom) return false;
      draft.lemma = idiom;
      draft.end = tokens[around.np.last]!.end;
      return true;
    },
  },
  {
    // A particle before a preposition the relation did not take (an amount's "by") is the verb's
    // ("be down", "go up"); "up to" stays the hedge.
    name: 'particle-before-amount',
    example: { sentence: 'Ravensby phone traffic was down by 80 percent.', lemma: 'be down' },
    apply: ({ tokens, clause, relationPrep }, draft) => {
      const particle = tokens[clause.vg.last + 1];
      const after = tokens[clause.vg.last + 2];
      if (relationPrep || draft.end !== null || particle?.pos !== 'ADP' || !VERB_PARTICLES.has(particle.lower)) return false;
      if (after?.pos !== 'ADP' || (particle.lower === 'up' && after.lower === 'to')) return false;
      draft.lemma = `${draft.lemma} ${particle.lower}`;
      draft.end = particle.end;
      return true;
    },
  },
  {
    // A particle with nothing of its own after it, where WordNet knows the phrasal verb: "The sale went
    // through on Monday" (was completed), "the deal fell through." (failed). Not before a time it
    // may govern: "dates from 1820".
    name: 'phrasal-particle-alone',
    example: { sentence: 'The Ravensby sale went through on Monday.', lemma: 'go through' },
    apply: ({ tokens, clause, relationPrep, reading }, draft) => {
      const particle = tokens[clause.vg.last + 1];
      const after = tokens[clause.vg.last + 2];
      if (relationPrep || draft.end !== null || draft.object || particle?.pos !== 'ADP' || VERB_PARTICLES.has(particle.lower)) return false;
      if (!isWordNetLemma(`${reading.headVerb} ${particle.lower}`, 'verb')) return false;
      if (after && after.pos !== 'PUNCT' && after.pos !== 'ADP') return false;
      draft.lemma = `${draft.lemma} ${particle.lower}`;
      draft.end = particle.end;
      return true;
    },
  },
  {
    // A particle between the verb and its preposition is the verb's: "jumped out of", "came down onto".
    name: 'particle-before-preposition',
    example: { sentence: 'The Ravensby cat jumped out of the car.', lemma: 'jump out of' },
    apply: (site, draft) => {
      const gap = gapBeforePreposition(site);
      const prep = site.relationPrep?.lower;
      // ("was switched on at a ceremony", "will carry on at Harnsey": "on" too, where WordNet knows the phrasal verb.)
      const phrasal = gap.length === 1 && gap[0]!.pos === 'ADP' && isWordNetLemma(`${site.reading.headVerb} ${gap[0]!.lower}`, 'verb');
      if (gap.length === 0 || !(gap.every((t) => VERB_PARTICLES.has(t.lower)) || phrasal) || !prep || !draft.lemma.endsWith(` ${prep}`)) return false;
      draft.lemma = `${draft.lemma.slice(0, -prep.length)}${gap.map((t) => t.lower).join(' ')} ${prep}`;
      return true;
    },
  },
  {
    // "agreed to look again at the increase": done again, the verb with its preposition is one verb
    // (lexicon/again-idioms.ts), which another outlet's "reconsider" meets.
    name: 'again-idiom',
    example: { sentence: 'Ravensby council will look again at the plan.', lemma: 'reconsider' },
    apply: (site, draft) => {
      const gap = gapBeforePreposition(site);
      const prep = site.relationPrep?.lower;
      const idiom = gap.length === 1 && gap[0]!.lower === 'again' && prep ? againIdiom(site.reading.headVerb, prep) : null;
      if (!idiom || !draft.lemma.endsWith(` ${prep}`)) return false;
      draft.lemma = idiom;
      return true;
    },
  },
  {
    // How near is part of the relation ("strike close to"), not a bare "strike to".
    name: 'nearness-before-to',
    example: { sentence: 'The Ravensby tremor struck close to Talca.', lemma: 'strike close to' },
    apply: (site, draft) => {
      const gap = gapBeforePreposition(site);
      if (gap.length !== 1 || !NEARNESS_BEFORE_TO.has(gap[0]!.lower) || !draft.lemma.endsWith(' to')) return false;
      draft.lemma = `${draft.lemma.slice(0, -3)} ${gap[0]!.lower} to`;
      return true;
    },
  },
];

/** Runs the rows in order over the verb's reading and the claim's object. */
export function shapeRelation(site: RelationSite, object: Argument | null): RelationDraft {
  const draft: RelationDraft = { lemma: site.reading.lemma, object, end: null, trailing: [], taken: new Set(), rules: [] };
  for (const rule of RELATION_RULES) if (rule.apply(site, draft)) draft.rules.push(rule.name);
  return draft;
}
