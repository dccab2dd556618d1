// Whether two claims of one fact can be judged against each other. A fact gathers claims that tell
// one event, loosely enough that outlets' wordings meet ("the quake struck Velsk" / "a powerful
// tremor hit the town"); a contradiction needs more: the same participants in the same slots, so a
// different value is a different answer to one question. Measured on ECB+ dev (README): judged
// inside facts without this, 2 of 60 reported contradictions were real.
import { PRESENT_TIMES } from '../lexicon/calendar.ts';
import { FACILITY_WORDS, ORG_WORDS, VOICE_OF_BODY_NOUNS } from '../lexicon/entity-words.ts';
import type { ClaimEdgeAttributes, ClaimGraph } from '../graph/claim-graph-types.ts';
import { contentStems, dice } from './words.ts';
import { eventWord, handedAct, HAPPENING, isHeldPredicate, isPassivePredicate, phrasalVerb, receiversVerb, writtenEventVerb } from '../align/claim-profile.ts';
import { DENIED_SUBJECT, DENYING_PRONOUNS } from '../lexicon/negation.ts';
import { shareAnArticle, type Statement } from './statements.ts';
import { bothNameUndertaking, nounsForSameThing, oneUndertaking, wordRelation } from '../align/word-relation.ts';
import { KIND_NOUNS, SHARE_NOUNS } from '../lexicon/counted.ts';
import { CARDINAL_WORDS, DIGITS } from '../lexicon/numbers.ts';
import { NEWS_NOUNS } from '../resolve/news-nouns.ts';
import { baseForm } from '../resolve/morphy.ts';
import { isWordNetAdjective, sensesOf, synset } from '../resolve/wordnet.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { BEGINNING_VERBS, SPEECH_VERBS, TELLING_VERBS } from '../lexicon/verb-classes.ts';

export function comparable(graph: ClaimGraph, a: ClaimEdgeAttributes, b: ClaimEdgeAttributes): boolean {
  // "The project cost £1.2m" / "The refurbishment cost £1.5m": the story's undertaking is the act
  // another outlet names, where both state an amount (ECB+ train: elsewhere it joins unrelated acts).
  const undertakings = statesAmount(a) && statesAmount(b);
  // "Northvale started digging on 3 February" / "The work started on 10 February": what began is the
  // object of a beginning done by someone and the subject of one told alone; one undertaking.
  if (oneBeginning(graph, a, b)) return true;
  if (sameSlot(graph, a.subjectId, b.subjectId, undertakings) && sameObject(graph, a, b)) return true;
  // "was handed a jail term of two years" / "was jailed for 18 months": the handed noun is the act, no participant.
  if (sameSlot(graph, a.subjectId, b.subjectId) && (handedAsAct(a, b) || handedAsAct(b, a))) return true;
  // "Nobody was stung" / "A shopper was stung on the hand": no one at all is every one, and a bare
  // denial of the act covers whatever it was done to or where.
  const nobody = [a, b].find((claim) => namesNobody(graph, claim.subjectId));
  if (nobody && !namesNobody(graph, (nobody === a ? b : a).subjectId)) return (nobody.objectId === null && !nobody.objectText) || sameObject(graph, a, b);
  // "The parade will be held next Saturday" / "The parade will take place on Sunday": an occasion
  // held is one that happens (claim-profile.ts), told of one subject.
  const held = [a, b].find((claim) => isHeldPredicate(claim.predicate) && claim.objectId === null);
  if (held && HAPPENING.has((held === a ? b : a).predicate) && sameSlot(graph, a.subjectId, b.subjectId)) return true;
  // "Police arrested the master" / "the master was not arrested": what the active does the act to
  // is the passive's subject, and the passive names no other agent.
  const [passiveA, passiveB] = [isPassivePredicate(a.predicate), isPassivePredicate(b.predicate)];
  if (passiveA === passiveB) return false;
  const [active, done] = passiveA ? [b, a] : [a, b];
  // Only an agent ("arrested by police") must be the active's subject; "announced after a two-day
  // meeting" names when, not who. But such a passive is only the same act told the other way round
  // when it uses the same verb: "Jackman was never nominated for an Oscar" is not "Mark named Jackman".
  const agent = /\sby$/.test(done.predicate) ? done.objectId : null;
  // ("Tennant was given a written warning" / "trading standards had never warned Tennant": the act the handed noun names.)
  const doneActs = [eventWord(done.predicate), ...done.sources.flatMap((source) => handedAct(done.predicate, source.objectText ?? '') ?? [])].map(verbBase);
  if (done.objectId !== null && agent === null && !doneActs.includes(verbBase(eventWord(active.predicate)))) return false;
  return active.objectId !== null && sameSlot(graph, active.objectId, done.subjectId) && (agent === null || sameSlot(graph, active.subjectId, agent));
}

