// Words that set how sure or how planned a claim is: modals, "is thought to", "able to", "had the chance to".
import { lookupTable } from '../lookup-table.ts';

/** Auxiliaries that take "to" before their verb and make it an obligation: "will have to pay", "ought to resign". */
export const SEMI_MODALS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 'ought']);

export const MODALS = lookupTable<'possible' | 'planned' | 'necessary'>({
  could: 'possible', might: 'possible', may: 'possible', can: 'possible',
  will: 'planned', would: 'planned', shall: 'planned', "'ll": 'planned', wo: 'planned',
  should: 'necessary', must: 'necessary', ought: 'necessary',
});

/**
 * Passives that report what others think or say of the subject, before "to" and the verb it is about:
 * "240,000 bags are thought to have been sold", "the gunman is believed to have fled". The claim is
 * the verb after "to", told at second hand; "expected to", "due to" tell what is planned.
 */
export const HEARSAY_PASSIVES: ReadonlyMap<string, 'reported' | 'planned'> = new Map([
  ['thought', 'reported'], ['believed', 'reported'], ['said', 'reported'], ['understood', 'reported'],
  ['reported', 'reported'], ['known', 'reported'], ['feared', 'reported'], ['alleged', 'reported'],
  ['rumoured', 'reported'], ['rumored', 'reported'], ['estimated', 'reported'], ['suspected', 'reported'],
  ['expected', 'planned'], ['scheduled', 'planned'], ['due', 'planned'],
]);

/**
 * "will be able to park", "were unable to leave": the verb after "to" is the claim, as it would be
 * said plainly ("was able to escape" says the escape happened); the value says whether the word
 * denies it.
 */
export const ABILITY_WORDS: ReadonlyMap<string, boolean> = new Map([['able', false], ['unable', true]]);

/** What one may have to do something, which tells nothing of its being done: "had the chance to revise it". */
export const CHANCE_NOUNS: ReadonlySet<string> = new Set(['chance', 'opportunity', 'time']);
