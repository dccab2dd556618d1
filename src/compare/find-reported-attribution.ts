// Attribution of reported speech: the same claim, not in quote marks, credited by two outlets to two
// different named people ("Hume said City Hall would ensure an orderly handover" / "Deputy Mayor
// Ana Solberg said City Hall would ensure an orderly handover").
//
// Only named people count: "police said 12 died" in one outlet and "hospital officials said 12
// died" in another are two sources confirming each other, not one statement credited twice. Blocked
// by fact; two direct quotes are left to find-quotes.ts, which compares their wording, but a quote
// against the same words reported of someone else is judged here.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, factOf, groupBy, namedTogether, listStatements, opensBackgroundClauseAt, shareAnArticle, valuePairs, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { claimsToldAlike, sidesComparable, sidesToldAlike } from './comparable.ts';
import { namesSomeone, shareAName } from './find-quotes.ts';
import { describeClaim, describeSide, entityName } from './describe.ts';
import { contentStems } from './words.ts';
import { wordRelation } from '../align/word-relation.ts';
import { eventWord, eventWords, isPassivePredicate } from '../align/claim-profile.ts';
import { SPEECH_VERBS } from '../lexicon/verb-classes.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { pushTo } from '../push-to.ts';

export function findReportedAttributionContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const statements = listStatements(graph);
  // Claims read out of a direct quote ("We will rebuild every home that fell") are the quote's:
  // two quotes credited to two people are find-quotes.ts's to compare, but a quote in one outlet and
  // the same words reported of someone else in another are this check's.
  const quoted = new Set(statements.filter(({ source }) => source.qualifiers.quote).map(({ source }) => `${source.article}|${source.sentence}`));
  const isQuoted = ({ source }: Statement) => quoted.has(`${source.article}|${source.sentence}`);
  const credited = statements.filter((statement) => {
    const { source } = statement;
    const speaker = source.attributedToId;
    if (!commits(statement)) return false;
    // "…, he said": whom "he" stands for is the resolver's guess, not what the outlet credits.
    if (source.qualifiers.attributedToPronoun) return false;
    // A named person: "her publicist", "Lindsay Lohan's attorney" or "an official" credits nobody a
    // reader could set against a name.
    return !!speaker && graph.hasNode(speaker) && creditable(graph, speaker);
  });
  // One attribution difference is one contradiction, however many claims the sentence holds
  // ("Trump and Xi discussed trade, fentanyl and Taiwan, Xi's office said" vs "…, Trump said").
  const bySentences = new Map<string, { a: Statement[]; b: Statement[] }>();
  for (const block of groupBy(credited, ({ claim }) => `${factOf(claim)}|${claim.negated}`).values()) {
    const bySpeaker = [...groupBy(block, ({ source }) => source.attributedToId!).values()];
    for (const [a, b] of valuePairs(bySpeaker)) {
      if (a.every(isQuoted) && b.every(isQuoted)) continue;
      // Two outlets, each crediting its own speaker (an article naming both is no clash), for the
      // same statement, which is the same words twice, near enough (ECB+: README).
      // The claim itself in much the same words, too, not only its sentence: on ECB+ train "Deep Throat
      // died" credited to Woodward and to LaRue were two sentences about different deaths.
      if (!sidesComparable(graph, a, b) || !sidesToldAlike(a.map(lessSpeaker), b.map(lessSpeaker)) || !claimsToldAlike(a, b) || !sameVerb(a, b)) continue;
      // "Kroon says the fire broke out while a small group of women were working on crafts" / "The fire
      // was set at the entrance as a small group of women were working on crafts, Steele said": what
      // both tell only as the when of their own statements is two statements, not one credited twice.
      if (a.every(toldAsBackground) || b.every(toldAsBackground)) continue;
      // "Her spokesman, Bill Hale, said Governor Palmer told a pastor she was sorry …": a sentence that
      // names the other side's speaker relays that speaker's words.
      if (relays(graph, a, b) || relays(graph, b, a)) continue;
      // "Captain Nambiar" and "Manohar Nambiar": a name in common may be one person the resolver
      // left apart; crediting them is not a clash worth a reader's time.
      if (shareAName(entityName(graph, a[0]!.source.attributedToId!), entityName(graph, b[0]!.source.attributedToId!))) continue;
      if (!creditedApart(graph, a, a[0]!.source.attributedToId!, b, b[0]!.source.attributedToId!)) continue;
      const [first, second] = a[0]!.source.attributedToId! < b[0]!.source.attributedToId! ? [a, b] : [b, a];
      const key = [first, second].map((side) => `${side[0]!.source.attributedToId}@${sentencesOf(side)}`).join('|');
      const group = bySentences.get(key);
      if (group) {
        group.a.push(...first);
        group.b.push(...second);
      } else bySentences.set(key, { a: [...first], b: [...second] });
    }
  }
  // The reported words themselves, whether or not a claim was read inside them ("Cllr Jane Whitlow
  // said the limit was about protecting people, not punishing drivers" / "Parish council chairman
  // Geoff Barraclough said the limit was about …").
  for (const [a, b] of speechCreditedTwice(graph, statements)) {
    const [first, second] = a[0]!.claim.subjectId < b[0]!.claim.subjectId ? [a, b] : [b, a];
    const key = [first, second].map((side) => `${side[0]!.claim.subjectId}@${sentencesOf(side)}`).join('|');
    if (!bySentences.has(key)) bySentences.set(key, { a: first, b: second });
  }
  return [...bySentences.values()].map(({ a, b }) => makeContradiction(
    'attribution',
    { value: speakerOf(a[0]!), statements: a },
    { value: speakerOf(b[0]!), statements: b },
    (x, y) => `attribution: ${describeClaims(graph, x.statements)} credited to ${entityName(graph, x.value)} (${describeSide(graph, x.statements)}) vs ${entityName(graph, y.value)} (${describeSide(graph, y.statements)})`,
  ));
}

