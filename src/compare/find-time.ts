// Time: the same claim (same subject | predicate | object | polarity, so the same event) dated
// differently by two sources in a way no single date satisfies. Vague times never conflict.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, factOf, groupBy, listStatements, shareAnArticle, valuePairs, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { isVague, normaliseTime, relativeDaysMeet, timesCompatible, type NormalisedTime } from './time-expression.ts';
import { SPEECH_VERBS } from '../lexicon/verb-classes.ts';
import { claimsToldAlike, oneBeginning, sameSlot, sidesComparable, sidesToldAlike } from './comparable.ts';
import { eventWord, eventWords, HAPPENING, headBeforePreposition, namedVerb } from '../align/claim-profile.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { isPluralNoun } from '../resolve/morphy.ts';
import { wordRelation, type WordRelation } from '../align/word-relation.ts';
import { identifiesAnother } from '../lexicon/numbers.ts';
import { ONCE_ONLY_ACTS, ONE_OF_MANY_ADVERBS } from '../lexicon/occasion.ts';
import { contentStems } from './words.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { VERB_PARTICLES } from '../lexicon/function-words.ts';
import { habitAgainstOccasion } from './habit.ts';
import { isWordNetAdjective, isWordNetLemma } from '../resolve/wordnet.ts';
import { pushTo } from '../push-to.ts';

interface Dated {
  statement: Statement;
  time: NormalisedTime;
}

/**
 * "Next year's run will take place on the first Sunday in May": a time written as the subject's
 * owner says which occasion the subject is, not when it happens; this year's run on Sunday is
 * another occasion.
 */
function timeOwnsSubject({ source }: Statement): boolean {
  const [time, subject] = [source.qualifiers.time!.toLowerCase(), source.subjectText.toLowerCase().replace(/’/g, "'")];
  return subject.includes(`${time}'s `) || subject.endsWith(`${time}'s`);
}

/**
 * "By Friday evening, about 2,500 bags had been returned": a count told "by" a time is the tally at
 * that moment, not when the act was done; "by Saturday afternoon, more than 9,000" is the same tally
 * later. (A deadline, "must be finished by Friday", counts nothing and keeps its date.)
 */
function tallyByATime({ source }: Statement): boolean {
  return source.qualifiers.quantity !== undefined && new RegExp(`\\bby\\s+${escapeRegExp(source.qualifiers.time!)}`, 'i').test(source.text);
}

