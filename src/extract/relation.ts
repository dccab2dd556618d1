// The relation of a clause: its surface text, its lemma key, and what the verb group says about
// polarity and modality.
import type { Modality } from '../types.ts';
import { deniesAt, NEGATION_WORDS } from '../lexicon/negation.ts';
import type { Chunk } from './4-chunks.ts';
import type { Token } from './1-tokens.ts';
import nlp from 'compromise';
import { isWordNetLemma } from '../resolve/wordnet.ts';
import { ABILITY_WORDS, HEARSAY_PASSIVES, MODALS, SEMI_MODALS } from '../lexicon/modality.ts';
import { EVENT_NOUNS, FAILURE_VERBS, LIGHT_VERBS, NEEDING_VERBS, PLANNING_VERBS, SPEECH_VERBS } from '../lexicon/verb-classes.ts';
import { isPastParticiple } from './participle.ts';

export interface RelationReading {
  lemma: string;
  negated: boolean;
  modality: Modality;
  passive: boolean;
  /** Lemma of the last verb ("visit" in "agreed to visit"). */
  headVerb: string;
}

// Negators: src/lexicon/negation.ts ("no" reaches a verb group only as "no longer": 3-tags.ts).

/**
 * `impliedPassive`: a bare past participle hanging on a noun phrase ("the ferry, called Blue Star")
 * is passive without an auxiliary.
 */
const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'should', "'d"]);

function isCounterfactual(words: Token[]): boolean {
  const modal = words.findIndex((t) => t.pos === 'AUX' && COUNTERFACTUAL_MODALS.has(t.lower));
  if (modal < 0) return false;
  const have = words.findIndex((t, k) => k > modal && t.lower === 'have');
  return have > modal && words.slice(have + 1).some((t) => t.pos === 'VERB' && isPastParticiple(t));
}

export function readRelation(tokens: Token[], vg: Chunk, prep?: Token, impliedPassive = false): RelationReading {
  const words = tokens.slice(vg.first, vg.last + 1);
  const hearsay = hearsayComplement(words);
  if (hearsay) {
    const reading = readWords(hearsay.complement, prep, false);
    const negated = reading.negated || hearsay.denies || words.slice(0, words.length - hearsay.complement.length).some((t) => NEGATION_WORDS.has(t.lower));
    return { ...reading, negated, modality: reading.modality === 'asserted' ? hearsay.modality : reading.modality };
  }
  const failed = failedComplement(words);
  if (failed) {
    // "failed to reach a deal" is "did not reach a deal": the verb after "to", denied.
    const reading = readWords(failed.complement, prep, impliedPassive);
    const negated = !(reading.negated || failed.denied);
    return { ...reading, negated, modality: reading.modality === 'asserted' ? readWords(words, prep, impliedPassive).modality : reading.modality };
  }
  return readWords(words, prep, impliedPassive);
}

/**
 * "failed to reach", "has yet to be called out": the words after "to", and whether the failure
 * itself is denied ("did not fail to").
 */
function failedComplement(words: Token[]): { complement: Token[]; denied: boolean } | null {
  const failed = (t: Token, k: number) => (t.pos === 'VERB' && FAILURE_VERBS.has(t.lemma.toLowerCase())) || (t.lower === 'yet' && k > 0 && words[k - 1]!.pos === 'AUX');
  const too = tooToAt(words);
  const at = too ?? words.findIndex((t, k) => failed(t, k) && words[k + 1]?.lower === 'to');
  // "admitted failing to provide": the failure is what was admitted, the group's own verb.
  if (at < 0 || (too === null && words.slice(0, at).some((t) => t.pos === 'VERB'))) return null;
  const complement = words.slice(at + 2);
  if (!complement.some((t) => t.pos === 'VERB')) return null;
  // "declined to say whether …", "refused to comment": no words were given, which denies nothing
  // anyone said (a failure to speak, "failed to mention", still denies the speaking).
  const refusal = too === null && words[at]!.lemma.toLowerCase() !== 'fail';
  if (refusal && complement.some((t) => t.pos === 'VERB' && (SPEECH_VERBS.has(t.lemma.toLowerCase()) || t.lemma.toLowerCase() === 'comment'))) return null;
  return { complement, denied: words.slice(0, at).some((t) => NEGATION_WORDS.has(t.lower)) };
}

