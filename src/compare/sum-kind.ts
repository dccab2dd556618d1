// Which of a story's sums a figure is, read from the words beside it: "fined £1,200" is a fine,
// "must also pay £400 in costs" the costs. Two figures for two named kinds of sum answer two
// questions, however much else their sentences share.
import { FIXED_PENALTY_AFTER, HAMMER_FALLS, MONEY_ONLY_KINDS, SALE_PRICE_SUBJECTS, SUM_KIND_NOUNS, SUM_KIND_VERBS } from '../lexicon/sum-kinds.ts';
import { isCurrencyUnit } from '../extract/quantity.ts';
import { eventWord } from '../align/claim-profile.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { groupBy, type Statement } from './statements.ts';
import { rangesDisjoint, type ComparableRange } from './quantity-range.ts';

/** "£400 in costs", "£250 in prize money": the figure, then "in", then the kind as its first or second word. */
const KIND_AFTER = /^\s*(?:\p{L}+\s+)?in\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
/** "a fine of £1,200", "costs of about £400": the kind, "of", at most one hedge word, then the figure. */
const KIND_BEFORE = /(\p{L}+)\s+of\s+(?:\p{L}+\s+)?\p{Sc}?$/u;

/** The kind of sum a statement's figure is, or undefined where its words name none. */
export function sumKind({ claim, source }: Statement): string | undefined {
  const figure = source.qualifiers.quantity?.text.match(/\d[\d,.]*/)?.[0];
  const text = source.text;
  const at = figure ? text.indexOf(figure) : -1;
  if (at >= 0) {
    if (FIXED_PENALTY_AFTER.test(text.slice(at + figure!.length))) return FIXED_PENALTY;
    const after = KIND_AFTER.exec(text.slice(at + figure!.length))?.slice(1).map((word) => word?.toLowerCase()).find((word) => word && SUM_KIND_NOUNS.has(word));
    if (after) return SUM_KIND_NOUNS.get(after);
    const before = KIND_BEFORE.exec(text.slice(0, at))?.[1]?.toLowerCase();
    if (before && SUM_KIND_NOUNS.has(before)) return SUM_KIND_NOUNS.get(before);
  }
  // ("The hammer price was £184,000", "The hammer fell at £148,000": what the lot sold for.)
  const subject = source.subjectText.toLowerCase().replace(/^the\s+/, '').trim();
  // (Not a difference: "The winning bid was £235,000 more than the guide price".)
  const difference = at >= 0 && /^\s*(?:more|less|higher|lower|above|below|over|under)\b/i.test(text.slice(at + figure!.length));
  const sale = !difference && ((claim.predicate === 'be' && SALE_PRICE_SUBJECTS.has(subject)) || (HAMMER_FALLS.test(subject) && verbBase(eventWord(claim.predicate)) === 'fall'));
  const kind = sale ? 'sale' : SUM_KIND_VERBS.get(verbBase(eventWord(claim.predicate))) ?? SUM_KIND_VERBS.get(claim.predicate);
  return kind && MONEY_ONLY_KINDS.has(kind) && !isCurrencyUnit(source.qualifiers.quantity?.unit ?? '') ? undefined : kind;
}

/**
 * Each side names its sum's kind, and no kind is on both: a fine against costs. A side's figure is
 * of the kind any of its statements names ("ordered to pay £850" in a headline is the "fine of
 * £850" of the body).
 */
export function sumsOfTwoKinds(a: readonly Statement[], b: readonly Statement[]): boolean {
  const kinds = (statements: readonly Statement[]) => statements.map(sumKind).filter((kind) => kind !== undefined);
  const [x, y] = [kinds(a), kinds(b)];
  if (x.length === 0 || y.length === 0) return false;
  return !x.some((kind) => y.includes(kind));
}

/** Kinds of sum that are one per doer, not one per story: what each thief took. */
const TAKEN_BY_ONE: ReadonlySet<string> = new Set(['taken']);

/**
 * Sums a story names once: a court's fine, costs and compensation for each party, what a thief took,
 * what an appeal raised, what the story's lot sold for and the prize its winner took, in all.
 */
const ONE_PER_STORY: ReadonlySet<string> = new Set(['fine', 'costs', 'compensation', 'surcharge', 'taken', 'raised', 'sale', 'prize', 'fixed penalty']);

/** A rule's fixed penalty, however the outlet names it (lexicon/sum-kinds.ts). */
const FIXED_PENALTY = 'fixed penalty';

/**
 * "He was fined £60,000" / "A fine of £80,000 was imposed": where each of two outlets names one
 * figure for a court sum of one kind, and the figures differ, the outlets disagree on that sum,
 * whatever shape their sentences took. An outlet naming two figures of a kind (two defendants, two
 * offences) answers another question.
 */
export function sumKindClashes<T extends { statement: Statement; range: ComparableRange }>(ranged: readonly T[]): [T[], T[]][] {
  const kindOf = ({ statement, range }: T) => {
    const kind = sumKind(statement);
    // ("hopes to raise £100,000" is a target, "could face a fine" a limit: neither tells the sum.)
    // (A fixed penalty is fixed: "could be given a £100 fixed penalty notice" tells it.)
    const told = statement.source.qualifiers.modality === 'asserted' || statement.source.qualifiers.modality === 'reported' || (kind === FIXED_PENALTY && statement.source.qualifiers.modality === 'possible');
    // (Takings are one thief's: a story of a spate of thefts tells several, ECB+ train.)
    const whose = TAKEN_BY_ONE.has(kind ?? '') ? statement.claim.subjectId : '';
    return kind && ONE_PER_STORY.has(kind) && !statement.claim.negated && told ? `${kind}|${range.unit}|${whose}` : null;
  };
  const figureOf = ({ range }: T) => `${range.low}..${range.high}`;
  const clashes: [T[], T[]][] = [];
  for (const items of groupBy(ranged, kindOf).values()) {
    const single = [...groupBy(items, ({ statement }) => statement.source.article).values()].filter((side) => new Set(side.map(figureOf)).size === 1);
    const figures = [...groupBy(single.flat(), figureOf).values()];
    for (let i = 0; i < figures.length; i++) for (let j = i + 1; j < figures.length; j++) {
      if (rangesDisjoint(figures[i]![0]!.range, figures[j]![0]!.range)) clashes.push([figures[i]!, figures[j]!]);
    }
  }
  return clashes;
}
