// What alignment needs to know about one claim, read once: its articles, the entities and head
// words in its slots, the event word of its predicate, the words of its sentences, and the values
// its sources state. Pair scoring and blocking then only compare profiles.
import { sentenceAct } from '../lexicon/court-sentences.ts';
import type { ClaimEdgeAttributes, ClaimGraph } from '../graph/claim-graph-types.ts';
import type { EntityKind } from '../types.ts';
import { contentStems } from '../compare/words.ts';
import { isPredicateGlue } from './predicate-glue.ts';
import { baseForm } from '../resolve/morphy.ts';
import { isWordNetLemma } from '../resolve/wordnet.ts';
import { participleBase, verbBase } from '../resolve/verb-base.ts';
import type { ArticleVector } from './article-vectors.ts';
import { RECEIVERS_VERB } from '../lexicon/verb-classes.ts';

export interface SlotProfile {
  /** Entity id; null for an object that names no entity or is absent. */
  id: string | null;
  kind: EntityKind | null;
  /** Lower-cased head word of the name ("earthquake" for "magnitude 6.4 earthquake"). */
  head: string | null;
  /** The word before the name's first preposition ("repairs" for "repairs to the deck"). */
  named: string | null;
  /** Stems of the slot's words as written in any source: "state of emergency" → state, emergency. */
  stems: Set<string>;
  /** A name written with a capital ("Brenmoor", "Ostrel River Bridge"), not a common noun. */
  proper: boolean;
}

export interface ClaimProfile {
  claim: ClaimEdgeAttributes;
  articles: Set<string>;
  subject: SlotProfile;
  object: SlotProfile;
  /** The word of the predicate that names the event: "agree to visit" → visit, "meet in" → meet. */
  event: string;
  /**
   * The event word of the predicate and of each source's verb as written: resolve may have mapped
   * "struck" to the key "attack", while another outlet's "hit" is a WordNet synonym of "strike".
   */
  events: string[];
  /** "the runway was closed": the subject is what the act was done to. */
  passive: boolean;
  /** Content stems of each source sentence (at most a few, they are the same words), with its article. */
  sentences: { article: string; key: string; stems: Set<string> }[];
  /** `article#sentence` of every source: one sentence's distinct claims are distinct facts. */
  sentenceKeys: Set<string>;
  times: Set<string>;
  units: Set<string>;
  speakers: Set<string>;
  /** Content stems of each source's direct quote, if any: one speaker's quoted words, however framed. */
  quotes: Set<string>[];
  /** Content stems of each whole article stating the claim: the context that tells two look-alike events apart. */
  contexts: ArticleVector[];
}

const SENTENCES_COMPARED = 3;

export function profileClaim(graph: ClaimGraph, claim: ClaimEdgeAttributes, vectors: ReadonlyMap<string, ArticleVector>): ClaimProfile {
  const sources = claim.sources;
  const objectTexts = sources.map((s) => s.objectText ?? '').filter(Boolean);
  return {
    claim,
    articles: new Set(sources.map((s) => s.article)),
    subject: slot(graph, claim.subjectId, sources.map((s) => s.subjectText)),
    object: claim.objectId ? slot(graph, claim.objectId, objectTexts) : textSlot(objectTexts),
    event: eventWord(claim.predicate),
    // ("Microplastics were found in …" as written: the finding, as "The study found no microplastics".)
    events: withHeldEvent(graph, claim, withReceiving(claim, withNamedEvent([...new Set([...[claim.predicate, ...sources.map((s) => s.relationLemma)].flatMap(eventWords), ...sources.map((s) => writtenEventVerb(s.relationLemma))])].filter(Boolean), sources.map((s) => s.subjectText), objectTexts), objectTexts)),
    passive: isPassivePredicate(claim.predicate),
    sentences: sources.slice(0, SENTENCES_COMPARED).map((s) => ({ article: s.article, key: `${s.article}#${s.sentence}`, stems: new Set(contentStems(s.text)) })),
    sentenceKeys: new Set(sources.map((s) => `${s.article}#${s.sentence}`)),
    times: new Set(sources.flatMap((s) => (s.qualifiers.time ? [s.qualifiers.time.toLowerCase()] : []))),
    units: new Set(sources.flatMap((s) => (s.qualifiers.quantity ? [s.qualifiers.quantity.unit] : []))),
    speakers: new Set(sources.flatMap((s) => (s.attributedToId ? [s.attributedToId] : []))),
    quotes: sources.flatMap((s) => (s.qualifiers.quote ? [new Set(contentStems(s.qualifiers.quote))] : [])),
    contexts: [...new Set(sources.map((s) => s.article))].slice(0, SENTENCES_COMPARED).map((id) => vectors.get(id) ?? new Map<string, number>()),
  };
}

