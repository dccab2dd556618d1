// Scores predicted entity mentions against ECB+'s gold participants and locations.
//
// Conventions (printed with the figures):
//  - Gold mentions: HUMAN_PART_* and LOC_* in selected sentences; a gold mention without a chain is a
//    singleton. Chains are cut at the run's group (sub-topic by default): the pipeline sees one group
//    at a time and could never link across them.
//  - A predicted mention counts only if it matches a gold mention (match-mentions.ts); predictions
//    that match nothing are left out, since ECB+ leaves many noun phrases unannotated.
//  - Pairwise: pairs of mentions in different documents. Precision and recall over matched
//    mentions; "recall, all" also counts the gold pairs whose mentions were not found.
//  - MUC, B³, CEAF-e: "end to end" scores every gold mention, an unmatched one as a singleton of its
//    own on the predicted side; "matched only" scores the matched gold mentions alone.
import type { EntityKind } from '../../src/types.ts';
import { coreferenceScores, type CoreferenceScores } from './conll.ts';
import { sentenceKey, type GoldDocument, type GoldMention } from './corpus.ts';
import { expectedKind, isEntityType, kindGroupOf, type GoldKindGroup } from './entity-types.ts';
import { lastWordSpan, matchMentions } from './match-mentions.ts';
import { pairwise, type PairCounts, type PairMention } from './pairwise.ts';
import { partitionOf } from './partition.ts';
import type { PredictedMention } from './predicted-mentions.ts';
import { ratio } from './precision-recall.ts';

export interface DocumentPrediction {
  document: GoldDocument;
  /** The article's text as the pipeline read it; gold offsets index into it. */
  text: string;
  /** The run the document was resolved in (its sub-topic or topic). */
  group: string;
  predicted: PredictedMention[];
}

interface ScoredMention extends PairMention {
  doc: string;
  type: string;
  /** Lower-cased gold text, for the same-string / different-string split. */
  text: string;
  pronoun: boolean;
  kind?: EntityKind;
}

export const KINDS: readonly EntityKind[] = ['PERSON', 'ORG', 'PLACE', 'THING', 'VALUE'];
export const KIND_GROUPS: readonly GoldKindGroup[] = ['person', 'organisation', 'place', 'other participant'];

export interface MentionCount {
  gold: number;
  matched: number;
}

/** Why a gold mention found no match. */
export interface UnmatchedReasons {
  /** Inside a predicted argument whose head is another word ("her" in "her rep", "actress" in "a friend of the actress"). */
  insideArgument: number;
  /** A predicted argument overlaps it without either lying inside the other, or lies inside it without its head. */
  partlyCovered: number;
  /** No predicted argument touches it. */
  uncovered: number;
}

export interface EntityFigures {
  documents: number;
  groups: number;
  gold: MentionCount;
  byKindGroup: Record<GoldKindGroup, MentionCount>;
  pronouns: MentionCount;
  unmatched: UnmatchedReasons;
  /** Gold mentions whose text is not at their offsets in the text the pipeline read (left out). */
  misaligned: number;
  pairs: { sameString: PairCounts; differentString: PairCounts; all: PairCounts };
  endToEnd: CoreferenceScores;
  matchedOnly: CoreferenceScores;
  kinds: { correct: number; scored: number; accuracy: number; confusion: Record<GoldKindGroup, Record<EntityKind, number>> };
}

// Personal, possessive, reflexive and relative pronouns ECB+ annotates as participants.
const PRONOUN_WORDS = new Set(
  'i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers herself it its itself they them their theirs themselves who whom whose'.split(' '),
);

function goldEntityMentions(document: GoldDocument, selected: Set<string>): GoldMention[] {
  return document.mentions.filter((m) => isEntityType(m.type) && selected.has(sentenceKey(document.doc, m.sentence)));
}

function countBy<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.reduce((n, item) => n + (predicate(item) ? 1 : 0), 0);
}

