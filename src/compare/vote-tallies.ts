// One vote's tally told two ways: "Councillors backed the move by nine votes to four" / "The motion
// was carried by nine votes to two". A claim keeps only the first figure (the votes for), so the
// votes against never meet the other outlet's; yet a story that tallies one vote per outlet tallies
// one vote (a council's, a jury's, a board's), and two different tallies answer one question. An
// outlet that gives two tallies reports more than one vote, and the story's tallies are left alone.
import type { Statement } from './statements.ts';
import { groupBy, shareAnArticle } from './statements.ts';
import { toldOfDifferentTimes } from './comparable.ts';
import { CARDINAL_WORDS, figureOf } from '../lexicon/numbers.ts';

export interface TallySide {
  /** The tally as the outlet wrote it: "nine votes to four". */
  written: string;
  /** The figures, larger first: "9-4". */
  key: string;
  statements: Statement[];
}

/** "nine votes to four", "9 votes to 4", "by 12 votes to nil": the votes for, then against, as in each pattern here. */
const VOTES_TO = /\b([\p{L}\d-]+)\s+votes?\s+to\s+([\p{L}\d-]+)/giu;
/** "a 9-4 vote", "a 7–2 vote". */
const SCORED_VOTE = /\b(\d+)\s*[-–]\s*(\d+)\s+vote\b/giu;
/** "31 in favour and 17 against", "nine votes for, four against". */
const FOR_AND_AGAINST = /\b([\p{L}\d-]+)\s+(?:votes?\s+)?(?:in\s+favou?r|for)\s*(?:,|and|with|to)?\s*([\p{L}\d-]+)\s+(?:votes?\s+)?against\b/giu;

/** No votes against, in words: "by 12 votes to nil". */
const NONE: ReadonlySet<string> = new Set(['nil', 'none', 'zero', 'nothing']);

/**
 * Pairs of different tallies of the story's one vote, each the only tally its outlets give.
 * `counted` is every committed statement with an amount; a tally belongs to the statements of its
 * sentence whose amount is the tally's first figure.
 */
export function voteTallyClashes(counted: readonly Statement[]): [TallySide, TallySide][] {
  const tallied = counted.flatMap((statement) => {
    const tally = tallyIn(statement);
    return tally ? [{ statement, ...tally }] : [];
  });
  const sides: TallySide[] = [...groupBy(tallied, ({ key }) => key).values()].map((members) => ({ written: members[0]!.written, key: members[0]!.key, statements: members.map((m) => m.statement) }));
  if (sides.length < 2 || oneOutletTalliesTwice(sides)) return [];
  sides.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const clashes: [TallySide, TallySide][] = [];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const [a, b] = [sides[i]!, sides[j]!];
      if (!shareAnArticle(a.statements, b.statements) && !datedApart(a.statements, b.statements)) clashes.push([a, b]);
    }
  }
  return clashes;
}

/** The tally in a statement's sentence whose first figure is the statement's own amount. */
function tallyIn({ source }: Statement): { written: string; key: string } | null {
  const quantity = source.qualifiers.quantity;
  if (!quantity) return null;
  for (const pattern of [VOTES_TO, SCORED_VOTE, FOR_AND_AGAINST]) {
    for (const match of source.text.matchAll(pattern)) {
      const [forVotes, against] = [figure(match[1]!), figure(match[2]!)];
      if (forVotes === null || against === null || forVotes !== quantity.value) continue;
      // The larger figure first: "by four votes to nine" tells the same tally the other way round.
      return { written: match[0]!, key: [forVotes, against].sort((x, y) => y - x).join('-') };
    }
  }
  return null;
}

/**
 * "The budget was approved by 31 votes to 20" / "Last year's budget passed by 33 votes to 18": a
 * tally dated on one side only, or dated differently, may be another year's vote.
 */
function datedApart(a: Statement[], b: Statement[]): boolean {
  const dated = (side: Statement[]) => side.some(({ source }) => source.qualifiers.time);
  if (dated(a) !== dated(b)) return true;
  return dated(a) && toldOfDifferentTimes(a, b);
}

function figure(word: string): number | null {
  const lower = word.toLowerCase();
  if (NONE.has(lower)) return 0;
  if (!/^\d+$/.test(lower) && !CARDINAL_WORDS.test(lower)) return null;
  const value = Number(figureOf(lower));
  return Number.isInteger(value) ? value : null;
}

function oneOutletTalliesTwice(sides: readonly TallySide[]): boolean {
  const talliesByArticle = new Map<string, Set<string>>();
  for (const side of sides) for (const { source } of side.statements) talliesByArticle.set(source.article, (talliesByArticle.get(source.article) ?? new Set()).add(side.key));
  return [...talliesByArticle.values()].some((tallies) => tallies.size > 1);
}