/**
 * Some statement of one side is comparable with some statement of the other, and no article is on
 * both sides: one article giving two figures or two dates ("12 dead", later "14 dead") updates
 * itself or speaks of two events; a contradiction is between outlets.
 */
export function sidesComparable(graph: ClaimGraph, a: Statement[], b: Statement[]): boolean {
  return !shareAnArticle(a, b) && a.some((x) => b.some((y) => comparable(graph, x.claim, y.claim)));
}

/**
 * Some statement of each side in sentences that share at least a quarter of their words. A real
 * clash of figures or dates is the same sentence told twice ("the quake measured 6.4" / "…measured
 * 6.1 on the Richter scale"); a player's yards in one game and in the season share a subject, not a
 * sentence. (ECB+ dev and train, judged by hand: README.)
 */
export function sidesToldAlike(a: Statement[], b: Statement[]): boolean {
  return somePairAlike(a, b, (s): ToldSentence => ({ stems: contentStems(s.source.text), reported: !!s.source.qualifiers.attributedTo }), sentencesAlike);
}

/**
 * As sidesToldAlike, over the clause each claim was read from rather than its whole sentence:
 * "However, she did not win the final, finishing second behind …" denies in its clause what "Niamh
 * also won the final to become national champion" affirms; the rest of the sentence goes its own way.
 */
export function clausesToldAlike(a: Statement[], b: Statement[]): boolean {
  return somePairAlike(a, b, (s): ToldSentence => ({ stems: contentStems(clauseOf(s)), reported: !!s.source.qualifiers.attributedTo }), sentencesAlike);
}

/** The stretch of the sentence between the punctuation marks on either side of the claim's verb, or the sentence where the verb is not found as written. */
function clauseOf({ source }: Statement): string {
  const at = source.relationText ? source.text.toLowerCase().indexOf(source.relationText.toLowerCase()) : -1;
  if (at < 0) return source.text;
  const before = source.text.slice(0, at);
  const after = source.text.slice(at + source.relationText.length);
  const start = Math.max(...[...before.matchAll(CLAUSE_MARKS)].map((m) => m.index! + m[0].length), 0);
  const end = after.search(CLAUSE_MARKS);
  return source.text.slice(start, end < 0 ? undefined : at + source.relationText.length + end);
}

const CLAUSE_MARKS = /[,;:—–]/g;

interface ToldSentence {
  stems: string[];
  reported: boolean;
}

/**
 * Two sentences' words, less the verbs that report a claim: "He said menu prices would not go up"
 * and "the couple warned that prices would have to rise" are told in what was said, and outlets
 * pick their own verb for saying it. (Who said it stays: two speakers may say two things.)
 */
function sentencesAlike(x: ToldSentence, y: ToldSentence): boolean {
  // A sentence whose words are unknown (no text kept) cannot tell its clash apart: let it through.
  if (x.stems.length === 0 || y.stems.length === 0) return true;
  // (A verb both sentences use is a word they share.)
  const told = (words: string[], other: string[]) => new Set(x.reported || y.reported ? words.filter((w) => !REPORTING_STEMS.has(w) || other.includes(w)) : words);
  return dice(told(x.stems, y.stems), told(y.stems, x.stems)) >= TOLD_ALIKE;
}