export function findTimeContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const dated = listStatements(graph)
    .filter((s) => commits(s) && s.source.qualifiers.time && !timeOwnsSubject(s) && !tallyByATime(s))
    .map((statement) => ({ statement, time: normaliseTime(statement.source.qualifiers.time!) }))
    .filter(({ time }) => !isVague(time));

  const found: ContradictionRecord[] = [];
  for (const block of groupBy(dated, ({ statement }) => `${factOf(statement.claim)}|${statement.claim.negated}`).values()) {
    const byText = [...groupBy(block, ({ time }) => time.text.toLowerCase().trim()).values()];
    for (const [a, b] of valuePairs(byText)) {
      const [sideA, sideB] = [a.map((d) => d.statement), b.map((d) => d.statement)];
      // ("typically releases patches on the second Tuesday of each month" / "on Wednesday issued an urgent patch", ECB+ train.)
      if (habitAgainstOccasion(sideA, sideB) || habitAgainstOccasion(sideB, sideA)) continue;
      // (An act done once to one participant, "founded", is one occasion however far apart its dates.)
      const once = [...sideA, ...sideB].every(doneOnce);
      if (timesCompatible(a[0].time, b[0].time) || (yearsApart(a[0].time, b[0].time) >= INSTANCES_APART && !(sideA.every(toldAsFirstOrLast) && sideB.every(toldAsFirstOrLast)) && !once)) continue;
      // "Last month, the navy said …" / "The navy said Saturday …": what is said from one day and
      // another is two statements, however alike; a saying clashes only on the calendar.
      if (!relativeDaysMeet(a[0].time, b[0].time) && timesCompatible({ ...a[0].time, days: undefined }, b[0].time) && [...sideA, ...sideB].some(isSaying)) continue;
      // A date belongs to its clause: the claims alike are enough, however the sentences go on.
      const sameAct = sameDoerAndAct(graph, sideA, sideB);
      // (An act done once to one participant needs no more: the club was founded once.)
      if (!sameAct && (!sidesComparable(graph, sideA, sideB) || (!once && !sidesToldAlike(sideA, sideB) && !claimsToldAlike(sideA, sideB)))) continue;
      found.push(timeClash(graph, a, b));
    }
  }
  // An occasion dated by a verb that only says it happened meets the act its noun names wherever
  // alignment put the two ("The official opening took place on Tuesday" / "The lifts were opened on Friday").
  // One occasion told at one time is one side, and the acts told at one time the other: blocked by
  // the verb, never all pairs of dated statements.
  const told = new Set(found.flatMap((x) => x.claims));
  const actsByVerb = new Map<string, Dated[]>();
  for (const act of dated) {
    if (act.statement.claim.negated) continue;
    for (const verb of actVerbs(act.statement)) pushTo(actsByVerb, verb, act);
  }
  const occasions = dated.flatMap((d) => {
    const occasion = occasionVerb(d.statement);
    return occasion && !d.statement.claim.negated && !told.has(d.statement.claim.id) ? [{ ...d, ...occasion }] : [];
  });
  for (const side of groupBy(occasions, ({ verb, target, time }) => `${verb}|${target}|${time.text.toLowerCase().trim()}`).values()) {
    const { verb, target, time } = side[0]!;
    const acts = [...new Set([...actsByVerb.keys()].filter((v) => v === verb || wordRelation(v, verb, 'verb') === 'synonym').flatMap((v) => actsByVerb.get(v)!))]
      .filter((act) => target === null || actsOn(act.statement, target));
    for (const other of groupBy(acts, (act) => act.time.text.toLowerCase().trim()).values()) {
      if (timesCompatible(time, other[0]!.time) || yearsApart(time, other[0]!.time) >= INSTANCES_APART) continue;
      if (shareAnArticle(side.map((d) => d.statement), other.map((d) => d.statement))) continue;
      found.push(timeClash(graph, side, other));
    }
  }
  return found;
}

/** An act done once to what it acts on ("founded", "died"). */
function doneOnce({ claim }: Statement): boolean {
  return ONCE_ONLY_ACTS.has(verbBase(eventWord(claim.predicate)));
}

/** A saying: its time is when it was said. */
function isSaying({ claim }: Statement): boolean {
  return SPEECH_VERBS.has(verbBase(eventWord(claim.predicate)));
}

function timeClash(graph: ClaimGraph, a: Dated[], b: Dated[]): ContradictionRecord {
  return makeContradiction(
    'time',
    { value: a[0]!.time.text, statements: a.map((d) => d.statement) },
    { value: b[0]!.time.text, statements: b.map((d) => d.statement) },
    (x, y) => `time: ${describeClaim(graph, x.statements[0]!.claim)} — "${x.value}" (${describeSide(graph, x.statements)}) vs "${y.value}" (${describeSide(graph, y.statements)})`,
  );
}

/**
 * "The storm struck in November, and the building was declared unsafe" / "The storm hit in
 * February, sending slates crashing"; "The fire broke out on Sunday" / "The blaze started on
 * Saturday"; "The theatre has been closed since 2016" / "The theatre closed its doors in 2018": a
 * date says when a doer did one act, so one doer (a participant of one head, in one fact), a verb
 * and its WordNet synonym or a more general verb for it, and no second participant set against
 * another, say one event, however little else of the two sentences is alike.
 */
function sameDoerAndAct(graph: ClaimGraph, a: Statement[], b: Statement[]): boolean {
  if (shareAnArticle(a, b)) return false;
  // The verbs as written too: resolve may have keyed "struck" under another sense ("attack").
  // ("was caught using the badge" / "was caught out": each verb of a chain is an act told.)
  const verbs = ({ claim, source }: Statement) => [claim.predicate, source.relationLemma ?? ''].filter(Boolean).flatMap((v) => [v, eventWord(v), ...eventWords(v)]);
  const oneAct = (x: Statement, y: Statement) => verbs(x).some((p) => verbs(y).some((q) => ACT_RELATIONS.has(wordRelation(p, q, 'verb'))));
  const noOtherParticipant = (x: Statement, y: Statement) => (x.claim.objectId === null || y.claim.objectId === null || sameSlot(graph, x.claim.objectId, y.claim.objectId) || objectsInOtherRoles(x, y) || circumstancesOfOnceOnly(x, y)) && !goOnApart(x, y);
  // ("Work to resurface the pier is due to start in June" / "Repairs to the pier are expected to begin in September": one undertaking begun.)
  return a.some((x) => b.some((y) => datesItsAct(x) && datesItsAct(y) && ((oneDoer(graph, x.claim.subjectId, y.claim.subjectId) && noOtherParticipant(x, y) && oneAct(x, y)) || oneBeginning(graph, x.claim, y.claim))));
}

