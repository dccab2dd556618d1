// One letter per token, so clause patterns can be read and written as short tag strings
// (the compromise idea of match patterns as data, over wink-nlp's Universal POS tags).
import type { Token } from './1-tokens.ts';
import { NEGATING_ADVERBS } from '../lexicon/negation.ts';
import { isWordNetAdjective, isWordNetLemma, NOUN_FILE, sensesOf, synset } from '../resolve/wordnet.ts';
import { baseForm, isPluralNoun } from '../resolve/morphy.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { findTitleAt } from '../resolve/titles.ts';
import { AGE_UNITS, GERUND_SUBORDINATORS, NEARNESS_BEFORE_TO } from '../lexicon/function-words.ts';
import { ABILITY_WORDS, MODALS } from '../lexicon/modality.ts';
import { isNameSuffix, PERSON_TITLES, STYLED_TITLES, STYLES_BEFORE_TITLE } from '../lexicon/titles.ts';
import { BASE_FORMS_SPELT_AS_PASTS, CLAUSE_VERBS, DESTINATION_TO_VERBS, PAYER_FIRST_VERBS, SPEECH_VERBS } from '../lexicon/verb-classes.ts';
import { isTitleCase } from './title-case.ts';
import { CALENDAR_WORDS } from '../lexicon/calendar.ts';
import { isKnownGivenName, pastTenseOf } from '../compromise-lexicon.ts';
import { isCurrencySign } from './quantity.ts';
import { SPAN_UNITS } from './time.ts';
import { isIdiomNoun } from '../lexicon/verb-noun-idioms.ts';
import { ORDINAL_WORDS } from '../lexicon/numbers.ts';
import { PERFECT_AUXILIARIES as PERFECT_HAVE_FORMS } from '../lexicon/occasion.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';

/**
 * D determiner · $ possessive pronoun · J adjective · M number · Y symbol ($, %) · N noun · P proper noun
 * R pronoun · W relative pronoun · V verb · A auxiliary · X negation · T infinitive "to" · B adverb
 * I preposition · F "of" · C coordinator · K subordinator · S possessive 's · h joining hyphen
 * , clause comma or dash · Q quote mark · . sentence end · : colon/semicolon · ( ) brackets · Z other
 */
export type Tag = string;

const POSSESSIVE_PRONOUNS = new Set(['his', 'its', 'their', 'our', 'my', 'your', 'her']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
// Participles wink tags as verbs that work as prepositions in news prose.
const PREPOSITION_LIKE_VERBS = new Set(['including', 'according', 'following', 'excluding', 'regarding', 'concerning', 'amid', 'despite']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '``', "''", '«', '»']);
const DASHES = new Set(['—', '–', '--']);
const HEDGING_PREPOSITIONS = new Set(['around', 'about', 'over', 'under', 'nearly', 'roughly', 'some', 'approximately']);

export function tagTokens(tokens: Token[]): Tag[] {
  const tags = tokens.map((token, i) => tagToken(tokens, i));
  // (Before the search for a missing verb: "cost an estimated £4.5m" has its verb in "cost".)
  retagParticipleBeforeAmount(tokens, tags);
  retagWillAsNoun(tokens, tags);
  retagFloatingQuantifier(tokens, tags);
  retagOrdinalInNounPhrase(tokens, tags);
  retagParticipleAfterArticle(tokens, tags);
  retagVerbAfterPossessive(tokens, tags);
  retagNounAfterPrepositionTo(tokens, tags);
  if (!hasFiniteVerb(tags)) retagMissingVerb(tokens, tags);
  else retagMissingMainVerb(tokens, tags);
  retagVerbBeforeTrailingSpeech(tokens, tags);
  retagControlVerb(tokens, tags);
  relemmatiseBaseFormSpeltAsPast(tokens, tags);
  retagNoPlansBeforeInfinitive(tokens, tags);
  retagVerbAfterRelative(tokens, tags);
  retagHyphenatedWord(tokens, tags);
  retagCompoundNoun(tokens, tags);
  retagCapitalisedVerbInName(tokens, tags);
  retagCapitalisedNounInName(tokens, tags);
  retagStyleBeforeTitle(tokens, tags);
  retagNoneOf(tokens, tags);
  retagVerbOpeningName(tokens, tags);
  // "The RIAA lists it as one of the Best Selling Albums": the verb the first look took for the
  // sentence's was a word of a name.
  retagHyphenatedPastVerb(tokens, tags);
  if (!hasFiniteVerb(tags)) retagMissingVerb(tokens, tags);
  retagAdjectiveSeries(tokens, tags);
  retagAdjectiveAsHead(tokens, tags);
  retagAdverbAfterThe(tokens, tags);
  retagNounAfterIndefinite(tokens, tags);
  retagInvertedSpeaker(tokens, tags);
  retagNounAfterModal(tokens, tags);
  retagAgeAsNoun(tokens, tags);
  retagAdjectiveBeforeInfinitive(tokens, tags);
  retagQuantifierBeforeOf(tokens, tags);
  retagQuantifierAsSubject(tokens, tags);
  retagVerbAfterDoSupport(tokens, tags);
  retagGerundAfterSubordinator(tokens, tags);
  retagGerundAsActivity(tokens, tags);
  retagGerundSubjectAfterReporting(tokens, tags);
  retagPossessiveNameBeforeAuxiliary(tokens, tags);
  retagPhrasalNounBeforeVerb(tokens, tags);
  retagCompoundNounBeforePastVerb(tokens, tags);
  retagProgressiveAfterBe(tokens, tags);
  retagSinceAfterAuxiliary(tokens, tags);
  retagParticipleBeforeAgent(tokens, tags);
  retagParticipleNounAfterBe(tokens, tags);
  retagParticipleAfterBeAndName(tokens, tags);
  retagVerbAfterDeterminer(tokens, tags);
  retagNounAfterNameInPhrase(tokens, tags);
  // "a sponsored swim in aid of …": once "sponsored" is read as describing, "swim" heads the phrase.
  retagNounAfterIndefinite(tokens, tags);
  retagVerbAfterSubject(tokens, tags);
  retagPayerVerbBeforeSum(tokens, tags);
  retagVerbAfterParticipleAside(tokens, tags);
  retagPastVerbAfterName(tokens, tags);
  retagLastBeforePastVerb(tokens, tags);
  retagLastBeforeTime(tokens, tags);
  retagParticipleAfterHave(tokens, tags);
  retagSuchAs(tokens, tags);
  retagPossessiveName(tokens, tags);
  retagIngAfterPossessive(tokens, tags);
  retagNounAfterOwner(tokens, tags);
  retagOwnedWordClosingPhrase(tokens, tags);
  retagSuperlativeAfterPossessive(tokens, tags);
  retagDemonstrativeBeforeWho(tokens, tags);
  retagParticipleAfterThose(tokens, tags);
  retagParticipleAfterNoun(tokens, tags);
  retagTimeLeftAfterWith(tokens, tags);
  retagBaseVerbInsideNounPhrase(tokens, tags);
  retagPastVerbAfterFigure(tokens, tags);
  retagPluralAfterFigure(tokens, tags);
  retagIngOfCompoundNoun(tokens, tags);
  retagVerbAfterModal(tokens, tags);
  retagAdjectiveAfterBe(tokens, tags);
  retagAdjectiveBeforeCoordinatedAdjective(tokens, tags);
  retagGradeListed(tokens, tags);
  // (Last: every other reading of a verb in the opening run goes first, "The mill last ground flour".)
  retagVerbEndingSubjectRun(tokens, tags);
  return tags;
}

/**
 * What may follow a possessive that owns nothing: punctuation or a preposition. Not a verb
 * ("Klitschko's reach", "Klitschko's left jab" are nouns the tagger took for verbs), nor "and"
 * ("Weitz's and Meyer's letters").
 */
const AFTER_NAME: ReadonlySet<Tag> = new Set([',', '.', ':', 'I', 'F']);

/**
 * "The vicar of St Wilfrid's, the Rev …", "according to Sainsbury's, sales rose": a name's "'s"
 * with no noun after it owns nothing; it ends the name of a church, a shop or a firm.
 */
function retagPossessiveName(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    // ("47 KO's": after an abbreviation in capitals the "'s" writes a plural.)
    if (tags[i] !== 'S' || tags[i - 1] !== 'P' || !/^['’]s$/.test(tokens[i]!.lower) || !/^\p{Lu}\p{Ll}/u.test(tokens[i - 1]!.text)) continue;
    if (tags[i + 1] !== undefined && !AFTER_NAME.has(tags[i + 1]!)) continue;
    tags[i] = 'P';
    tokens[i]!.pos = 'PROPN';
  }
}

/**
 * "Her winning time was 4 hours", "their remaining players have left": an -ing word between a
 * possessive and a noun that has its own verb next modifies the noun ("her" is the possessive).
 */
function retagIngAfterPossessive(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'V' || !/^\p{Ll}+ing$/u.test(token.text) || !POSSESSIVE_PRONOUNS.has(tokens[i - 1]!.lower)) continue;
    if (tags[i + 1] !== 'N' || (tags[i + 2] !== 'V' && tags[i + 2] !== 'A')) continue;
    tags[i - 1] = '$';
    tags[i] = 'J';
    token.pos = 'ADJ';
    token.lemma = token.lower;
  }
}

/**
 * "Mike Belling, the event's run director, said …": between a noun's "'s" and a noun, a word the
 * tagger called a verb is the owned phrase's modifier (no verb stands there: "she's run" has a
 * pronoun before its "'s", which is "has").
 */
function retagNounAfterOwner(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'V' || tags[i - 1] !== 'S' || !['N', 'P'].includes(tags[i - 2]!) || tags[i + 1] !== 'N') continue;
    if (!/^['’]s$/.test(tokens[i - 1]!.lower) || !/^\p{Ll}+$/u.test(token.text) || !isWordNetLemma(token.lower, 'noun')) continue;
    tags[i] = 'N';
    token.pos = 'NOUN';
    token.lemma = token.lower;
  }
}

/**
 * "would secure the mill's future for a generation": after a noun's "'s", a word the tagger called an
 * adjective with no noun after it (a preposition, a verb, a comma or the end follows) is what is
 * owned, when it can be a noun.
 */
function retagOwnedWordClosingPhrase(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'J' || tags[i - 1] !== 'S' || !['N', 'P'].includes(tags[i - 2]!) || !CLOSING_TAGS.has(tags[i + 1] ?? '.')) continue;
    if (!/^['’]s$/.test(tokens[i - 1]!.lower) || !/^\p{Ll}+$/u.test(token.text) || !isWordNetLemma(token.lower, 'noun')) continue;
    tags[i] = 'N';
    token.pos = 'NOUN';
    token.lemma = token.lower;
  }
}

/** Tags after which a noun phrase has ended: punctuation, a preposition, a conjunction, a verb. */
const CLOSING_TAGS: ReadonlySet<string> = new Set(['.', ',', 'I', 'C', 'V', 'A']);

/**
 * Words with which "to" is a preposition, never an infinitive's marker: "according to police",
 * "thanks to volunteers" ("due to" is not one: "due to open next week").
 */
const BEFORE_PREPOSITION_TO: ReadonlySet<string> = new Set(['according', 'owing', 'thanks', 'prior']);

/**
 * "According to police, the man fled": the tagger read "to police" as an infinitive; after these
 * words "to" opens a noun phrase, so a bare verb after it is a noun.
 */
function retagNounAfterPrepositionTo(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'to') continue;
    const next = tokens[i + 1]!;
    const bare = tags[i + 1] === 'V' && next.lower === next.lemma.toLowerCase();
    if (BEFORE_PREPOSITION_TO.has(tokens[i - 1]!.lower)) {
      tags[i] = 'I';
      if (bare) retagAsNoun(tokens, tags, i + 1);
    } else if (bare && handedTo(tokens, tags, i) && CLOSING_TAGS.has(tags[i + 2] ?? '.') && tags[i + 2] !== 'V' && tags[i + 2] !== 'A' && isWordNetLemma(next.lower, 'noun')) {
      // "was handed over to police.", "reported to police and": where the thing went, no infinitive
      // (which would take its own object: "sent to police the border").
      tags[i] = 'I';
      retagAsNoun(tokens, tags, i + 1);
    }
  }
}

/**
 * "The coastguard said none of the crew had been hurt": "none" or "neither" before "of" opens the
 * reported clause's subject (the tagger reads it an adverb after a verb), as it does a sentence's.
 */
function retagNoneOf(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tags[i] === 'B' || tags[i] === 'D') && NONE_OF.has(tokens[i]!.lower) && tokens[i + 1]!.lower === 'of') retagAsNoun(tokens, tags, i);
  }
}

const NONE_OF: ReadonlySet<string> = new Set(['none', 'neither']);