const REPORTING_STEMS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...TELLING_VERBS].flatMap((verb) => contentStems(verb)));

const TOLD_ALIKE = 0.25;

/**
 * Some statement of each side worded alike in the claim itself — subject, relation, object — for
 * half its words: "The investigation began in March 2023, when officials raided …" / "The
 * investigation was opened in May 2023, and investigators went on to …" say one thing, though the
 * rest of each sentence goes its own way.
 */
export function claimsToldAlike(a: Statement[], b: Statement[]): boolean {
  // The verb as written and as resolve keyed it: "happened" / "occurred" are one predicate.
  // ("was made" / "made": an irregular participle is its verb's base form, as the active's is.)
  const verbs = (relation: string) => relation.split(' ').map(verbBase).join(' ');
  // ("were found" / "found": a passive's participle as written is its own verb's, writtenEventVerb.)
  const written = (relation: string) => relation.split(' ').map((word) => verbBase(word === eventWord(relation) ? writtenEventVerb(relation) : word)).join(' ');
  // ("Nobody was stung" / "A shopper was stung on the hand": no one is every subject, so subjects are not compared.)
  const deniesNobody = ({ source }: Statement) => source.subjectText.toLowerCase() === DENIED_SUBJECT || DENYING_PRONOUNS.has(source.subjectText.toLowerCase());
  const nobody = [...a, ...b].some(deniesNobody);
  // ("No arrests have been made" / "A man has been arrested on suspicion of theft": the act denied of
  // no one with nothing after it is every such act, so only the verbs are compared.)
  const bareAct = [...a, ...b].some((s) => deniesNobody(s) && s.claim.objectId === null && !s.source.objectText);
  const wordsOf = ({ source, claim }: Statement) => new Set(contentStems([nobody ? '' : source.subjectText, written(source.relationLemma), verbs(claim.predicate), bareAct ? '' : source.objectText ?? ''].join(' ')));
  return somePairAlike(a, b, wordsOf, (x, y) => x.size > 0 && y.size > 0 && dice(x, y) >= CLAIM_ALIKE);
}

const CLAIM_ALIKE = 0.5;

/**
 * "Plans to open the tunnel as part of a cycle route" / "its plans to run a cycle path through the
 * tunnel": the subjects alone told alike, where the verbs tell two outcomes by design.
 */
export function subjectsToldAlike(a: Statement[], b: Statement[]): boolean {
  return somePairAlike(a, b, ({ source }) => new Set(contentStems(source.subjectText)), (x, y) => x.size > 0 && y.size > 0 && dice(x, y) >= CLAIM_ALIKE);
}

/** Some statement of each side (the first five) alike by `alike`, each read once by `read`. */
function somePairAlike<T>(a: Statement[], b: Statement[], read: (s: Statement) => T, alike: (x: T, y: T) => boolean): boolean {
  const left = a.slice(0, 5).map(read);
  return b.slice(0, 5).some((y) => {
    const right = read(y);
    return left.some((x) => alike(x, right));
  });
}

/**
 * "A 5.6 quake jolted the island on Sunday" / "a 6.1 quake struck the island in September": when
 * every statement of both sides says when, and no time of one side is a time of the other, the
 * figures or the denial belong to two moments, not to one fact told two ways.
 */
export function toldOfDifferentTimes(a: Statement[], b: Statement[]): boolean {
  // ("currently" and "now" are one time, the outlet's.)
  const present = (time: string) => (PRESENT_TIMES.has(time) ? 'now' : time);
  const times = (side: Statement[]) => side.map(({ source }) => present(source.qualifiers.time?.toLowerCase().trim() ?? ''));
  const [left, right] = [times(a), times(b)];
  if (left.some((t) => !t) || right.some((t) => !t)) return false;
  return !left.some((x) => right.some((y) => x.includes(y) || y.includes(x)));
}

