// One count told two ways across a story: "28 cattle made it onto the road" in one outlet, "some 40
// cattle were on the loose" in another. The outlets' verbs may never meet in one fact, yet a story
// that counts one kind of thing once per outlet counts one set of it, so two different figures are
// two answers to one question. Only a plain count is read so: the figure opens its phrase and
// counts the phrase's plural head ("Six boxes", "about 2,600 dockworkers"), not a thing inside it
// ("homes in five villages"), a rank ("the five seed"), a measure ("the 10-yard line") or another
// set ("four other families", "two extra sentences"). An outlet that gives two counts of the thing
// ("12 homes flooded, 40 evacuated") shows the story counts more than one set, and the thing is
// then left alone.
import type { Statement } from './statements.ts';
import { groupBy, shareAnArticle } from './statements.ts';
import { rangesDisjoint, type ComparableRange } from './quantity-range.ts';
import { toldOfDifferentTimes } from './comparable.ts';
import { opensWithSet } from './counted-nouns.ts';
import { baseForm, isPluralNoun } from '../resolve/morphy.ts';
import { isWordNetAdjective, isWordNetLemma } from '../resolve/wordnet.ts';
import { ANOTHER_SET, COUNTED_AS_PEOPLE, GENERIC_COUNTED, LEADS_TO_COUNT, ROLE_OF_COUNTED_OBJECT, ROLE_OF_COUNTED_SUBJECT, SAME_IN_PLURAL, SET_DETERMINERS } from '../lexicon/counted.ts';
import { kindOfCommonNoun } from '../resolve/noun-kind.ts';
import { verbBase } from '../resolve/verb-base.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { CALENDAR_WORDS } from '../lexicon/calendar.ts';
import { pushTo } from '../push-to.ts';

export interface CountedSide {
  range: ComparableRange;
  statements: Statement[];
}

/**
 * Pairs of different figures for one counted noun, each the only figure its outlets give for it.
 * `ranged` is every committed statement with its amount's range.
 */
export function storyCountClashes(graph: ClaimGraph, ranged: readonly { statement: Statement; range: ComparableRange }[]): [CountedSide, CountedSide][] {
  const counts = ranged.flatMap((counted) => {
    const { statement, range } = counted;
    if (statement.claim.negated || !ASSERTED.has(statement.source.qualifiers.modality)) return [];
    const role = roleCounted(statement);
    if (range.unit !== '' && !role) return [];
    const noun = role ?? countedNoun(statement);
    return noun ? [{ ...counted, noun }] : [];
  });
  const clashes: [CountedSide, CountedSide][] = [];
  for (const group of groupBy(counts, ({ noun }) => noun).values()) {
    const figures = groupBy(group, ({ range }) => `${range.low}..${range.high}`);
    const sides: CountedSide[] = [...figures.values()].map((members) => ({ range: members[0]!.range, statements: members.map((m) => m.statement) }));
    if (sides.length < 2 || oneOutletCountsTwice(sides)) continue;
    // Each figure against the next in size: one difference is one contradiction, and many outlets'
    // figures cost a comparison each, not one per pair.
    sides.sort((x, y) => x.range.low - y.range.low || x.range.high - y.range.high);
    for (let i = 1; i < sides.length; i++) {
      const [a, b] = [sides[i - 1]!, sides[i]!];
      if (!rangesDisjoint(a.range, b.range) || shareAnArticle(a.statements, b.statements) || toldOfDifferentTimes(a.statements, b.statements)) continue;
      if (partAndWhole(a.range, b.range) || countedByTwoNamedDoers(graph, a, b) || oneSetNarrowed(a, b) || countedInTwoPlaces(graph, a, b)) continue;
      clashes.push([a, b]);
    }
  }
  return clashes;
}

/** Said as fact or as arranged ("35 floats will take part"), by the outlet or by its source: not "would get 7 wins". */
const ASSERTED: ReadonlySet<string> = new Set(['asserted', 'reported', 'planned']);

/**
 * Outlets that misreport a count give figures of one size (28 / 40 cattle, 27 / 42 complaints: at
 * most about 1.6 times apart in the blind rounds' planted numbers); a figure much larger than the
 * other is more often a whole and its part (the county's 40 closed schools and Harrowdale's 12, the
 * estate's 650 homes and the first 120).
 */
const PART_OF_WHOLE = 1.6;

export function partAndWhole(a: ComparableRange, b: ComparableRange): boolean {
  // The nearest the hedges let the two figures come: "an estimated 2,000 tonnes" may be 2,200,
  // "around 3,500" 3,150.
  const [lower, upper] = a.low <= b.low ? [a, b] : [b, a];
  const [small, large] = [Math.abs(lower.high), Math.abs(upper.low)].sort((x, y) => x - y);
  return small! === 0 || large! > PART_OF_WHOLE * small!;
}