/**
 * "was too badly damaged to be played": what it was too damaged for did not happen. The index just
 * before "to" (so that "to" and the verb follow it), when "too" and words of degree and a participle
 * lead up to it; null otherwise.
 */
function tooToAt(words: Token[]): number | null {
  const too = words.findIndex((t) => t.lower === 'too');
  if (too < 0) return null;
  let k = too + 1;
  while (k < words.length && (words[k]!.pos === 'ADV' || words[k]!.pos === 'ADJ' || (words[k]!.pos === 'VERB' && isPastParticiple(words[k]!))) && words[k]!.lower !== 'to') k++;
  return k > too + 1 && words[k]?.lower === 'to' && words.slice(k + 1).some((t) => t.pos === 'VERB') ? k - 1 : null;
}

/**
 * "are thought to have been sold" → "been sold", told at second hand; "is expected to announce" →
 * "announce", planned; "were unable to leave" → "leave", denied. Null unless the group opens with
 * "be", a hearsay passive (or "able", "unable") and "to".
 */
function hearsayComplement(words: Token[]): { complement: Token[]; modality: Modality; denies: boolean } | null {
  const be = words.findIndex((t) => t.lemma.toLowerCase() === 'be');
  if (be < 0) return null;
  let k = be + 1;
  while (words[k] && (words[k]!.pos === 'ADV' || NEGATION_WORDS.has(words[k]!.lower))) k++;
  // "is to close": "be" straight before "to" tells what is arranged, as "is due to close" does.
  const arranged = words[k]?.lower === 'to' && k === be + 1;
  // "hangers were to blame for the collapse": an idiom for being at fault, said as a fact.
  const atFault = arranged && words[k + 1]?.lower === 'blame';
  const word = words[k]?.lower ?? '';
  const denies = ABILITY_WORDS.get(word);
  const modality = arranged ? (atFault ? 'asserted' : 'planned') : denies !== undefined ? 'asserted' : HEARSAY_PASSIVES.get(word);
  if (!modality || (!arranged && words[k + 1]?.lower !== 'to')) return null;
  let start = arranged ? k + 1 : k + 2;
  // "to have been sold", "to have fled": the perfect says when, not what.
  if (words[start]?.lower === 'have' && words[start + 1]) start++;
  const complement = words.slice(start);
  return complement.some((t) => t.pos === 'VERB') ? { complement, modality, denies: denies ?? false } : null;
}

/** The modal of past ability: denied, it says the act was not done. */
const PAST_ABILITY: ReadonlySet<string> = new Set(['could']);

