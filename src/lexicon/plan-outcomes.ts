// What becomes of a plan: it goes ahead, or it is stopped. Two outlets telling one plan's fate both
// ways disagree ("Plans to open the tunnel have been shelved" / "its plans would still go ahead"),
// however far apart their verbs are in WordNet. Keys are claim predicates without a passive's "be".
export type PlanOutcome = 'goes ahead' | 'stopped';

export const PLAN_OUTCOMES: ReadonlyMap<string, PlanOutcome> = new Map([
  ['go ahead', 'goes ahead'], ['proceed', 'goes ahead'], ['press ahead', 'goes ahead'],
  ['suspend', 'stopped'], ['shelve', 'stopped'], ['scrap', 'stopped'], ['abandon', 'stopped'],
  ['drop', 'stopped'], ['cancel', 'stopped'], ['axe', 'stopped'], ['withdraw', 'stopped'],
]);

/** Words for a plan, whose fate the outcomes tell: "Plans to open the tunnel", "the scheme". */
export const PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'scheme', 'schemes', 'proposal', 'proposals', 'project', 'projects', 'bid', 'scheme']);

/** The outcome a claim's predicate tells of a plan, or null ("be shelved" → stopped). */
export function planOutcome(predicate: string): PlanOutcome | null {
  return PLAN_OUTCOMES.get(predicate.replace(/^be /, '')) ?? null;
}