/**
 * "Two climbers were killed" / "Three climbers with Mr Buckley were rescued": where one outlet
 * narrows the set by words after the noun and the other counts it bare, the narrowed set is
 * another (or a part).
 */
function oneSetNarrowed(a: CountedSide, b: CountedSide): boolean {
  const narrowed = (side: CountedSide) => side.statements.some((s) => narrowedCount(s));
  const bare = (side: CountedSide) => side.statements.every((s) => !narrowedCount(s));
  if (!((narrowed(a) && bare(b)) || (narrowed(b) && bare(a)))) return false;
  // "212 letters of objection" / "271 objection letters": the words after one noun are the other's
  // compound before it, one set written two ways.
  const [narrow, plain] = narrowed(a) ? [a, b] : [b, a];
  const before = new Set(plain.statements.flatMap((s) => wordsBeforeHead(s)));
  return !narrow.statements.every((s) => {
    const words = narrowingWords(s);
    return words.length > 0 && words.every((word) => before.has(word));
  });
}

/**
 * Whether the count's phrase goes on after its noun ("three climbers with Mr Buckley", "40 homes on
 * Mill Lane"). "About 1,200 homes in the village" counts the story's own place, as a bare count does.
 */
function narrowedCount(statement: Statement): boolean {
  return countedPhrases(statement).some(({ words, head }) => {
    const after = words.slice(head + 1);
    return after.length > 0 && !(LOCATING_WORDS.has(after[0]!) && after.slice(1).every((word) => NARROWING_GLUE.has(word) || STORY_LOCALES.has(word)));
  });
}

/** Prepositions that place a counted set: "homes in the village", "households across the town". */
const LOCATING_WORDS: ReadonlySet<string> = new Set(['in', 'across', 'around', 'throughout']);
/** Words for the place a local story is about, which narrow no count: "in the village", "across the town". */
const STORY_LOCALES: ReadonlySet<string> = new Set(['village', 'town', 'city', 'area', 'county', 'district', 'borough', 'parish', 'region']);

/** The counted phrases with the index of their head noun ("12 fire engines": "engines"). */
function countedPhrases({ source }: Statement): { words: string[]; at: number; head: number }[] {
  return phrasesCounted(source).map(({ words, at }) => ({ words, at, head: countsMany(words[at + 1] ?? '') ? at + 1 : at + 1 + partOfSetHead(words.slice(at + 1)) }));
}

/** Content words after the counted noun: "of objection" → ["objection"]. */
function narrowingWords(statement: Statement): string[] {
  return countedPhrases(statement).flatMap(({ words, head }) => words.slice(head + 1).filter((word) => !NARROWING_GLUE.has(word)));
}

/** Words between the figure and its head: "objection" of "271 objection letters". */
function wordsBeforeHead(statement: Statement): string[] {
  return countedPhrases(statement).flatMap(({ words, at, head }) => words.slice(at + 1, head));
}

/** Words that join a narrowing phrase to its noun without narrowing anything themselves. */
const NARROWING_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an']);

/**
 * "There are 350 huts on Shingle Spit" / "Blythecombe has more than 500 beach huts": where each
 * outlet puts its count in a named place, the claim's other slot, and no place is the other's, the
 * figures count two sets.
 */
function countedInTwoPlaces(graph: ClaimGraph, a: CountedSide, b: CountedSide): boolean {
  const [x, y] = [placesCountedIn(graph, a), placesCountedIn(graph, b)];
  return x.size > 0 && y.size > 0 && ![...x].some((place) => y.has(place));
}

function placesCountedIn(graph: ClaimGraph, side: CountedSide): Set<string> {
  return new Set(side.statements.flatMap((statement) => {
    const { subjectId, objectId } = statement.claim;
    const slots = new Set(phrasesCounted(statement.source).map(({ slot }) => slot));
    const other = slots.has('subject') && !slots.has('object') ? objectId : slots.has('object') && !slots.has('subject') ? subjectId : null;
    // (Named places only: "the property" and "the house" may be one.)
    return other && graph.getNodeAttribute(other, 'kind') === 'PLACE' && /^\p{Lu}/u.test(graph.getNodeAttribute(other, 'name')) ? [other] : [];
  }));
}