function slot(graph: ClaimGraph, id: string, written: string[]): SlotProfile {
  const { name, kind } = graph.getNodeAttributes(id);
  const stems = new Set([name, ...written].flatMap(contentStems));
  const head = headWord(name);
  return { id, kind, head, named: headBeforePreposition(name), stems, proper: isProperName(name, written, head) };
}

/**
 * "Ostrel River Bridge", or "Pellmont" at the start of a sentence: a capital that is not the
 * sentence's, or a capitalised word WordNet does not know as a common noun.
 */
function isProperName(name: string, written: string[], head: string | null): boolean {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(?:of|the|and|for|de|la)$/i.test(w));
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) return true;
  const capitalised = [name, ...written].some((w) => /^\p{Lu}/u.test(w.replace(/^(?:the|a|an)\s+/i, '')));
  return capitalised && !!head && !isWordNetLemma(baseForm(head, 'noun'), 'noun');
}

function textSlot(written: string[]): SlotProfile {
  const stems = new Set(written.flatMap(contentStems));
  return { id: null, kind: null, head: null, named: null, stems, proper: false };
}

/** The head of a name: the last word before an of-phrase ("state of emergency" → state), else the last word. */
function headWord(name: string): string | null {
  const words = name.toLowerCase().split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1] : words.at(-1);
  return head ?? null;
}

/** Verbs that say only that something happened: the event is what the subject names. */
export const HAPPENING: ReadonlySet<string> = new Set(['happen', 'occur', 'take place', 'unfold']);

/**
 * "The raid on the farm took place in May" tells what "the farm was raided in March" tells: where
 * the verb only says it happened, a subject named by a verb's noun ("raid", "collapse", "attack")
 * is the event too.
 */
function withNamedEvent(events: string[], subjectTexts: string[], objectTexts: string[]): string[] {
  // "took | place": the tagger may leave "place" as the object of "take".
  const happened = events.some((e) => HAPPENING.has(e)) || (events.includes('take') && objectTexts.some((o) => o.toLowerCase() === 'place'));
  if (!happened) return events;
  // (A noun made from its verb, "the switch-on took place", is left to the time check: read here, it
  // drew one story's other happenings into the switch-on's fact, round 24.)
  const named = subjectTexts.map(headBeforePreposition).filter((head): head is string => !!head && isWordNetLemma(head, 'verb'));
  return [...new Set([...events, ...named])];
}

/**
 * The verb a noun for an act names: "raid" itself, "opening" → open, "sentencing" → sentence,
 * "switch-on" → switch on (a verb's -ing form, or a verb and its particle joined by a hyphen).
 */
export function namedVerb(noun: string): string | null {
  if (isWordNetLemma(noun, 'verb')) return noun;
  if (!/ing$|-/.test(noun)) return null;
  const verb = verbBase(noun);
  return verb !== noun && isWordNetLemma(verb, 'verb') ? verb : null;
}

/** "was held", "was staged at a hotel": an occasion's passive of holding it. */
export function isHeldPredicate(predicate: string): boolean {
  return /^be (?:held|staged|hosted)\b/.test(predicate);
}

/**
 * "The awards ceremony was held at a hotel in London" / "The ceremony took place in London": an
 * occasion held or staged happened, whoever held it. Not a person held (detained).
 */