/**
 * "The switch-on took place on Sunday afternoon": a verb that only says something happened, of a
 * noun made from a verb, dates the act itself ("switch on"), whoever another outlet says did it or had it
 * done. One occasion: no word singles out one of several ("the first raid"), and the noun is no
 * plural ("the raids took place").
 */
function occasionVerb(statement: Statement): { verb: string; target: string | null } | null {
  const { claim, source } = statement;
  if (!HAPPENING.has(claim.predicate) || !datesItsAct(statement)) return null;
  const head = headBeforePreposition(source.subjectText);
  if (!head || isPluralNoun(head) || source.subjectText.toLowerCase().split(/\s+/).some(singlesOut)) return null;
  const verb = namedVerb(head);
  if (!verb) return null;
  if (verb !== head) return { verb, target: null };
  // A noun that is its verb's very word needs what it was done to: "the raid on the shop took place
  // in May" is the raiding of the shop, while "the run took place every Saturday" and "the event is
  // run by volunteers" are two senses of one word.
  const words = source.subjectText.toLowerCase().split(/\s+/);
  const at = words.indexOf(head);
  const target = ['on', 'of'].includes(words[at + 1] ?? '') ? words.slice(at + 2).join(' ') : '';
  return target ? { verb, target } : null;
}

/** The act is done to what an occasion's noun names: the active's object or the passive's subject ("raided the shop", "the shop was raided"). */
function actsOn({ claim, source }: Statement, target: string): boolean {
  const done = claim.predicate.startsWith('be ') ? source.subjectText : (source.objectText ?? '');
  const [x, y] = [new Set(contentStems(done)), new Set(contentStems(target))];
  return x.size > 0 && [...y].every((stem) => x.has(stem));
}

/** The acts a statement dates in its own clause: "The network was switched on … on Saturday" dates "switch on". */
function actVerbs(statement: Statement): string[] {
  const { claim, source } = statement;
  if (HAPPENING.has(claim.predicate) || !datesItsAct(statement)) return [];
  return [...new Set([claim.predicate, source.relationLemma ?? ''].filter(Boolean).flatMap(eventWords).map(verbBase))];
}

/**
 * "The first shipment is due to leave the farm in June" / "The first consignment is expected to
 * leave for Japan in March": the place left and the place bound for are two roles of one
 * departure, not two participants set against each other. Only a way (where to, where from)
 * against a bare object: "served on the board" / "served as president" are two posts, and
 * "signed by Obama" names the signer (ECB+ dev and train, judged false).
 */
function objectsInOtherRoles(a: Statement, b: Statement): boolean {
  const way = ({ source }: Statement) => {
    const words = (source.relationLemma ?? '').split(' ');
    return words.length > 1 && WAY_PREPOSITIONS.has(words.at(-1)!);
  };
  // ("take over the business" / "take over from her dad": a phrasal verb's object is as bare as a verb's.)
  const bare = ({ source }: Statement) => !(source.relationLemma ?? '').includes(' ') || VERB_PARTICLES.has((source.relationLemma ?? '').split(' ').at(-1)!);
  return (way(a) && bare(b)) || (way(b) && bare(a));
}

/**
 * "died on Sunday at St Wenna's Hospice" / "passed away on Monday with her family at her bedside":
 * an act done once by its doer (lexicon/occasion.ts) has no other participant in a preposition's
 * phrase, only where and with whom it happened.
 */
function circumstancesOfOnceOnly(a: Statement, b: Statement): boolean {
  const circumstance = (s: Statement) => {
    const words = (s.source.relationLemma ?? '').split(' ');
    return doneOnce(s) && words.length > 1 && CIRCUMSTANCE_PREPOSITIONS.has(words.at(-1)!);
  };
  return circumstance(a) && circumstance(b);
}

/** Prepositions whose phrase says where, with whom or of what something happened: "died at", "died with". */
const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'with', 'near', 'on', 'of', 'from']);