function sameObject(graph: ClaimGraph, a: ClaimEdgeAttributes, b: ClaimEdgeAttributes): boolean {
  // "The lever frame travelled inside the box" / "The lever frame did not make the journey": a
  // place after the verb says where it was done, which a denial of the bare act covers.
  if (toldWhereOnly(a, b) || toldWhereOnly(b, a)) return true;
  if (qualityMeetsKind(graph, a, b)) return true;
  if (a.objectId !== null || b.objectId !== null) {
    // "measured 6.4" / "measured 6.1": an object that is the amount itself is no participant.
    if (isValue(graph, a.objectId) || isValue(graph, b.objectId)) return true;
    return a.objectId !== null && b.objectId !== null && (sameSlot(graph, a.objectId, b.objectId) || partOfPlace(graph, a, b));
  }
  // ("had not known anyone was living above the shop" / "knew people were living in the flats
  // above": an indefinite stands for whoever or whatever the other side names.)
  const named = (text: string) => new Set(contentStems(text).filter((stem) => !INDEFINITE_STEMS.has(stem)));
  if (a.objectText && b.objectText) return dice(named(a.objectText), named(b.objectText)) >= 0.5;
  return !a.objectText && !b.objectText;
}

/** Either claim's quality meets the other's kind (qualityAsKind): one state of one thing, however each sentence goes on. */
export function qualityMeetsKind(graph: ClaimGraph, a: ClaimEdgeAttributes, b: ClaimEdgeAttributes): boolean {
  return qualityAsKind(graph, a, b) || qualityAsKind(graph, b, a);
}

/**
 * "The vineyard is certified organic" / "The vineyard is not an organic vineyard": after "be", an
 * adjective meets a noun phrase that gives the subject's own kind (its head, or a word for more of
 * its kind: a memorial is a structure) that adjective.
 */
function qualityAsKind(graph: ClaimGraph, quality: ClaimEdgeAttributes, kind: ClaimEdgeAttributes): boolean {
  if (eventWord(quality.predicate) !== 'be' || eventWord(kind.predicate) !== 'be' || kind.objectId === null || quality.objectId === kind.objectId) return false;
  // (The quality as written, an entity's name or the text: its last word an adjective, "certified organic".)
  const written = quality.objectId !== null ? String(graph.getNodeAttribute(quality.objectId, 'name')) : quality.objectText ?? '';
  const last = written.toLowerCase().split(/\s+/).at(-1) ?? '';
  if (!isWordNetAdjective(last)) return false;
  const words = String(graph.getNodeAttribute(kind.objectId, 'name')).toLowerCase().split(/\s+/);
  const subject = headOf(graph, kind.subjectId);
  if (words.length < 2 || subject === '' || !nounsForSameThing(subject, baseForm(words.at(-1)!, 'noun'))) return false;
  const qualities = new Set(contentStems(words.slice(0, -1).join(' ')));
  return contentStems(written).some((stem) => qualities.has(stem));
}

/** Words for what a thing comes to in money: "the cost of the damage", "the value of the haul". */
const SUM_NOUNS: ReadonlySet<string> = new Set(['cost', 'costs', 'value', 'price', 'bill']);

const INDEFINITE_STEMS: ReadonlySet<string> = new Set(['anyone', 'anybody', 'anything', 'someone', 'somebody', 'something'].flatMap((word) => contentStems(word)));

/** Prepositions of where a thing is or is done: "put up at", "held in". */
const LOCATING: ReadonlySet<string> = new Set(['at', 'in', 'on', 'outside', 'inside', 'near']);

/**
 * One claim's object is only the place it was done at, in or inside; the other denies the act with
 * nothing after its verb ("did not make the journey and will stay in storage"; not "never came close
 * enough to …", which the extractor cut short: ECB+ train).
 */
