// Merge: resolved triples of all articles → one graph of entities and claims.
//
// Entity nodes carry name, kind and aliases. Each claim is one edge keyed by its claim id
// (claim-id.ts), so an edge key is stable across runs. A claim stated by several articles is one
// edge with several sources: merging appends, it never keeps only the first writer.
//
// Intransitive claims ("the talks collapsed") have no object. Rather than a self-loop, which would
// read as "the talks collapsed the talks", each such claim points at its own placeholder node
// (`v:<claim hash>`, kind VALUE, placeholder: true). Placeholder nodes are never exported as
// entities; the exported claim keeps `object: null`.
import { MultiDirectedGraph } from 'graphology';
import type { Extraction, Resolution, ResolvedTriple, Argument, Sentence } from '../types.ts';
import { referent } from '../referent.ts';
import { claimId, claimValues, statementKey, valueNodeId } from './claim-id.ts';
import type { ClaimEdgeAttributes, ClaimGraph, ClaimGraphAttributes, ClaimSource, EntityNodeAttributes } from './claim-graph-types.ts';

export function buildClaimGraph(resolution: Resolution, extractions: Extraction[]): ClaimGraph {
  const graph: ClaimGraph = new MultiDirectedGraph<EntityNodeAttributes, ClaimEdgeAttributes, ClaimGraphAttributes>();
  graph.replaceAttributes({
    spellingVariants: resolution.spellingVariants,
    articles: Object.fromEntries(
      extractions.map(({ article }) => [article.id, { id: article.id, title: article.title, outlet: article.outlet, path: article.path }]),
    ),
  });

  for (const entity of resolution.entities) {
    graph.mergeNode(entity.id, { name: entity.name, kind: entity.kind, aliases: [...entity.aliases] });
  }

  const sentenceText = sentenceLookup(extractions);
  for (const triple of resolution.triples) {
    // "Japanese Prime Minister Sanae Takaichi" → Takaichi is Takaichi once the role resolves to her:
    // a claim whose two ends are one entity says nothing.
    if (triple.objectId === triple.subjectId) {
      // "Ann Osborne, chairwoman of the trust," is Ann Osborne too, yet the outlet said which post
      // she holds: that stays a claim, its object the words as written (compare reads posts from them).
      if (!triple.implicit && triple.predicate === 'be' && triple.object) addTriple(graph, { ...triple, objectId: null, object: { ...triple.object, namesNothing: 'statement' } }, sentenceText);
      continue;
    }
    // "China's foreign ministry" → China has a foreign ministry: background the extractor marks
    // implicit; the graph keeps the claims articles make. (Implicit roles, "Xi is Chinese President",
    // stay: two outlets naming different holders of a role is a contradiction worth seeing.)
    if (triple.implicit && triple.predicate === 'have') continue;
    addTriple(graph, triple, sentenceText);
  }
  return graph;
}

function addTriple(graph: ClaimGraph, triple: ResolvedTriple, sentenceText: SentenceLookup): void {
  const negated = triple.qualifiers.negated;
  const objectText = !triple.objectId && triple.object?.namesNothing ? triple.object.text : undefined;
  const values = claimValues(triple.qualifiers, triple.attributedToId);
  const id = claimId({
    subjectId: triple.subjectId, predicate: triple.predicate, objectId: triple.objectId, negated,
    ...(objectText ? { objectText: statementKey(objectText) } : {}),
    ...(values ? { values } : {}),
  });

  ensureEntity(graph, triple.subjectId, triple.subject);
  const target = triple.objectId ?? valueNodeId(id);
  if (triple.objectId && triple.object) ensureEntity(graph, triple.objectId, triple.object);
  if (!triple.objectId && !graph.hasNode(target)) {
    graph.addNode(target, { name: objectText ?? triple.relation.text, kind: 'VALUE', aliases: [], placeholder: true });
  }

  const source = toSource(triple, sentenceText);
  if (graph.hasEdge(id)) {
    const sources = graph.getEdgeAttribute(id, 'sources');
    // The same triple fed twice (a re-run) must not count as a second source.
    if (!sources.some((s) => sameSource(s, source))) sources.push(source);
    return;
  }
  graph.addDirectedEdgeWithKey(id, triple.subjectId, target, {
    id,
    subjectId: triple.subjectId,
    predicate: triple.predicate,
    objectId: triple.objectId,
    ...(objectText ? { objectText } : {}),
    negated,
    sources: [source],
  });
}