/** The tag and the part of speech of a word read as a noun. */
function retagAsNoun(tokens: Token[], tags: Tag[], i: number): void {
  tags[i] = 'N';
  tokens[i]!.pos = 'NOUN';
}

/** "to" right after a verb of sending (lexicon DESTINATION_TO_VERBS), or after its particle ("handed over to"). */
function handedTo(tokens: Token[], tags: Tag[], to: number): boolean {
  const verbAt = tags[to - 1] === 'V' ? to - 1 : (tags[to - 1] === 'I' || tags[to - 1] === 'B') && tags[to - 2] === 'V' ? to - 2 : -1;
  return verbAt >= 0 && DESTINATION_TO_VERBS.has(tokens[verbAt]!.lemma.toLowerCase());
}

/** "traders, such as burger vans, are": "such as" is one preposition, as "like" and "including" are. */
function retagSuchAs(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i]!.lower === 'such' && tokens[i + 1]!.lower === 'as' && tags[i + 1] === 'I') tags[i] = 'I';
}

/**
 * "Councillor Gillian Marsh fumed: “…”", "Ivy Doyle retired on Friday": a lower-case -ed word the
 * tagger called an adjective right after a name, before a colon, a preposition or the sentence's
 * end, is the name's verb in the past (a name takes no adjective after it).
 */
function retagPastVerbAfterName(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'J' || tags[i - 1] !== 'P' || !/^\p{Ll}+ed$/u.test(token.text)) continue;
    if (![':', 'I', '.'].includes(tags[i + 1]!) || !isWordNetLemma(verbBase(token.lower), 'verb')) continue;
    retagAsPastVerb(tokens, tags, i);
  }
}

/**
 * "The band last won the title in 1998", "She last saw her son in May": "last" right after its
 * subject and before a past form is an adverb, and the past form is the verb (the tagger had
 * "won" as the currency and "last" as a verb or an adjective).
 */
function retagLastBeforePastVerb(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'last' || !['N', 'P', 'R'].includes(tags[i - 1]!)) continue;
    const next = tokens[i + 1]!;
    const base = verbBase(next.lower);
    // ("The mill last ground flour": a form that is its own base too, where the sentence has no other verb.)
    if ((base === next.lower && hasFiniteVerb(tags)) || !isWordNetLemma(base, 'verb') || /s$/.test(next.lower) || !['D', '$', 'P', 'N', 'R', 'I'].includes(tags[i + 2]!)) continue;
    tags[i] = 'B';
    tokens[i]!.pos = 'ADV';
    tokens[i]!.lemma = 'last';
    retagAsPastVerb(tokens, tags, i + 1);
  }
}

/**
 * "sold it last year", "opened last month": "last" before a span or a day names when, it is no
 * verb (the tagger made "it last" a clause).
 */
function retagLastBeforeTime(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // ("The strike could last weeks", "is expected to last a day": after a modal or "to", the verb.)
    if (tokens[i]!.lower !== 'last' || tags[i] !== 'V' || (i > 0 && (tags[i - 1] === 'A' || tags[i - 1] === 'T'))) continue;
    const next = tokens[i + 1]!.lower;
    if (next.endsWith('s') && !CALENDAR_WORDS.includes(next)) continue;
    if (!AGE_UNITS.has(next) && !CALENDAR_WORDS.includes(next) && !OTHER_TIME_NOUNS.has(next)) continue;
    tags[i] = 'J';
    tokens[i]!.pos = 'ADJ';
    tokens[i]!.lemma = 'last';
  }
}

const OTHER_TIME_NOUNS: ReadonlySet<string> = new Set(['night', 'weekend', 'season', 'time', 'term', 'summer', 'winter', 'spring', 'autumn', 'fall']);

/** Forms of "have" that make a perfect with the participle after them. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "'ve"]);

/**
 * "A thief has repeatedly plundered the honesty box": an -ed word the tagger called an adjective
 * after "has" (adverbs between) is the verb of a perfect tense when a determiner follows it.
 */
function retagParticipleAfterHave(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'J' || tags[i + 1] !== 'D' || !/^\p{Ll}+ed$/u.test(tokens[i]!.text)) continue;
    let k = i - 1;
    while (k > 0 && tags[k] === 'B') k--;
    if (!PERFECT_AUXILIARIES.has(tokens[k]!.lower) || !isWordNetLemma(verbBase(tokens[i]!.lower), 'verb')) continue;
    retagAsPastVerb(tokens, tags, i);
  }
}

/**
 * "Kilby Autocare has since shut down", "have since been given": between an auxiliary and its verb
 * (or the next auxiliary), "since" is an adverb.
 */
function retagSinceAfterAuxiliary(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower === 'since' && tags[i - 1] === 'A' && (tags[i + 1] === 'V' || (tags[i + 1] === 'A' && tokens[i + 1]!.lower === 'been'))) {
      tags[i] = 'B';
      tokens[i]!.pos = 'ADV';
    }
  }
}

/** Particles that make a phrasal verb of the verb before them: "melted down", "shut off". */
const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'off', 'out', 'away', 'over']);

/**
 * "Cars were dented by the hail": after a form of "be", an -ed word the tagger called an adjective
 * and followed by "by" and its agent is the passive's verb.
 */
function retagParticipleBeforeAgent(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const word = tokens[i]!;
    if (tags[i] !== 'J' || tags[i - 1] !== 'A' || tokens[i - 1]!.lemma !== 'be' || !/ed$/.test(word.lower)) continue;
    // "Workers were informed on Monday afternoon": before when it was done, too.
    const beforeTime = tags[i + 1] === 'I' && ['DATE', 'TIME'].includes(tokens[i + 2]!.entity ?? '') && isWordNetLemma(verbBase(word.lower), 'verb');
    // "The weapons will be melted down": before the particle of a phrasal verb the dictionary knows.
    const beforeParticle = PHRASAL_PARTICLES.has(tokens[i + 1]!.lower) && isWordNetLemma(`${verbBase(word.lower)} ${tokens[i + 1]!.lower}`, 'verb');
    if (!beforeTime && !beforeParticle && (tokens[i + 1]!.lower !== 'by' || !['D', 'P', 'N', '$', 'R'].includes(tags[i + 2]!))) continue;
    retagAsPastVerb(tokens, tags, i);
  }
}

/**
 * "a man had to be rescued after …": right after a form of "be", an -ed word the tagger called a
 * noun, and that no dictionary has as one, is the passive's participle; so is a verb whose
 * participle has no -ed ("split", "cut") with its preposition after it.
 */
function retagParticipleNounAfterBe(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (tags[i] !== 'N' || tags[i - 1] !== 'A' || tokens[i - 1]!.lemma !== 'be') continue;
    // "have been split across four grounds": a participle with no -ed, before its preposition.
    if (UNMARKED_PAST_VERBS.has(word.lower) && tags[i + 1] === 'I') {
      tags[i] = 'V';
      word.pos = 'VERB';
      continue;
    }
    if (!/^\p{Ll}+ed$/u.test(word.text)) continue;
    // ("fitted" is "fit": a doubled consonant before "-ed" is the base's one.)
    const stem = word.lower.slice(0, -2);
    const bases = [stem, `${stem}e`, ...(/(\p{L})\1$/u.test(stem) ? [stem.slice(0, -1)] : [])];
    if (isWordNetLemma(word.lower, 'noun') || !bases.some((base) => isWordNetLemma(base, 'verb'))) continue;
    retagAsPastVerb(tokens, tags, i);
  }
}

/**
 * "the building is Grade II listed, …": after "be" and a name, an -ed word ending the clause
 * describes the subject with the name ("Grade II listed", "Michelin starred"); the clause's verb
 * is "be", the name no subject of a verb of its own.
 */
function retagParticipleAfterBeAndName(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i < tokens.length; i++) {
    if (tags[i] !== 'V' || !/^\p{Ll}+ed$/u.test(tokens[i]!.text) || !CLAUSE_ENDS.has(tags[i + 1] ?? '.')) continue;
    let k = i - 1;
    // ("Grade II* listed": a star or a mark may close the name.)
    while (k > 0 && (tags[k] === 'P' || (tags[k] === 'Y' && tags[k - 1] === 'P'))) k--;
    if (k === i - 1 || tags[k] !== 'A' || tokens[k]!.lemma !== 'be') continue;
    tags[i] = 'J';
    tokens[i]!.pos = 'ADJ';
  }
}

const CLAUSE_ENDS: ReadonlySet<Tag> = new Set([',', '.', 'C', 'K', ':']);

/** "will lay", "to found", "did not fell": a base form after "to", a modal or "do" is its own verb, not a past's. */
function relemmatiseBaseFormSpeltAsPast(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i] !== 'V' || !BASE_FORMS_SPELT_AS_PASTS.has(tokens[i]!.lower)) continue;
    let before = i - 1;
    while (before > 0 && (tags[before] === 'B' || tags[before] === 'X')) before--;
    const word = tokens[before]!.lower;
    if (tags[before] === 'T' || (tags[before] === 'A' && (BARE_VERB_MODALS.has(word) || DO_FORMS.has(word)))) tokens[i]!.lemma = tokens[i]!.lower;
  }
}

const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/** An -ed word the tagger called an adjective is a verb in the past: retag it and give it its base form. */
function retagAsPastVerb(tokens: Token[], tags: Tag[], i: number): void {
  const token = tokens[i]!;
  tags[i] = 'V';
  token.pos = 'VERB';
  token.lemma = verbBase(token.lower);
}

/**
 * "the temperature on the moor sank", "the reopening proved": right after "the" or "a" and before a verb, a word the tagger
 * called a verb is the noun that determiner opens. So is "revamp" in "The revamp cost £4.5 million",
 * where the verb after it is one whose past the tagger took for a noun.
 */
function retagVerbAfterDeterminer(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'V' || tags[i - 1] !== 'D' || !ARTICLES.has(tokens[i - 1]!.lower)) continue;
    if (unmarkedPastAt(tokens, tags, i + 1)) retagAsPastVerb(tokens, tags, i + 1);
    // "has ordered a resit since 2014": an article after a verb opens its object, which ends there.
    // An -ing word is a noun there only before a verb ("said the reopening proved …").
    const objectAfterVerb = tags[i - 2] === 'V' && OBJECT_ENDS.has(tags[i + 1]!) && !/ing$/.test(tokens[i]!.lower);
    // ("the moor will remain open": an auxiliary after it opens the verb phrase as a verb would.)
    if (tags[i + 1] !== 'V' && tags[i + 1] !== 'A' && !objectAfterVerb) continue;
    tags[i] = 'N';
    tokens[i]!.pos = 'NOUN';
    tokens[i]!.lemma = tokens[i]!.lower;
  }
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * "onto the Fenhallow bypass early on Monday", "represents Northgate ward": after a preposition
 * (and "the") or a verb, and a name, a word the tagger called a verb in its base form is the
 * phrase's noun (an object holds no clause, and a singular name would need "bypasses").
 */
function retagNounAfterNameInPhrase(tokens: Token[], tags: Tag[]): void {
  for (let i = 3; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (tags[i] !== 'V' || word.lower !== word.lemma.toLowerCase() || /(?:ing|ed)$/.test(word.lower) || !isWordNetLemma(word.lower, 'noun')) continue;
    let k = i - 1;
    while (k > 0 && tags[k] === 'P' && !/s$/.test(tokens[k]!.lower)) k--;
    if (k === i - 1) continue;
    // After "the" that follows a preposition, or right after a verb or a preposition ("represents
    // Northgate ward on the council"): the name and the noun are an object, no clause.
    const inPhrase = tags[k] === 'D' && tokens[k]!.lower === 'the' && ['I', 'F'].includes(tags[k - 1] ?? '');
    if (!inPhrase && !['V', 'I', 'F'].includes(tags[k] ?? '')) continue;
    tags[i] = 'N';
    word.pos = 'NOUN';
    word.lemma = word.lower;
  }
}

/**
 * "She swam 100 lengths": right after a subject pronoun, which takes no noun after it, a word the
 * tagger called a noun is the verb when it is a form of one ("swam", "dreams"; not "we journalists");
 * after a name, when it is a past form and no noun ("Centenarian Peggy swam").
 */