function toldWhereOnly(placed: ClaimEdgeAttributes, bare: ClaimEdgeAttributes): boolean {
  if (placed.objectId === null || !LOCATING.has(placed.predicate.split(' ').at(-1)!) || bare.objectId !== null || bare.objectText || !bare.negated || placed.negated) return false;
  return bare.sources.every(({ text, relationText }) => {
    const at = text.indexOf(relationText);
    return at >= 0 && /^(?:[,.;]|\s+(?:and|but)\b)/.test(text.slice(at + relationText.length));
  });
}

/**
 * "put up at the cemetery" / "put up at the cemetery gates": in claims of where, a part named by its
 * place ("cemetery gates") is at that place.
 */
function partOfPlace(graph: ClaimGraph, a: ClaimEdgeAttributes, b: ClaimEdgeAttributes): boolean {
  if (!LOCATING.has(a.predicate.split(' ').at(-1)!) || !LOCATING.has(b.predicate.split(' ').at(-1)!)) return false;
  const words = (id: string) => (graph.hasNode(id) ? String(graph.getNodeAttribute(id, 'name')).toLowerCase().split(/\s+/) : []);
  const [x, y] = [words(a.objectId!), words(b.objectId!)];
  const within = (part: string[], place: string[]) => part.length >= 2 && place.length > 0 && part.slice(0, -1).includes(place.at(-1)!) && part.at(-1) !== place.at(-1);
  return within(x, y) || within(y, x);
}

function statesAmount(claim: ClaimEdgeAttributes): boolean {
  return claim.sources.some((s) => s.qualifiers.quantity !== undefined);
}

export function sameSlot(graph: ClaimGraph, a: string, b: string, undertakings = false): boolean {
  if (a === b) return true;
  if (bodyAndItsMembers(graph, a, b) || bodyAndItsMembers(graph, b, a)) return true;
  const [x, y] = [headOf(graph, a, undertakings), headOf(graph, b, undertakings)];
  // "The new vessel cost £420,000" / "The boat cost £480,000": inside one fact, a head and a word
  // for it, or a more general word for it, are one participant when the resolver found them of one
  // kind (a "pirate" is a ship only in a sense the story does not use).
  if (x === '' || y === '') return false;
  const sameKind = graph.getNodeAttribute(a, 'kind') === graph.getNodeAttribute(b, 'kind');
  if (x === y || (sameKind && (nounsForSameThing(x, y) || bothAccidents(x, y)))) return true;
  // ("the project was completed" / "the job was not finished": two generic names of it meet whatever the claims state.)
  return sameKind && graph.getNodeAttribute(a, 'kind') === 'THING' && (undertakings ? oneUndertaking(x, y) : bothNameUndertaking(x, y));
}

/**
 * "The crash took place on 16 March" / "The collision took place on 9 March": inside one fact, two
 * kinds of accident (WordNet's) are the story's one accident, however each outlet names it.
 */
function bothAccidents(x: string, y: string): boolean {
  return wordRelation(x, ACCIDENT, 'noun') === 'hypernym' && wordRelation(y, ACCIDENT, 'noun') === 'hypernym';
}

const ACCIDENT = 'accident';

/** Two beginnings of one undertaking, told by its noun and by the act it names ("the work started" / "started digging"). */
export function oneBeginning(graph: ClaimGraph, a: ClaimEdgeAttributes, b: ClaimEdgeAttributes): boolean {
  const [begunA, begunB] = [begun(graph, a), begun(graph, b)];
  return !!begunA && !!begunB && begunA !== begunB && oneUndertaking(begunA, begunB);
}

/** What a beginning begins: its object ("started digging"), or its subject when it has none ("the work started"). */
function begun(graph: ClaimGraph, claim: ClaimEdgeAttributes): string {
  if (isPassivePredicate(claim.predicate) || !BEGINNING_VERBS.has(verbBase(eventWord(claim.predicate)))) return '';
  if (claim.objectId === null && claim.objectText) return '';
  return headOf(graph, claim.objectId ?? claim.subjectId);
}

/**
 * "Police recovered the converters" / "Officers never recovered them": people described by a word
 * WordNet lists among a body's members (the police → police officer, officer) act as that body.
 */