/** Entities the resolver did not list (it should) still get a node, named as the text called them. */
function ensureEntity(graph: ClaimGraph, id: string, argument: Argument): void {
  if (!graph.hasNode(id)) graph.addNode(id, { name: argument.text, kind: argument.kind, aliases: [] });
}

function toSource(triple: ResolvedTriple, lookup: SentenceLookup): ClaimSource {
  const sentence = lookup.sentence(triple.article, triple.sentence);
  const source: ClaimSource = {
    article: triple.article,
    sentence: triple.sentence,
    start: triple.start,
    end: triple.end,
    text: sentence?.text ?? '',
    qualifiers: { ...triple.qualifiers },
    subjectText: referent(triple.subject),
    ...(triple.subject.antecedent ? { subjectPronoun: triple.subject.text } : {}),
    relationText: triple.relation.text,
    relationLemma: triple.relation.lemma,
    objectText: triple.object ? referent(triple.object) : null,
    ...(triple.object?.antecedent ? { objectPronoun: triple.object.text } : {}),
    objectKind: triple.object?.kind ?? null,
    relationStart: triple.relation.start,
    relationEnd: triple.relation.end,
  };
  if (triple.attributedToId) source.attributedToId = triple.attributedToId;
  if (triple.alignment) source.alignment = triple.alignment;
  // Only a dated claim's clause is read: the time check (compare/find-time.ts) is all that reads it.
  const { time } = triple.qualifiers;
  if (time) {
    const { said, rest } = clauseWords(triple, sentence, lookup);
    if (rest) source.rest = rest;
    // "Tara Reid has entered rehab, her rep confirmed on Friday": the sentence's time, lent to a clause that does not say it.
    if (!said.includes(time)) source.timeOutsideClause = true;
  }
  return source;
}

/**
 * The clause as written up to its next punctuation (`said`: the extractor may stop it short of
 * phrases it did not read), and what it says after the claim's relation and object, its time and
 * place taken out (`rest`: "with stealing a guitar").
 */
function clauseWords(triple: ResolvedTriple, sentence: Sentence | undefined, lookup: SentenceLookup): { said: string; rest: string } {
  const from = Math.max(triple.relation.end, triple.object?.end ?? 0);
  const to = sentence?.end ?? triple.end;
  // After a comma the sentence goes on to another clause.
  const after = (from < to ? lookup.span(triple.article, from, to) : '').split(/[,;:()–—]|\s-\s/)[0]!;
  // "In 2005, he was charged": a phrase opening the sentence before a comma is the clause's too.
  const opening = lookup.span(triple.article, sentence?.start ?? triple.start, triple.start);
  const said = `${/^[^,]*,\s*$/.test(opening) ? opening : ''}${lookup.span(triple.article, triple.start, from)}${after}`;
  let rest = after;
  for (const phrase of [triple.qualifiers.time, triple.qualifiers.place]) if (phrase) rest = rest.replace(phrase, ' ');
  return { said, rest: rest.replace(/\s+/g, ' ').trim() };
}

function sameSource(a: ClaimSource, b: ClaimSource): boolean {
  return a.article === b.article && a.sentence === b.sentence && a.start === b.start && a.end === b.end;
}

interface SentenceLookup {
  sentence: (article: string, index: number) => Sentence | undefined;
  span: (article: string, start: number, end: number) => string;
}

function sentenceLookup(extractions: Extraction[]): SentenceLookup {
  const byArticle = new Map(extractions.map((e) => [e.article.id, e]));
  return {
    sentence: (article, index) => {
      const extraction = byArticle.get(article);
      return extraction?.sentences.find((s) => s.index === index) ?? extraction?.sentences[index];
    },
    span: (article, start, end) => byArticle.get(article)?.article.text.slice(start, end) ?? '',
  };
}