function retagVerbAfterSubject(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i] !== 'N') continue;
    const token = tokens[i]!;
    const base = verbBase(token.lower);
    const afterPronoun = SUBJECT_PRONOUNS.has(tokens[i - 1]!.lower) && (i === 1 || CLAUSE_OPENERS.has(tags[i - 2]!));
    // "Centenarian Peggy swam 100 lengths": after a name, only a past form no dictionary has as a noun.
    // ("Farlink shares fell": a plural is no verb's form here; "-s" forms are left alone.)
    const afterName = tags[i - 1] === 'P' && base !== token.lower && !/s$/.test(token.lower) && !isWordNetLemma(token.lower, 'noun') && !isPluralNoun(token.lower) && /^\p{Ll}/u.test(token.text);
    // "Around 600 people swam on the opening day": after a sentence's first noun phrase, with no verb
    // before it, a past form that is no noun likewise.
    const afterNoun = tags[i - 1] === 'N' && base !== token.lower && !/s$/.test(token.lower) && !isWordNetLemma(token.lower, 'noun') && !isPluralNoun(token.lower) && tags.slice(0, i).every((tag) => SUBJECT_TAGS.has(tag) || tag === 'B');
    if (!(afterPronoun || afterName || afterNoun) || !isWordNetLemma(base, 'verb') || (base === token.lower && isWordNetLemma(token.lower, 'noun'))) continue;
    tags[i] = 'V';
    token.pos = 'VERB';
    token.lemma = base;
  }
}

/**
 * "said the repairs cost the council £5,000": after a noun, "cost" (or "saved", "earned", "owes")
 * with a payer and then a sum after it is the verb, not a compound's last noun ("repair cost").
 */
function retagPayerVerbBeforeSum(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    // (After "had" or "has" too: "the treehouse had cost him around £8,000".)
    const after = tags[i - 1] === 'N' || (tags[i - 1] === 'A' && PERFECT_HAVE_FORMS.has(tokens[i - 1]!.lower));
    if (tags[i] !== 'N' || !after || !PAYER_FIRST_VERBS.has(verbBase(token.lower)) || !(OBJECT_OPENERS.has(tags[i + 1]!) || tags[i + 1] === 'R')) continue;
    const sumFollows = tokens.slice(i + 2, i + 2 + PAYER_REACH).some((t) => isCurrencySign(t.text));
    if (!sumFollows) continue;
    tags[i] = 'V';
    token.pos = 'VERB';
    token.lemma = verbBase(token.lower);
  }
}

/** How far after a payer verb its sum may start: "cost the county council around £62,000". */
const PAYER_REACH = 5;

/**
 * "The organ, made by Thomas Harkell of London, dates from 1764": after a subject and a participle
 * set off by commas, a word the tagger called a plural noun is the verb when it is a verb's "-s"
 * form and something a verb takes follows; the sentence had no other verb for its subject.
 */
function retagVerbAfterParticipleAside(tokens: Token[], tags: Tag[]): void {
  for (let i = 4; i < tokens.length - 1; i++) {
    if (tags[i] !== 'N' || tags[i - 1] !== ',' || !/s$/.test(tokens[i]!.lower) || !AFTER_VERB.has(tags[i + 1]!)) continue;
    const open = tags.lastIndexOf(',', i - 2);
    // (A past form: "made", "built", "restored"; not "-s" or "-ing".)
    const aside = tokens[open + 1]!.lower;
    if (open < 1 || tags[open + 1] !== 'V' || /(s|ing)$/.test(aside) || verbBase(aside) === aside) continue;
    // The subject alone before the aside: no verb or auxiliary of its own.
    if (!tags.slice(0, open).every((tag) => SUBJECT_TAGS.has(tag))) continue;
    const base = verbBase(tokens[i]!.lower);
    if (base === tokens[i]!.lower || !isWordNetLemma(base, 'verb')) continue;
    tags[i] = 'V';
    tokens[i]!.pos = 'VERB';
    tokens[i]!.lemma = base;
  }
}

/**
 * "The fire spread into the shop", "Flames spread into the shop and destroyed …", "Offenders face
 * fines of up to £1,000": where a sentence opens with nouns and its clause has no verb, the last of
 * them is the verb when it can be one and what follows is what a verb takes ("The price rise in
 * March angered shoppers" has its verb, and keeps its compound).
 */
function retagVerbEndingSubjectRun(tokens: Token[], tags: Tag[]): void {
  let end = 0;
  while (end < tokens.length && SUBJECT_TAGS.has(tags[end]!)) end++;
  const at = end - 1;
  if (at < 1 || tags[at] !== 'N' || !['N', 'P'].includes(tags[at - 1]!) || !AFTER_VERB.has(tags[end] ?? '.')) return;
  const clauseEnd = tags.findIndex((tag, k) => k > at && (tag === ',' || tag === 'C' || tag === '.' || tag === ':'));
  if (tags.slice(end, clauseEnd < 0 ? undefined : clauseEnd).some((tag) => tag === 'V' || tag === 'A')) return;
  const token = tokens[at]!;
  const base = verbBase(token.lower);
  if (!isWordNetLemma(base, 'verb')) return;
  tags[at] = 'V';
  token.pos = 'VERB';
  token.lemma = base;
}

/** What a subject phrase is made of: determiners, adjectives, nouns, names, figures, possessives. */
const SUBJECT_TAGS: ReadonlySet<Tag> = new Set(['D', 'J', 'N', 'P', 'M', 'G']);
/** What may follow a verb: a preposition, a determiner, a figure, a noun, a name, an adverb, an adjective. */
const AFTER_VERB: ReadonlySet<Tag> = new Set(['I', 'D', 'M', 'N', 'P', 'B', 'J']);

/** What may stand before a clause's subject: its start, a comma, a quote, a conjunction, a subordinator. */
const CLAUSE_OPENERS: ReadonlySet<Tag> = new Set([',', 'Q', 'C', 'K', ':', 'W']);
const OBJECT_ENDS: ReadonlySet<Tag> = new Set(['I', 'K', '.', ',']);

/** What may follow a verb in -ing: its object (or the adjective that opens it), a preposition, an adverb, "to". */
const AFTER_PROGRESSIVE: ReadonlySet<Tag> = new Set(['I', 'D', 'N', 'P', '$', 'M', 'B', 'T', 'F', 'J']);

/**
 * "crowds have been gathering in the close", "residents were protesting outside": after "be" an
 * -ing word with something after it is the verb in progress ("have been slapping fake codes" too); the tagger read "gathering" as a noun
 * and left the sentence without a claim. ("The problem is parking." stays a noun: nothing follows.)
 */
function retagProgressiveAfterBe(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    // "is thought to be burning.": after "to be" the -ing word is the verb even with nothing after it.
    const afterToBe = tags[i - 2] === 'T';
    if (tags[i] !== 'N' || tags[i - 1] !== 'A' || tokens[i - 1]!.lemma.toLowerCase() !== 'be' || !(afterToBe || AFTER_PROGRESSIVE.has(tags[i + 1]!))) continue;
    readIngNounAsVerb(token, tags, i);
  }
}

/**
 * "one of Europe's most striking birds": after a possessive, "most" or "least" before an adjective
 * is the superlative inside the noun phrase, as after "the"; read as an adverb it cut the phrase at
 * "Europe" and left the sentence around it without a claim.
 */
function retagSuperlativeAfterPossessive(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i - 1] !== 'S' || tags[i + 1] !== 'J' || !SUPERLATIVE_WORDS.has(tokens[i]!.lower)) continue;
    tags[i] = 'J';
  }
}
const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(['most', 'least']);

/**
 * "Those who had to leave spent the night": "those" before "who" stands for the people the clause
 * describes, a pronoun heading its own phrase, not a determiner waiting for a noun.
 */
function retagDemonstrativeBeforeWho(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tags[i] === 'D' && DEMONSTRATIVES.has(tokens[i]!.lower) && tokens[i + 1]!.lower === 'who') tags[i] = 'R';
  }
}
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['those', 'these']);

/**
 * "apply to private hire vehicles", "for a small business loan": after a preposition and an
 * adjective, a base-form verb before a noun is a noun of the compound ("hire"), for no verb follows
 * an adjective that opens a phrase ("The elderly need help" has read "elderly" as its head by now).
 */
function retagBaseVerbInsideNounPhrase(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (tags[i] !== 'V' || tags[i - 1] !== 'J' || tags[i - 2] !== 'I' || tags[i + 1] !== 'N') continue;
    if (!/^\p{Ll}+$/u.test(word.text) || word.lower !== word.lemma.toLowerCase() || !isWordNetLemma(word.lower, 'noun')) continue;
    tags[i] = 'N';
    word.pos = 'NOUN';
  }
}

/**
 * "came with 10 minutes left in the fourth quarter", "with two days remaining": after "with", a
 * length of time and "left"/"remaining" say when, as a time does; read as a verb, "10 minutes" left.
 */
function retagTimeLeftAfterWith(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i < tokens.length; i++) {
    if (!TIME_LEFT_WORDS.has(tokens[i]!.lower) || tags[i] !== 'V' || !TIME_SPAN_WORDS.has(tokens[i - 1]!.lower)) continue;
    const opener = tokens.slice(Math.max(0, i - 5), i - 1).findLastIndex((t) => t.lower === 'with');
    if (opener < 0) continue;
    tags[i] = 'J';
    tokens[i]!.pos = 'ADJ';
  }
}
const TIME_LEFT_WORDS: ReadonlySet<string> = new Set(['left', 'remaining']);
/** Lengths a game or a race is left with: time's spans, and its seconds, laps and games. */
const TIME_SPAN_WORDS: ReadonlySet<string> = new Set([...SPAN_UNITS, 'second', 'seconds', 'lap', 'laps', 'game', 'games']);

/**
 * "an intensive care unit fitted with incubators", "a car parked outside the shop": a past form no
 * dictionary knows as a noun, after a noun and before a preposition, is a participle describing that
 * noun, not the phrase's last noun.
 */
function retagParticipleAfterNoun(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (tags[i] !== 'N' || tags[i - 1] !== 'N' || !PREPOSITION_TAGS.has(tags[i + 1]!) || !/^\p{Ll}+ed$/u.test(word.text)) continue;
    // ("fitted" is "fit": a doubled consonant before "-ed" is the base's one.)
    const stem = word.lower.slice(0, -2);
    const bases = [stem, `${stem}e`, ...(/(\p{L})\1$/u.test(stem) ? [stem.slice(0, -1)] : [])];
    if (isWordNetLemma(word.lower, 'noun') || !bases.some((base) => isWordNetLemma(base, 'verb'))) continue;
    tags[i] = 'V';
    word.pos = 'VERB';
  }
}

/**
 * "told those gathered: …", "thanked those involved.": "those" and a past participle closing the
 * phrase are the people it describes, one noun phrase; read as a verb, "those" gathered, and the
 * quote after the colon lost its speaker's verb.
 */
function retagParticipleAfterThose(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'V' || tokens[i - 1]!.lower !== 'those' || !/^\p{Ll}+ed$/u.test(tokens[i]!.text) || !/^[:,.;]$/.test(tokens[i + 1]!.text)) continue;
    tags[i] = 'N';
  }
}

/** Particles that make a noun of a verb with a hyphen: "switch-on", "shake-up", "sell-off". */
const NOUN_PARTICLES: ReadonlySet<string> = new Set(['on', 'off', 'up', 'out', 'over', 'down', 'in', 'back']);

/**
 * "the Christmas lights switch-on has been cancelled", "the shake-up was announced": a verb joined to
 * its particle by a hyphen, with a verb group after it, is the noun the sentence is about; read as a
 * verb it made "the lights" switch.
 */
function retagPhrasalNounBeforeVerb(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tags[i] !== 'V' || tags[i + 1] !== 'h' || !NOUN_PARTICLES.has(tokens[i + 2]!.lower) || (tags[i + 3] !== 'A' && tags[i + 3] !== 'V')) continue;
    if (!/^\p{Ll}+$/u.test(tokens[i]!.text) || !['N', 'P', 'D', 'J', 'S', '$'].includes(tags[i - 1]!)) continue;
    tags[i] = 'N';
    tags[i + 2] = 'N';
  }
}

/**
 * "Coldharrow's charity tractor run took place on Sunday", "the fun run raised £5,000": a base-form
 * verb between a noun and a past form is the compound's last noun, and the past form the verb.
 */
function retagCompoundNounBeforePastVerb(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [token, next] = [tokens[i]!, tokens[i + 1]!];
    if (tags[i] !== 'V' || tags[i - 1] !== 'N' || tags[i + 1] !== 'V' || !/^\p{Ll}+$/u.test(token.text)) continue;
    if (verbBase(token.lower) !== token.lower || !isWordNetLemma(token.lower, 'noun') || verbBase(next.lower) === next.lower || /(?:ing|s)$/.test(next.lower)) continue;
    tags[i] = 'N';
    token.pos = 'NOUN';
    token.lemma = token.lower;
  }
}

/**
 * "Fairhurst's is to close its depot", "Sainsbury's has confirmed": a name's possessive right
 * before an auxiliary is the name itself (a shop called after its founder), not "Fairhurst's …" of
 * something; "Johnson's said" (has said) keeps its verb.
 */
