// The pipeline's entity mentions, read off its resolved triples: every subject and object span with
// the entity id resolve gave it, and the claims' speakers. A speaker (`qualifiers.attributedTo`) is a
// name without a span, so it is placed where its text stands in the claim's sentence, when it
// stands there exactly once ("…,” said Stefanski"); a pronoun speaker is stored as its antecedent's
// text and cannot be placed.
import type { Argument, EntityKind, ResolvedTriple, Sentence, Span } from '../../src/types.ts';
import type { StoryResolution } from '../../src/resolve/index.ts';
import { headSpan, type HeadFound } from './head-span.ts';
import { lastWordSpan } from './match-mentions.ts';

export interface PredictedMention extends Span {
  head: Span;
  /** Entity id, made unique across runs by the caller's scope prefix. */
  entity: string;
  /** The kind of the entity (the node's kind in the graph), not of this one mention. */
  kind: EntityKind;
}

/** What made the predictions harder to read than spans with ids; printed with the figures. */
export interface PredictionNotes {
  arguments: number;
  /** Distinct spans that are pronouns replaced by their antecedent. */
  pronouns: number;
  heads: Record<HeadFound, number>;
  /** The same span given two different entity ids by two triples (the first one is kept). */
  spansWithTwoEntities: number;
  speakers: { placed: number; atArgument: number; atArgumentOtherEntity: number; notPlaced: number };
}

export function emptyNotes(): PredictionNotes {
  return {
    arguments: 0,
    pronouns: 0,
    heads: { pronoun: 0, head: 0, 'lemma prefix': 0, 'last word': 0 },
    spansWithTwoEntities: 0,
    speakers: { placed: 0, atArgument: 0, atArgumentOtherEntity: 0, notPlaced: 0 },
  };
}

export interface PipelineOutput {
  resolution: StoryResolution;
  textOf: (article: string) => string;
  sentencesOf: (article: string) => readonly Sentence[];
}

function argumentsOf(triple: ResolvedTriple): [Argument, string][] {
  const found: [Argument, string][] = [[triple.subject, triple.subjectId]];
  if (triple.object && triple.objectId !== null) found.push([triple.object, triple.objectId]);
  return found;
}

/** Where the speaker's text stands in the sentence, if it stands there exactly once. */
function speakerSpan(triple: ResolvedTriple, output: PipelineOutput): Span | null {
  // resolve keys the first of coordinated speakers ("China's president and foreign ministry").
  const speaker = triple.qualifiers.attributedTo?.trim().split(/\s+and\s+/)[0];
  const sentence = output.sentencesOf(triple.article)[triple.sentence];
  if (!speaker || !sentence) return null;
  const first = sentence.text.indexOf(speaker);
  if (first < 0 || sentence.text.indexOf(speaker, first + 1) >= 0) return null;
  return { start: sentence.start + first, end: sentence.start + first + speaker.length };
}

/**
 * Mentions by article id, each span once (arguments first, in triple order). `scope` prefixes
 * entity ids, because each run of the pipeline names its entities on its own (two runs' "e:police"
 * are two different forces).
 */
export function predictedMentions(output: PipelineOutput, scope: string, notes: PredictionNotes): Map<string, PredictedMention[]> {
  const { resolution, textOf } = output;
  const kindOf = new Map(resolution.entities.map((entity) => [entity.id, entity.kind]));
  const byArticle = new Map<string, Map<string, PredictedMention>>();
  const spansOf = (article: string) => {
    const spans = byArticle.get(article) ?? new Map<string, PredictedMention>();
    byArticle.set(article, spans);
    return spans;
  };
  const mention = (span: Span, head: Span, id: string): PredictedMention => ({ start: span.start, end: span.end, head, entity: `${scope}/${id}`, kind: kindOf.get(id) ?? 'THING' });

  for (const triple of resolution.triples) {
    const spans = spansOf(triple.article);
    for (const [argument, id] of argumentsOf(triple)) {
      notes.arguments++;
      const key = `${argument.start}:${argument.end}`;
      const earlier = spans.get(key);
      if (earlier) {
        if (earlier.entity !== `${scope}/${id}`) notes.spansWithTwoEntities++;
        continue;
      }
      const head = headSpan(textOf(triple.article), argument);
      notes.heads[head.found]++;
      if (argument.antecedent) notes.pronouns++;
      spans.set(key, mention(argument, head, id));
    }
  }
  const speakersSeen = new Set<string>();
  for (const triple of resolution.triples) {
    if (!triple.attributedToId) continue;
    const seen = `${triple.article}#${triple.sentence}#${triple.qualifiers.attributedTo}`;
    if (speakersSeen.has(seen)) continue;
    speakersSeen.add(seen);
    const span = speakerSpan(triple, output);
    if (!span) {
      notes.speakers.notPlaced++;
      continue;
    }
    const spans = spansOf(triple.article);
    const earlier = spans.get(`${span.start}:${span.end}`);
    if (earlier) {
      notes.speakers.atArgument++;
      if (earlier.entity !== `${scope}/${triple.attributedToId}`) notes.speakers.atArgumentOtherEntity++;
      continue;
    }
    notes.speakers.placed++;
    spans.set(`${span.start}:${span.end}`, mention(span, lastWordSpan(textOf(triple.article), span), triple.attributedToId));
  }
  return new Map([...byArticle].map(([article, spans]) => [article, [...spans.values()]]));
}