/**
 * The statement with its sentence less the words that credit it ("Parish council chairman Roger
 * Allard said …" / "…, according to local PCSO Dawn Mayhew"): two outlets crediting two people
 * word their speakers apart by design; what was said is what must be told alike.
 */
function lessSpeaker(statement: Statement): Statement {
  const speaker = statement.source.qualifiers.attributedTo;
  if (!speaker || !statement.source.text.includes(speaker)) return statement;
  return { ...statement, source: { ...statement.source, text: statement.source.text.replace(speaker, ' ') } };
}

/**
 * Some claim of each side told with the same verb, a synonym or a more general verb ("let the
 * manager down" / "failed the manager"): "their money was being spent" and "the money raised"
 * share their subject, not a statement.
 */
function sameVerb(a: Statement[], b: Statement[]): boolean {
  // The whole predicate too: "let down" is a WordNet synonym of "fail", "let" is not.
  const alike = (p: string, q: string) => ['same', 'synonym', 'hypernym'].includes(wordRelation(p, q, 'verb'));
  // In one voice: "He shot Ortiz, Peavy said" / "Ortiz was shot, said Waldie" are two officials' own
  // accounts (ECB+ train, judged false), not one statement credited twice.
  const oneVoice = (x: ClaimEdge, y: ClaimEdge) => isPassivePredicate(x.predicate) === isPassivePredicate(y.predicate);
  // ("were left facing bills" / "had been left with bills": any verb of each, the catenative's too.)
  const someWordAlike = (p: string, q: string) => eventWords(p).some((v) => eventWords(q).some((w) => alike(v, w)));
  return a.some(({ claim: x }) => b.some(({ claim: y }) => oneVoice(x, y) && (alike(eventWord(x.predicate), eventWord(y.predicate)) || alike(x.predicate, y.predicate) || someWordAlike(x.predicate, y.predicate))));
}

type ClaimEdge = Statement['claim'];

/** The claim opens a clause of when or why inside its sentence ("… while a small group of women were working"). */
function toldAsBackground({ source }: Statement): boolean {
  return opensBackgroundClauseAt(source.text, source.text.indexOf(source.subjectText));
}

/**
 * Every sentence of `side` has the speaker `other` credits saying something inside it ("… said
 * Governor Palmer told a pastor …"): it relays that speaker's words. A speaker who is only what the
 * statement is about ("Trump and Xi discussed trade, according to the U.S. leader") relays nothing.
 */
function relays(graph: ClaimGraph, side: Statement[], other: Statement[]): boolean {
  const surname = entityName(graph, other[0]!.source.attributedToId!).split(/\s+/).at(-1)!.toLowerCase();
  return side.every(({ source }) => {
    const words = source.text.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
    return words.some((word, i) => word === surname && words.slice(i + 1, i + 1 + RELAY_REACH).some((next) => SPEECH_VERBS.has(verbBase(next))));
  });
}

