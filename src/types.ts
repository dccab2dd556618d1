// The plain data that flows between pipeline stages. Every stage is a function over these
// types; nothing here knows about files, databases or the browser.

/** One article as read from disk. `id` is a short content hash, so re-reading the same text is a no-op. */
export interface Article {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  path: string;
  text: string;
}

/** A half-open character range into `Article.text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

export type EntityKind = 'PERSON' | 'PLACE' | 'ORG' | 'THING' | 'VALUE';

/** A noun phrase as it appears in a sentence: `text` is always the article's text at [start, end). */
export interface Argument extends Span {
  text: string;
  /** Lower-cased head word or name, the key that resolve starts from. */
  head: string;
  kind: EntityKind;
  /**
   * Set when `text` is a pronoun the extractor resolved: the antecedent as written where it was
   * found ("Brian Nichols" for "he"). `text` stays what the sentence says at [start, end); `head`
   * and `kind` are the antecedent's, since they are what resolve keys the entity by.
   */
  antecedent?: string;
  /**
   * Set when the phrase names no thing: a reported clause or quote ('statement'), or a pronoun or
   * pointing word with no antecedent ('pointer': "we", "this", "what"). Such an argument stays text
   * on its claim and never becomes an entity.
   */
  namesNothing?: 'statement' | 'pointer';
  /**
   * Set when a denying quantifier counted the phrase ("No boxer from the club had won"): it names a
   * kind, never one thing the story names ("Keira Donnelly, a boxer from the club").
   */
  counted?: true;
}

/** A structured amount: `value` as stated, `[low, high]` the range the wording allows (hedges widen it). */
export interface Quantity {
  text: string;
  value: number;
  low: number;
  high: number;
  /** '%', 'USD', 'hour', 'minute', 'magnitude', 'people', '' … normalised, singular. */
  unit: string;
  /** 'about', 'just under', 'more than', … or null when exact. */
  hedge: string | null;
  /** True for a relative amount such as "halve" (value 0.5 of something). */
  factor?: boolean;
  /** The noun a unitless count counts, in its base form: "carry" for "106 carries". */
  counted?: string;
}

export type Modality = 'asserted' | 'planned' | 'possible' | 'necessary' | 'reported' | 'question';

export interface Qualifiers {
  time?: string;
  place?: string;
  quantity?: Quantity;
  negated: boolean;
  modality: Modality;
  /** Surface name of the speaker when the clause is reported speech, a quote or "according to X". */
  attributedTo?: string;
  /** The pronoun the source wrote for the speaker ("he said"), when `attributedTo` is its antecedent. */
  attributedToPronoun?: string;
  /** The verbatim text of a direct quote this claim stands for. */
  quote?: string;
  /**
   * Whether the act had happened before, as the sentence tells it: 'first' ("It is the first time
   * the band has won the title"), 'earlier' ("the band last won the title in 1998").
   */
  occasion?: Occasion;
}

export type Occasion = 'first' | 'earlier';

export interface Relation extends Span {
  /** Surface text, e.g. "had agreed to visit". */
  text: string;
  /** Lemma key, e.g. "agree to visit"; negation and auxiliaries are not part of it. */
  lemma: string;
  /** The relation rows that shaped it ("light-verb", "verb-noun-idiom": src/extract/relation-rules.ts), when any did. */
  rules?: string[];
}

/** One subject–relation–object claim with the exact place it came from. */
export interface Triple {
  id: string;
  article: string;
  sentence: number;
  subject: Argument;
  relation: Relation;
  /** Null for intransitive claims ("the talks collapsed"). */
  object: Argument | null;
  qualifiers: Qualifiers;
  /** Span of the clause the triple was read from (inside its sentence). */
  start: number;
  end: number;
  /** 0..1, how sure the extractor is; used to rank (CaRB AUC). */
  confidence: number;
  /** Prepositional phrases the clause carries besides its time and place ("to Poland", "for outsiders"). */
  complements?: Span[];
  /**
   * Read from a noun phrase, not a clause: "President Bush" → Bush is President, "Japan's forces" →
   * Japan has forces. True facts, but background rather than what an article claims.
   */
  implicit?: boolean;
}

