// The features of one candidate pair of claims, each in [0, 1], with the reason a reader is shown.
// The weights that turn them into a score are fitted on ECB+ (scripts/train-align.ts), not set by hand.
import type { ClaimProfile, SlotProfile } from './claim-profile.ts';
import { oneUndertaking, wordRelation, type WordRelation } from './word-relation.ts';
import { dice } from '../compare/words.ts';
import { cosine, type ArticleVector } from './article-vectors.ts';
import { tellsUndertakingDuration } from './undertaking-duration.ts';

export const FEATURE_NAMES = ['subject', 'object', 'predicate', 'sentence', 'time', 'amount', 'speaker', 'antonym', 'subjectClash', 'objectClash', 'bothSlots', 'articles', 'paraphraseSubject', 'paraphraseObject', 'passiveSwap'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface PairFeatures {
  values: Record<FeatureName, number>;
  reasons: string[];
}

const NAMED: ReadonlySet<string> = new Set(['PERSON', 'PLACE', 'ORG']);

function isNamed(slot: SlotProfile): boolean {
  return NAMED.has(slot.kind!) || slot.proper;
}

/** "the project" / "the restoration": as sure as a more general word for the thing. */
const UNDERTAKING_SIMILARITY = 0.54;

/** How much a word relation says the two words name one thing. */
const RELATION_WEIGHT: Record<WordRelation, number> = { same: 1, synonym: 0.8, hypernym: 0.6, entails: 0.6, defined: 0.6, antonym: 0.6, none: 0 };

export function pairFeatures(a: ClaimProfile, b: ClaimProfile): PairFeatures {
  const reasons: string[] = [];
  // "The project cost £1.2m" / "The refurbishment cost £1.5m": the story's undertaking and the act
  // it names meet only where both state an amount (ECB+ dev: in general they join unrelated claims).
  const amounts = a.units.size > 0 && b.units.size > 0;
  const subject = slotSimilarity(a.subject, b.subject, 'subject', reasons, amounts);
  const object = slotSimilarity(a.object, b.object, 'object', reasons, amounts);
  const { relation, words } = a.claim.predicate === b.claim.predicate ? { relation: 'same' as const, words: [a.event, b.event] } : closestEvents(a.events, b.events);
  // ("is due to last 14 weeks" / "should be finished in 14 weeks": both tell how long the undertaking takes.)
  const durations = relation === 'none' && tellsUndertakingDuration(a) && tellsUndertakingDuration(b);
  const predicate = durations ? RELATION_WEIGHT.synonym : RELATION_WEIGHT[relation];
  if (durations) reasons.push(`predicate: both how long the undertaking takes (${a.event}~${b.event})`);
  else if (relation !== 'none') reasons.push(a.claim.predicate === b.claim.predicate ? `predicate: same ${a.claim.predicate}` : `predicate: WordNet ${relation} ${words[0]}~${words[1]}`);
  const sentence = bestDice(a.sentences, b.sentences);
  if (sentence >= 0.3) reasons.push(`sentences: ${Math.round(sentence * 100)}% of their words shared`);
  const time = shares(a.times, b.times);
  if (time) reasons.push('time: stated the same');
  const amount = shares(a.units, b.units);
  if (amount) reasons.push(`amount: both in ${[...a.units].find((u) => b.units.has(u)) || 'a count'}`);
  const speaker = shares(a.speakers, b.speakers);
  if (speaker) reasons.push('speaker: the same');
  return {
    values: {
      subject, object, predicate, sentence, time, amount, speaker,
      antonym: relation === 'antonym' ? 1 : 0,
      subjectClash: namedClash(a.subject, b.subject),
      objectClash: namedClash(a.object, b.object),
      bothSlots: Math.min(subject, object),
      articles: bestCosine(a.contexts, b.contexts),
      // Two sentences that say the same thing, about the same participant: their claims are
      // likely one fact even when the verbs differ ("ran aground" / "struck rocks").
      paraphraseSubject: sentence * subject,
      paraphraseObject: sentence * object,
      passiveSwap: passiveSwap(a, b, reasons),
    },
    reasons,
  };
}

function slotSimilarity(a: SlotProfile, b: SlotProfile, name: string, reasons: string[], undertakings: boolean): number {
  if (a.id !== null && a.id === b.id) {
    reasons.push(`${name}: same entity ${a.id}`);
    return 1;
  }
  if (a.id === null && b.id === null && a.stems.size === 0 && b.stems.size === 0) return 1;
  // The resolver has already decided two named people, places or organisations are not one. Two
  // descriptions with no name ("around 350 registered players" / "players") it cannot tell apart
  // by name: their words decide.
  if (a.id !== null && b.id !== null && isNamed(a) && isNamed(b) && (a.proper || b.proper)) return 0;
  let best = dice(a.stems, b.stems);
  let why = best > 0 ? `${name}: ${Math.round(best * 100)}% of words shared` : '';
  if (a.head && b.head) {
    const relation = wordRelation(a.head, b.head, 'noun');
    const value = RELATION_WEIGHT[relation] * 0.9;
    if (relation !== 'none' && relation !== 'antonym' && value > best) {
      best = value;
      why = `${name}: ${relation === 'same' ? `same head word ${a.head}` : `WordNet ${relation} ${a.head}~${b.head}`}`;
    } else if (undertakings && relation === 'none' && UNDERTAKING_SIMILARITY > best && a.kind === 'THING' && b.kind === 'THING' && oneUndertaking(a.head, b.head)) {
      best = UNDERTAKING_SIMILARITY;
      why = `${name}: one undertaking ${a.head}~${b.head}`;
    }
  }
  if (why) reasons.push(why);
  return best;
}

/**
 * "The airport closed the main runway" / "the runway was closed": what one does the act to is the
 * other's subject, when exactly one of them is passive.
 */
function passiveSwap(a: ClaimProfile, b: ClaimProfile, reasons: string[]): number {
  if (a.passive === b.passive) return 0;
  const [active, passive] = a.passive ? [b, a] : [a, b];
  const value = slotSimilarity(active.object, passive.subject, 'passive', [], false);
  if (value > 0) reasons.push(`passive: the object of one is the subject of the other (${Math.round(value * 100)}%)`);
  return value;
}

/** The most closely related pair of event words: same, then synonym, hypernym, antonym. */
function closestEvents(a: string[], b: string[]): { relation: WordRelation; words: [string, string] } {
  let best: { relation: WordRelation; words: [string, string] } = { relation: 'none', words: [a[0] ?? '', b[0] ?? ''] };
  for (const x of a) {
    for (const y of b) {
      const relation = wordRelation(x, y, 'verb');
      if (RANK[relation] > RANK[best.relation]) best = { relation, words: [x, y] };
    }
  }
  return best;
}

const RANK: Record<WordRelation, number> = { none: 0, antonym: 1, defined: 2, entails: 3, hypernym: 4, synonym: 5, same: 6 };

/**
 * Two different named people, places or organisations in one slot, with no word of their names in
 * common: "Reid" and "Tara Reid" that the resolver left apart may still be one person.
 */
function namedClash(a: SlotProfile, b: SlotProfile): number {
  // Written as names on both sides: "opposition parties" is a description a named person may belong to.
  if (a.id === null || b.id === null || a.id === b.id || !a.proper || !b.proper) return 0;
  return dice(a.stems, b.stems) === 0 ? 1 : 0;
}

function bestCosine(a: ArticleVector[], b: ArticleVector[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, cosine(x, y));
  return best;
}

/** The closest two sentences of different articles (a sentence is always like itself). */
function bestDice(a: ClaimProfile['sentences'], b: ClaimProfile['sentences']): number {
  let best = 0;
  for (const x of a) for (const y of b) if (x.article !== y.article) best = Math.max(best, dice(x.stems, y.stems));
  return best;
}

function shares(a: Set<string>, b: Set<string>): number {
  for (const x of a) if (b.has(x)) return 1;
  return 0;
}