function bodyAndItsMembers(graph: ClaimGraph, body: string, people: string): boolean {
  if (!graph.hasNode(body) || !graph.hasNode(people)) return false;
  const [bodyNode, peopleNode] = [graph.getNodeAttributes(body), graph.getNodeAttributes(people)];
  if (bodyNode.kind !== 'ORG' || peopleNode.kind !== 'PERSON' || isWrittenAsName([peopleNode.name, ...peopleNode.aliases])) return false;
  const bodyWord = bodyNode.name.toLowerCase().split(/\s+/).at(-1) ?? '';
  const described = new Set([peopleNode.name, ...peopleNode.aliases].map((form) => baseForm(form.toLowerCase().split(/\s+/).at(-1) ?? '', 'noun')));
  return sensesOf(bodyWord, 'noun').slice(0, MEMBER_SENSES).some((sense) => synset(sense).members.some((member) => synset(member).words.some((word) => described.has(word))));
}

/** How many of a body word's most frequent senses are read for members ("police" the force, not "law"). */
const MEMBER_SENSES = 2;

/** `handed` is a giving verb's passive whose object names the act `act` states with no object of its own. */
function handedAsAct(handed: ClaimEdgeAttributes, act: ClaimEdgeAttributes): boolean {
  if (act.objectId !== null) return false;
  const done = verbBase(eventWord(act.predicate));
  return handed.sources.some((source) => handedAct(handed.predicate, source.objectText ?? '') === done);
}

/** The subject a denying pronoun was read as ("Nobody was stung": anyone, denied). */
export function namesNobody(graph: ClaimGraph, id: string): boolean {
  return graph.hasNode(id) && String(graph.getNodeAttribute(id, 'name')).toLowerCase() === DENIED_SUBJECT;
}

function isValue(graph: ClaimGraph, id: string | null): boolean {
  return id !== null && graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'VALUE';
}

/**
 * Some form has a capital the sentence's first word does not explain ("Ann Berg", "Velsk"), and no
 * form is written in lower case: "City councillors" or "Councillors" at a sentence's start,
 * "councillors" elsewhere, is a common noun.
 */
function isWrittenAsName(forms: string[]): boolean {
  if (forms.some((form) => !/\p{Lu}/u.test(form))) return false;
  return forms.some((form) => {
    const [first = '', ...rest] = form.split(/\s+/);
    return rest.some((w) => /^\p{Lu}/u.test(w)) || (rest.length === 0 && /^\p{Lu}/u.test(first));
  });
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'in', 'on', 'at', 'for', 'with', 'without', 'to', 'by', 'about', 'through', 'across', 'along', 'near', 'outside', 'around', 'over', 'into', 'against', 'between', 'during', 'under', 'among', 'within', 'towards', 'toward']);

/** Where the first preposition after a phrase's first word stands, or -1: "of" in "results of the test". */
function firstPrepositionAt(lowerWords: readonly string[]): number {
  return lowerWords.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
}

/** The words of a name or description before its first preposition: "Several homes" of "Several homes on Lockside Terrace". */
function beforePreposition(text: string): string {
  const words = text.split(/\s+/);
  const preposition = firstPrepositionAt(words.map((w) => w.toLowerCase()));
  // (One word left keeps the whole: "Patients of both practices" opens a sentence, it is no name
  // "Patients"; but "beach at Culver Sands", in lower case, is a beach.)
  return (preposition > 1 || (preposition === 1 && /^\p{Ll}/u.test(words[0]!)) ? words.slice(0, preposition) : words).join(' ');
}