function retagPossessiveNameBeforeAuxiliary(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'S' || tags[i - 1] !== 'P' || tags[i + 1] !== 'A' || !/^['’]s$/.test(tokens[i]!.text)) continue;
    tags[i] = 'P';
  }
}

/**
 * "were swept away while swimming in the River Wend": after "while", "after" or "before" an -ing
 * word opens a clause of its own; the tagger read "swimming" as a noun and the river as its place.
 */
function retagGerundAfterSubordinator(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    // Right after the subordinator only: "after the meeting" and "before lunch" stay nouns; so does
    // a subject with its own verb next ("after scaffolding collapsed onto the street").
    if (tags[i] === 'N' && GERUND_SUBORDINATORS.has(tokens[i - 1]!.lower) && tags[i + 1] !== 'V') readIngNounAsVerb(token, tags, i);
  }
}

/**
 * "cancelled while filming takes place", "will go ahead during filming.": an -ing word with no
 * object, right after a subordinator and before its clause's finite verb, or closing a
 * preposition's phrase, names the activity: a noun, the clause's subject or the preposition's object.
 */
function retagGerundAsActivity(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'V' || !/^\p{Ll}+ing$/u.test(token.text) || !isWordNetLemma(token.lower, 'noun')) continue;
    const next = tokens[i + 1]!;
    const finiteNext = (tags[i + 1] === 'V' && /(?:s|ed)$/.test(next.lower) && next.lower !== next.lemma.toLowerCase()) || tags[i + 1] === 'A';
    const afterSubordinator = GERUND_SUBORDINATORS.has(tokens[i - 1]!.lower) && finiteNext;
    // (Only after a preposition of a stretch of time: "banned from driving." is the verb's own.)
    const closingPreposition = DURING_PREPOSITIONS.has(tokens[i - 1]!.lower) && (tags[i + 1] === '.' || tags[i + 1] === ',');
    if (!afterSubordinator && !closingPreposition) continue;
    retagAsNoun(tokens, tags, i);
    token.lemma = token.lower;
  }
}

/** Prepositions of a stretch of time, whose object an -ing word names as an activity: "during filming". */
const DURING_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'throughout', 'amid', 'amidst']);

/** What a gerund's own noun phrase may hold before the verb of the clause it is the subject of. */
const GERUND_PHRASE: ReadonlySet<Tag> = new Set(['D', '$', 'J', 'N', 'P', 'M', 'F', 'Y']);

/**
 * "said having a single home ground would save parents hours": after a verb that reports or takes a
 * clause, an -ing verb whose noun phrase runs into a verb opens the reported clause as its subject,
 * as "said closing the road would cause chaos" does; read as a verb it chained on to "said" and the
 * clause was lost. ("admitted taking the money." keeps its chain: nothing follows the phrase.)
 */
function retagGerundSubjectAfterReporting(tokens: Token[], tags: Tag[]): void {
  for (let j = 1; j + 1 < tokens.length; j++) {
    const reporting = tokens[j - 1]!.lemma.toLowerCase();
    const gerund = /^\p{Ll}+ing$/u.test(tokens[j]!.text);
    // ("said poisoned bait left in the open could kill a dog": so does a participle before its noun.)
    const participle = /^\p{Ll}+ed$/u.test(tokens[j]!.text) && tags[j + 1] === 'N';
    if (tags[j] !== 'V' || tags[j - 1] !== 'V' || !(gerund || participle) || !(SPEECH_VERBS.has(reporting) || CLAUSE_VERBS.has(reporting))) continue;
    let k = j + 1;
    while (GERUND_PHRASE.has(tags[k]!)) k++;
    if (k === j + 1 || (tags[k] !== 'A' && tags[k] !== 'V')) continue;
    tags[j] = gerund ? 'N' : 'J';
    if (participle) tokens[j]!.pos = 'ADJ';
  }
}

/** An -ing word the tagger made a noun, read as the verb WordNet knows it for ("swimming" → swim), if it knows one. */
function readIngNounAsVerb(token: Token, tags: Tag[], i: number): void {
  if (!/^\p{Ll}+ing$/u.test(token.text)) return;
  const base = verbBase(token.lower);
  if (base === token.lower || !isWordNetLemma(base, 'verb')) return;
  tags[i] = 'V';
  token.pos = 'VERB';
  token.lemma = base;
}

/**
 * "Crossfield Primary School did not open", "the lights didn't work": after "do" and its negation the
 * word is the verb, whatever the tagger made of it ("open" as an adjective left the claim "do open").
 */
function retagVerbAfterDoSupport(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if ((tags[i] !== 'J' && tags[i] !== 'N') || !/^\p{Ll}+$/u.test(tokens[i]!.text) || !isWordNetLemma(tokens[i]!.lower, 'verb')) continue;
    let aux = i - 1;
    while (aux > 0 && (tags[aux] === 'X' || tags[aux] === 'B')) aux--;
    if (aux === i - 1 || tags[aux] !== 'A' || tokens[aux]!.lemma.toLowerCase() !== 'do') continue;
    tags[i] = 'V';
    tokens[i]!.pos = 'VERB';
    tokens[i]!.lemma = tokens[i]!.lower;
  }
}

/** Words that count or measure a part of what follows "of": "most of the residents", "much of the region". */
const PART_QUANTIFIERS: ReadonlySet<string> = new Set(['any', 'much', 'many', 'most', 'some', 'several', 'few', 'all', 'each', 'both', 'more', 'less', 'half']);
const OF_OBJECT: ReadonlySet<Tag> = new Set(['D', '$', 'N', 'P', 'M', 'J']);

/**
 * "Most were polyester fibres", "Many have since returned": a quantifier opening its clause right
 * before the verb is the clause's subject (the many, the most of what the story counts), not an
 * adjective with no noun to describe.
 */
function retagQuantifierAsSubject(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PART_QUANTIFIERS.has(tokens[i]!.lower) || !['J', 'D', 'B'].includes(tags[i]!) || !['A', 'V'].includes(tags[i + 1]!)) continue;
    // (After a reporting verb too: "The firm said most would keep their jobs".)
    if (i > 0 && !CLAUSE_OPENERS.has(tags[i - 1]!) && !(tags[i - 1] === 'V' && SPEECH_VERBS.has(tokens[i - 1]!.lemma.toLowerCase()))) continue;
    tags[i] = 'N';
    tokens[i]!.pos = 'NOUN';
  }
}

/**
 * "evacuated most of the residents", "placed much of the region under a warning": a quantifier
 * before "of" heads a noun phrase with it, as "part of the town" does; as an adjective alone it
 * left the claim's object at "most".
 */
function retagQuantifierBeforeOf(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tags[i + 1] !== 'F' || !PART_QUANTIFIERS.has(tokens[i]!.lower) || !OF_OBJECT.has(tags[i + 2]!)) continue;
    if (tags[i] === 'J' || tags[i] === 'D') tags[i] = 'N';
  }
}

/**
 * "It had been due to take place", "the festival is due to open", "holders will be able to park":
 * after "be", "due", "able" or "unable" before "to" and a verb joins the verb group as "expected"
 * does, so the claim is the verb after "to" (relation.ts reads what the word says of it); as an
 * adjective it made "due" or "able" the claim's object.
 */
function retagAdjectiveBeforeInfinitive(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    // "is due to close", and "are due to be seen" (a passive).
    const passive = tags[i + 2] === 'A' && tokens[i + 2]!.lower === 'be' && tags[i + 3] === 'V';
    if (!BEFORE_INFINITIVE.has(tokens[i]!.lower) || tags[i + 1] !== 'T' || (tags[i + 2] !== 'V' && !passive)) continue;
    let before = i - 1;
    while (before > 0 && (tags[before] === 'B' || tags[before] === 'X')) before--;
    if (tags[before] === 'A' && tokens[before]!.lemma.toLowerCase() === 'be') tags[i] = 'V';
  }
}

const BEFORE_INFINITIVE: ReadonlySet<string> = new Set(['due', ...ABILITY_WORDS.keys()]);

/** What may follow an age that describes a noun: the noun, or more words before it ("a 24-year-old local man"). */
const NOUN_PHRASE_GOES_ON: ReadonlySet<Tag> = new Set(['N', 'P', 'J', 'M']);

/**
 * "The 24-year-old was arrested", "the seven-year-old had been playing": an age with no noun after
 * it is the person, the phrase's head ("a 24-year-old man" keeps "man" as its head).
 */
function retagAgeAsNoun(tokens: Token[], tags: Tag[]): void {
  for (let i = 4; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'old' || tags[i - 1] !== 'h' || !AGE_UNITS.has(tokens[i - 2]!.lower) || tags[i - 3] !== 'h' || tags[i - 4] !== 'M') continue;
    if (NOUN_PHRASE_GOES_ON.has(tags[i + 1] ?? '.')) continue;
    tags[i] = 'N';
    tokens[i]!.pos = 'NOUN';
  }
}

/** What opens an object right after a verb: a determiner, a possessive, a number, a name. */
const OBJECT_OPENERS: ReadonlySet<Tag> = new Set(['D', '$', 'M', 'P', 'Y']);

/**
 * "the city would repave the ring road", "the firm could relaunch the brand": a verb the tagger does
 * not know is read as a noun. Right after a modal auxiliary and before an object, a lower-case
 * word is the modal's verb (a noun cannot stand there).
 */
function retagNounAfterModal(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const modal = tokens[i - 1]!;
    if (tags[i] !== 'N' || modal.pos !== 'AUX' || !MODALS[modal.lower] || !/^\p{Ll}+$/u.test(tokens[i]!.text) || !OBJECT_OPENERS.has(tags[i + 1]!)) continue;
    tags[i] = 'V';
    tokens[i]!.pos = 'VERB';
  }
}

/**
 * "on mild, damp evenings", "a long, hard winter", "a cold and wet night": after an adjective and a
 * comma or "and", a word WordNet knows as an adjective right before a noun is the next adjective
 * of one series, not a verb ("damp") or a noun.
 */
function retagAdjectiveSeries(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    if ((tags[i - 1] !== ',' && tags[i - 1] !== 'C') || tags[i - 2] !== 'J' || tags[i + 1] !== 'N') continue;
    if ((tags[i] === 'V' || tags[i] === 'N') && /^\p{Ll}+$/u.test(tokens[i]!.text) && isWordNetAdjective(tokens[i]!.lower) && tokens[i]!.lower === tokens[i]!.lemma.toLowerCase()) {
      tags[i] = 'J';
      tokens[i]!.pos = 'ADJ';
    }
  }
}

/** Whether the adjective at `i` opens a series its comma goes on: "long, hard winter". */
function opensAdjectiveSeries(tags: Tag[], i: number): boolean {
  return tags[i + 1] === ',' && tags[i + 2] === 'J' && tags[i + 3] === 'N';
}

/** What may follow a noun phrase's head: "of", a preposition, a comma, the sentence end, a verb. */
const AFTER_HEAD: ReadonlySet<Tag> = new Set(['F', 'I', ',', '.', 'A', 'V']);

/**
 * "in the east of Brennholt", "the injured were taken to hospital": an adjective right after a
 * determiner with nothing after it in its phrase is the phrase's head, a noun. So is a word WordNet
 * knows as a noun right after "of": "3,500 tonnes of rubbish is burning", or between a noun and the verb.
 */
function retagAdjectiveAsHead(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'J' || opensAdjectiveSeries(tags, i)) continue;
    // "won the final to become champion": before "to", only a word WordNet knows as a noun.
    if (tags[i + 1] === 'T' && tags[i - 1] === 'D' && isWordNetLemma(tokens[i]!.lower, 'noun')) tags[i] = 'N';
    if (!AFTER_HEAD.has(tags[i + 1]!)) continue;
    if (tags[i - 1] === 'D' || (tags[i - 1] === 'F' && isWordNetLemma(tokens[i]!.lower, 'noun'))) tags[i] = 'N';
    // "The cup final took place": after a noun and before the verb, a word WordNet knows as a noun
    // ends the subject's compound.
    else if (tags[i - 1] === 'N' && tags[i + 1] === 'V' && isWordNetLemma(tokens[i]!.lower, 'noun')) tags[i] = 'N';
    // "A rusty safe was dredged up": adjectives from a determiner to a verb leave no head but the
    // last, when WordNet knows it as a noun; "a metal safe, which was handed": a relative clause
    // after it says so too (not "found the door open.", a state the verb leaves its object in).
    else if (isWordNetLemma(tokens[i]!.lower, 'noun') && ((tags[i + 1] === 'A' || tags[i + 1] === 'V') && adjectivesFromDeterminer(tags, i - 1) || (tags[i - 1] === 'N' && /^an?$/.test(tokens[i - 2]?.lower ?? '') && tags[i + 1] === ',' && tags[i + 2] === 'W'))) tags[i] = 'N';
  }
}