function withHeldEvent(graph: ClaimGraph, claim: ClaimEdgeAttributes, events: string[]): string[] {
  if (!isHeldPredicate(claim.predicate) || !graph.hasNode(claim.subjectId) || graph.getNodeAttribute(claim.subjectId, 'kind') === 'PERSON') return events;
  return [...new Set([...events, 'take place'])];
}

/**
 * "He had been sent a written warning" / "he had never received a warning": a giving verb's passive
 * with what was given still its object (no "to" after it) is the receiver receiving it.
 */
function withReceiving(claim: ClaimEdgeAttributes, events: string[], objectTexts: string[]): string[] {
  const receiving = receiversVerb(claim.predicate);
  if (!receiving || (claim.objectId === null && !claim.objectText)) return events;
  const acts = objectTexts.flatMap((object) => handedAct(claim.predicate, object) ?? []);
  return [...new Set([...events, receiving, ...acts])];
}

/**
 * "had been given a written warning" is what "had been warned" tells: after a giving verb's
 * passive, a handed noun made from a verb names the act done to the receiver, who stays the
 * passive's subject. Only a noun that is not its verb's very word ("warning", "rating"): "given
 * a new home" is no homing.
 */
export function handedAct(predicate: string, objectText: string): string | null {
  if (!receiversVerb(predicate)) return null;
  // ("was handed a jail term of two years": a sentence a court hands down is the act it names.)
  const sentenced = sentenceAct(objectText);
  if (sentenced) return sentenced;
  const head = headBeforePreposition(objectText);
  const verb = head ? namedVerb(head) : null;
  return verb && verb !== head ? verb : null;
}

/** "be sent" → receive, "be charged" → pay: what the subject of a giving verb's passive (nothing after it in the key) does. */
export function receiversVerb(predicate: string): string | undefined {
  const passive = /^be (\S+)$/.exec(predicate);
  return passive ? RECEIVERS_VERB.get(verbBase(passive[1]!)) : undefined;
}

/** "the raid on the farm" → raid: the last word before the phrase's first preposition. */
export function headBeforePreposition(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/);
  const preposition = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  return (preposition > 0 ? words[preposition - 1] : words.at(-1)) ?? null;
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'at', 'to', 'for', 'from', 'near', 'by', 'into']);

/** Every word of a predicate that may name the event: "be closed following" → closed, following. */
export function eventWords(predicate: string): string[] {
  const all = predicate.split(' ');
  const words = all.filter((_, i) => !isPredicateGlue(all, i));
  return [...phrasalVerb(predicate), ...(words.length ? words : [eventWord(predicate)])];
}

/**
 * "get to" (= reach), "call off" (= cancel), "take place" (= happen): a verb with its particle that
 * WordNet knows as one verb is compared as that verb too, where its head alone ("get") says little.
 */
export function phrasalVerb(predicate: string): string[] {
  const [first, ...rest] = predicate.replace(/^be /, '').split(' ');
  if (!first) return [];
  // "be taken away from": the longest run from the verb that WordNet knows ("take away").
  for (let end = rest.length; end >= 1; end--) {
    const phrase = [verbBase(first), ...rest.slice(0, end)].join(' ');
    if (isWordNetLemma(phrase, 'verb')) return [phrase];
  }
  return [];
}

/** "be closed", "be arrested": the subject is what the act was done to. */
export function isPassivePredicate(predicate: string): boolean {
  return /^be \S/.test(predicate) && eventWord(predicate) !== 'be';
}

/**
 * The verb of a passive as written ("were found" is "find", not "found"): resolve keys the claim so
 * already, but a source's relation keeps the participle as written.
 */
export function writtenEventVerb(relation: string): string {
  const word = eventWord(relation);
  return (isPassivePredicate(relation) && participleBase(word)) || word;
}

export function eventWord(predicate: string): string {
  const words = predicate.split(' ');
  for (let i = words.length - 1; i >= 0; i--) if (!isPredicateGlue(words, i)) return words[i]!;
  return words.at(-1) ?? predicate;
}