/** How many words after a speaker's name its verb of saying may stand ("Palmer told", "Palin has since told"). */
const RELAY_REACH = 3;

/** Who a side credits: the speaker of a claim read inside reported speech, or the subject of the speech claim itself. */
function speakerOf({ claim, source }: Statement): string {
  return source.attributedToId ?? claim.subjectId;
}

/** Fewest content words a reported clause needs before one word told otherwise still leaves it one statement. */
const ONE_WORD_APART_FROM = 6;

/** Fewest content words a reported clause needs before the same words credited twice are one statement, not a commonplace. */
const MIN_REPORTED_WORDS = 4;

/**
 * Pairs of speech claims ("X said [clause]") in two articles whose reported clauses have the same
 * content words, credited to two named people no article names together. Blocked by those words,
 * so the cost is the number of speech claims. Quotes are find-quotes.ts's.
 */
function speechCreditedTwice(graph: ClaimGraph, statements: Statement[]): [Statement[], Statement[]][] {
  const speech = statements.filter(({ claim, source }) => claim.objectId === null && claim.objectText && !source.qualifiers.quote &&
    SPEECH_VERBS.has(claim.predicate) && creditable(graph, claim.subjectId) && !source.subjectPronoun);
  // (Each clause's words read once: the exact blocks and the near copies both look them up.)
  const clauseWords = new Map(speech.map((s) => [s, [...new Set(contentStems(s.claim.objectText!))].sort()]));
  const wordsOf = (s: Statement) => clauseWords.get(s)!;
  const naming = articlesCrediting(statements);
  const found: [Statement[], Statement[]][] = [];
  // Blocked by the clause's words, and for a long clause also by its words less any one, so two
  // clauses one word apart meet ("which had survived for centuries" / "which had stood for centuries").
  const blocks = new Map<string, Statement[]>();
  for (const s of speech) {
    const words = wordsOf(s);
    if (words.length < MIN_REPORTED_WORDS) continue;
    // ("it was a historic day … and Bishop Marr would be a wonderful leader" / "… would make a
    // wonderful leader": a word one clause adds meets the other's words whole.)
    const keys = [words.join(' '), ...(words.length >= ONE_WORD_APART_FROM ? [`~${words.join(' ')}`, ...words.map((_, k) => `~${words.filter((__, j) => j !== k).join(' ')}`)] : [])];
    for (const key of keys.map((written) => `${s.claim.negated}|${written}`)) pushTo(blocks, key, s);
  }
  // A long clause reworded in a word or two ("would no longer have to travel to Kelthorpe to catch a
  // train" / "would no longer be forced to go to Kelthorpe to get a train"): most of its words alike.
  for (const [x, y] of nearlyOneClause(speech, wordsOf)) blocks.set(`~~${x.claim.id}|${y.claim.id}`, [x, y]);
  const paired = new Set<string>();
  for (const block of blocks.values()) {
    const bySpeaker = [...groupBy(block, ({ claim }) => claim.subjectId).values()];
    for (const [a, b] of valuePairs(bySpeaker)) {
      const pair = [a[0]!.claim.id, b[0]!.claim.id].sort().join('|');
      if (paired.has(pair)) continue;
      paired.add(pair);
      // An article in which both speak knows them for two people who may both have said it.
      if (shareAnArticle(a, b) || namedTogether(naming, a[0]!.claim.subjectId, b[0]!.claim.subjectId)) continue;
      if (shareAName(entityName(graph, a[0]!.claim.subjectId), entityName(graph, b[0]!.claim.subjectId))) continue;
      if (!creditedApart(graph, a, a[0]!.claim.subjectId, b, b[0]!.claim.subjectId)) continue;
      found.push([a, b]);
    }
  }
  return found;
}

/** Fewest content words each reported clause needs before a near copy of it is one statement. */
const NEAR_COPY_WORDS = 8;
/** How alike (Dice over content stems) two long clauses must be to be one statement reworded. */
const NEAR_COPY_DICE = 0.7;