/** Whether the words from `last` back are adjectives opened by a determiner: "a rusty", "the big old". */
function adjectivesFromDeterminer(tags: Tag[], last: number): boolean {
  let k = last;
  while (k >= 0 && tags[k] === 'J') k--;
  return k < last && k >= 0 && tags[k] === 'D';
}

/**
 * "returned to the wild once they are fit": right after "the", a word the tagger called an adverb,
 * with nothing of its phrase after it, is the phrase's head when WordNet knows it as a noun.
 */
function retagAdverbAfterThe(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i] !== 'B' || tokens[i - 1]!.lower !== 'the' || !/^\p{Ll}+$/u.test(tokens[i]!.text)) continue;
    const next = tags[i + 1] ?? '.';
    if ((AFTER_HEAD.has(next) || next === 'B' || next === 'C') && isWordNetLemma(tokens[i]!.lower, 'noun')) tags[i] = 'N';
  }
}

/**
 * "the Red Cross has set up": inside a sentence, a capitalised word right after a name word is the
 * name's word, not a verb ("Cross"). In a headline in title case ("Red Cross Sets Up Camp") only
 * an auxiliary or a lower-case verb right after it tells so.
 */
function retagCapitalisedVerbInName(tokens: Token[], tags: Tag[]): void {
  const titleCase = isTitleCase(tokens);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'V' || !/^\p{Lu}\p{Ll}/u.test(token.text)) continue;
    const next = tokens[i + 1]!;
    // "the Allied Rail Union", "the United Steel Workers": after "the", a capitalised verb before a name opens the name.
    const nameNext = tags[i + 1] === 'P' && /^\p{Lu}/u.test(next.text);
    // So after a preposition, where no verb can stand: "comes from Fell End Farm".
    const opensName = (tags[i - 1] === 'D' || (tags[i - 1] === 'I' && !titleCase)) && nameNext;
    // "The mayor, Sue Penhale, said", "said Mark Hollis": a given name that is also a verb opens the name after it.
    const givenName = nameNext && isKnownGivenName(token.text) && !QUOTE_MARKS.has(tokens[i - 1]!.text) && tags[i - 1] !== ':';
    // "the River Wend": a capitalised common noun inside a sentence is a name's word too.
    const afterNameWord = /^\p{Lu}/u.test(tokens[i - 1]!.text) && (tags[i - 1] === 'P' || (tags[i - 1] === 'N' && i - 1 > 0 && tags[i - 2] !== '.' && tags[i - 2] !== 'Q'));
    if (!opensName && !afterNameWord && !givenName) continue;
    // Outside a title-case headline a verb is not capitalised inside a sentence: "Kestrel Moor
    // Prison", "Voltra's manager, Oliver Grant, said", "near Fenwick Cross in the Ardley district".
    // A name suffix after a comma ends a name in any case: "W. Mark Felt, Sr.".
    const beforeSuffix = next.text === ',' && isNameSuffix(tokens[i + 2]?.text);
    if (titleCase && !beforeSuffix && tags[i + 1] !== 'A' && !(tags[i + 1] === 'V' && /^\p{Ll}/u.test(next.text))) continue;
    tags[i] = 'P';
    // Kinds are read from the word classes (a name ends in a proper noun): "Peyton Manning" is a name.
    token.pos = 'PROPN';
  }
}

/**
 * "taken to Harnsey Community Hospital", "at Marlstow Fire Station": inside a sentence, a
 * capitalised common noun right after a name word ends the name (the tagger left "Hospital" a
 * noun, so the name was read as a hospital, and two hospitals of one story as one). Not in a
 * headline in title case, where every word is capitalised.
 */
function retagCapitalisedNounInName(tokens: Token[], tags: Tag[]): void {
  if (isTitleCase(tokens)) return;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'N' || tags[i - 1] !== 'P' || !/^\p{Lu}\p{Ll}/u.test(token.text) || !/^\p{Lu}/u.test(tokens[i - 1]!.text)) continue;
    tags[i] = 'P';
    token.pos = 'PROPN';
  }
}

/** "the Very Rev Martin Okafor", "the Right Reverend Helen Marr": the style opens the title and the name. */
function retagStyleBeforeTitle(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [style, title] = [tokens[i]!, tokens[i + 1]!];
    if (!STYLES_BEFORE_TITLE.has(style.lower) || !STYLED_TITLES.has(title.lower) || !/^\p{Lu}/u.test(style.text) || !/^\p{Lu}/u.test(title.text)) continue;
    for (const k of [i, i + 1]) {
      tags[k] = 'P';
      tokens[k]!.pos = 'PROPN';
    }
  }
}

/**
 * "Josh Ferrier, the club captain, said …", "Josh Ferrier lifted the trophy": a capitalised verb
 * opening a sentence before a name and then a comma or a verb of its own is the name's first word;
 * an order ("Meet …") would take the name as its object and go on to no verb.
 */
function retagVerbOpeningName(tokens: Token[], tags: Tag[]): void {
  const first = tokens[0];
  if (!first || tags[0] !== 'V' || !/^\p{Lu}\p{Ll}/u.test(first.text) || tags[1] !== 'P' || !/^\p{Lu}/u.test(tokens[1]!.text)) return;
  // "Skipper Ellie Marsden lifted the trophy": a title before a whole name, the verb after the name.
  let after = 2;
  if (PERSON_TITLES.has(first.lower)) while (tags[after] === 'P' && /^\p{Lu}/u.test(tokens[after]!.text)) after++;
  // "Hope Lyle swam": a known given name before a name is one whatever verb follows.
  const verbAfter = tags[after] === 'V' && (/ed$/.test(tokens[after]!.lower) || isKnownGivenName(first.text));
  if (tags[after] !== ',' && !verbAfter && tags[after] !== 'A') return;
  tags[0] = 'P';
  first.pos = 'PROPN';
}

/** What may stand right before a noun phrase's modifier: a determiner, a possessive, an adjective, a number, a name. */
const BEFORE_MODIFIER: ReadonlySet<Tag> = new Set(['D', '$', 'J', 'M', 'P']);

/**
 * "its Greyshoal offshore wind farm": the tagger reads "wind" as a verb and "offshore" as an adverb.
 * A verb that makes a WordNet compound noun with the noun after it ("wind farm", "search party",
 * "swing voter") is that compound's first word when it does not follow a noun (its subject); an
 * adverb right before such a noun phrase, inside one, is its adjective. So, after a noun, is an
 * adjective that ends a WordNet compound with it ("gas main", "village green").
 */
function retagCompoundNoun(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'V' || tags[i + 1] !== 'N' || tokens[i]!.pos !== 'VERB') continue;
    let before = i - 1;
    const adverb = tags[before] === 'B' && tokens[before]!.pos === 'ADV' ? before : -1;
    if (adverb >= 0) before--;
    if (before < 0 || !BEFORE_MODIFIER.has(tags[before]!)) continue;
    if (!isWordNetLemma(`${tokens[i]!.lower} ${tokens[i + 1]!.lemma.toLowerCase()}`, 'noun')) continue;
    tags[i] = 'N';
    if (adverb >= 0) tags[adverb] = 'J';
  }
  // "an 18-storey tower block in the east": a noun and a verb making a WordNet compound, with no
  // object after the verb, are one noun too.
  for (let i = 2; i < tokens.length; i++) {
    if (tags[i] !== 'V' || tags[i - 1] !== 'N' || !(BEFORE_MODIFIER.has(tags[i - 2]!) || tags[i - 2] === 'N') || OPENS_OBJECT.has(tags[i + 1] ?? '')) continue;
    if (isWordNetLemma(`${tokens[i - 1]!.lower} ${tokens[i]!.lemma.toLowerCase()}`, 'noun')) tags[i] = 'N';
  }
  // "to lay a new gas main", "the third village green": a noun and the adjective after it that
  // WordNet knows together as one noun end on that noun (the tagger's "main" had cut "gas" off).
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i] !== 'J' || tags[i - 1] !== 'N' || !/^\p{Ll}+$/u.test(tokens[i]!.text)) continue;
    // (A post, "surgeon general", "police chief", stays as it was: the resolver reads posts by their titles.)
    const compound = sensesOf(`${tokens[i - 1]!.lower} ${tokens[i]!.lower}`, 'noun')[0];
    if (compound !== undefined && synset(compound).lexicalFile !== NOUN_FILE.person) tags[i] = 'N';
  }
}

/**
 * "a faulty software update installed overnight", "completed a sponsored swim in aid of the
 * hospice": after "a"/"an" and only describing words, a verb in its base form cannot agree with a
 * singular subject, so when a participle, an auxiliary, a preposition or the clause's end follows,
 * it is the phrase's head noun ("A car hit a pedestrian" keeps its verb).
 */
function retagNounAfterIndefinite(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (tags[i] !== 'V' || word.lower !== word.lemma.toLowerCase()) continue;
    const follower = tags[i + 1] ?? '.';
    // Before a preposition, only a verb whose past differs from its base: "A lorry burst into
    // flames" and "a page set up by villagers" are past forms with their subject.
    if (!HEAD_FOLLOWERS.has(follower) && !(PREPOSITION_TAGS.has(follower) && pastTenseOf(word.lower) !== word.lower)) continue;
    let k = i - 1;
    while (k > 0 && (tags[k] === 'J' || tags[k] === 'N')) k--;
    if (k === i - 1 || tags[k] !== 'D' || !INDEFINITE_ARTICLES.has(tokens[k]!.lower)) continue;
    if (isWordNetLemma(word.lower, 'noun')) tags[i] = 'N';
  }
}

/**
 * "cost an estimated £4.5 million", "a reported 300 people": after "a"/"an" and before an amount, a
 * participle describes the amount (a verb cannot follow an article).
 */
function retagParticipleBeforeAmount(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'V' || !/ed$/.test(tokens[i]!.lower) || !INDEFINITE_ARTICLES.has(tokens[i - 1]!.lower) || !['Y', 'M'].includes(tags[i + 1]!)) continue;
    tags[i] = 'J';
    tokens[i]!.pos = 'ADJ';
  }
}

/**
 * '…," said Trend Micro advanced threat researcher Paul Ferguson.': after a quote or a comma, a
 * speech verb is followed by its speaker alone, up to the sentence's end or a comma; a participle
 * inside that phrase, before a noun, describes the speaker ("advanced"), it is no verb.
 */
function retagInvertedSpeaker(tokens: Token[], tags: Tag[]): void {
  for (let j = 1; j + 2 < tokens.length; j++) {
    if (tags[j] !== 'V' || (tags[j - 1] !== 'Q' && tags[j - 1] !== ',') || !SPEECH_VERBS.has(tokens[j]!.lemma.toLowerCase())) continue;
    let end = j + 1;
    while (end < tokens.length && (SPEAKER_BODY.has(tags[end]!) || (tags[end] === 'V' && /[a-z]ed$/.test(tokens[end]!.lower)))) end++;
    if (end < tokens.length && tags[end] !== '.' && tags[end] !== ',') continue;
    for (let k = j + 1; k < end; k++) if (tags[k] === 'V' && (tags[k + 1] === 'N' || tags[k + 1] === 'J')) tags[k] = 'J';
  }
}

/** What a speaker's phrase is made of: "the company's advanced threat researcher Paul Ferguson". */
const SPEAKER_BODY: ReadonlySet<Tag> = new Set(['D', '$', 'J', 'N', 'P', 'S', 'h', 'M']);

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const HEAD_FOLLOWERS: ReadonlySet<Tag> = new Set(['V', 'A', ',', '.']);
const PREPOSITION_TAGS: ReadonlySet<Tag> = new Set(['I', 'F']);

/** Tags that start a verb's object: after them a verb keeps its object ("the police raid homes"). */
const OPENS_OBJECT: ReadonlySet<Tag> = new Set(['D', '$', 'N', 'P', 'M', 'J', 'R']);

const HYPHEN_JOINS: ReadonlySet<Tag> = new Set(['N', 'P', 'J', 'M', 'Y']);
const WORD_AFTER_HYPHEN: ReadonlySet<Tag> = new Set(['B', 'V', 'I', 'R']);

/**
 * "the go-ahead", "a follow-up", "a state-owned firm": the tagger reads the part after a joining
 * hyphen as an adverb or a verb on its own. One word with its first part, it is a noun where the
 * phrase ends and an adjective before a noun.
 */
