// The resolve stage: triples of all articles in, canonical entity ids and predicate keys out.
//   resolveTriples(extractions) → { entities, triples, spellingVariants }
// Entities: see entities.ts (routing), people.ts (names, roles, spelling variants),
// countries.ts / places.ts / organisations.ts / noun-phrases.ts (keys).
// Relations: see relations.ts (news-verbs.ts first, then WordNet).
import type { Argument, Extraction, Resolution, ResolvedTriple, SpellingVariant, Triple } from '../types.ts';
import { referent } from '../referent.ts';
import { resolveEntities, type EntityMergeOptions, type MentionInput } from './entities.ts';
import type { ResolvedEntity } from './entity-registry.ts';
import { isOnlyAmount } from '../amount-only.ts';
import { RelationAligner, type AlignedRelation } from './relations.ts';
import { STATED_ROLE } from './spelling-variants.ts';
import { POINTING_WORDS, PRONOUNS } from '../lexicon/pronouns.ts';
import { participleBase, verbBase } from './verb-base.ts';
import { nameWithPartnersFamily } from './shared-family-name.ts';
import { AGE_RELATION } from '../extract/age-statements.ts';

export type { ResolvedEntity } from './entity-registry.ts';
export { wordNetLoadMilliseconds } from './wordnet.ts';

export interface StoryResolution extends Resolution {
  entities: ResolvedEntity[];
}

interface TripleRefs {
  triple: Triple;
  subject: number;
  object: number | null;
  speaker: number | null;
}

function headOf(argument: Argument): string {
  return (argument.head || argument.text.split(/\s+/).at(-1) || '').toLowerCase();
}

/**
 * "Shares rose about 12%" / "jumped nearly 12%": an object that is only the claim's amount is no
 * thing the claim is about. Keyed as an entity it would keep the two claims apart (and hide a 12% vs
 * 15% contradiction); left out, the claims meet and compare weighs their quantities.
 */
function isOnlyTheAmount(triple: Triple): boolean {
  const quantity = triple.qualifiers.quantity;
  // A factor ("cut in half") is read from the verb phrase, not from the object.
  return !!quantity && !quantity.factor && !!triple.object && isOnlyAmount(referent(triple.object), quantity.text);
}

/** "Karin Halvorsen, president of the union's Local 212": the role a person is said to hold, as context. */
function statedRole(triple: Triple): string[] {
  if (triple.relation.lemma !== 'be' || !triple.object || triple.qualifiers.negated) return [];
  return [`${STATED_ROLE}${triple.object.text.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim()}`];
}

function collectMentions(extractions: readonly Extraction[]): { mentions: MentionInput[]; refs: TripleRefs[] } {
  const mentions: MentionInput[] = [];
  const refs: TripleRefs[] = [];
  type Flags = Pick<MentionInput, 'copularObject' | 'located' | 'counted' | 'age'>;
  const add = (article: string, text: string, kind: MentionInput['kind'], context: string[], { copularObject, located, counted, age }: Flags = {}) => {
    mentions.push({ ref: mentions.length, article, text, kind, context, ...(copularObject ? { copularObject } : {}), ...(located ? { located } : {}), ...(counted ? { counted } : {}), ...(age !== undefined ? { age } : {}) });
    return mentions.length - 1;
  };
  for (const extraction of extractions) {
    const article = extraction.article.id;
    for (const triple of extraction.triples) {
      const { subject } = triple;
      // "We are happy": a claim needs a thing to be about; what the sentence says stays in the
      // reporting claim's text ("Leavitt said we are happy …").
      if (subject.namesNothing) continue;
      const object = isOnlyTheAmount(triple) || triple.object?.namesNothing ? null : triple.object;
      const subjectName = nameWithPartnersFamily(subject, referent(subject), extraction.article.text);
      // ("Walter Finch, 84,": an age claim tells the person's age.)
      const age = triple.relation.lemma === AGE_RELATION ? triple.qualifiers.quantity?.value : undefined;
      const subjectRef = add(article, subjectName.text, subjectName.kind, object ? [headOf(object), ...statedRole(triple)] : [], { counted: subject.counted, age });
      // Where a clause's act happens; not a fact stated in passing ("Ann Lowe, of Kell Green," lives
      // there, which makes no other "Kell Green" a place: on ECB+ dev it cost facts 0.667 → 0.663).
      const located = !triple.implicit && LOCATING_PREPOSITIONS.has(triple.relation.lemma.split(' ').at(-1)!);
      const objectName = object ? nameWithPartnersFamily(object, referent(object), extraction.article.text) : null;
      const objectRef = objectName ? add(article, objectName.text, objectName.kind, [headOf(subject)], { copularObject: COPULAR_RELATIONS.has(triple.relation.lemma), located }) : null;
      const speaker = triple.qualifiers.attributedTo?.trim();
      // "China's president and foreign ministry": the first speaker named stands for the claim.
      const speakerText = namesSomeone(speaker?.split(/\s+and\s+/)[0]);
      const context = [headOf(subject), ...(object ? [headOf(object)] : [])];
      const speakerRef = speakerText ? add(article, speakerText, null, context) : null;
      refs.push({ triple, subject: subjectRef, object: objectRef, speaker: speakerRef });
    }
  }
  return { mentions, refs };
}