function readWords(words: Token[], prep: Token | undefined, impliedPassive: boolean): RelationReading {
  const negated = words.some((_, k) => deniesAt(words, k));
  let modality: Modality = 'asserted';
  words.forEach((t, k) => {
    const modal = MODALS[t.lower];
    if (!modal || t.pos !== 'AUX') return;
    // "would have been higher", "would have resigned": what did not happen, not what is planned.
    modality = t.lower === 'would' && words[k + 1]?.lower === 'have' ? 'possible' : modal;
  });
  // "The original windshaft could not be saved": what could not be done to it was not done, as
  // "was unable to save it" says (not "could not have saved", below). Passives only: "she couldn't
  // see what the boys were doing" tells what she could make out, not that she saw nothing (ECB+ train).
  const pastAbilityDenied = negated && words.some((t, k) => t.pos === 'AUX' && PAST_ABILITY.has(t.lower) && words.slice(k + 1).some((w) => w.pos === 'AUX' && w.lemma.toLowerCase() === 'be'));
  if (pastAbilityDenied) modality = 'asserted';
  // Adjective-tagged -ed words inside a verb group were retagged as verbs ("broached").
  const verbs = words.filter((t) => t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/.test(t.lower)));
  const beAux = words.find((t) => t.pos === 'AUX' && t.lemma.toLowerCase() === 'be');
  // "was rubber-stamped": a verb joined on by a hyphen is the one whose form says passive.
  const at = words.indexOf(verbs[0]!);
  const formed = words[at + 1]?.text === '-' && words[at + 1]!.start === words[at]!.end && words[at + 2] === verbs[1] ? verbs[1]! : verbs[0]!;
  const passive = (impliedPassive || (!!beAux && words.indexOf(beAux) < at)) && verbs.length > 0 && isPastParticiple(formed);
  if (verbs.some((v, k) => k < verbs.length - 1 && PLANNING_VERBS.has(v.lemma.toLowerCase()))) modality = modality === 'asserted' ? 'planned' : modality;
  if (verbs.some((v, k) => k < verbs.length - 1 && NEEDING_VERBS.has(v.lemma.toLowerCase()) && words[words.indexOf(v) + 1]?.lower === 'to')) modality = modality === 'asserted' ? 'necessary' : modality;
  if (words.some((t) => t.lower === 'going') && words.some((t) => t.lower === 'to')) modality = 'planned';
  // "will have to pay": an obligation, whatever the tense.
  if (words.some((t, k) => t.pos === 'AUX' && SEMI_MODALS.has(t.lower) && words[k + 1]?.lower === 'to')) modality = 'necessary';
  // "would not have placed Bush on injured reserve", "could have saved lives": a modal with "have"
  // and a participle tells what did not happen or might have, which commits the source to nothing.
  if (isCounterfactual(words)) modality = 'possible';

  const parts: string[] = [];
  if (verbs.length === 0) {
    // A bare auxiliary is the main verb: "is", "has".
    const aux = words.filter((t) => t.pos === 'AUX' && !MODALS[t.lower]);
    parts.push((aux[aux.length - 1] ?? words[words.length - 1]!).lemma.toLowerCase());
  } else {
    if (passive) parts.push('be');
    for (let k = words.indexOf(verbs[0]!); k < words.length; k++) {
      const t = words[k]!;
      if (passive && t === formed && formed !== verbs[0]) continue;
      if (t.pos === 'VERB' || t.pos === 'ADJ') parts.push(passive && t === verbs[0] ? (formed === t ? t.lower : `${t.lower}-${formed.lower}`) : verbLemma(t));
      else if (t.lower === 'to' && k > words.indexOf(verbs[0]!)) parts.push('to');
      else if (t.pos === 'ADV' || t.pos === 'ADP') {
        if (!NEGATION_WORDS.has(t.lower) && k === words.length - 1) parts.push(t.lower);
      }
    }
  }
  if (prep) parts.push(prep.lower);
  const headVerb = verbs.length ? verbLemma(verbs[verbs.length - 1]!) : parts[0]!;
  return { lemma: parts.join(' '), negated, modality, passive, headVerb };
}

/** "make a state visit" → the claim is a visit; returns the event noun or null. */
export function lightVerbNoun(headVerb: string, objectTokens: Token[]): string | null {
  if (!LIGHT_VERBS.has(headVerb)) return null;
  const nouns = objectTokens.filter((t) => t.pos === 'NOUN');
  const head = nouns[nouns.length - 1];
  if (!head) return null;
  const lemma = head.lemma.toLowerCase();
  return EVENT_NOUNS.has(lemma) || EVENT_NOUNS.has(head.lower) ? lemma : null;
}

/**
 * "fined" is fine's past, not fin's: a one-syllable base ending in one vowel and one consonant
 * doubles it before "-ed" ("planned", "finned"), so a single consonant there means a silent "e"
 * was dropped ("fined", "hoped", "taped"). wink reads such words as the shorter verb when WordNet
 * has both.
 */
function silentEBase(word: string, lemma: string): string {
  if (word !== `${lemma}ed` || !/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) return lemma;
  return isWordNetLemma(`${lemma}e`, 'verb') ? `${lemma}e` : lemma;
}

const lemmaCache = new Map<string, string>();

/** wink's lemma, or compromise's infinitive when wink left an inflected form unchanged ("broached"). */
export function verbLemma(token: Token): string {
  const lemma = silentEBase(token.lower, token.lemma.toLowerCase());
  // wink leaves adjectives inflected, and verbs it does not know ("gutted"): only an unchanged
  // -ed/-ing form needs compromise.
  if (lemma !== token.lower || !/(ed|ing)$/.test(lemma)) return lemma;
  const cached = lemmaCache.get(lemma);
  if (cached) return cached;
  const infinitive = nlp(lemma).verbs().toInfinitive().text().toLowerCase() || lemma;
  lemmaCache.set(lemma, infinitive);
  return infinitive;
}