/** "McNabb holds the record with 24 straight completions" / "Garrard finished with 28 completions": two doers' own counts. */
function countedByTwoNamedDoers(graph: ClaimGraph, a: CountedSide, b: CountedSide): boolean {
  const doers = (side: CountedSide) => side.statements.filter((s) => countedInObject(s)).map((s) => s.claim.subjectId);
  const named = (id: string) => ['PERSON', 'ORG'].includes(graph.getNodeAttribute(id, 'kind')) && /\p{Lu}/u.test(graph.getNodeAttribute(id, 'name'));
  const [x, y] = [doers(a), doers(b)];
  return x.length > 0 && y.length > 0 && x.every((p) => y.every((q) => p !== q && named(p) && named(q)));
}

/**
 * The thing a statement counts, in the singular ("cattle", "box", "stallholder"); null unless it is a
 * plain count. A count led by other words ("Teams from 24 nations") counts the thing those words
 * say, so it is keyed with them and meets only a count led alike ("Teams from 18 nations").
 */
function countedNoun(statement: Statement): string | null {
  const counted = statement.source.qualifiers.quantity?.counted?.toLowerCase();
  if (!counted || !/^\p{L}+$/u.test(counted)) return null;
  const singular = baseForm(counted, 'noun');
  if (GENERIC_COUNTED.has(singular)) return null;
  if (plainCountIn(statement)) return singular;
  if (partitiveCountIn(statement)) return `part of|${singular}`;
  const lead = leadOfCount(statement);
  return lead ? `${lead}|${singular}` : null;
}

/**
 * "employs 34 people", "has 43 employees": the people a verb's object counts, as the role the verb
 * makes them ("employee"); null for any other count.
 */
function roleCounted({ source }: Statement): string | null {
  const verb = verbBase(source.relationLemma.split(' ')[0]!);
  const { quantity } = source.qualifiers;
  const counted = baseForm(quantity!.counted?.toLowerCase() ?? '', 'noun');
  const people = quantity!.unit === 'people' || COUNTED_AS_PEOPLE.has(counted);
  const role = ROLE_OF_COUNTED_OBJECT.get(verb);
  if (role) return people && phrasesCounted(source).some(({ slot }) => slot === 'object') ? role : null;
  // ("Some 900 worshippers filled the cathedral": any word for people counts the crowd.)
  const crowd = ROLE_OF_COUNTED_SUBJECT.get(verb);
  const someone = people || (counted !== '' && kindOfCommonNoun(counted) === 'PERSON');
  // (A crowd looked for, "had expected around 5,000 people to attend", is not one counted; "80
  // firefighters attended at the height of the incident" names no occasion, and is a count of firefighters.)
  const occasion = source.qualifiers.modality !== 'planned' && !!source.objectText && !source.relationLemma.includes(' ');
  return crowd && someone && occasion && phrasesCounted(source).some(({ slot }) => slot === 'subject') ? crowd : null;
}

/**
 * The words before a count that ends its phrase ("teams from" of "Teams from 24 nations"), with no
 * name in them; null otherwise. A count narrowed after its noun ("homes in five villages across
 * the county") is left alone.
 */
function leadOfCount({ source }: Statement): string | null {
  if (inName(source.text, countFigure(source))) return null;
  for (const { words, at } of phrasesCounted(source)) {
    if (at === 0 || words.length !== at + 2 || !countsMany(words[at + 1]!)) continue;
    const lead = words.slice(0, at);
    if (lead.every((w) => LEADS_TO_COUNT.has(w)) || !PREPOSITIONS_BEFORE_COUNT.has(lead.at(-1)!)) continue;
    return lead.join(' ');
  }
  return null;
}

/**
 * The count opens the argument it sits in (after "a total of", "some", "all") and the word after
 * the figure is a plural noun: "Nine wagons", "A total of 640 jobs"; not "homes in five villages",
 * "the 10-yard line", "the five seed", "four other families".
 */
function plainCountIn({ source }: Statement): boolean {
  if (inName(source.text, countFigure(source))) return false;
  return phrasesCounted(source).some(({ words, at }) => {
    if (!words.slice(0, at).every((w) => LEADS_TO_COUNT.has(w)) && !wholeOfCount(words.slice(0, at))) return false;
    // The plural head right after the figure, or after one noun that makes it a compound ("12 fire
    // engines"): an adjective there ("three strong aftershocks") may single out a set of its own.
    const [next, after] = [words[at + 1] ?? '', words[at + 2] ?? ''];
    return countsMany(next) || (isCompoundModifier(next) && countsMany(after));
  });
}

/**
 * "31 of the 58 shop units are vacant", "Of its 58 units, 22 are empty": a count of a part of a set,
 * which answers what another outlet's part of it answers, never the whole ("the 58 units") nor a
 * part told alone ("One of the cattle was struck" beside "28 cattle made it onto the road").
 */