/** A named thing or noun phrase mentioned in an article. */
export interface Mention extends Span {
  text: string;
  kind: EntityKind;
  sentence: number;
}

export interface Extraction {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  triples: Triple[];
}

// ---------------------------------------------------------------------------------------------
// resolve → merge

/** A triple whose arguments are canonical entities and whose relation is a canonical predicate key. */
export interface ResolvedTriple extends Triple {
  subjectId: string;
  objectId: string | null;
  /** Canonical relation key shared by synonyms ("visit" for "go to"). */
  predicate: string;
  /** Entity id of the speaker, when `qualifiers.attributedTo` resolved. */
  attributedToId?: string;
  /** Why `relation.lemma` became `predicate` ("wordnet synset …", "news verb list: go to → visit"). */
  alignment?: string;
}

export interface SpellingVariant {
  entity: string;
  /** The differing spellings, each with the articles that use it. */
  spellings: { name: string; articles: string[] }[];
}

export interface Resolution {
  entities: EntityRecord[];
  triples: ResolvedTriple[];
  spellingVariants: SpellingVariant[];
}

// ---------------------------------------------------------------------------------------------
// The JSON export contract (ARCHITECTURE.md). Field names are stable: other tools read them.

export type ClaimStatus = 'corroborated' | 'unique' | 'contradicted';
export type ContradictionKind = 'numeric' | 'polarity' | 'role' | 'attribution' | 'quote' | 'time' | 'spelling';
export type ReuseKind = 'rewrite' | 'shared-source' | 'independent';

export interface ArticleRecord {
  id: string;
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  sentences: number;
  /** The story (StoryRecord.id) the article was grouped into. */
  story: string;
}

/** Articles that report one event: align and compare work inside a story, never across stories. */
export interface StoryRecord {
  id: string;
  /** The headline of the article nearest the story's centre. */
  label: string;
  /** Article ids, sorted. */
  articles: string[];
}

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

export interface SourceRecord {
  article: string;
  sentence: number;
  start: number;
  end: number;
  /** The whole sentence the claim was read from. */
  text: string;
  /** Qualifiers as this source stated them. */
  qualifiers?: Partial<ExportQualifiers>;
}

/** The same qualifiers as extracted, except that `attributedTo` is an entity id (`e:…`) when the speaker resolved. */
export type ExportQualifiers = Qualifiers;

export interface ClaimRecord {
  id: string;
  subject: string;
  predicate: string;
  object: string | null;
  /** The object as the first source wrote it when it names no entity: a reported clause or quote. */
  objectText?: string;
  qualifiers: ExportQualifiers;
  status: ClaimStatus;
  sources: SourceRecord[];
  /** Why relation surface forms were aligned to this predicate (rule or WordNet synset). */
  alignment?: string[];
}

export interface ContradictionRecord {
  id: string;
  kind: ContradictionKind;
  claims: string[];
  explanation: string;
}

export interface ReuseRecord {
  articles: [string, string];
  similarity: number;
  kind: ReuseKind;
}

export interface OffTopicRecord {
  article: string;
  sentence: number;
  text: string;
}

export interface AlignmentRecord {
  claims: [string, string];
  score: number;
  /** Why the two claims were taken as one fact: the features behind the score. */
  reasons: string[];
}

/** Claims from different articles that report the same event or state, each in its own words and values. */
export interface FactRecord {
  id: string;
  status: ClaimStatus;
  claims: string[];
  alignment: AlignmentRecord[];
}

export interface StoryExport {
  stories: StoryRecord[];
  articles: ArticleRecord[];
  entities: EntityRecord[];
  claims: ClaimRecord[];
  facts: FactRecord[];
  contradictions: ContradictionRecord[];
  reuse: ReuseRecord[];
  offTopic: OffTopicRecord[];
}