function retagHyphenatedWord(tokens: Token[], tags: Tag[]): void {
  // "Mums-to-be", "a bride-to-be": "to" and "be" joined on by hyphens end one noun, no infinitive.
  for (let i = 2; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'to' || tags[i - 1] !== 'h' || tags[i + 1] !== 'h' || tokens[i + 2]!.lower !== 'be') continue;
    if (tags[i - 2] === 'P' && i - 2 === 0) {
      tags[i - 2] = 'N';
      tokens[i - 2]!.pos = 'NOUN';
    }
    // (Kept in the phrase, but no head of it: the mums are what the phrase names.)
    for (const k of [i, i + 2]) {
      tags[k] = 'N';
      tokens[k]!.pos = 'PART';
    }
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    // "four All-Star games", "a no-fly zone": a determiner joined on by a hyphen is the first part of a word.
    if (tags[i] === 'h' && tags[i - 1] === 'D') tags[i - 1] = 'J';
    // "an off-duty nurse", "an in-house lawyer": so is a preposition after a determiner.
    if (tags[i] === 'h' && tags[i - 1] === 'I' && tags[i - 2] === 'D' && tags[i + 1] === 'N' && /^\p{L}+$/u.test(tokens[i - 1]!.text)) tags[i - 1] = 'J';
    if (tags[i] !== 'h' || !WORD_AFTER_HYPHEN.has(tags[i + 1]!) || !/^\p{L}+$/u.test(tokens[i + 1]!.text)) continue;
    const tag = ['N', 'P', 'J'].includes(tags[i + 2] ?? '') ? 'J' : 'N';
    // "a follow-up", "the break-in": a verb after a determiner, joined to what follows, is one noun.
    if (tags[i - 1] === 'V' && tags[i - 2] === 'D') tags[i - 1] = tag;
    else if (!HYPHEN_JOINS.has(tags[i - 1]!)) continue;
    tags[i + 1] = tag;
  }
}

/**
 * "The gym, pool and sports hall are all closed", "they have both resigned": a quantifier between
 * an auxiliary and the verb floats off its subject; it is an adverb, not the object's determiner.
 */
function retagFloatingQuantifier(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!FLOATING_QUANTIFIERS.has(tokens[i]!.lower) || tags[i - 1] !== 'A' || !['V', 'J'].includes(tags[i + 1]!)) continue;
    tags[i] = 'B';
    tokens[i]!.pos = 'ADV';
  }
}

const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/**
 * "An earthquake with a magnitude of 3.4 shook homes": after a figure the tagger reads a verb's
 * irregular past as the noun a number counts ("3.4 shook") and the plural after it as the verb.
 * An irregular past there, before a plural noun the tagger took for a verb, is the verb.
 */
function retagPastVerbAfterFigure(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [word, next] = [tokens[i]!, tokens[i + 1]!];
    // (Or a plural the tagger read right where the sentence has no verb at all: "3.4 shook windows".)
    if (tags[i - 1] !== 'M' || tags[i] !== 'N' || (tags[i + 1] !== 'V' && next.pos !== 'VERB' && hasFiniteVerb(tags)) || !isPluralNoun(next.lower)) continue;
    const base = verbBase(word.lower);
    if (base === word.lower || !isWordNetLemma(base, 'verb') || pastTenseOf(base) !== word.lower) continue;
    retagAsPastVerb(tokens, tags, i);
    tags[i + 1] = 'N';
    next.pos = 'NOUN';
  }
}

/**
 * "A total of 35 floats will take part", "Some 28 floats have been entered": after a figure, a plural
 * the tagger read as a verb, with the clause's verb right after it, is what the figure counts.
 */
function retagPluralAfterFigure(tokens: Token[], tags: Tag[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // ("Floats will travel from the park": the sentence's first word, too.)
    if ((i > 0 && tags[i - 1] !== 'M') || tags[i] !== 'V' || !['A', 'V'].includes(tags[i + 1]!) || !isPluralNoun(tokens[i]!.lower)) continue;
    tags[i] = 'N';
    tokens[i]!.pos = 'NOUN';
  }
}

/**
 * "Floats will travel from the park": after a modal, a word the tagger read as a noun, that is a
 * verb and has a preposition or nothing after it, is the verb.
 */
function retagVerbAfterModal(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tags[i] !== 'N' || tags[i - 1] !== 'A' || MODALS[tokens[i - 1]!.lower] === undefined || !['I', '.', ','].includes(tags[i + 1] ?? '.')) continue;
    if (!/^\p{Ll}+$/u.test(tokens[i]!.text) || !isWordNetLemma(tokens[i]!.lower, 'verb')) continue;
    tags[i] = 'V';
    tokens[i]!.pos = 'VERB';
  }
}

/**
 * "He left his walking stick on the bus", "at the swimming pool": after a determiner, a possessive,
 * an adjective or a preposition, an -ing word the tagger read as a verb, which with the noun after
 * it makes a noun the dictionary knows, describes that noun.
 */
function retagIngOfCompoundNoun(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [word, next] = [tokens[i]!, tokens[i + 1]!];
    // ("his walking stick": the noun the tagger read as a verb too.)
    // ("The site has changing rooms": no tense puts an -ing verb right after "have", so there the
    // dictionary need not know the compound.)
    const afterHave = tags[i - 1] === 'A' && tokens[i - 1]!.lemma.toLowerCase() === 'have';
    // ("taken off ambulance driving duties": an activity's noun before a word such compounds end
    // on, after a noun too; "residents opposing charges" stays a verb, "opposing" being no noun.)
    const activity = ACTIVITY_COMPOUND_HEADS.has(next.lower) && isWordNetLemma(word.lower, 'noun');
    if (tags[i] !== 'V' || !/^\p{Ll}+ing$/u.test(word.text) || !['N', 'V'].includes(tags[i + 1]!) || !(['D', '$', 'J', 'I'].includes(tags[i - 1]!) || afterHave || (activity && tags[i - 1] === 'N'))) continue;
    if (!afterHave && !activity && !isWordNetLemma(`${word.lower} ${baseForm(next.lower, 'noun')}`, 'noun')) continue;
    tags[i] = 'J';
    word.pos = 'ADJ';
    tags[i + 1] = 'N';
    next.pos = 'NOUN';
  }
}

/** Nouns an activity's -ing word makes compounds with: "driving duties", "swimming lessons", "fishing licence". */
const ACTIVITY_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'duties', 'duty', 'lessons', 'lesson', 'licence', 'licences', 'license', 'test', 'tests', 'ban', 'instructor', 'instructors',
  'course', 'courses', 'classes', 'skills', 'equipment', 'facilities', 'season', 'permit', 'permits', 'offence', 'offences',
]);

/**
 * "had been patient and polite": after a form of "be", a word the tagger made a noun, joined by
 * "and" to an adjective, is an adjective too when the dictionary has it as one; read as a noun it
 * left the adjective after it without a claim.
 */
function retagAdjectiveBeforeCoordinatedAdjective(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tags[i] !== 'N' || tags[i - 1] !== 'A' || tokens[i - 1]!.lemma.toLowerCase() !== 'be' || tokens[i + 1]!.lower !== 'and' || tags[i + 2] !== 'J') continue;
    if (!/^\p{Ll}+$/u.test(tokens[i]!.text) || !isWordNetAdjective(tokens[i]!.lower)) continue;
    tags[i] = 'J';
    tokens[i]!.pos = 'ADJ';
  }
}

/**
 * "There will be live music": after a form of "be", a verb's base form before a noun, which no
 * tense of the verb puts there, is the adjective the dictionary also has ("live music").
 */
function retagAdjectiveAfterBe(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (tags[i] !== 'V' || tags[i - 1] !== 'A' || tokens[i - 1]!.lemma.toLowerCase() !== 'be' || tags[i + 1] !== 'N') continue;
    if (word.lower !== word.lemma.toLowerCase() || !isWordNetAdjective(word.lower)) continue;
    tags[i] = 'J';
    word.pos = 'ADJ';
  }
}

/**
 * "the club's first ever world crown", "its first ever win": after a determiner or a possessive, an
 * ordinal (and "ever" after it) describes the noun that follows; as adverbs they cut the phrase at
 * "the club", so "It is the club's first ever world crown" said the team was the club.
 */
function retagOrdinalInNounPhrase(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tags[i] !== 'B' || !ORDINAL_WORDS.test(tokens[i]!.lower) || !NOUN_PHRASE_OPENERS.has(tags[i - 1]!)) continue;
    const ever = tokens[i + 1]!.lower === 'ever' ? i + 1 : -1;
    const next = ever > 0 ? i + 2 : i + 1;
    // ("their first ever win": a verb's form there is the noun, where it is one.)
    if (tags[next] === 'V' && isWordNetLemma(tokens[next]!.lower, 'noun') && ['.', ',', 'I', 'F'].includes(tags[next + 1] ?? '.')) {
      tags[next] = 'N';
      tokens[next]!.pos = 'NOUN';
    }
    if (!['N', 'J'].includes(tags[next] ?? '')) continue;
    tags[i] = 'J';
    tokens[i]!.pos = 'ADJ';
    if (ever > 0) {
      tags[ever] = 'J';
      tokens[ever]!.pos = 'ADJ';
    }
  }
}

/** Tags a noun phrase may open with before its describing words: a determiner, a possessive pronoun, a possessive "'s". */
const NOUN_PHRASE_OPENERS: ReadonlySet<Tag> = new Set(['D', '$', 'S']);

/**
 * "flogged the stolen animals", "the injured man was taken": between an article and a noun, a past
 * participle describes the noun (an article opens a noun phrase, not a verb).
 */
function retagParticipleAfterArticle(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'V' || tags[i - 1] !== 'D' || !ARTICLES.has(tokens[i - 1]!.lower) || !['N', 'P'].includes(tags[i + 1]!)) continue;
    const participle = token.lower !== token.lemma.toLowerCase() && /(?:ed|en|wn|ne)$/.test(token.lower);
    if (!participle) continue;
    tags[i] = 'J';
    token.pos = 'ADJ';
  }
}

/**
 * "His lie came to light", "their claim was rejected": right after a possessive, a word the tagger
 * called a verb, in its base form, is the owned thing, a noun, when WordNet knows it as one (a
 * possessive opens a noun phrase; "her" before a verb is the object pronoun, tagged apart).
 */
function retagVerbAfterPossessive(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i] !== 'V' || tags[i - 1] !== '$' || token.lower !== token.lemma.toLowerCase() || !isWordNetLemma(token.lower, 'noun')) continue;
    retagAsNoun(tokens, tags, i);
  }
}

/**
 * "Her real will, drawn up in 2014, left …", "contested the will": after a possessive or an
 * article, with only adjectives between, "will" is the document, not the modal.
 */
function retagWillAsNoun(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'will' || tags[i] !== 'A') continue;
    let k = i - 1;
    while (k > 0 && tags[k] === 'J') k--;
    if (!(tags[k] === '$' || (tags[k] === 'D' && ARTICLES.has(tokens[k]!.lower)))) continue;
    tags[i] = 'N';
    tokens[i]!.pos = 'NOUN';
    tokens[i]!.lemma = 'will';
  }
}

/**
 * "Harold Enwright, who chairs the commission,": right after a relative "who"/"which" and before a
 * determiner or a name, an -s word is the relative clause's verb, not a plural noun.
 */
function retagVerbAfterRelative(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tags[i - 1] !== 'W' || !['who', 'which'].includes(tokens[i - 1]!.lower)) continue;
    // "Mrs Halliwell, who retired in May,": an -ed word the tagger took for an adjective is the clause's verb.
    if (tags[i] === 'J' && /[a-z]ed$/.test(token.lower) && isWordNetLemma(verbBase(token.lower), 'verb')) {
      retagAsPastVerb(tokens, tags, i);
      continue;
    }
    // ("who plans to retire": a control verb before "to".)
    if (tags[i] === 'N' && tags[i + 1] === 'T' && CONTROL_VERBS_LIKE_NOUNS.has(token.lower)) {
      retagAsPresentVerb(tokens, tags, i);
      continue;
    }
    if (tags[i] !== 'N' || !/[a-z]s$/.test(token.text)) continue;
    // ("a wheelchair user who lives in the town": before a preposition too, when the word is a verb's -s form.)
    const beforePreposition = tags[i + 1] === 'I' && isWordNetLemma(verbBase(token.lower), 'verb');
    if (!['D', 'P', '$', 'M'].includes(tags[i + 1]!) && !beforePreposition) continue;
    retagAsPresentVerb(tokens, tags, i);
  }
}

/** Verbs that take "to" and a verb, and whose -s form is also a plural noun ("plans", "aims", "hopes"). */
const CONTROL_VERBS_LIKE_NOUNS = new Set(['plans', 'aims', 'hopes', 'wants', 'needs', 'seeks', 'vows', 'pledges', 'promises', 'threatens', 'offers', 'attempts', 'intends', 'expects', 'refuses', 'agrees']);