/** Prepositions ending a relation whose object is where something is or happens ("stop at", "live in"). */
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'near']);

/** Relations whose object is what the subject is, not another participant: "is the mayor", "works as a veterinary nurse". */
const COPULAR_RELATIONS: ReadonlySet<string> = new Set(['be', 'work as', 'serve as', 'act as', 'become']);

/** A speaker written as a bare pronoun with no antecedent ("he said") names nobody to resolve. */
function namesSomeone(speaker: string | undefined): string | undefined {
  const word = speaker?.trim().toLowerCase();
  return !word || PRONOUNS[word] || POINTING_WORDS.has(word) ? undefined : speaker;
}

function spellingVariantsOf(people: ReturnType<typeof resolveEntities>['people'], idOf: Map<string, string>): SpellingVariant[] {
  return people.people
    .filter((person) => person.spellings.length > 1)
    .map((person) => ({
      entity: idOf.get(person.key)!,
      spellings: person.spellings.map(({ name, articles }) => ({ name, articles })),
    }));
}

/**
 * "be closed by" → "close", "be taken over by" → "take over"; null for anything else. A relation as
 * written keeps its participle ("was found by" is "find", not "found": participleBase); a predicate
 * the aligner keyed has it in base form already ("be found by" from "was founded by" is "found").
 */
function activeOfPassive(predicate: string, written: boolean): string | null {
  const participle = /^be (\S+)((?: \S+)?) by$/.exec(predicate);
  // "was written by", "was held by": an irregular participle's active is its base form.
  if (!participle) return null;
  const base = (written && participleBase(participle[1]!)) || verbBase(participle[1]!);
  return `${base}${participle[2]}`;
}

/**
 * "14 stores will be closed by Brenmoor" states what "Brenmoor will close 14 stores" states: a passive
 * with its agent is keyed as the active, agent first, so the two wordings are one claim. The evidence
 * keeps the sentence as written. A passive a news-verb row gives a meaning of its own ("be owned by"
 * → "belong to") is no longer "be … by" here and stays as it is.
 */
function asActive(passive: ResolvedTriple, relation: AlignedRelation, active: string): ResolvedTriple {
  const why = `passive 'be ${active} by' read as the active '${active}', agent as subject`;
  return {
    ...passive,
    subject: passive.object!,
    object: passive.subject,
    subjectId: passive.objectId!,
    objectId: passive.subjectId,
    predicate: relation.predicate,
    alignment: [why, relation.alignment].filter(Boolean).join('; '),
  };
}

export interface ResolveOptions extends EntityMergeOptions {
  /** Receives each entity key's id (training labels keys through the ids the eval scores). */
  onEntityIds?: (idOf: ReadonlyMap<string, string>) => void;
}

export function resolveTriples(extractions: Extraction[], options: ResolveOptions = {}): StoryResolution {
  const { mentions, refs } = collectMentions(extractions);
  const { keyOf, registry, people } = resolveEntities(mentions, options);
  const { entities, idOf } = registry.finish();
  options.onEntityIds?.(idOf);
  const idOfRef = (ref: number) => idOf.get(keyOf.get(ref)!)!;

  const relations = new RelationAligner();
  for (const { triple } of refs) {
    relations.observe(triple.relation.lemma);
    const active = activeOfPassive(triple.relation.lemma, true);
    if (active) relations.observe(active);
  }

  const triples: ResolvedTriple[] = refs.map(({ triple, subject, object, speaker }) => {
    const relation = relations.align(triple.relation.lemma, { subject: referent(triple.subject), ...(triple.object ? { object: referent(triple.object) } : {}) });
    const resolved: ResolvedTriple = {
      ...triple,
      subjectId: idOfRef(subject),
      objectId: object === null ? null : idOfRef(object),
      predicate: relation.predicate,
    };
    if (speaker !== null) resolved.attributedToId = idOfRef(speaker);
    if (relation.alignment) resolved.alignment = relation.alignment;
    const active = activeOfPassive(relation.predicate, false);
    return active && object !== null && triple.object ? asActive(resolved, relations.align(active, { subject: referent(triple.object), object: referent(triple.subject) }), active) : resolved;
  });
  return { entities, triples, spellingVariants: spellingVariantsOf(people, idOf) };
}