function mentionCount(mentions: readonly ScoredMention[]): MentionCount {
  return { gold: mentions.length, matched: countBy(mentions, (m) => m.response !== undefined) };
}

function whyUnmatched(text: string, gold: GoldMention, predicted: readonly PredictedMention[], reasons: UnmatchedReasons): void {
  const sameLine = predicted.filter((p) => !text.slice(p.start, p.end).includes('\n'));
  if (sameLine.some((p) => p.start <= gold.start && gold.end <= p.end)) reasons.insideArgument++;
  else if (sameLine.some((p) => p.start < gold.end && gold.start < p.end)) reasons.partlyCovered++;
  else reasons.uncovered++;
}

function kindTable(mentions: readonly ScoredMention[]): EntityFigures['kinds'] {
  const confusion = Object.fromEntries(KIND_GROUPS.map((g) => [g, Object.fromEntries(KINDS.map((k) => [k, 0]))])) as EntityFigures['kinds']['confusion'];
  let correct = 0;
  let scored = 0;
  for (const m of mentions) {
    if (!m.kind) continue;
    confusion[kindGroupOf(m.type)][m.kind]++;
    const expected = expectedKind(m.type);
    if (expected === null) continue;
    scored++;
    if (expected === m.kind) correct++;
  }
  return { correct, scored, accuracy: ratio(correct, scored), confusion };
}

export function evaluateEntities(predictions: readonly DocumentPrediction[], selected: Set<string>): EntityFigures {
  const mentions: ScoredMention[] = [];
  const unmatched: UnmatchedReasons = { insideArgument: 0, partlyCovered: 0, uncovered: 0 };
  let misaligned = 0;
  for (const { document, text, group, predicted } of predictions) {
    const gold = goldEntityMentions(document, selected).filter((m) => {
      const aligned = text.slice(m.start, m.end) === m.text;
      if (!aligned) misaligned++;
      return aligned;
    });
    const matched = matchMentions(text, gold.map((m) => ({ start: m.start, end: m.end, head: lastWordSpan(text, m) })), predicted);
    gold.forEach((m, i) => {
      const id = `${document.doc}#${m.m_id}`;
      const p = matched[i] === undefined ? undefined : predicted[matched[i]];
      if (!p) whyUnmatched(text, m, predicted, unmatched);
      mentions.push({
        id,
        doc: document.doc,
        key: m.chain ? `${group}/${m.chain}` : id,
        ...(p ? { response: p.entity, kind: p.kind } : {}),
        type: m.type,
        text: m.text.toLowerCase(),
        pronoun: PRONOUN_WORDS.has(m.text.toLowerCase()),
      });
    });
  }
  const found = mentions.filter((m) => m.response !== undefined);
  const crossDocument = (a: ScoredMention, b: ScoredMention) => a.doc !== b.doc;
  const key = partitionOf(mentions.map((m) => [m.id, m.key]));
  return {
    documents: predictions.length,
    groups: new Set(predictions.map((p) => p.group)).size,
    gold: mentionCount(mentions),
    byKindGroup: Object.fromEntries(KIND_GROUPS.map((g) => [g, mentionCount(mentions.filter((m) => kindGroupOf(m.type) === g))])) as Record<GoldKindGroup, MentionCount>,
    pronouns: mentionCount(mentions.filter((m) => m.pronoun)),
    unmatched,
    misaligned,
    pairs: {
      sameString: pairwise(mentions, (a, b) => crossDocument(a, b) && a.text === b.text),
      differentString: pairwise(mentions, (a, b) => crossDocument(a, b) && a.text !== b.text),
      all: pairwise(mentions, crossDocument),
    },
    endToEnd: coreferenceScores(key, partitionOf(mentions.map((m) => [m.id, m.response ?? `unmatched/${m.id}`]))),
    matchedOnly: coreferenceScores(partitionOf(found.map((m) => [m.id, m.key])), partitionOf(found.map((m) => [m.id, m.response!]))),
    kinds: kindTable(found),
  };
}
