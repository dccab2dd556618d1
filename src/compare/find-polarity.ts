// Polarity: one source states a claim, another states its negation ("the bridge was damaged" vs
// "was not damaged"). Negation is part of the claim id, so the two sides are two claims that share
// subject | predicate | object; blocking on that key finds them without comparing all claims.
import { statementKey } from '../graph/claim-id.ts';
import { wordRelation } from '../align/word-relation.ts';
import { claimsToldAlike, clausesToldAlike, comparable, namesNobody, qualityMeetsKind, subjectsToldAlike, sameEvent, sameSlot, sidesComparable, sidesToldAlike, toldOfDifferentTimes } from './comparable.ts';
import { eventWord, handedAct, isPassivePredicate } from '../align/claim-profile.ts';
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, groupBy, listStatements, shareAnArticle, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { findFirstTimeContradictions } from './find-first-time.ts';
import { findOppositeStates } from './find-opposite-states.ts';
import { findUnaffected } from './find-unaffected.ts';
import { findNoneThere } from './find-none-there.ts';
import { findUnanimityClashes } from './find-unanimity.ts';
import { findRecommendationClashes } from './find-recommendations.ts';
import { describeClaim, describeSide } from './describe.ts';
import { DIRECTIVE_VERBS, ENDING_VERBS } from '../lexicon/verb-classes.ts';
import { PLAN_NOUNS, planOutcome } from '../lexicon/plan-outcomes.ts';
import { habitAgainstOccasion } from './habit.ts';
import { heldOnceWon, opposedOutcomes } from '../lexicon/attempt-outcomes.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { baseForm } from '../resolve/morphy.ts';
import { contentStems, dice } from './words.ts';