/**
 * "The memorial is Grade II listed": a listing's grade and "listed" are one adjective phrase, the
 * building's state, not a noun phrase "Grade II" that was listed.
 */
function retagGradeListed(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'listed' || tokens[i - 2]!.lower !== 'grade' || !/^(?:I{1,3}\*?|[123])$/.test(tokens[i - 1]!.text)) continue;
    // ("a Grade I listed building": before its noun the grade describes it, as written.)
    if (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[i + 1]?.pos ?? '')) continue;
    tags[i - 2] = 'B';
    tags[i - 1] = 'B';
    tags[i] = 'J';
    tokens[i]!.pos = 'ADJ';
  }
}

/**
 * "The council has no plans to close the library": "has plans to close" denied, one verb group, so
 * the closing is a plan denied, not a closing told. Read as a noun phrase, "no plans" left "to close
 * the library" a clause of its own, told as done.
 */
function retagNoPlansBeforeInfinitive(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'no' || !PLANS_AFTER_NO.has(tokens[i + 1]!.lower) || tags[i + 2] !== 'T' || tokens[i + 3]!.pos !== 'VERB') continue;
    // ("There are no plans to close it": no one's plan, denied all the same.)
    const verb = tokens[i - 1]!.lemma.toLowerCase();
    const there = verb === 'be' && tokens[i - 2]?.lower === 'there';
    if ((verb !== 'have' && !there) || (tags[i - 1] !== 'A' && tags[i - 1] !== 'V')) continue;
    tags[i] = 'X';
    retagAsPresentVerb(tokens, tags, i + 1);
  }
}

/** Nouns for a plan that "no" denies before "to" and a verb: "no plans to", "no intention to". */
const PLANS_AFTER_NO: ReadonlySet<string> = new Set(['plans', 'plan', 'intention']);

/**
 * "Brenmoor plans to close 14 stores": right after its subject and before "to" and a verb, such a
 * word is the sentence's verb, not a plural noun, when no verb came before it.
 */
function retagControlVerb(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tags[i] === 'V' || tags[i] === 'A') return;
    const token = tokens[i]!;
    if (tags[i] !== 'N' || !CONTROL_VERBS_LIKE_NOUNS.has(token.lower) || !['P', 'N'].includes(tags[i - 1]!)) continue;
    if (tags[i + 1] !== 'T' || tokens[i + 2]!.pos !== 'VERB') continue;
    retagAsPresentVerb(tokens, tags, i);
    return;
  }
}

/**
 * "The cabinet rubber-stamped the plan", "the council fast-tracked the scheme": a word joined by a
 * hyphen to a past form of a verb, between the subject and its object, makes one verb with it; read
 * as a noun or an adverb it left the verb in the subject, or outside the verb group, and the
 * sentence gave no claim. ("the state-owned firm": after a determiner it describes a noun.)
 */
function retagHyphenatedPastVerb(tokens: Token[], tags: Tag[]): void {
  for (let i = 2; i + 2 < tokens.length; i++) {
    const past = tokens[i + 1]!;
    if (tags[i] !== 'h' || !['N', 'J', 'B'].includes(tags[i - 1]!) || !['N', 'P'].includes(tags[i - 2]!) || !OPENS_OBJECT.has(tags[i + 2]!)) continue;
    if (!/^\p{Ll}+ed$/u.test(past.text) || !/^\p{Ll}+$/u.test(tokens[i - 1]!.text)) continue;
    const base = verbBase(past.lower);
    if (base === past.lower || !isWordNetLemma(base, 'verb')) continue;
    tags[i - 1] = 'V';
    tags[i + 1] = 'V';
    // The verb is the whole word ("rubber-stamp", "fast-track"); its first part adds nothing of its own.
    tokens[i - 1]!.pos = 'PART';
    past.pos = 'VERB';
    past.lemma = `${tokens[i - 1]!.lower}-${base}`;
  }
}

/**
 * "Ed drives the creature into the airlock": a sentence the tagger left without any verb usually has
 * a present-tense verb mistaken for a plural noun, right after its subject and before its object.
 */
/**
 * "Blight costs British farmers about £55 million a year, said Martin Gosforth": what was said,
 * before the comma and the speech verb that close the sentence, is a clause of its own, and a verb
 * the tagger missed there is read as in a sentence with none.
 */
function retagVerbBeforeTrailingSpeech(tokens: Token[], tags: Tag[]): void {
  const comma = tags.findLastIndex((tag, k) => tag === ',' && tags[k + 1] === 'V' && SPEECH_VERBS.has(tokens[k + 1]!.lemma.toLowerCase()));
  if (comma < 2) return;
  const said = tags.slice(0, comma);
  if (hasFiniteVerb(said)) return;
  retagMissingVerb(tokens.slice(0, comma), said);
  said.forEach((tag, k) => (tags[k] = tag));
}

function retagMissingVerb(tokens: Token[], tags: Tag[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    // "The new station cost £14.2m to build": a verb whose past is its base form has no -s to show.
    // ("A lorry burst into flames": before a preposition too.)
    const unmarkedPast = ['N', 'P'].includes(tags[i - 1]!) && unmarkedPastAt(tokens, tags, i);
    // "Drivers face a nine-mile diversion": after a plural subject the verb has no -s either.
    const afterPlural = tags[i] === 'N' && /[a-z]s$/i.test(tokens[i - 1]!.text) && ['N', 'P'].includes(tags[i - 1]!) && ['D', '$'].includes(tags[i + 1]!) && isWordNetLemma(token.lower, 'verb') && !/s$/.test(token.lower);
    if (unmarkedPast || afterPlural) {
      // The word as written is the verb's base form.
      tags[i] = 'V';
      token.pos = 'VERB';
      token.lemma = token.lower;
      return;
    }
    if (adjectiveAsVerb(tokens, tags, i)) return;
    if (tags[i] !== 'N' || !/[a-z]s$/.test(token.text)) continue;
    // The subject's head may itself be mis-tagged as an adjective right after its determiner ("The offer values").
    const subjectHead = ['P', 'R', 'N'].includes(tags[i - 1]!) || (tags[i - 1] === 'J' && tags[i - 2] === 'D');
    // "The school building dates from 1874": before a preposition too, when it is the last noun of the subject.
    // ("The pub dates back to 1862": a particle may stand between.)
    const beforePreposition = (tags[i + 1] === 'I' || (tags[i + 1] === 'B' && tags[i + 2] === 'I')) && ['N', 'P'].includes(tags[i - 1]!) && isWordNetLemma(verbBase(token.lower), 'verb');
    // "The restaurant seats just 24 diners": an adverb may stand between the verb and its object.
    const beforeAdverbAndObject = tags[i + 1] === 'B' && ['D', '$', 'M'].includes(tags[i + 2]!) && isWordNetLemma(verbBase(token.lower), 'verb');
    if (!subjectHead || !(['D', '$', 'P', 'R', 'M'].includes(tags[i + 1]!) || beforePreposition || beforeAdverbAndObject)) continue;
    retagAsPresentVerb(tokens, tags, i);
    if (tags[i - 1] === 'J') {
      tags[i - 1] = 'N';
      tokens[i - 1]!.pos = 'NOUN';
    }
    return;
  }
}

/**
 * In a sentence the tagger left without a verb, a word it called an adjective before an object is
 * the verb: a past form after its subject or the comma closing an aside ("Her great-nieces, sisters
 * Carys and Megan Tull, contested the will"), or a base form after a plural subject ("Runners
 * complete two laps"). Not after a determiner or an adjective: "the contested will" is a noun phrase.
 */
function adjectiveAsVerb(tokens: Token[], tags: Tag[], i: number): boolean {
  const token = tokens[i]!;
  const base = verbBase(token.lower);
  // "All three pleaded guilty": after a count standing as the subject, a past form before the
  // adjective that ends the sentence ("guilty") is the verb.
  const pastBeforeComplement = tags[i] === 'J' && tags[i - 1] === 'M' && tags[i + 1] === 'J' && CLOSING_TAGS.has(tags[i + 2] ?? '.') && /ed$/.test(token.lower) && base !== token.lower && isWordNetLemma(base, 'verb');
  if (pastBeforeComplement) {
    retagAsPastVerb(tokens, tags, i);
    return true;
  }
  if (tags[i] !== 'J' || !['D', '$', 'M', 'P'].includes(tags[i + 1]!) || ['D', 'J', '$'].includes(tags[i - 1]!)) return false;
  const past = /ed$/.test(token.lower) && base !== token.lower && isWordNetLemma(base, 'verb') && ['N', 'P', ','].includes(tags[i - 1]!);
  const present = !/ed$/.test(token.lower) && isWordNetLemma(token.lower, 'verb') && ['N', 'P'].includes(tags[i - 1]!) && /[a-z]s$/i.test(tokens[i - 1]!.text) && ['D', '$', 'M'].includes(tags[i + 1]!);
  if (!past && !present) return false;
  // (A base form is its own lemma: WordNet has it as a verb.)
  retagAsPastVerb(tokens, tags, i);
  return true;
}

/** A verb outside an infinitive ("to design and build" is not the sentence's verb), or an auxiliary. */
/**
 * "Toads return each spring to the pond where they hatched": the relative clause has its verb, the
 * main clause before it none the tagger saw; the main clause is read as a sentence without one.
 */
function retagMissingMainVerb(tokens: Token[], tags: Tag[]): void {
  const cut = tokens.findIndex((token, k) => k > 1 && (tags[k] === 'W' || (tags[k] === 'B' && RELATIVE_ADVERBS.has(token.lower))));
  if (cut < 0 || hasFiniteVerb(tags.slice(0, cut))) return;
  const main = tags.slice(0, cut);
  retagMissingVerb(tokens.slice(0, cut), main);
  main.forEach((tag, k) => (tags[k] = tag));
}
/** Adverbs that open a relative clause after a noun: "the pond where they hatched". */
const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(['where', 'when']);

function hasFiniteVerb(tags: Tag[]): boolean {
  const infinitive = (k: number): boolean => tags[k - 1] === 'T' || (tags[k - 1] === 'C' && tags[k - 2] === 'V' && infinitive(k - 2));
  return tags.some((tag, k) => tag === 'A' || (tag === 'V' && !infinitive(k)));
}

/** A word the tagger called a noun that is a verb whose past is its base form, before an amount, a determiner or a preposition. */
function unmarkedPastAt(tokens: Token[], tags: Tag[], i: number): boolean {
  return tags[i] === 'N' && UNMARKED_PAST_VERBS.has(tokens[i]!.lower) && ['Y', 'M', '$', 'D', 'I'].includes(tags[i + 1]!);
}

/** Verbs whose past tense is their base form and also a noun: "cost", "cut", "hit". */
const UNMARKED_PAST_VERBS: ReadonlySet<string> = new Set(['cost', 'cut', 'hit', 'put', 'set', 'shut', 'hurt', 'spread', 'split', 'cast', 'burst']);

/** An -s word the tagger called a plural noun is a present-tense verb: retag it and give it its base form. */
function retagAsPresentVerb(tokens: Token[], tags: Tag[], i: number): void {
  const token = tokens[i]!;
  tags[i] = 'V';
  token.pos = 'VERB';
  token.lemma = token.lower.replace(/(ch|sh|ss|x|o)es$/, '$1').replace(/ies$/, 'y').replace(/s$/, '');
}