/** "the Ostrel River bridge" and "the bridge": the same head word, singular. */
function headOf(graph: ClaimGraph, id: string, amountStated = false): string {
  if (!graph.hasNode(id)) return '';
  const { name, kind, aliases } = graph.getNodeAttributes(id);
  // Named people, places and organisations are one only under one id: "Ann Berg" is not "Lars Berg".
  // Unnamed ones meet by their head like any noun: "councillors" / "City councillors".
  // ("Several homes on Lockside Terrace": the words before the preposition say whether it is a name.)
  // So are named events and prizes, whose last word is the name's: "the Wyndale Folk Festival" is
  // not "Wyndale's annual carnival" (but "Brisk Bikes compensation" is compensation).
  const forms = [name, ...aliases].map(beforePreposition);
  const namedKind = kind === 'PERSON' || kind === 'PLACE' || kind === 'ORG';
  if (isWrittenAsName(forms) && (namedKind || forms.every((form) => /^\p{Lu}/u.test(form.split(/\s+/).at(-1) ?? '')))) return '';
  // "results from the test": the head is before the first preposition; "the majority of parents"
  // are parents.
  let words = name.toLowerCase().split(/\s+/);
  // ("One member of staff", "All five of his crewmates": a share before "of", with its count, is
  // the set's; "two of the three victims", a count alone, is a part of it.)
  const share = words.findIndex((word) => word !== 'the' && !DIGITS.test(word) && !CARDINAL_WORDS.test(word) && !SHARE_NOUNS.has(word));
  if (share > 0 && words[share] === 'of' && words.length > share + 1 && words.slice(0, share).some((word) => SHARE_NOUNS.has(word))) words = words.slice(share + 1);
  // "a rare type of space rock" is a space rock.
  const kindOf = words.findIndex((word, k) => KIND_NOUNS.has(word) && words[k + 1] === 'of' && k + 2 < words.length);
  if (kindOf >= 0 && kindOf <= 2) words = words.slice(kindOf + 2);
  // "The cost of the damage was put at £140,000" / "The damage was estimated at £85,000": where both
  // state an amount, the sum a thing comes to is that thing's.
  const sumOf = words.findIndex((word, k) => SUM_NOUNS.has(word) && words[k + 1] === 'of' && k + 2 < words.length);
  if (amountStated && sumOf >= 0 && sumOf <= 1) words = words.slice(sumOf + 2);
  // "Council bosses have agreed" / "The council has said": those who speak for a body are that body.
  if (words.length >= 2 && VOICE_OF_BODY_NOUNS.has(words.at(-1)!) && (ORG_WORDS.has(words.at(-2)!) || FACILITY_WORDS.has(words.at(-2)!))) words = words.slice(0, -1);
  const preposition = firstPrepositionAt(words);
  const last = (preposition > 0 ? words[preposition - 1] : words.at(-1)) ?? '';
  // The singular WordNet knows ("branches" → "branch", not "branche"); a word it does not know loses its "s".
  const singular = baseForm(last, 'noun');
  const head = singular !== last ? singular : last.replace(/(?<=[^s])s$/, '');
  // ("member of staff" is staff, and staff are workers, as the resolver's news nouns say.)
  return NEWS_NOUN_OF.get(head) ?? head;
}

/** One-word news nouns to the word their row stands for ("staff" → "worker"). */
const NEWS_NOUN_OF: ReadonlyMap<string, string> = new Map(NEWS_NOUNS.flatMap((row) => row.synonyms.filter((word) => !word.includes(' ')).map((word) => [word, row.canonical] as const)));

/** Two predicates for one event: the same verb or a WordNet synonym ("struck" / "hit"; "fired" is not "did not hire"). */
export function sameEvent(a: string, b: string): boolean {
  const relation = wordRelation(eventWord(a), eventWord(b), 'verb');
  if (relation === 'same' || relation === 'synonym') return true;
  // "has not repaid" / "had paid back": a phrasal verb WordNet knows is that verb.
  const phrasal = (p: string) => [eventWord(p), ...phrasalVerb(p)];
  if (phrasal(a).some((x) => phrasal(b).some((y) => ['same', 'synonym'].includes(wordRelation(x, y, 'verb'))))) return true;
  // "had been sent a warning" / "had never received a warning": the receiver's side of one handing.
  const receives = (given: string, other: string) => receiversVerb(given) !== undefined && receiversVerb(given) === eventWord(other);
  return receives(a, b) || receives(b, a);
}
