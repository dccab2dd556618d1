// One person, two trades: "One of them was Hannah Cole, an off-duty nurse" in one outlet, "Among
// them was Hannah Cole, a GP" in another. A post at an organisation is the post check's
// (find-person-posts.ts); this one reads what a person is said to be by trade, a noun WordNet files
// under the professions or the workers ("nurse", "GP", "teacher", "plumber"), written after "a" or
// "an". Two trades of one field or of two are a clash when neither is a kind of the other ("a GP" is
// a doctor) and no outlet gives the person both.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { commits, groupBy, listStatements, valuePairs, type Statement } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeSide, entityName } from './describe.ts';
import { sensesOf, synset } from '../resolve/wordnet.ts';
import { baseForm } from '../resolve/morphy.ts';
import { POSTS_BESIDE_ANY } from '../lexicon/post-ranks.ts';
import { findTitleAt } from '../resolve/titles.ts';
import { PRONOUNS } from '../lexicon/pronouns.ts';
import { personDescription } from '../resolve/person-names.ts';

interface TradeTold {
  statement: Statement;
  person: string;
  trade: string;
}

export function findTradeContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const told = listStatements(graph).flatMap((statement) => {
    const trade = tradeOf(graph, statement);
    return trade ? [{ statement, person: statement.claim.subjectId, trade }] : [];
  });
  const found: ContradictionRecord[] = [];
  for (const held of groupBy(told, ({ person }) => person).values()) {
    const tradesByArticle = new Map<string, Set<string>>();
    for (const { statement, trade } of held) tradesByArticle.set(statement.source.article, (tradesByArticle.get(statement.source.article) ?? new Set()).add(trade));
    for (const [a, b] of valuePairs([...groupBy(held, ({ trade }) => trade).values()])) {
      const [x, y] = [a[0]!.trade, b[0]!.trade];
      if (oneKindOfTheOther(x, y)) continue;
      // An outlet that gives the person both trades says they have both.
      const alone = (side: TradeTold[], other: string) => side.filter((t) => !tradesByArticle.get(t.statement.source.article)!.has(other)).map((t) => t.statement);
      const [left, right] = [alone(a, y), alone(b, x)];
      if (left.length === 0 || right.length === 0) continue;
      found.push(makeContradiction('role', { value: x, statements: left }, { value: y, statements: right }, (p, q) =>
        `role: ${entityName(graph, a[0]!.person)} is ${p.value} (${describeSide(graph, p.statements)}) vs ${q.value} (${describeSide(graph, q.statements)})`));
    }
  }
  return found;
}

/**
 * "a GP", "an off-duty nurse": the trade an "is a" claim gives a person, or a description before
 * the person's name gives ("Pilot Owen Marr"), as its noun in the singular; null when the noun names no trade, or one held beside any ("a volunteer"), or a trade
 * left or not yet taken ("a former teacher", "a trainee nurse").
 */
function tradeOf(graph: ClaimGraph, statement: Statement): string | null {
  const { claim, source } = statement;
  if (claim.negated || !commits(statement) || graph.getNodeAttribute(claim.subjectId, 'kind') !== 'PERSON') return null;
  // ("Reportedly, she was a professor": whom "she" stands for is the resolver's guess.)
  if (PRONOUNS[(source.subjectText ?? '').trim().toLowerCase()]) return null;
  // "Pilot Owen Marr flew him to hospital": a trade written before the name, as a title is.
  if (claim.predicate !== 'be') return tradeIn(personDescription(source.subjectText ?? ''));
  const words = (source.objectText ?? '').toLowerCase().split(/\s+/);
  // ("Owen Marr, the critical care paramedic who treated him": "the" too, before a trade.)
  if (!DESCRIBING.has(words[0]!) || words.length < 2) return null;
  // The description's noun is the last word before a preposition or a clause goes on from it.
  const end = words.findIndex((w, k) => k > 0 && DESCRIPTION_ENDS.has(w));
  return tradeIn(words.slice(1, end < 0 ? undefined : end));
}

const DESCRIBING: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The trade a description's last noun names, in the singular ("off-duty nurse" → nurse), or null. */
function tradeIn(description: readonly string[]): string | null {
  const head = description.length > 0 ? baseForm(description.at(-1)!.replace(/[^\p{L}-]/gu, ''), 'noun') : '';
  if (!head || description.some((w) => NOT_NOW.has(w)) || POSTS_BESIDE_ANY.has(head) || ANY_TRADE.has(head) || findTitleAt([head], 0)) return null;
  return isTradeNoun(head) ? head : null;
}

const DESCRIPTION_ENDS: ReadonlySet<string> = new Set(['of', 'at', 'in', 'for', 'from', 'with', 'who', 'whose', 'which', 'that', 'and', 'to', 'on', 'by']);

/** Words for someone in work at all, which any trade is ("a Kraft Foods employee" and "a nurse"). */
const ANY_TRADE: ReadonlySet<string> = new Set(['employee', 'worker', 'professional', 'staffer', 'labourer', 'laborer', 'businessman', 'businesswoman', 'businessperson', 'contractor', 'freelancer']);

/** Words that make the trade one the person had, is learning or may take up. */
const NOT_NOW: ReadonlySet<string> = new Set(['former', 'retired', 'ex', 'trainee', 'student', 'aspiring', 'would-be', 'future', 'onetime', 'one-time', 'qualified', 'apprentice']);

/**
 * WordNet's people by trade: the professions (nurse, teacher, doctor), the workers (plumber, chef)
 * and the people in business (accountant, auctioneer). Only the noun's first sense is read: "runner"
 * is first a criminal's messenger in WordNet, not a trade anyone would be set against a nurse for.
 */
const TRADE_ROOTS: readonly [string, string][] = [['professional', 'professional person'], ['worker', 'worker'], ['businessperson', 'businessperson']];

let tradeRoots: Set<string> | null = null;

function rootsOfTrades(): Set<string> {
  tradeRoots ??= new Set(TRADE_ROOTS.flatMap(([lemma, member]) => sensesOf(lemma, 'noun').filter((id) => synset(id).words.includes(member))));
  return tradeRoots;
}

/** How far up WordNet's hypernyms a trade's root is looked for ("GP" → doctor → medical practitioner → health professional → professional). */
const STEPS_TO_ROOT = 6;

function ancestors(word: string): Set<string> {
  const first = sensesOf(word, 'noun')[0];
  const seen = new Set<string>();
  let frontier = first ? [first] : [];
  for (let step = 0; step < STEPS_TO_ROOT && frontier.length; step++) {
    frontier = frontier.flatMap((id) => synset(id).hypernyms).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return seen;
}

function isTradeNoun(word: string): boolean {
  const roots = rootsOfTrades();
  return [...ancestors(word)].some((id) => roots.has(id));
}

/** "a GP" and "a doctor": one is a kind of the other (or they share a sense), so both may be true. */
function oneKindOfTheOther(x: string, y: string): boolean {
  const [senseX, senseY] = [sensesOf(x, 'noun')[0], sensesOf(y, 'noun')[0]];
  if (!senseX || !senseY || senseX === senseY) return true;
  return ancestors(x).has(senseY) || ancestors(y).has(senseX);
}