function tagToken(tokens: Token[], i: number): Tag {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const lower = token.lower;
  if (NEGATING_ADVERBS.has(lower)) return 'X';
  // "is no longer trading": "no longer" denies the verb as "not" does.
  if (lower === 'no' && next?.lower === 'longer') return 'X';
  if (lower === 'longer' && tokens[i - 1]?.lower === 'no') return 'B';
  // "struck close to Talca", "stopped next to the school": the word before "to" only says how near.
  if (NEARNESS_BEFORE_TO.has(lower) && next?.lower === 'to' && tokens[i - 1]?.pos === 'VERB' && ['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(tokens[i + 2]?.pos ?? '')) {
    token.pos = 'ADV';
    return 'B';
  }
  // "suspended pending the outcome", "bailed pending trial": "pending" after a verb is "until".
  if (lower === 'pending' && (next?.pos === 'DET' || tokens[i - 1]?.pos === 'VERB') && next && ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(next.pos)) {
    token.pos = 'ADP';
    return 'I';
  }
  if (isPluralPossessive(tokens, i)) {
    // As wink tags "'s": every later stage then reads "Chargers' Jamal Williams" as it reads "China's Xi".
    token.pos = 'PART';
    return 'S';
  }
  if (QUOTE_MARKS.has(token.text)) return 'Q';
  if (isTwoWordHedge(tokens, i)) return 'B';
  switch (token.pos) {
    case 'PART':
      // "will rise to £41", "cut to 20%": before an amount "to" is a preposition, not the infinitive's.
      // ("by seven votes to three" is a tally, read as one.)
      if (lower === 'to') return next && (isCurrencySign(next.text) || (next.pos === 'NUM' && tokens[i - 1]?.pos !== 'NOUN')) ? 'I' : 'T';
      if (lower === "'s" || lower === '’s' || lower === "'") return 'S';
      return 'B';
    case 'PRON':
      if (lower === 'her') return next && /^(NOUN|ADJ|PROPN|NUM)$/.test(next.pos) ? '$' : 'R';
      if (POSSESSIVE_PRONOUNS.has(lower)) return '$';
      if (RELATIVE_PRONOUNS.has(lower)) return 'W';
      if (lower === 'that') return 'W';
      return 'R';
    case 'DET':
      if (RELATIVE_PRONOUNS.has(lower)) return 'W';
      return 'D';
    case 'PROPN':
      // "Shares of Corlin Foods rose", "Residents of Alder Court": a plural common noun opening the
      // sentence before "of" carries only the sentence's capital.
      if (i === 0 && next?.lower === 'of' && isPluralNoun(lower)) {
        token.pos = 'NOUN';
        return 'N';
      }
      return 'P';
    case 'NOUN':
      return 'N';
    case 'ADJ':
      if (!looksLikeMisTaggedVerb(tokens, i)) return 'J';
      // "The site will close in June": after a modal the word is the verb every later stage reads.
      if (followsModal(tokens, i)) token.pos = 'VERB';
      return 'V';
    case 'NUM':
      return 'M';
    case 'SYM':
      return 'Y';
    case 'VERB':
      if (PREPOSITION_LIKE_VERBS.has(lower)) return 'I';
      // "a barnstorming professional team": an -ing word between a determiner and a noun describes it.
      if (lower.endsWith('ing') && tokens[i - 1]?.pos === 'DET' && next && (next.pos === 'ADJ' || next.pos === 'NOUN')) return 'J';
      // "no official viewing area": so it does after a determiner and a word describing the noun,
      // where the noun closes the phrase.
      // (Not before a preposition: "into the winter putting lamps under the tub" is a verb.)
      if (lower.endsWith('ing') && tokens[i - 2]?.pos === 'DET' && ['ADJ', 'NOUN'].includes(tokens[i - 1]?.pos ?? '') && next?.pos === 'NOUN' && PHRASE_CLOSERS.has(tokens[i + 2]?.pos ?? 'PUNCT')) return 'J';
      // "240 planned operations", "the proposed merger", "13 fully loaded magazines", "a newly renovated
      // bridge": a participle between a count or an article (and an adverb) and its noun describes the noun.
      const countBefore = opensNounPhrase(tokens[i - 1]) || (tokens[i - 1]?.pos === 'ADV' && opensNounPhrase(tokens[i - 2]));
      if (/[a-z]ed$/.test(lower) && countBefore && next && (next.pos === 'NOUN' || next.pos === 'ADJ')) return 'J';
      // "Passengers on cancelled flights", "Displaced residents are staying": after a preposition, or
      // opening the sentence, a participle right before a noun describes it.
      const opensPhrase = i === 0 || tokens[i - 1]?.pos === 'ADP';
      if (/[a-z]ed$/.test(lower) && opensPhrase && next?.pos === 'NOUN') return 'J';
      // "Returning officer Simon Achebe", "Managing director Tom Hadley": an -ing word before a title
      // and a name is part of the post, not a verb.
      if (lower.endsWith('ing') && next && PERSON_TITLES.has(next.lower) && tokens[i + 2] && /^\p{Lu}/u.test(tokens[i + 2]!.text)) return 'J';
      // "Watch manager Steve Harrop said": opening the sentence, a verb's base form before a title and
      // a name is the post's first word (no imperative has a title and a name for its object).
      if (i === 0 && next && PERSON_TITLES.has(next.lower) && tokens[i + 2] && /^\p{Lu}/u.test(tokens[i + 2]!.text) && tokens[i + 2]!.pos === 'PROPN') {
        token.pos = 'NOUN';
        return 'N';
      }
      // "Tom Hadley, managing director of Wyvern Rail,": an -ing word the titles table holds with the
      // noun after it ("managing director", "acting chairman") is that title wherever it stands.
      if (lower.endsWith('ing') && next && findTitleAt([lower, next.lower], 0)?.length === 2) return 'J';
      // "the Wend line", "the Severn bridge": a capitalised word inside a sentence between a
      // determiner and a noun is a name on the noun, not a verb.
      if (i > 0 && /^\p{Lu}\p{Ll}/u.test(token.text) && tokens[i - 1]?.pos === 'DET' && next?.pos === 'NOUN') return 'P';
      return 'V';
    case 'AUX':
      return 'A';
    case 'ADV':
      // "Teams took part in the category": the tagger's adverb is the noun of the verb's idiom.
      if (tokens[i - 1]?.pos === 'VERB' && isIdiomNoun(tokens[i - 1]!.lemma, lower)) {
        token.pos = 'NOUN';
        return 'N';
      }
      // "its north quay", "the upstairs room": between a determiner and a noun a word describes the noun.
      if (next?.pos === 'NOUN' && tokens[i - 1] && (tokens[i - 1]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[i - 1]!.lower))) return 'J';
      // "13 fully loaded magazines", "a newly built bridge": an adverb on the adjective of a noun phrase.
      if (opensNounPhrase(tokens[i - 1]) && next && (next.pos === 'ADJ' || /[a-z]ed$/.test(next.lower)) && tokens[i + 2]?.pos === 'NOUN') return 'J';
      return 'B';
    case 'ADP':
      if (lower === 'of') return 'F';
      // "around 40,000 people", "over 300 homes", "has about 3,000 staff": before a number these
      // hedge an amount, they open no phrase, after a verb too.
      if (HEDGING_PREPOSITIONS.has(lower) && (figureAt(tokens, i + 1) || oneSpanAt(tokens, i + 1)) && !governedByWordBefore(tokens, i)) return 'B';
      // "150 km per hour", "$5 a share" style rates: "per" joins the unit to what it is counted by.
      if (lower === 'per' && tokens[i - 1]?.pos === 'NOUN' && next?.pos === 'NOUN') return 'h';
      // ("The 50 per cent discount": "per cent" after a figure is its unit, inside the phrase.)
      if (lower === 'per' && tokens[i - 1]?.pos === 'NUM' && next?.lower === 'cent') return 'h';
      if (lower === 'to' && next && (next.pos === 'VERB' || next.pos === 'AUX')) return 'T';
      // "rescued after he sank": a subject pronoun is no preposition's object; the word opens a clause.
      if (next && SUBJECT_PRONOUNS.has(next.lower)) return 'K';
      return 'I';
    case 'CCONJ':
      return 'C';
    case 'SCONJ':
      return 'K';
    case 'PUNCT':
      return tagPunctuation(tokens, i);
    default:
      return 'Z';
  }
}

/** Parts of speech after a noun that close its phrase: "no official viewing area," "… area was". */
const PHRASE_CLOSERS: ReadonlySet<string> = new Set(['PUNCT', 'AUX', 'VERB', 'CCONJ']);

/** Verbs whose particle is part of their meaning even before a number: "took over 3 rivals" is an acquisition. */
const PHRASAL_VERBS = new Set(['take over', 'hand over', 'turn over', 'win over', 'sign over']);

/**
 * "at around 5%", "by over 20 votes": after a preposition the hedge stays inside that preposition's
 * phrase, which 5-clauses.ts reads; after a phrasal verb ("took over") the word is the verb's particle.
 */
function governedByWordBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  return before.pos === 'ADP' || isVerbParticle(tokens, i);
}

/** Whether the word at i is the particle of the phrasal verb before it ("handed over", "took over"). */
export function isVerbParticle(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before?.pos === 'VERB' && PHRASAL_VERBS.has(`${before.lemma.toLowerCase()} ${tokens[i]!.lower}`);
}

/** Single words that hedge an amount right before it ("nearly 3,000"); "just" only sharpens another ("just under"). */
const AMOUNT_HEDGE_WORDS = new Set([...HEDGING_PREPOSITIONS, 'almost', 'approximately']);

/**
 * How many words at i hedge the amount right after them ("about", "at least", "just under"), as
 * tagged: 0 when none does. Chunks keep the hedge with its amount and never take it as a particle.
 */
export function amountHedgeLength(tokens: Token[], tags: Tag[], i: number): number {
  let k = i;
  if (tokens[k]?.lower === 'just' && tags[k] === 'B') k++;
  if (tags[k] !== 'B') return 0;
  if (startsTwoWordHedge(tokens, k)) k += 2;
  else if (AMOUNT_HEDGE_WORDS.has(tokens[k]!.lower)) k++;
  else return 0;
  // "more than £46,000": the figure may follow its currency sign.
  const figure = tags[k] === 'Y' && isCurrencySign(tokens[k]!.text) ? k + 1 : k;
  return tags[figure] === 'M' ? k - i : 0;
}

/** A figure starts at k: a number, or a currency sign and a number ("£46,000", "$2m"). */
function figureAt(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  if (!token) return false;
  return token.pos === 'NUM' || (isCurrencySign(token.text) && tokens[k + 1]?.pos === 'NUM');
}

/** "about an hour", "around a week": "a" or "an" before a unit of time is a figure, one. */
function oneSpanAt(tokens: Token[], k: number): boolean {
  return (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') && ONE_SPAN_UNITS.has(tokens[k + 1]?.lower ?? '');
}

const ONE_SPAN_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade']);

/** Two-word hedges, first word → second words: "at least", "up to", "more than". */
const TWO_WORD_HEDGES = new Map([['at', ['least', 'most']], ['up', ['to']], ['more', ['than']], ['fewer', ['than']], ['less', ['than']]]);

/** "at least 12", "up to 150": both words of the hedge, when a number follows. Runs per token, so no allocation. */
function isTwoWordHedge(tokens: Token[], i: number): boolean {
  return startsTwoWordHedge(tokens, i) || (i > 0 && startsTwoWordHedge(tokens, i - 1));
}

function startsTwoWordHedge(tokens: Token[], k: number): boolean {
  const seconds = TWO_WORD_HEDGES.get(tokens[k]!.lower);
  return seconds !== undefined && seconds.includes(tokens[k + 1]?.lower ?? '') && figureAt(tokens, k + 2);
}

function tagPunctuation(tokens: Token[], i: number): Tag {
  const token = tokens[i]!;
  const text = token.text;
  if (text === ',') return ',';
  if (DASHES.has(text)) return ',';
  if (text === '-') {
    // "6.4-magnitude", "China-US": a hyphen touching both neighbours joins one word.
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    return before && after && before.end === token.start && after.start === token.end ? 'h' : ',';
  }
  if (text === '.' || text === '!' || text === '?') return '.';
  if (text === ':' || text === ';') return ':';
  if (text === '(' || text === '[') return '(';
  if (text === ')' || text === ']') return ')';
  return 'Z';
}

/** "Xi and Trump broached the topics": an -ed word between a name and a determiner is a verb, not an adjective. */
/** Modals that only come before a bare verb: after them "open" or "clear" is the verb. */
const BARE_VERB_MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", 'wo', 'ca']);

/**
 * "the United Manufacturing Workers' regional organiser", "the Teachers' Union": an apostrophe
 * glued to a word in -s and followed by a word is a possessive, not a closing quote, unless a
 * single quote opened earlier in the sentence ("the 'Ghost Riders' gang").
 */
function isPluralPossessive(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.text !== "'" && token.text !== '’') return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.end !== token.start || after.start === token.end || !/s$/i.test(before.text)) return false;
  if (!/^(NOUN|ADJ|PROPN|NUM)$/.test(after.pos)) return false;
  const opened = tokens.slice(0, i - 1).some((t, k) => (t.text === "'" || t.text === '‘') && tokens[k + 1] && tokens[k + 1]!.start === t.end && (k === 0 || tokens[k - 1]!.end < t.start));
  return !opened;
}

/** A count or an article: what opens a noun phrase its describing words follow. */
function opensNounPhrase(token: Token | undefined): boolean {
  return token?.pos === 'NUM' || token?.pos === 'DET';
}

function followsModal(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && BARE_VERB_MODALS.has(before.lower) && before.pos === 'AUX';
}

function looksLikeMisTaggedVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "clinics would open on Saturdays": an adjective cannot follow a modal directly.
  if (followsModal(tokens, i)) return true;
  if (!/[a-z]ed$/.test(token.lower) || !before || !after) return false;
  return (before.pos === 'PROPN' || before.pos === 'NOUN' || before.pos === 'PRON') && (after.pos === 'DET' || after.pos === 'PROPN' || after.pos === 'PRON');
}