/** Pairs of long reported clauses of two articles, most of their words alike; blocked by their words, never all pairs. */
function nearlyOneClause(speech: Statement[], wordsOf: (s: Statement) => string[]): [Statement, Statement][] {
  const long = speech.filter((s) => wordsOf(s).length >= NEAR_COPY_WORDS);
  const postings = new Map<string, number[]>();
  long.forEach((s, i) => {
    for (const word of wordsOf(s)) pushTo(postings, word, i);
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > MAX_CLAUSE_POSTINGS) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) shared.set(list[i]! * long.length + list[j]!, (shared.get(list[i]! * long.length + list[j]!) ?? 0) + 1);
  }
  const pairs: [Statement, Statement][] = [];
  for (const [key, count] of [...shared].sort((p, q) => p[0] - q[0])) {
    const [x, y] = [long[Math.floor(key / long.length)]!, long[key % long.length]!];
    if (x.source.article === y.source.article || x.claim.negated !== y.claim.negated) continue;
    if ((2 * count) / (wordsOf(x).length + wordsOf(y).length) >= NEAR_COPY_DICE) pairs.push([x, y]);
  }
  return pairs;
}

/** A word in more reported clauses than this is too common to pair clauses by. */
const MAX_CLAUSE_POSTINGS = 40;

/**
 * The articles in which each entity speaks: the subject of a verb of saying, or the speaker a claim
 * is credited to. ("Hawthorn Knap is run by Helen and Martin Crossley" in the outlet that credits
 * the chair of judges names Martin, but not as one of its voices.)
 */
function articlesCrediting(statements: readonly Statement[]): Map<string, Set<string>> {
  const crediting = new Map<string, Set<string>>();
  const add = (id: string, article: string) => crediting.set(id, (crediting.get(id) ?? new Set<string>()).add(article));
  for (const { claim, source } of statements) {
    if (SPEECH_VERBS.has(claim.predicate)) add(claim.subjectId, source.article);
    if (source.attributedToId) add(source.attributedToId, source.article);
  }
  return crediting;
}

/**
 * Whom a reader could set against another speaker: a named person, or an organisation by its full
 * name ("Quelmoor Rivers Trust", "Pennock Chamber of Commerce"). Not "police" or "the council",
 * nor "her publicist": unnamed voices confirm each other rather than claim one statement.
 */
function creditable(graph: ClaimGraph, id: string): boolean {
  const { kind, name } = graph.getNodeAttributes(id);
  if (kind === 'PERSON') return namesSomeone(name);
  if (kind !== 'ORG') return false;
  const words = String(name).split(/\s+/).filter((word) => !/^(?:of|the|and|for)$/i.test(word));
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * A person and an organisation credited with one statement are two claims on it only when neither
 * side's sentences name the other ("Apple CEO Tim Cook said" speaks for Apple); two organisations
 * saying one thing are two bodies agreeing, as two unnamed voices are.
 */
function creditedApart(graph: ClaimGraph, a: Statement[], speakerA: string, b: Statement[], speakerB: string): boolean {
  const [kindA, kindB] = [graph.getNodeAttribute(speakerA, 'kind'), graph.getNodeAttribute(speakerB, 'kind')];
  if (kindA === 'PERSON' && kindB === 'PERSON') return true;
  if (kindA === kindB) return false;
  const [person, organisation] = kindA === 'PERSON' ? [a, speakerB] : [b, speakerA];
  const organisationWords = new Set(contentStems(entityName(graph, organisation)));
  return !person.some(({ source }) => contentStems(source.text).some((stem) => organisationWords.has(stem)));
}

function sentencesOf(side: Statement[]): string {
  return [...new Set(side.map(({ source }) => `${source.article}#${source.sentence}`))].sort().join(',');
}

/** "Xi Jinping discuss trade" or, for a sentence of many claims, the first and how many more. */
function describeClaims(graph: ClaimGraph, statements: Statement[]): string {
  const claims = [...new Map(statements.map((s) => [s.claim.id, s.claim])).values()].sort((p, q) => (p.id < q.id ? -1 : 1));
  // (A speech claim is told by its words: "it was a historic day …", not "Anthony Garland say".)
  const first = `"${claims[0]!.objectId === null && claims[0]!.objectText ? claims[0]!.objectText : describeClaim(graph, claims[0]!)}"`;
  return claims.length > 1 ? `${first} and ${claims.length - 1} more claim${claims.length > 2 ? 's' : ''} of the same sentence` : first;
}
