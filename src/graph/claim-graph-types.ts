// The shape of the merged graph: entity nodes, one edge per claim, every source kept on the edge.
import type { MultiDirectedGraph } from 'graphology';
import type { EntityKind, Qualifiers, SpellingVariant } from '../types.ts';

export interface EntityNodeAttributes {
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** True for the per-claim node an intransitive claim points at; such nodes are not entities. */
  placeholder?: boolean;
}

/** One place a claim was stated, with the qualifiers exactly as that source stated them. */
export interface ClaimSource {
  article: string;
  sentence: number;
  start: number;
  end: number;
  /** The whole sentence the claim was read from. */
  text: string;
  qualifiers: Qualifiers;
  /** Entity id of the speaker, when the resolver could tie `qualifiers.attributedTo` to one. */
  attributedToId?: string;
  /** Surface forms as written in this source, for explanations. */
  subjectText: string;
  /** The pronoun the source wrote for the subject ("She is the chair …"), when `subjectText` is its antecedent. */
  subjectPronoun?: string;
  relationText: string;
  /** The relation's lemma as extracted ("strike" for "struck"), before resolve mapped it to a predicate key. */
  relationLemma: string;
  objectText: string | null;
  /** The pronoun the source wrote for the object ("It was founded by …", read as the active), when `objectText` is its antecedent. */
  objectPronoun?: string;
  objectKind: EntityKind | null;
  alignment?: string;
  /** A dated claim's: what the clause says after its relation and object, its time and place taken out ("with stealing a guitar"). */
  rest?: string;
  /** A dated claim's time is written outside its own clause (the extractor lent it the sentence's). */
  timeOutsideClause?: true;
  /** Where the relation's words are in the article (the claim's verb), for evaluation against gold event mentions. */
  relationStart: number;
  relationEnd: number;
}

export interface ClaimEdgeAttributes {
  id: string;
  subjectId: string;
  predicate: string;
  /** Null for intransitive claims; the edge then points at the claim's placeholder node. */
  objectId: string | null;
  /** The object as written when it names no entity: a reported clause, a quote, an unresolved "this". */
  objectText?: string;
  negated: boolean;
  sources: ClaimSource[];
  /** The fact (src/align) this claim belongs to; set by the align stage. */
  fact?: string;
}

export interface ArticleInfo {
  id: string;
  title: string;
  outlet: string | null;
  path: string;
}

export interface ClaimGraphAttributes {
  /** Carried from the resolver so compare can report spelling contradictions from the graph alone. */
  spellingVariants: SpellingVariant[];
  articles: Record<string, ArticleInfo>;
}

export type ClaimGraph = MultiDirectedGraph<EntityNodeAttributes, ClaimEdgeAttributes, ClaimGraphAttributes>;