/** Prepositions that tell which way a move goes: "leave for Japan", "move to Leeds", "flew from Paris". */
const WAY_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'towards', 'toward', 'into', 'from']);

/**
 * The time is written in the claim's own clause and is not part of its object: not "…, her rep
 * confirmed on Friday", "punted to start the fourth quarter", "convicted of the June 20, 2005 murder".
 */
function datesItsAct({ source }: Statement): boolean {
  const time = source.qualifiers.time!.toLowerCase();
  // ("to start the fourth quarter": a time opened by "the" straight after the verb is what the verb acts on.)
  const actedOn = time.startsWith('the ') && source.text.toLowerCase().includes(`${source.relationText.toLowerCase()} ${time}`);
  return !source.timeOutsideClause && !actedOn && !(source.objectText ?? '').toLowerCase().includes(time);
}

/**
 * One participant of one head ("the incident" / "the event", "the first branches" / "the first
 * branch"), unless words that single one out differ: "the first raid" is not "the most serious raid".
 */
function oneDoer(graph: ClaimGraph, a: string, b: string): boolean {
  if (a === b) return true;
  if (!sameSlot(graph, a, b)) return false;
  const singledOut = (id: string) => [...new Set(graph.getNodeAttribute(id, 'name').toLowerCase().split(/\s+/).filter(singlesOut))].sort().join(' ');
  return singledOut(a) === singledOut(b);
}

/** "first", "former", "most", "biggest": a word that picks one of several alike. */
function singlesOut(word: string): boolean {
  return identifiesAnother(word) || SUPERLATIVE_WORDS.has(word) || isSuperlative(word);
}

/** Superlatives no rule below finds (WordNet lists them as nouns, or they are irregular). */
const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(['most', 'least', 'best', 'worst', 'latest']);

/** "biggest", "largest", "earliest": an adjective's -est form (not "forest", "honest", "protest"). */
function isSuperlative(word: string): boolean {
  if (!word.endsWith('est') || isWordNetLemma(word, 'noun') || isWordNetLemma(word, 'verb')) return false;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')];
  return candidates.some((c) => c.length > 1 && isWordNetAdjective(c));
}

/**
 * "In 2004 Gomes was charged with stealing a guitar" / "In 2005 he was charged with assault": both
 * clauses say what the act was about, in words that have nothing in common, so they are two acts.
 */
function goOnApart(a: Statement, b: Statement): boolean {
  const words = ({ source }: Statement) => new Set(contentStems(source.rest ?? ''));
  const [x, y] = [words(a), words(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** "break out" is a kind of "start", "inform" of "tell": either verb may stand for the act. */
const ACT_RELATIONS: ReadonlySet<WordRelation> = new Set(['same', 'synonym', 'hypernym']);

/**
 * "The mill last produced flour commercially in 1938" / "last ground flour on a commercial basis in
 * 1953"; "was first unveiled in 1921" / "in 1923": the first or the last time an act happened is
 * one occasion, however many years apart the dates.
 */
function toldAsFirstOrLast({ source }: Statement): boolean {
  // (The relation keeps an adverb before its verb: "last produced", "was first unveiled".)
  const words = source.relationText.trim().toLowerCase().split(/\s+/);
  if (words.slice(0, -1).some((word) => ONE_OF_MANY_ADVERBS.has(word))) return true;
  const first = words[0];
  return !!first && source.text.toLowerCase().split(/[^\p{L}'-]+/u).some((word, k, all) => word === first && ONE_OF_MANY_ADVERBS.has(all[k - 1] ?? ''));
}

/**
 * Outlets misdate an event by a day, a month, at most a year ("2009" / "2010"); two dates years apart
 * are two times it happened: on ECB+ train, "appeared in Playboy in 1955" / "in 1998", "divorced in
 * 1947" / "married in February 1943", a record set in 1978 and another in 2006 — none a disagreement.
 */
const INSTANCES_APART = 2;

/** Whole years between two times of one year each; 0 when either has no year or spans years ("between 2015 and 2019" is one answer). */
function yearsApart(a: NormalisedTime, b: NormalisedTime): number {
  if (!a.years || !b.years || a.years[0] !== a.years[1] || b.years[0] !== b.years[1]) return 0;
  return Math.max(0, b.years[0] - a.years[1], a.years[0] - b.years[1]);
}