// A denial with nothing after its verb ("Ferrow has not conceded") denies every instance of it, so it
// also meets affirmations that name an object ("Ferrow conceded the race"); blocks are keyed by
// subject and predicate, and the object splits them only where the denial names one too.
export function findPolarityContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const statements = listStatements(graph).filter(commits);
  // "Until now, the firm has never sold its cheese abroad": never before, which the news of the
  // first sale does not contradict (a first against an earlier occasion is find-first-time's).
  const judged = statements.filter((s) => !(s.claim.negated && s.source.qualifiers.occasion === 'first'));
  const found = [...factPolarity(graph, judged), ...findFirstTimeContradictions(graph, statements), ...findOppositeStates(graph, statements), ...findUnaffected(graph, statements), ...findNoneThere(graph, statements), ...findUnanimityClashes(graph, statements), ...findRecommendationClashes(graph, statements)];
  // Claims one fact already sets against each other are told once, by the fact.
  const told = new Set(found.flatMap((x) => x.claims));
  const blocks = groupBy(judged, ({ claim }) => [claim.subjectId, claim.predicate].join('|'));
  for (const block of blocks.values()) {
    for (const pair of polaritySides(block)) {
      const sides = withoutAlternatives(pair);
      if (!sides) continue;
      const [affirmed, denied] = sides;
      if ([...affirmed, ...denied].every((s) => told.has(s.claim.id))) continue;
      // One article saying both is two moments or two senses, not two outlets disagreeing.
      if (shareAnArticle(affirmed, denied) || prohibitionOnly(affirmed, denied) || habitAgainstOccasion(affirmed, denied) || anotherOfIt(affirmed, denied)) continue;
      // A denial answers the statement it negates, told in much the same words (ECB+: README).
      if (!toldAlike(graph, affirmed, denied) || !claimsToldAlike(affirmed, denied) || toldOfDifferentTimes(affirmed, denied)) continue;
      found.push(makeContradiction('polarity', { value: 'affirmed', statements: affirmed }, { value: 'denied', statements: denied }, (x, y) =>
        `polarity: ${describeClaim(graph, x.statements[0].claim)} (${describeSide(graph, x.statements)}) vs ${describeClaim(graph, y.statements[0].claim)} (${describeSide(graph, y.statements)})`));
    }
  }
  // ("The vote was unanimous" / "The vote was not unanimous": the fact and the unanimity check
  // find one pair; one difference is one contradiction.)
  const seen = new Set<string>();
  return found.filter((x) => {
    const key = [...x.claims].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Inside a fact, what one outlet affirms and another denies, however each worded it ("the bridge
 * was damaged by the quake" / "the bridge was not damaged in the earthquake"): one contradiction per
 * fact, all affirming claims on one side and all denying claims on the other. Without a denial,
 * verbs that are antonyms ("prices rose" / "prices fell") are the two sides.
 */
function factPolarity(graph: ClaimGraph, statements: Statement[]): ContradictionRecord[] {
  const found: ContradictionRecord[] = [];
  const byFact = groupBy(statements, ({ claim }) => claim.fact ?? null);
  for (const block of byFact.values()) {
    const sides = withoutAlternatives(oppositeSides(graph, block));
    // (A plan told going ahead and stopped: the verbs differ by design, so the subjects are compared.)
    const toldOfOnePlan = sides?.[2] === 'stopped';
    if (!sides || !(sidesComparable(graph, sides[0], sides[1]) || bareDenialMeets(graph, sides[0], sides[1]) || oneSideBare(graph, sides[0], sides[1])) || !toldAlike(graph, sides[0], sides[1]) || !(toldOfOnePlan ? subjectsToldAlike(sides[0], sides[1]) : claimsToldAlike(sides[0], sides[1]) || oneStateOfOneThing(graph, sides[0], sides[1])) || toldOfDifferentTimes(sides[0], sides[1])) continue;
    const [affirmed, b, value] = sides;
    if (prohibitionOnly(affirmed, b) || habitAgainstOccasion(affirmed, b) || anotherOfIt(affirmed, b)) continue;
    // The affirmation that answers the denial first, the one told most alike: it names the contradiction.
    const answers = (x: Statement) => b.some((y) => comparable(graph, x.claim, y.claim));
    const denialWords = b.map((y) => new Set(contentStems(y.source.text)));
    const likeness = (x: Statement) => Math.max(...denialWords.map((words) => dice(new Set(contentStems(x.source.text)), words)));
    const answering = affirmed.filter(answers).map((x) => ({ x, like: likeness(x) })).sort((p, q) => q.like - p.like).map(({ x }) => x);
    const a = [...answering, ...affirmed.filter((x) => !answers(x))];
    found.push(makeContradiction('polarity', { value: 'affirmed', statements: a }, { value, statements: b }, (x, y) =>
      `polarity: ${describeClaim(graph, x.statements[0].claim)} (${describeSide(graph, x.statements)}) vs ${describeClaim(graph, y.statements[0].claim)} (${describeSide(graph, y.statements)})`));
  }
  return found;
}

/**
 * The sentences worded alike, or, for a denial of the very act affirmed (one doer, one thing done
 * to), the clauses the claims were read from. Clauses alone, without the same object, set "police
 * identified the woman" against "the man, whom police did not identify" (ECB+ dev, judged false).
 */
function toldAlike(graph: ClaimGraph, affirmed: Statement[], denied: Statement[]): boolean {
  const sameAct = (x: Statement, y: Statement) => x.claim.objectId !== null && x.claim.objectId === y.claim.objectId && sameSlot(graph, x.claim.subjectId, y.claim.subjectId);
  return sidesToldAlike(affirmed, denied) || oneStateOfOneThing(graph, affirmed, denied) || affirmed.some((x) => denied.some((y) => (sameAct(x, y) && clausesToldAlike([x], [y])) || namedOneHasOne(graph, x, y) || nobodyHadItDone(graph, x, y)));
}

/**
 * "No arrests have been made" / "A man has been arrested": an act done to no one, with nothing after
 * its verb, is denied of whoever the other outlet says it was done to (a passive of the same verb).
 */
function nobodyHadItDone(graph: ClaimGraph, affirmed: Statement, denied: Statement): boolean {
  const { claim } = denied;
  if (!namesNobody(graph, claim.subjectId) || claim.objectId !== null || denied.source.objectText || namesNobody(graph, affirmed.claim.subjectId)) return false;
  const passiveVerb = (predicate: string) => (isPassivePredicate(predicate) ? verbBase(eventWord(predicate)) : '');
  if (passiveVerb(claim.predicate) !== '' && passiveVerb(claim.predicate) === passiveVerb(affirmed.claim.predicate)) return true;
  // "Nobody needed to be rescued" / "Firefighters rescued two people": a passive under "need to",
  // denied of no one, and the same verb done to someone by the other outlet.
  const deniedPassive = isPassivePredicate(claim.predicate) || PASSIVE_WRITTEN.test(denied.source.relationText ?? '');
  const verb = verbBase(eventWord(claim.predicate));
  return deniedPassive && !isPassivePredicate(affirmed.claim.predicate) && affirmed.claim.objectId !== null && verbBase(eventWord(affirmed.claim.predicate)) === verb;
}

/** A passive as written: "be rescued", "been hurt". */
const PASSIVE_WRITTEN = /\b(?:be|been|being)\s+\p{L}+(?:ed|en)\b/iu;

/** "It … is Grade II listed" / "The memorial is not a listed structure": one state of one thing, however each sentence words the rest. */
function oneStateOfOneThing(graph: ClaimGraph, a: Statement[], b: Statement[]): boolean {
  return a.some((x) => b.some((y) => sameSlot(graph, x.claim.subjectId, y.claim.subjectId) && qualityMeetsKind(graph, x.claim, y.claim)));
}

/**
 * "Ellie has never had a formal chess lesson" / "She has weekly lessons with a private coach": one
 * named person, one verb, and a thing of one head word after it are the very act denied, however
 * differently each outlet describes the thing.
 */
function namedOneHasOne(graph: ClaimGraph, x: Statement, y: Statement): boolean {
  const { subjectId } = x.claim;
  if (subjectId !== y.claim.subjectId || graph.getNodeAttribute(subjectId, 'kind') !== 'PERSON' || !/^\p{Lu}/u.test(String(graph.getNodeAttribute(subjectId, 'name')))) return false;
  // (Not a copula: "he was not the source" of one story is no denial of being "the most famous anonymous source", ECB+ train.)
  if (x.claim.predicate !== y.claim.predicate || eventWord(x.claim.predicate) === 'be' || x.claim.objectId === null || y.claim.objectId === null) return false;
  return sameSlot(graph, x.claim.objectId, y.claim.objectId);
}

/**
 * "Women will no longer be able to give birth at Harnsey" / "Expectant mothers will be sent to
 * Kingsmere to give birth instead": what is done instead is the other side of the denial, not a
 * clash with it.
 */
function toldAsAlternative({ source }: Statement): boolean {
  return /\binstead\b/i.test(source.text);
}

/**
 * "Running clubs had urged organisers to move the start forward" / "The start was not moved": what
 * someone was urged to do is the urger's wish, no answer to whether it was done.
 */
function toldAsUrged({ source }: Statement): boolean {
  // (The subject as written: "urging them to overturn the rule".)
  const subject = (source.subjectPronoun ?? source.subjectText).toLowerCase();
  const text = source.text.toLowerCase();
  const at = text.indexOf(`${subject} `);
  if (at <= 0) return false;
  const before = text.slice(0, at).trim().split(/\s+/).at(-1) ?? '';
  return DIRECTIVE_VERBS.has(verbBase(before)) && /^(?:not\s+)?to\s/.test(text.slice(at + subject.length + 1));
}

function withoutAlternatives<T extends [Statement[], Statement[], ...unknown[]]>(sides: T | null): T | null {
  if (!sides) return null;
  const affirmed = sides[0].filter((s) => !toldAsAlternative(s) && !toldAsUrged(s));
  const denied = sides[1].filter((s) => !toldAsUrged(s));
  return affirmed.length > 0 && denied.length > 0 ? ([affirmed, denied, ...sides.slice(2)] as T) : null;
}

/**
 * "Sedgeworth will appeal against the decision" / "Sedgeworth have decided not to appeal": a
 * decision not to act, with nothing after its verb, rules out every instance of the act, so it
 * meets a plan that names what the act is about, for one subject, in another outlet. Plans only: a
 * past denial with no object is as often a clause the extractor cut short ("the man, whom police
 * did not identify," against "police identified the other victims": ECB+ dev, judged false). Not a
 * reporting verb's ("did not say which stores would close" leaves its object unread).
 */
function bareDenialMeets(graph: ClaimGraph, affirmed: Statement[], denied: Statement[]): boolean {
  if (shareAnArticle(affirmed, denied)) return false;
  const planned = ({ source }: Statement) => source.qualifiers.modality === 'planned';
  // ("The phone has not stopped ringing" denies no ringing.)
  const bare = denied.filter((s) => planned(s) && s.claim.objectId === null && !s.source.objectText && !REPORTING.has(eventWord(s.claim.predicate)) && !s.claim.predicate.split(' ').some((word) => ENDING_VERBS.has(word)));
  return bare.some((y) => affirmed.some((x) => planned(x) && sameSlot(graph, x.claim.subjectId, y.claim.subjectId)));
}

/**
 * "All five of his crewmates survived" / "None of his five crewmates survived the crash": inside one
 * fact, one verb told of one subject, once with nothing after it and once with what it was done
 * to, is one act affirmed and denied.
 */
function oneSideBare(graph: ClaimGraph, affirmed: Statement[], denied: Statement[]): boolean {
  const bare = ({ claim, source }: Statement) => claim.objectId === null && !source.objectText;
  // What it was done to is a thing of the story ("the crash"), not a participant of its own ("did
  // not offer Derek Lowe"); and both are told as done, not looked for ("was not expected to rise").
  const thingDoneTo = ({ claim }: Statement) => claim.objectId !== null && graph.getNodeAttribute(claim.objectId, 'kind') === 'THING' && !/^\p{Lu}/u.test(String(graph.getNodeAttribute(claim.objectId, 'name')));
  const told = ({ source }: Statement) => source.qualifiers.modality === 'asserted';
  return affirmed.some((x) => denied.some((y) => x.source.article !== y.source.article && x.claim.predicate === y.claim.predicate && told(x) && told(y) &&
    (bare(x) ? thingDoneTo(y) : bare(y) && thingDoneTo(x)) && sameSlot(graph, x.claim.subjectId, y.claim.subjectId)));
}

/**
 * "She wrote the whole book in longhand" / "she had no plans to write another book": what one side
 * calls another of the thing ("another", "a second") is not the thing the other side names.
 */
function anotherOfIt(a: Statement[], b: Statement[]): boolean {
  const another = ({ source }: Statement) => ANOTHER_ONE.test(source.objectText ?? '');
  return (a.every(another) && !b.some(another)) || (b.every(another) && !a.some(another));
}

const ANOTHER_ONE = /^(?:another|a second|a further|a new|other)\s/i;

/**
 * "Most plot holders have no insurance" denies as "do not have insurance" does: a verb's object
 * opened by "no" negates the claim, whatever the verb's own polarity.
 */
function denies(statement: Statement): boolean {
  return statement.claim.negated !== /^no\s/i.test(statement.source.objectText ?? '');
}

/**
 * "there was little shade" beside "there was no shade": next to nothing, which "no" does not deny,
 * as the object or as the subject ("little shade was on the plots", "few residents came").
 */
const SCANT = /^(?:little|few|hardly|scarcely|barely)\s/i;

function oppositeSides(graph: ClaimGraph, block: Statement[]): [Statement[], Statement[], string] | null {
  const affirmed = block.filter((s) => !denies(s) && !SCANT.test(s.source.objectText ?? '') && !SCANT.test(s.source.subjectText));
  // "fired Cheeks" / "did not hire Cheeks": a denial answers only the same verb or a synonym.
  // ("The shop includes a post office counter" / "the shop will not have one": a verb that entails
  // the denied one, said of the same thing, in one fact.)
  const oneAct = (x: Statement, y: Statement) => actsOf(x).some((p) => actsOf(y).some((q) => sameEvent(p, q))) || entailsOfOneThing(x, y);
  const denied = block.filter((s) => denies(s) && affirmed.some((x) => oneAct(x, s)));
  if (affirmed.length > 0 && denied.length > 0) return [affirmed.filter((x) => denied.some((s) => oneAct(x, s))), denied, 'denied'];
  // "Plans to open the tunnel have been shelved" / "its plans would still go ahead": one plan's fate told both ways.
  const goesAhead = block.filter(({ claim }) => planOutcome(claim.predicate) === 'goes ahead');
  const stopped = block.filter(({ claim }) => planOutcome(claim.predicate) === 'stopped');
  if (goesAhead.length > 0 && stopped.length > 0 && [...goesAhead, ...stopped].every(({ claim }) => namesAPlan(graph, claim.subjectId))) return [goesAhead, stopped, 'stopped'];
  const byEvent = [...groupBy(block, ({ claim }) => eventWord(claim.predicate)).entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < byEvent.length; i++) {
    for (let j = i + 1; j < byEvent.length; j++) {
      if (isAntonymPair(byEvent[i]![0], byEvent[j]![0]) && sameOccasion(byEvent[i]![1], byEvent[j]![1])) return [byEvent[i]![1], byEvent[j]![1], 'opposite'];
      // "met its target for cutting leaks" / "missed its target for cutting leaks": one attempt, one outcome.
      if (opposedOutcomes(verbBase(byEvent[i]![0]), verbBase(byEvent[j]![0])) && sameThingAttempted(byEvent[i]![1], byEvent[j]![1]) && !thingHeld([...byEvent[i]![1], ...byEvent[j]![1]])) return [byEvent[i]![1], byEvent[j]![1], 'opposite'];
    }
  }
  return null;
}

/**
 * "Hosepipes must not be used for watering gardens" is a rule, not a telling of what was done: a
 * denial that only says what must not happen answers no affirmation but another rule's ("must be
 * used"), whatever the affirming outlet says was done or covered.
 */
function prohibitionOnly(affirmed: Statement[], denied: Statement[]): boolean {
  // ("will not have to pay" frees from an obligation: it denies the paying, as "will not pay" does.)
  // ("Vans are not allowed to park there": a permission withheld is a rule too.)
  const rule = (s: Statement) => (s.source.qualifiers.modality === 'necessary' && PROHIBITING.test(s.source.relationText)) || PERMISSION.test(s.source.relationText);
  return denied.every(rule) && !affirmed.some(rule);
}

/** Modals whose denial forbids: "must not be used", "should not park". */
const PROHIBITING = /\b(?:must|mustn't|should|shouldn't|ought|shall)\b/i;

/** Words that grant leave, which denied forbid: "not allowed to park", "not permitted to fish". */
const PERMISSION = /\b(?:allowed|permitted)\s+to\b/i;

/** The affirmed verb entails the denied one, with one subject and one object ("includes" / "not have"). */
function entailsOfOneThing(affirmed: Statement, denied: Statement): boolean {
  if (affirmed.claim.objectId === null || affirmed.claim.objectId !== denied.claim.objectId || affirmed.claim.subjectId !== denied.claim.subjectId) return false;
  return wordRelation(eventWord(affirmed.claim.predicate), eventWord(denied.claim.predicate), 'verb') === 'entails';
}

/** The claim's predicate, and the act a handed noun names ("was given a written warning" → warn). */
function actsOf({ claim, source }: Statement): string[] {
  const handed = handedAct(claim.predicate, source.objectText ?? '');
  return handed ? [claim.predicate, handed] : [claim.predicate];
}

/**
 * "Shares rose 5% on Friday" / "shares fell 5% on Friday": antonyms clash only when they answer
 * the same question — the same time or the same amount. "Officials arrived" and "officials left"
 * are two moments of one story.
 */
function sameOccasion(a: Statement[], b: Statement[]): boolean {
  const times = new Set(a.flatMap(({ source }) => (source.qualifiers.time ? [source.qualifiers.time.toLowerCase()] : [])));
  const amounts = new Set(a.flatMap(({ source }) => (source.qualifiers.quantity ? [`${source.qualifiers.quantity.value}${source.qualifiers.quantity.unit}`] : [])));
  return b.some(({ source: { qualifiers: q } }) => (q.time !== undefined && times.has(q.time.toLowerCase())) || (q.quantity !== undefined && amounts.has(`${q.quantity.value}${q.quantity.unit}`)));
}

/** Some claim of each side attempts one named thing: the same object entity. */
function sameThingAttempted(a: Statement[], b: Statement[]): boolean {
  return a.some((x) => x.claim.objectId !== null && b.some((y) => y.claim.objectId === x.claim.objectId));
}

/** "won the seat" / "lost his seat": what is won here is held, and lost at another moment (attempt-outcomes.ts). */
function thingHeld(statements: Statement[]): boolean {
  return statements.some(({ source }) => heldOnceWon(baseForm(source.objectText?.toLowerCase().split(/\s+/).at(-1) ?? '', 'noun')));
}

/** "Plans to open the tunnel", "the scheme": a subject whose head is a word for a plan. */
function namesAPlan(graph: ClaimGraph, id: string): boolean {
  if (!graph.hasNode(id)) return false;
  const head = String(graph.getNodeAttribute(id, 'name')).toLowerCase().split(/\s+(?:to|for|of)\s+/)[0]!.split(/\s+/).at(-1)!;
  return PLAN_NOUNS.has(head);
}

function isAntonymPair(a: string, b: string): boolean {
  return wordRelation(a, b, 'verb') === 'antonym';
}

/**
 * Verbs whose object is what was said, so that a denial without one ("did not say") leaves it
 * unread. Not all the lexicon's speech verbs: "has not conceded" denies conceding outright.
 */
const REPORTING: ReadonlySet<string> = new Set(['say', 'report', 'announce', 'confirm', 'deny', 'comment', 'tell']);

/** Affirmed and denied statements that clash: same object, or a denial with no object against any. */
function* polaritySides(block: Statement[]): Generator<[Statement[], Statement[]]> {
  // What someone said, as words, is the object of a reporting claim: two different statements do not clash.
  const byObject = groupBy(block, ({ claim }) => claim.objectId ?? (claim.objectText ? `text:${statementKey(claim.objectText)}` : ''));
  // A bare denial also answers affirmations with an object, except for reporting verbs: "did not
  // say which stores would close" leaves its object unread. (A block shares one predicate.)
  const bareDenials = REPORTING.has(block[0]!.claim.predicate) ? [] : (byObject.get('') ?? []).filter((s) => s.claim.negated);
  for (const [object, statements] of byObject) {
    const affirmed = statements.filter((s) => !s.claim.negated);
    if (affirmed.length === 0) continue;
    const denied = statements.filter((s) => s.claim.negated);
    if (denied.length > 0) yield [affirmed, denied];
    else if (object !== '' && bareDenials.length > 0) yield [affirmed, bareDenials];
  }
}