function partitiveCountIn({ source }: Statement): boolean {
  if (inName(source.text, countFigure(source))) return false;
  return phrasesCounted(source).some(({ words, at }) => words.slice(0, at).every((w) => LEADS_TO_COUNT.has(w)) && (partOfCountedSet(words.slice(at + 1)) || (at === words.length - 1 && opensWithSet(source.text))));
}

/**
 * "31 of the 58 shop units": a part of a set, after "of" and the set's determiner (and its own
 * count), counts the set's plural noun.
 */
function partOfCountedSet(after: readonly string[]): boolean {
  return after[0] === 'of' && SET_DETERMINERS.has(after[1] ?? '') && countsMany(after[partOfSetHead(after)] ?? '');
}

/** The index of the noun a count's words after it end on ("of the 58 shop units" → 4; "fire engines" → 1). */
function partOfSetHead(after: readonly string[]): number {
  if (after[0] !== 'of' || !SET_DETERMINERS.has(after[1] ?? '')) return 1;
  const from = /^\d[\d,]*$/.test(after[2] ?? '') ? 3 : 2;
  return countsMany(after[from] ?? '') ? from : from + 1;
}

/**
 * "A spiral staircase of 127 steps", "a crowd of about 5,000 people": a whole made of the count, named
 * before "of", with no other preposition to make it a part of something else ("homes in five villages").
 */
function wholeOfCount(before: readonly string[]): boolean {
  const of = before.lastIndexOf('of');
  if (of < 1 || !before.slice(of + 1).every((w) => LEADS_TO_COUNT.has(w))) return false;
  const whole = before.slice(0, of);
  return isWordNetLemma(whole.at(-1)!, 'noun') && !isPluralNoun(whole.at(-1)!) && whole.every((w) => !PREPOSITIONS_BEFORE_COUNT.has(w));
}

/** Prepositions that make the phrase before "of" a part of something else. */
const PREPOSITIONS_BEFORE_COUNT: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'into', 'over', 'under']);

/** "the Sea Me We 3 lines": a figure after a capitalised word inside the sentence is part of a name. */
function inName(sentence: string, figure: string): boolean {
  const words = sentence.split(/\s+/);
  // (Not a day or a month: "On Saturday 12 fire engines were sent".)
  return words.some((w, k) => k > 1 && w.toLowerCase() === figure && /^\p{Lu}/u.test(words[k - 1]!) && !CALENDAR_WORDS.includes(words[k - 1]!.toLowerCase().replace(/\W+$/, '')));
}

/** A noun in the plural: "wagons", "sheep" (not "the five seed", a rank). */
function countsMany(word: string): boolean {
  return isPluralNoun(word) || SAME_IN_PLURAL.has(word);
}

/** A noun, and no adjective, that may stand before another noun: "fire" in "fire engines", "lamp" in "lamp posts". */
function isCompoundModifier(word: string): boolean {
  return !ANOTHER_SET.has(word) && isWordNetLemma(word, 'noun') && !isWordNetAdjective(word);
}

function countedInObject({ source }: Statement): boolean {
  return phrasesCounted(source).some(({ slot }) => slot === 'object');
}

/** The figure of a statement's count as written, lower case: "40" of "Some 40". */
function countFigure(source: Statement['source']): string {
  return source.qualifiers.quantity!.text.toLowerCase().split(/\s+/).at(-1)!;
}

/** The subject and object phrases the count's figure is written in, as lower-case words with the figure's place. */
function phrasesCounted(source: Statement['source']): { slot: 'subject' | 'object'; words: string[]; at: number }[] {
  const figure = countFigure(source);
  return ([['subject', source.subjectText], ['object', source.objectText]] as const).flatMap(([slot, text]) => {
    const words = (text ?? '').toLowerCase().split(/\s+/);
    const at = words.indexOf(figure);
    return at < 0 ? [] : [{ slot, words, at }];
  });
}

/** Whether some outlet gives two figures that cannot both be one count (its own two sets of the thing). */
function oneOutletCountsTwice(sides: readonly CountedSide[]): boolean {
  type Figure = { range: ComparableRange; statement: Statement };
  const figuresByArticle = new Map<string, Figure[]>();
  for (const side of sides) for (const statement of side.statements) pushTo(figuresByArticle, statement.source.article, { range: side.range, statement });
  // ("Volunteers helped 2,940 toads this season" and "Last year's total was 1,980 toads": one set
  // counted at two times, each figure the answer for its own time.)
  const twoSets = (x: Figure, y: Figure) => rangesDisjoint(x.range, y.range) && !toldOfDifferentTimes([x.statement], [y.statement]);
  return [...figuresByArticle.values()].some((figures) => figures.some((x, i) => figures.some((y, j) => j > i && twoSets(x, y))));
}
