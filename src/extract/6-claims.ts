// Turns the clauses of one sentence into Triples with exact spans and qualifiers: attribution
// (speech verbs, quotes, "according to"), time, place, quantity, negation and modality.
import { isParticipleGroup } from './participle.ts';
import { COUNSEL_PARTICIPLES } from '../lexicon/court-roles.ts';
import { SET_DETERMINERS } from '../lexicon/counted.ts';
import { PLURAL_AGREEMENT } from '../lexicon/function-words.ts';
import { createHash } from 'node:crypto';
import type { Argument, Article, Qualifiers, Quantity, Sentence, Triple } from '../types.ts';
import type { Clause, Phrase, SentenceParse } from './5-clauses.ts';
import type { Chunk } from './4-chunks.ts';
import { findClauses, namesSomeone, phraseOf, reducedRelativeSubject } from './5-clauses.ts';
import { genderOfName, kindOfPhrase, nameAfterPost } from './entity-kind.ts';
import { isExpletiveIt } from './expletive-it.ts';
import { occasionOf } from './occasion.ts';
import { kindOfCommonNoun, namesGroup } from '../resolve/noun-kind.ts';
import { isPluralNoun } from '../resolve/morphy.ts';
import { isWordNetLemma } from '../resolve/wordnet.ts';
import { findTitleAt } from '../resolve/titles.ts';
import { beforeNameSuffix, personNameWords } from './person-name-words.ts';
import { FACILITY_WORDS, NAME_ENDING_ORG_WORDS, ORG_WORDS } from '../lexicon/entity-words.ts';
import { CHANCE_NOUNS } from '../lexicon/modality.ts';
import { PLACE_HOLDERS, POINTING_WORDS, PRONOUNS } from '../lexicon/pronouns.ts';
import { COURTESY_TITLES, opensTitledName, PERSON_TITLES } from '../lexicon/titles.ts';
import { CLAUSE_VERBS, DENIAL_VERBS, DIRECTIVE_VERBS, NAMING_VERBS, NEGATION_RAISING_VERBS, PLANNING_VERBS, SPEECH_VERBS } from '../lexicon/verb-classes.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { referent } from '../referent.ts';
import type { PronounResolver } from './pronouns.ts';
import { FACTOR_VERBS, isCurrencySign } from './quantity.ts';
import { quantityIn } from './token-quantity.ts';
import { reachedAmount } from './change-of-value.ts';
import { gapBeforePreposition, recipientBefore, shapeRelation } from './relation-rules.ts';
import { VERB_PARTICLES } from '../lexicon/function-words.ts';
import { denyingSubject } from './denying-subject.ts';
import { actDeniedByCount } from '../lexicon/denied-acts.ts';
import { AGE_RELATION, ageNumber, ageStatements } from './age-statements.ts';
import { RESIDENCE_RELATION, residenceStatements } from './residence-statements.ts';
import { amountStatements } from './amount-statements.ts';
import { lightVerbNoun, readRelation, type RelationReading } from './relation.ts';
import { closesFixedPhrase } from '../lexicon/fixed-phrases.ts';
import { DENIED_SUBJECT, INVERTING_NEGATORS, NEGATING_ADVERBS, NEGATION_WORDS } from '../lexicon/negation.ts';
import { findTimeExpressions, isClockTime, type TimeExpression } from './time.ts';
import type { Token } from './1-tokens.ts';

export interface SentenceInput {
  article: Article;
  sentence: Sentence;
  parse: SentenceParse;
  pronouns: PronounResolver;
  /** Single-word names known in this article as people ("Trump" after "Donald Trump"). */
  knownPeople: Set<string>;
}

interface Attribution {
  speaker: Argument;
  /** The speaker says the reported clause is not so: "denied that …", "does not think …". */
  denies?: boolean;
}

// "never" before a verb negates it; the relation keeps it only through `negated`.
const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'from']);
const OWN_SPEECH_ROLES = new Set(['we', 'i', 'us', 'our', 'me', 'my']);

export function claimsOfSentence(input: SentenceInput): Triple[] {
  const { parse, article } = input;
  const { tokens } = parse;
  const textOf = (first: number, last: number): string => article.text.slice(tokens[first]!.start, tokens[last]!.end);
  const times = findTimeExpressions(tokens, textOf);
  const isTimePhrase = (p: Phrase): boolean => times.some((t) => t.first <= p.last && t.last >= p.first && t.last >= p.last - 1);
  const clauses = findClauses(parse, isTimePhrase);
  const args = new ArgumentBuilder(input);

  registerMentions(input, clauses, args, isTimePhrase);
  const attributions = attributeClauses(input, clauses, args);
  const timeOf = assignTimes(clauses, times, tokens);
  const timeTokens = new Set(times.flatMap((t) => Array.from({ length: t.last - t.first + 1 }, (_, k) => t.first + k)));
  const triples: Triple[] = [];

  const quoteVerbs = new Set(findQuotes(input).map((q) => q.verb));
  // "agreed on Tuesday to buy": a planning verb cut off from its infinitive by an adjunct frames
  // the infinitive's claim (planned, or negated with it) and makes no claim of its own.
  const framingOf = (index: number): RelationReading | null => {
    const frame = clauses[index];
    const next = clauses[index + 1];
    if (!frame || !next || frame.objects.length > 0 || next.subjectVia !== 'control') return null;
    if (!tokens.slice(frame.vg.last + 1, next.vg.first + 1).some((t) => t.lower === 'to')) return null;
    const reading = readRelation(tokens, frame.vg);
    return PLANNING_VERBS.has(reading.headVerb) ? reading : null;
  };
  clauses.forEach((clause, index) => {
    if (clause.subjects.length === 0) return;
    if (framingOf(index)) return;
    // "“…,” she said": the quote claim covers it; a bare modal before a quote says nothing alone.
    if (quoteVerbs.has(clause.vg.first) && clause.objects.length === 0) return;
    const relationTokenPrep = clause.relationPrep !== undefined ? tokens[clause.relationPrep] : undefined;
    // ("Inside were 74 items": a bare "be" says where with the place opening the sentence.)
    const frontedPrep = relationTokenPrep !== undefined && clause.relationPrep! < clause.vg.first;
    if (!tokens.slice(clause.vg.first, clause.vg.last + 1).some((t) => t.pos === 'VERB') && clause.objects.length === 0 && !frontedPrep) return;
    const reading = readRelation(tokens, clause.vg, relationTokenPrep, clause.subjectVia === 'participle');
    const subjectFirst = Math.min(...clause.subjects.map((p) => p.first));
    if (clause.subjectVia === 'adjacent' && isSupposed(tokens, subjectFirst, clause.vg.first)) reading.modality = 'possible';
    if (invertedByNegator(tokens, subjectFirst)) reading.negated = !reading.negated;
    // "urged organisers to move the start", "asked members to accept the offer": what one was asked
    // to do is not told as done, nor as going to be.
    const governing = clause.subjectVia === 'control' && index > 0 ? readRelation(tokens, clauses[index - 1]!.vg) : null;
    // "had never worked or volunteered for the hospice", "did not call the police or tell his
    // family": a denial before verbs joined by "or" denies each of them.
    if (clause.subjectVia === 'coordination' && index > 0 && ALTERNATIVE_JOINS.has(tokens[clause.vg.first - 1]?.lower ?? '') && readRelation(tokens, clauses[index - 1]!.vg).negated) reading.negated = true;
    if (governing && reading.modality === 'asserted' && REQUEST_VERBS.has(governing.headVerb)) reading.modality = DIRECTIVE_VERBS.has(governing.headVerb) ? 'necessary' : 'possible';
    // ("expects the centre to make a profit": what is expected of another is told as to come.)
    if (governing && reading.modality === 'asserted' && PLANNING_VERBS.has(governing.headVerb)) reading.modality = 'planned';
    // ("asked people not to spray swarms": the negator before "to" denies what they were asked to do.)
    if (governing && tokens[clause.vg.first - 1]?.lower === 'to' && NEGATION_WORDS.has(tokens[clause.vg.first - 2]?.lower ?? '')) reading.negated = true;
    // "refused to let them sell the bottles", "would not allow the firm to build": what was not
    // permitted is denied, not told as done.
    // ("let them sell": the bare infinitive's subject stands right after "let".)
    const previous = index > 0 ? clauses[index - 1]! : null;
    const permitting = governing ?? (previous && clause.subjects[0]?.first === previous.vg.last + 1 ? readRelation(tokens, previous.vg) : null);
    if (permitting?.negated && PERMISSION_VERBS.has(permitting.headVerb)) reading.negated = true;
    // ("was not too late to sail": it sailed.)
    if (governing && afterTooAndAdjective(tokens, clause.vg.first)) reading.negated = !governing.negated;
    // "had the chance to revise it" tells a chance, not the revising; "has not yet had the chance to
    // revise it" denies it.
    if (governing && offersChance(tokens, clauses[index - 1]!, governing)) {
      reading.modality = 'possible';
      reading.negated = reading.negated || governing.negated;
    }
    // "will be taken away to be destroyed": what a verb group is done for is intended, not told as done.
    if (governing && reading.modality === 'asserted' && tokens[clause.vg.first - 1]?.lower === 'to' && clauses[index - 1]!.vg.last === clause.vg.first - 2) reading.modality = 'planned';
    const framing = index > 0 ? framingOf(index - 1) : null;
    if (framing) {
      reading.modality = framing.modality === 'asserted' ? 'planned' : framing.modality;
      reading.negated = reading.negated || framing.negated;
    }
    if (clause.relationAdjective !== undefined) {
      // "has been involved in" → "be involved in"
      reading.lemma = ['be', tokens[clause.relationAdjective]!.lower, relationTokenPrep?.lower].filter(Boolean).join(' ');
      reading.passive = true;
    }
    const halving = clause.pps.find((pp) => pp.prep >= 0 && ['in', 'by'].includes(tokens[pp.prep]!.lower) && tokens[pp.np.last]!.lower === 'half' && pp.np.first === pp.np.last);
    if (halving) reading.lemma = `${reading.lemma} ${tokens[halving.prep]!.lower} half`;
    if (reading.lemma === 'be' && clause.objects.length === 0) return;
    if (clause.relationAdjective !== undefined && clause.objects.length === 0) return;
    const attribution = attributions.get(index);
    const time = timeOf.get(index);
    const reported = clause.objectKind === 'clause' && clause.objects.length > 1
      ? [{ first: clause.objects[0]!.first, last: clause.objects[clause.objects.length - 1]!.last }]
      : clause.objects;
    // "fined Rovers £250", "awarded the couple £5,000": the sum is the claim's amount, not a second
    // claim whose object is nothing but the amount.
    const sums = clause.objectKind === 'np' && reported.some((phrase) => !isSumAlone(tokens, phrase)) ? reported.filter((phrase) => !isSumAlone(tokens, phrase)) : reported;
    // "have not made him an offer": whom a light verb's event is to is that claim's object (the
    // light-verb row), no claim of its own ("made him").
    const told = sums.filter((phrase) => !sums.some((other) => recipientBefore(clause, other) === phrase && lightVerbNoun(reading.headVerb, tokens.slice(other.first, other.last + 1))));
    const objects: { phrase: Phrase | null; list: boolean }[] = told.length
      ? told.map((phrase) => ({ phrase, list: false }))
      : [{ phrase: null, list: false }];
    for (const phrase of clause.listObjects) objects.push({ phrase, list: true });
    // "seized seven rifles, two launchers and 13 magazines": the count each object opens with.
    const countOf = new Map(objects.flatMap(({ phrase }) => (phrase ? [[phrase, countedPhrase(tokens, phrase)] as const] : [])));

    for (const subjectPhrase of clause.subjects) {
      // "None of the children is in intensive care": the children, denied.
      const denial = denyingSubject(tokens, subjectPhrase);
      // "Nobody was hurt", "No one was injured": no one is anyone, denied; the outlets that write
      // either then tell the same claim.
      const built = denial && !denial.counted ? args.nobody(subjectPhrase) : args.build(denial?.counted ?? subjectPhrase);
      if (!built) continue;
      const subject: Argument = denial?.counted ? { ...built, counted: true } : built;
      for (const { phrase, list } of objects) {
        // "The study found no microplastics": the microplastics, denied, as the other outlet's
        // "microplastics were found" affirms them (not "saw no one", which names nothing).
        // (A direct object only: "were left with no photographer" is "left without one", not "not left with one".)
        const objectDenial = phrase && clause.objectKind === 'np' && !list && clause.relationPrep === undefined ? denyingSubject(tokens, phrase) : null;
        const objectPhrase = objectDenial?.counted ?? phrase;
        const object = objectPhrase ? args.build(objectPhrase, clause.objectKind === 'clause' || clause.objectKind === 'quote', subject) : null;
        // The relation's constructions, as rows (relation-rules.ts): "left … dead", "turned … down",
        // "made a visit to", "took place", "went up by", "came down onto", "struck close to".
        const site = { tokens, clause, reading, phrase, relationPrep: relationTokenPrep, timeTokens, build: (p: Phrase) => args.build(p) };
        const shaped = shapeRelation(site, object);
        // "No arrests have been made": no one was arrested (lexicon/denied-acts.ts).
        const deniedAct = denial?.counted && shaped.object === null ? actDeniedByCount(tokens[denial.counted.last]!.lemma.toLowerCase(), shaped.lemma) : null;
        const actor = deniedAct ? args.nobody(subjectPhrase) : subject;
        const lemma = deniedAct ?? shaped.lemma;
        const objectArg = shaped.object;
        const qualifiers = buildQualifiers(input, clause, reading, attribution, time, objectArg, textOf, timeTokens);
        if (denial) qualifiers.negated = !qualifiers.negated;
        if (objectDenial?.counted) qualifiers.negated = !qualifiers.negated;
        const occasion = occasionOf(tokens, input.parse.tags, clause, subjectPhrase, qualifiers.time);
        // "had never previously achieved an outstanding grade": not before, so this is the first time.
        if (occasion) qualifiers.occasion = occasion === 'earlier' && qualifiers.negated ? 'first' : occasion;
        // Each object counted keeps its own count.
        const counted = phrase && clause.objectKind === 'np' ? countOf.get(phrase) : undefined;
        if (counted) qualifiers.quantity = counted;
        // "Some 3,000 tonnes of mud and rock came down": a count inside one of several subjects is that one's.
        else if (!qualifiers.quantity && clause.subjects.length > 1) {
          const own = countedPhrase(tokens, subjectPhrase);
          if (own) qualifiers.quantity = own;
        }
        // "… and a grenade launcher": a count written inside another listed object is not this one's.
        else if (phrase && objects.length > 1 && qualifiers.quantity && objects.some((o) => o.phrase && o.phrase !== phrase && countOf.get(o.phrase)?.text === qualifiers.quantity!.text)) delete qualifiers.quantity;
        // "said his great-aunt had been “simply written out of history”": the words in quote marks
        // inside a report are the speaker's own, a quote as much as a whole one.
        // (Not a report inside another's report: "White told The Post … where Heller said she was “…”".)
        const partialQuote = clause.speech && clause.objectKind === 'clause' && objectArg && !qualifiers.attributedTo ? quotedWords(objectArg.text) : null;
        // "Dr Feld described it as “…”": what a naming verb calls its object, in quote marks, is the subject's own words.
        // (One namer only: "Producers Laurence Mark and Bill Condon called the actor “…”" quotes both, ECB+ dev.)
        const namingQuote = !partialQuote && !qualifiers.attributedTo && clause.subjects.length === 1 && NAMING_VERBS.has(lemma.split(' ')[0]!) ? quoteAfterVerb(article.text.slice(tokens[clause.vg.last]!.end, input.sentence.end)) : null;
        if (namingQuote) {
          qualifiers.quote = namingQuote;
          qualifiers.attributedTo = referent(subject);
          if (subject.antecedent) qualifiers.attributedToPronoun = subject.text;
        }
        if ((clause.objectKind === 'quote' || partialQuote) && objectArg) {
          // "Ellery said: “…”": whoever says the quote is the one quoted, as when the speaker follows it.
          qualifiers.quote = partialQuote ?? objectArg.text;
          qualifiers.attributedTo ??= referent(subject);
          if (subject.antecedent && qualifiers.attributedTo === referent(subject)) qualifiers.attributedToPronoun = subject.text;
        }
        const complements = clause.pps
          .filter((pp) => pp.prep >= 0 && !shaped.taken.has(tokens[pp.np.first]!.start))
          .map((pp) => ({ start: tokens[pp.prep]!.start, end: tokens[pp.np.last]!.end }))
          .filter((span) => { const t = article.text.slice(span.start, span.end); return !(qualifiers.place && t.endsWith(qualifiers.place)) && !(qualifiers.time && t.endsWith(qualifiers.time)); });
        const relationEnd = shaped.end ?? (relationTokenPrep && !frontedPrep ? relationTokenPrep.end : tokens[clause.vg.last]!.end);
        const start = Math.min(actor.start, tokens[clause.vg.first]!.start, frontedPrep ? relationTokenPrep.start : Infinity);
        const end = Math.max(relationEnd, objectArg?.end ?? 0, tokens[clause.last]!.end);
        const vgEnd = tokens[clause.vg.last]!.end;
        // "Lee often refers to": an adverb right before the verb, after the subject, is part of how
        // the relation reads (the lemma leaves it out).
        let relationFirst = clause.vg.first;
        while (tokens[relationFirst - 1]?.pos === 'ADV' && parse.tags[relationFirst - 1] === 'B' && tokens[relationFirst - 1]!.start >= subject.end && !NEGATING_ADVERBS.has(tokens[relationFirst - 1]!.lower)) relationFirst--;
        const relationStart = tokens[relationFirst]!.start;
        const vgText = article.text.slice(relationStart, vgEnd);
        // "met nearly a month ago in": the adverbials between verb and preposition are not the relation.
        // A plain adverb stays, though: "contributes significantly to" is how the relation reads.
        const gapTokens = gapBeforePreposition(site);
        const particlesOnly = gapTokens.length > 0 && gapTokens.every((t) => VERB_PARTICLES.has(t.lower));
        const adverbsOnly = gapTokens.length > 0 && gapTokens.every((t) => t.pos === 'ADV' || particlesOnly);
        const gapped = shaped.end === null && relationTokenPrep && (frontedPrep || (relationTokenPrep.start > vgEnd + 1 && clause.relationAdjective === undefined && !adverbsOnly));
        let relationText = gapped ? `${vgText} ${frontedPrep ? relationTokenPrep.lower : relationTokenPrep.text}` : article.text.slice(relationStart, relationEnd);
        // Like a gapped preposition, a word after the object joins the verb across it: "left dead", "turned down".
        for (const word of shaped.trailing) relationText = `${relationText} ${word.text}`;
        triples.push(makeTriple(article, input.sentence, actor, {
          text: relationText.replace(/\s+/g, ' '),
          lemma,
          start: relationStart,
          end: relationEnd,
          ...(shaped.rules.length > 0 ? { rules: shaped.rules } : {}),
        }, objectArg, qualifiers, start, end, confidenceOf(clause, actor, objectArg, list, complements.length > 0 || !!qualifiers.time || !!qualifiers.place), complements));
      }
    }
  });
  triples.push(...quoteClaims(input, args, textOf));
  triples.push(...appositionClaims(input, args));
  triples.push(...implicitClaims(input, args));
  // "Darren Kilby, aged 47," may already be a clause of its own.
  const agesRead = new Set(triples.filter((t) => t.relation.lemma === AGE_RELATION).map((t) => t.subject.start));
  triples.push(...ageClaims(input, args).filter((t) => !agesRead.has(t.subject.start)));
  triples.push(...residenceClaims(input, args));
  triples.push(...amountClaims(input, args));
  return triples;
}

/** Verbs that ask someone else to act: the act after them is wanted, not done. */
const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'urge', 'ask', 'call', 'encourage', 'press', 'advise', 'request', 'beg', 'persuade',
]);

/** Verbs that permit someone else's act. */
const PERMISSION_VERBS: ReadonlySet<string> = new Set(['let', 'allow', 'permit', 'authorise', 'authorize']);

/** Words that open a condition: what follows is supposed, not told as having happened. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
/** Auxiliaries that open a condition when they come before the subject: "had the trust not pleaded". */
const INVERTED_CONDITIONS: ReadonlySet<string> = new Set(['had', 'were', 'should']);
/** Words after which an inverted auxiliary asserts: "nor had the trust paid", "never had it flooded". */
const NEGATIVE_INVERSION: ReadonlySet<string> = new Set(['nor', 'neither', 'never', 'rarely', 'seldom', 'only', 'so', 'hardly', 'scarcely', 'not']);
/** Nouns whose "that" clause is what is said or feared, not what is: "rumors that he was Deep Throat". */
const SUPPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'rumor', 'rumour', 'speculation', 'suggestion', 'allegation', 'claim', 'fear', 'hope', 'theory', 'possibility', 'suspicion', 'belief', 'report', 'concern',
]);

/**
 * "If the dam fails", "rumors that he was Deep Throat": a clause whose subject follows a condition
 * word, or "that" after a noun of supposing, asserts nothing of its own.
 */
function isSupposed(tokens: readonly Token[], subjectFirst: number, verbFirst: number): boolean {
  const before = tokens[subjectFirst - 1];
  if (!before) return false;
  if (CONDITIONS.has(before.lower)) return true;
  // "the fine would have been higher had the trust not pleaded guilty", "Should the talks fail":
  // an auxiliary before the subject opens a condition ("nor had the trust …" asserts, inverted).
  // "The lorry had no camera covering …": a verb in -ing after the noun phrase makes "had" the verb
  // of its own subject, nothing inverted.
  const verb = tokens.slice(subjectFirst, verbFirst + 2).find((t, k) => subjectFirst + k >= verbFirst && t.pos === 'VERB');
  const inverted = !NEGATIVE_INVERSION.has(tokens[subjectFirst - 2]?.lower ?? '') && !!verb && !verb.lower.endsWith('ing');
  if (before.pos === 'AUX' && INVERTED_CONDITIONS.has(before.lower) && inverted) return true;
  const noun = tokens[subjectFirst - 2];
  if (before.lower === 'that' && noun?.pos === 'NOUN' && SUPPOSITION_NOUNS.has(noun.lemma.toLowerCase())) return true;
  // "discounted rumors he was Deep Throat": without "that", only before "be" (a relative clause
  // after the noun, "the report he wrote", leaves a gap where "be" cannot).
  return before.pos === 'NOUN' && SUPPOSITION_NOUNS.has(before.lemma.toLowerCase()) && tokens[verbFirst]?.lemma.toLowerCase() === 'be' && subjectFirst < verbFirst;
}

// ---------------------------------------------------------------------------------------- arguments

/** Words that join verbs as alternatives, so a denial before the first reaches the next. */
const ALTERNATIVE_JOINS: ReadonlySet<string> = new Set(['or', 'nor']);

class ArgumentBuilder {
  constructor(private readonly input: SentenceInput) {}

  /** "Nobody", "No one" as a subject: the words as written, read as "anyone" (the claim is denied by the caller). */
  nobody(phrase: Phrase): Argument {
    const { tokens } = this.input.parse;
    const [start, end] = [tokens[phrase.first]!.start, tokens[phrase.last]!.end];
    return { text: this.input.article.text.slice(start, end), start, end, head: DENIED_SUBJECT, kind: 'PERSON', antecedent: DENIED_SUBJECT };
  }

  /**
   * The named speaker of the quote a token is inside ("Dennis Carrow said: “He was a young man …”"):
   * a "he" in someone's own words is somebody else (the speaker would say "I").
   */
  private quotedBy(token: number): string | undefined {
    const quote = findQuotes(this.input).find((q) => q.speaker && q.open < token && token < q.close);
    if (!quote?.speaker) return undefined;
    const { tokens } = this.input.parse;
    const { first, last } = quote.speaker;
    if (first === last && PRONOUNS[tokens[first]!.lower]) return undefined;
    return this.input.article.text.slice(tokens[first]!.start, tokens[last]!.end);
  }

  /** `ownSubject`: for an object, its clause's subject (an object pronoun does not stand for it). */
  build(phrase: Phrase, statement = false, ownSubject?: Argument): Argument | null {
    const { tokens } = this.input.parse;
    const text = this.input.article.text;
    const words = tokens.slice(phrase.first, phrase.last + 1);
    if (words.length === 0) return null;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const surface = text.slice(start, end);
    if (statement) return { text: surface, start, end, head: surface.toLowerCase(), kind: 'THING', namesNothing: 'statement' };
    if (words.length === 1 && POINTING_WORDS.has(words[0]!.lower)) return { text: surface, start, end, head: words[0]!.lower, kind: 'THING', namesNothing: 'pointer' };
    if (words.length === 1 && PRONOUNS[words[0]!.lower]) {
      // "It was the first time that…", "it is unclear whether…": an "it" that stands for nothing
      // makes no claim about anything; the clause after it makes its own.
      if (isExpletiveIt(this.input.parse.tokens, phrase.first)) return null;
      const antecedent = this.input.pronouns.resolve(words[0]!.text, start, this.input.sentence.start, ownSubject, this.quotedBy(phrase.first));
      if (!antecedent) return { text: surface, start, end, head: words[0]!.lower, kind: 'THING', namesNothing: 'pointer' };
      return { text: surface, start, end, head: headOf(antecedent.text), kind: antecedent.kind, antecedent: antecedent.text };
    }
    // "Arcade Joseph Comeaux, Jr.": head and kind are the name's, before its suffix.
    const named = beforeNameSuffix(words);
    // "Our relationship with China" is a relationship, not China: kind comes from before the first
    // preposition — except inside a name ("Republic of Korea").
    const cut = named.findIndex((t, k) => k > 0 && t.pos === 'ADP' && !(t.lower === 'of' && named[k - 1]!.pos === 'PROPN' && named[k + 1]?.pos === 'PROPN'));
    // "US Ambassador to Japan George Glass" names George Glass, whatever the post says.
    const postName = cut > 0 && PERSON_TITLES.has(named[cut - 1]!.lower) ? nameAfterPost(named.slice(cut)) : null;
    if (postName) return { text: surface, start, end, head: postName.map((t) => t.text).join(' ').toLowerCase(), kind: 'PERSON' };
    const base = cut > 0 ? named.slice(0, cut) : named;
    let kind = kindOfPhrase(base);
    const proper = base.filter((t) => t.pos === 'PROPN');
    // "Williams" after "Jamal Williams" is the person; "Williams's arrest" is not (a later "he" must not land on it).
    const headWord = base.filter((t) => t.pos !== 'PUNCT').at(-1);
    if (kind !== 'PERSON' && proper.length === 1 && proper[0] === headWord && this.input.knownPeople.has(proper[0]!.lower)) kind = 'PERSON';
    // "His wife, Maureen, joked": a woman's or a man's given name alone names a person, unless a
    // preposition makes it a place ("Anthony LaCalamita, 38, of Troy").
    const before = this.input.parse.tokens[phrase.first - 1];
    if (kind === 'THING' && base.length === 1 && proper[0] === headWord && genderOfName(headWord.text) && before?.pos !== 'ADP') kind = 'PERSON';
    // The head comes from the same words as the kind: "a bank in Athens" is a bank, "voters in Turkmenistan" voters.
    const headWords = base.some((t) => NOUN_LIKE.has(t.pos)) ? base : named;
    return { text: surface, start, end, head: headOfTokens(headWords), kind };
  }
}

const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'NUM']);

/** States a disaster leaves people in: "left 12 dead", "left 300 homeless". */
function headOfTokens(words: Token[]): string {
  // A proper name is its own head; otherwise the last noun's lemma.
  let k = words.length - 1;
  while (k >= 0 && words[k]!.pos !== 'PROPN' && words[k]!.pos !== 'NOUN' && words[k]!.pos !== 'NUM') k--;
  if (k < 0) return words[words.length - 1]!.lower;
  // "Russia's invasion of Ukraine": the head is before the of-phrase.
  const of = words.findIndex((t) => t.lower === 'of');
  if (of > 0) {
    let h = of - 1;
    while (h >= 0 && words[h]!.pos !== 'NOUN' && words[h]!.pos !== 'PROPN') h--;
    if (h >= 0) k = h;
  }
  if (words[k]!.pos === 'PROPN') {
    let first = k;
    while (first > 0 && words[first - 1]!.pos === 'PROPN') first--;
    return words.slice(first, k + 1).map((t) => t.text).join(' ').toLowerCase();
  }
  return words[k]!.lemma.toLowerCase();
}

function headOf(text: string): string {
  return text.toLowerCase();
}

/** Fewest words of a quote inside a report that make it the speaker's words: "“torn apart”" is a phrase anyone may use. */
const MIN_PARTIAL_QUOTE_WORDS = 3;

/**
 * The words in quote marks inside a reported clause, when there are enough of them and only one
 * such span, and no report inside the report before them: in "said that Palin told a pastor she was
 * sorry for the “undeserved negative attention”" the words are Palin's, not her spokesman's.
 */
function quotedWords(text: string): string | null {
  const spans = [...text.matchAll(/["“]([^"“”]+)["”]/gu)];
  if (spans.length !== 1) return null;
  const words = spans[0]![1]!.trim();
  const before = text.slice(0, spans[0]!.index).toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  if (before.some((word) => SPEECH_VERBS.has(verbBase(word)) || CLAUSE_VERBS.has(verbBase(word)))) return null;
  return enoughForQuote(words);
}

/** The words, if there are enough of them to be someone's own: "“torn apart”" is a phrase anyone may use. */
function enoughForQuote(words: string): string | null {
  return words.split(/\s+/).length >= MIN_PARTIAL_QUOTE_WORDS ? words : null;
}

/**
 * The words in quote marks right after a naming verb and its object ("it as “…”", "the plan “…”"):
 * one span, enough words, at most a few words before it and no verb of saying among them.
 */
function quoteAfterVerb(rest: string): string | null {
  const span = /["“]([^"“”]+)["”]/u.exec(rest);
  if (!span) return null;
  const before = rest.slice(0, span.index).trim().split(/\s+/).filter(Boolean);
  if (before.length > WORDS_BEFORE_NAMING_QUOTE || before.some((word) => SPEECH_VERBS.has(verbBase(word.toLowerCase())))) return null;
  return enoughForQuote(span[1]!.trim());
}

/** "the find as", "the council's decision": the object and "as" before a naming verb's quote. */
const WORDS_BEFORE_NAMING_QUOTE = 5;

/** A word written as a name: a capital, then lower-case letters. */
const NAME_LETTERS = /^\p{Lu}\p{Ll}+$/u;
/** What may stand before a lone name that is a clause's subject or object ("sedated Tilly", "and Tilly"), not where something is ("in Harnsey", "Fernhill Park, Ashcombe"). */
const ARGUMENT_OPENERS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'CCONJ']);

function registerMentions(input: SentenceInput, clauses: Clause[], args: ArgumentBuilder, isTimePhrase: (p: Phrase) => boolean): void {
  const { parse } = input;
  const subjectStarts = new Set(clauses.flatMap((c) => c.subjects.map((s) => s.first)));
  // "Staff at the brewery are raising a glass after learning they will own it": a collective noun
  // is plural when its verb says so.
  const pluralSubjects = new Set(clauses.filter((c) => PLURAL_AGREEMENT.has(parse.tokens[c.vg.first]?.lower ?? '')).flatMap((c) => c.subjects.map((s) => s.first)));
  for (const clause of clauses) {
    if (clause.subjects.length > 1) {
      // "Trump and Xi … they": a coordinated subject is one plural antecedent.
      const first = clause.subjects[0]!;
      const last = clause.subjects[clause.subjects.length - 1]!;
      const tokens = parse.tokens;
      // ("Connor Ashgrave, 27, of Wykeham Close, and Lewis Dunstall": the names, without their asides.)
      const names = clause.subjects.map((s) => input.article.text.slice(tokens[s.first]!.start, tokens[s.last]!.end));
      input.pronouns.add({ text: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`, kind: 'THING', start: tokens[first.first]!.start, end: tokens[last.last]!.end, plural: true, subject: true, sentenceStart: input.sentence.start });
    }
  }
  for (const [index, chunk] of parse.chunks.entries()) {
    if (chunk.type !== 'NP') continue;
    const first = parse.tokens[chunk.first]!;
    if (chunk.first === chunk.last && (PRONOUNS[first.lower] || PLACE_HOLDERS.has(first.lower))) continue;
    const arg = args.build(phraseOf(chunk));
    // "this", "what": nothing a later pronoun could stand for.
    if (!arg || arg.namesNothing) continue;
    const words = parse.tokens.slice(chunk.first, chunk.last + 1);
    const head = words[words.length - 1]!;
    // "Repairs are carried out free of charge, although visitors are invited to make a donation. It
    // was set up in 2019": a fixed phrase's noun and a light verb's event ("make a donation") are no
    // things a later "it" stands for.
    // (Nor is a time: "runs on the first Saturday of every month. It was set up in 2019".)
    if (isTimePhrase(phraseOf(chunk))) continue;
    if (words.length === 1 && closesFixedPhrase(parse.tokens.slice(Math.max(0, chunk.first - 2), chunk.first).map((t) => t.lower), head.lower)) continue;
    const verbBefore = parse.chunks[index - 1];
    if (verbBefore?.type === 'VG' && lightVerbNoun(parse.tokens[verbBefore.last]!.lemma.toLowerCase(), words)) continue;
    // ("Opponents pointed out that it would stand …": a plural noun opening a sentence may be tagged as a name.)
    const capitalisedNoun = head.pos === 'PROPN' && words.length === 1 && head.start === input.sentence.start && isPluralNoun(head.lower);
    const plural = (head.pos === 'NOUN' && head.lower !== head.lemma.toLowerCase() && head.lower.endsWith('s')) || capitalisedNoun;
    // "Xi Jinping" then "Xi", "Donald Trump" then "Trump": any part of a person's name names them later.
    if (arg.kind === 'PERSON') for (const name of personNameWords(words)) input.knownPeople.add(name);
    const isDemonymGroup = words.length <= 2 && words[0]!.lower === 'the' && head.pos === 'PROPN' && /ese$|ans?$|ish$/.test(head.lower);
    // "A seven-year-old boy is in hospital. He had been playing football": a person named by a
    // common noun is who a later "he" or "she" stands for when no name is in reach (pronouns.ts).
    const described = arg.kind === 'THING' && head.pos === 'NOUN' && kindOfCommonNoun(head.lemma.toLowerCase()) === 'PERSON';
    // "But the pair said they could not afford it": a singular noun for a group is who "they" may be.
    const group = head.pos === 'NOUN' && !plural && namesGroup(head.lemma.toLowerCase());
    // "Tilly was trapped": a lone name read as no person, place or body, not written as where something
    // is, and no word of the dictionary ("Boy, 7, hurt" in a headline).
    const before = parse.tokens[chunk.first - 1];
    const lone = arg.kind === 'THING' && words.length === 1 && head.pos === 'PROPN' && NAME_LETTERS.test(head.text) && !plural && (!before || ARGUMENT_OPENERS.has(before.pos)) && !isWordNetLemma(head.lower, 'noun');
    // "Helen Varley, prosecuting, told magistrates …": counsel relays the case (pronouns.ts).
    const counsel = arg.kind === 'PERSON' && parse.tokens[chunk.last + 1]?.text === ',' && COUNSEL_PARTICIPLES.has(parse.tokens[chunk.last + 2]?.lower ?? '');
    input.pronouns.add({ text: arg.text, kind: described ? 'PERSON' : arg.kind, start: arg.start, end: arg.end, plural: plural || isDemonymGroup || pluralSubjects.has(chunk.first), subject: subjectStarts.has(chunk.first), sentenceStart: input.sentence.start, ...(described ? { described } : {}), ...(group ? { group } : {}), ...(lone ? { lone } : {}), ...(counsel ? { counsel } : {}) });
  }
}

// -------------------------------------------------------------------------------------- attribution

/** "denied that …", "do not think …": the speech verb says its reported clause is not so. */
function deniesReported(tokens: Token[], clause: Clause): boolean {
  const words = tokens.slice(clause.vg.first, clause.vg.last + 1);
  const verb = [...words].reverse().find((t) => t.pos === 'VERB')?.lemma.toLowerCase() ?? '';
  const negated = words.some((t) => NEGATION_WORDS.has(t.lower));
  // "had been denied a permit": refused, not a denial of what follows.
  if (words.some((t) => t.pos === 'AUX' && t.lemma.toLowerCase() === 'be')) return false;
  // "did not deny that …" denies nothing.
  return DENIAL_VERBS.has(verb) ? !negated : negated && NEGATION_RAISING_VERBS.has(verb);
}

function attributeClauses(input: SentenceInput, clauses: Clause[], args: ArgumentBuilder): Map<number, Attribution> {
  const { tokens } = input.parse;
  const result = new Map<number, Attribution>();
  // Reported speech: "Trump said he had agreed to …" — inner clauses belong to the speaker.
  clauses.forEach((clause, index) => {
    if (!clause.speech || clause.subjects.length === 0) return;
    const speaker = args.build(clause.subjects[0]!);
    if (!speaker) return;
    const denies = deniesReported(tokens, clause);
    for (const range of clause.objects) {
      // "denied that he was Deep Throat, and Woodward said …": the denial reaches as far as the next
      // speaker's words, which are their own.
      const nextSpeech = clauses.find((inner, j) => j !== index && inner.speech && inner.vg.first > range.first && inner.vg.last <= range.last);
      const deniedUpTo = nextSpeech ? nextSpeech.vg.first : range.last + 1;
      clauses.forEach((inner, j) => {
        if (j !== index && inner.vg.first >= range.first && inner.vg.last <= range.last && !result.has(j)) result.set(j, { speaker, ...(denies && inner.vg.first < deniedUpTo && !inner.speech ? { denies } : {}) });
      });
    }
  });
  // "urged gardeners to cut holes": what the urged should do is the urger's saying (DIRECTIVE_VERBS).
  clauses.forEach((clause, index) => {
    const asker = index > 0 ? clauses[index - 1]! : null;
    if (clause.subjectVia !== 'control' || !asker || asker.subjects.length === 0 || result.has(index)) return;
    if (!DIRECTIVE_VERBS.has(readRelation(tokens, asker.vg).headVerb)) return;
    const speaker = args.build(asker.subjects[0]!);
    if (speaker) result.set(index, { speaker });
  });
  // Quotes: claims inside quote marks belong to the quote's speaker.
  for (const quote of findQuotes(input)) {
    if (!quote.speaker) continue;
    const speaker = args.build(quote.speaker);
    if (!speaker) continue;
    clauses.forEach((inner, j) => {
      if (inner.vg.first > quote.open && inner.vg.last < quote.close && !result.has(j)) result.set(j, { speaker });
    });
  }
  // "…, according to China's foreign ministry": the whole sentence is attributed.
  const according = tokens.findIndex((t, i) => t.lower === 'according' && tokens[i + 1]?.lower === 'to');
  if (according >= 0) {
    const npChunk = input.parse.chunks.find((c) => c.type === 'NP' && c.first > according + 1 - 1 && c.first >= according + 2);
    if (npChunk) {
      let last = npChunk.last;
      // "China's president and foreign ministry": keep the coordinated sources together.
      const chunks = input.parse.chunks;
      let k = chunks.indexOf(npChunk);
      while (chunks[k + 1]?.tag === 'C' && chunks[k + 2]?.type === 'NP') {
        last = chunks[k + 2]!.last;
        k += 2;
      }
      // "according to the railway's president, Lord Tillett": the name after the post is who spoke.
      const named = chunks[k + 2];
      const namesSpeaker = chunks[k + 1]?.tag === ',' && named?.type === 'NP' && !isProperName(tokens, npChunk.first, last) && isProperName(tokens, named.first, named.last) && (!chunks[k + 3] || chunks[k + 3]!.tag === '.' || chunks[k + 3]!.tag === ',');
      const speaker = args.build(namesSpeaker ? { first: named!.first, last: named!.last } : { first: npChunk.first, last });
      if (speaker) clauses.forEach((_, j) => { if (!result.has(j)) result.set(j, { speaker }); });
    }
  }
  return result;
}

/** Whether the words from `first` to `last` are all capitalised proper nouns: "Lord Tillett". */
function isProperName(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens.slice(first, last + 1).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
}

interface Quote {
  open: number;
  close: number;
  speaker: Phrase | null;
  verb: number | null;
}

const quoteCache = new WeakMap<SentenceParse, Quote[]>();

/**
 * 'the "American Pie" actress', 'The "Mean Girls" star's rep': a few capitalised words in quote
 * marks inside a noun phrase name a film, a book or a show; nobody says them.
 */
function namesATitle(tokens: readonly Token[], open: number, close: number): boolean {
  const inner = tokens.slice(open + 1, close);
  if (inner.length > MAX_TITLE_WORDS || !inner.every((t) => /^\p{Lu}/u.test(t.text) || TITLE_JOINERS.has(t.lower))) return false;
  const before = tokens[open - 1];
  const after = tokens[close + 1];
  return before?.pos === 'DET' || after?.pos === 'NOUN' || after?.pos === 'PART';
}

const MAX_TITLE_WORDS = 5;
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'and', 'in', 'on', 'to', '&']);

/** Direct quotes in the sentence and who speaks them ("“…,” she said", "Trump said: “…”"). */
function findQuotes(input: SentenceInput): Quote[] {
  const cached = quoteCache.get(input.parse);
  if (cached) return cached;
  const { tokens, tags, chunks } = input.parse;
  const quotes: Quote[] = [];
  const marks = tags.flatMap((t, i) => (t === 'Q' ? [i] : []));
  for (let m = 0; m + 1 < marks.length; m += 2) {
    const open = marks[m]!;
    const close = marks[m + 1]!;
    if (close - open < 3 || namesATitle(tokens, open, close)) continue;
    const after = chunks.findIndex((c) => c.first > close);
    const before = chunks.findIndex((c) => c.last >= open) - 1;
    let speaker: Phrase | null = null;
    let verb: number | null = null;
    const isSpeech = (c: number): boolean => chunks[c]?.type === 'VG' && SPEECH_VERBS.has(lastVerb(tokens, chunks[c]!.first, chunks[c]!.last));
    let a = after;
    if (a >= 0 && chunks[a]?.tag === ',') a++;
    const speechOverRelative = a >= 0 && chunks[a]?.type === 'NP' ? speechAfterReducedRelative(input.parse, a, isSpeech) : null;
    const speechOverApposition = a >= 0 && chunks[a]?.type === 'NP' ? speechAfterApposition(chunks, a, isSpeech) : null;
    if (a >= 0 && chunks[a]?.type === 'NP' && isSpeech(a + 1)) {
      speaker = phraseOf(chunks[a]!);
      verb = chunks[a + 1]!.first;
    } else if (speechOverApposition !== null) {
      // "“…,” Ruth Calloway, chair of the Friends, told the crowd": the apposition describes the speaker.
      speaker = phraseOf(chunks[a]!);
      verb = chunks[speechOverApposition]!.first;
    } else if (speechOverRelative !== null) {
      // "“…,” the union representing the drivers said": the union speaks, not the drivers.
      speaker = phraseOf(chunks[a]!);
      verb = chunks[speechOverRelative]!.first;
    } else if (a >= 0 && isSpeech(a) && chunks[a + 1]?.type === 'NP') {
      speaker = phraseOf(chunks[a + 1]!);
      verb = chunks[a]!.first;
    } else {
      let b = before;
      if (b >= 0 && (chunks[b]!.tag === ',' || chunks[b]!.tag === ':')) b--;
      // "The union representing the drivers said: “…”": the speaker is before the participle phrase.
      const described = b >= 1 && isSpeech(b) ? reducedRelativeSubject(input.parse, b) : null;
      const speakerChunk = described ?? b - 1;
      if (b >= 1 && isSpeech(b) && chunks[speakerChunk]!.type === 'NP') {
        speaker = phraseOf(chunks[speakerChunk]!);
        verb = chunks[b]!.first;
      }
    }
    quotes.push({ open, close, speaker, verb });
  }
  quoteCache.set(input.parse, quotes);
  return quotes;
}


/** Chunks an apposition may hold: noun phrases and the prepositions, adjectives and names inside them. */
const APPOSITION_CHUNKS: ReadonlySet<string> = new Set(['n', 'I', 'F', 'J', 'D', 'P', 'C', 'B']);
const MAX_APPOSITION_CHUNKS = 8;

/** The speech verb group after "NP, apposition," ("Ruth Calloway, chair of the Friends, told"); or null. */
function speechAfterApposition(chunks: readonly Chunk[], np: number, isSpeech: (c: number) => boolean): number | null {
  if (chunks[np + 1]?.tag !== ',' || chunks[np + 2]?.type !== 'NP') return null;
  for (let c = np + 2; c < chunks.length && c <= np + 2 + MAX_APPOSITION_CHUNKS; c++) {
    if (chunks[c]!.tag === ',') return isSpeech(c + 1) ? c + 1 : null;
    if (!APPOSITION_CHUNKS.has(chunks[c]!.tag)) return null;
  }
  return null;
}

/** The speech verb group whose speaker is noun phrase np, across a participle phrase describing it; or null. */
function speechAfterReducedRelative(parse: SentenceParse, np: number, isSpeech: (c: number) => boolean): number | null {
  for (let v = np + 2; v < parse.chunks.length && v <= np + 9; v++) {
    if (parse.chunks[v]!.type === 'VG') return isSpeech(v) && reducedRelativeSubject(parse, v) === np ? v : null;
  }
  return null;
}

function lastVerb(tokens: Token[], first: number, last: number): string {
  for (let i = last; i >= first; i--) if (tokens[i]!.pos === 'VERB') return tokens[i]!.lemma.toLowerCase();
  return '';
}

/** A direct quote with a speaker after it becomes (speaker, say, "the quote"), kept verbatim. */
function quoteClaims(input: SentenceInput, args: ArgumentBuilder, textOf: (a: number, b: number) => string): Triple[] {
  const { tokens } = input.parse;
  const triples: Triple[] = [];
  for (const quote of findQuotes(input)) {
    if (!quote.speaker || quote.verb === null || quote.verb < quote.open) continue;
    const speaker = args.build(quote.speaker);
    if (!speaker || OWN_SPEECH_ROLES.has(speaker.text.toLowerCase())) continue;
    const inner = { first: quote.open + 1, last: quote.close - 1 };
    let innerLast = inner.last;
    // Trailing punctuation inside the marks is part of the quote's wording but not of its claim.
    while (innerLast > inner.first && (tokens[innerLast]!.pos === 'PUNCT')) innerLast--;
    const quoteText = textOf(inner.first, innerLast);
    const object: Argument = { text: quoteText, start: tokens[inner.first]!.start, end: tokens[innerLast]!.end, head: quoteText.toLowerCase(), kind: 'THING', namesNothing: 'statement' };
    const verbToken = tokens[quote.verb]!;
    let verbLast = quote.verb;
    while (tokens[verbLast + 1] && (tokens[verbLast + 1]!.pos === 'VERB' || tokens[verbLast + 1]!.pos === 'AUX') && verbLast < quote.verb + 2) verbLast++;
    const start = Math.min(tokens[quote.open]!.start, speaker.start);
    const end = Math.max(tokens[quote.close]!.end, speaker.end, tokens[verbLast]!.end);
    triples.push(makeTriple(input.article, input.sentence, speaker, {
      text: input.article.text.slice(verbToken.start, tokens[verbLast]!.end),
      lemma: lastVerb(tokens, quote.verb, verbLast) || verbToken.lemma.toLowerCase(),
      start: verbToken.start,
      end: tokens[verbLast]!.end,
    }, object, { negated: false, modality: 'asserted', attributedTo: referent(speaker), ...(speaker.antecedent ? { attributedToPronoun: speaker.text } : {}), quote: quoteText }, start, end, 0.85));
  }
  return triples;
}

// ----------------------------------------------------------------------------------------- apposition

/** "Japan, a US ally," and "US Ambassador to Japan, George Glass," → an is-a claim. */
function appositionClaims(input: SentenceInput, args: ArgumentBuilder): Triple[] {
  const { chunks, tokens } = input.parse;
  const triples: Triple[] = [];
  for (let c = 0; c + 2 < chunks.length; c++) {
    const name = chunks[c]!;
    const comma = chunks[c + 1]!;
    if (name.type !== 'NP' || comma.tag !== ',' || chunks[c + 2]!.type !== 'NP') continue;
    // "head of the water board", "spokesman for the ministry": the role may carry its own phrases.
    let roleEnd = c + 2;
    // "cabinet member for transport at Westmarsh County Council," may carry two.
    let phrases = c + 2;
    while (phrases < c + 6 && chunks[phrases + 1]?.tag === 'I' && chunks[phrases + 2]?.type === 'NP') {
      phrases += 2;
      if ([',', '.'].includes(chunks[phrases + 1]?.tag ?? '.')) roleEnd = phrases;
    }
    let role = { ...chunks[c + 2]!, last: chunks[roleEnd]!.last };
    // "This year's carnival queen, 16-year-old Ellie Marsh,": an age before the name is the name's (ageClaims reads it).
    const age = ['-', 'year', '-', 'old'].every((word, k) => tokens[role.first + 1 + k]?.lower === word) && ageNumber(tokens[role.first]!.text) !== null ? 5 : 0;
    if (age && role.first + age <= role.last && tokens.slice(role.first + age, role.last + 1).every((t) => t.pos === 'PROPN')) role = { ...role, first: role.first + age };
    // A comma, a full stop or a quote mark closes the role; a verb or "and" after it is no apposition.
    const closing = chunks[roleEnd + 1];
    // ("Hannah Cole, a GP who was running that morning": a relative clause may go on from a post.)
    // ("Owen Marr, the paramedic who treated him at the scene": "the" as well.)
    const describedFurther = closing?.tag === 'W' && ['a', 'an', 'the'].includes(tokens[role.first]!.lower) && tokens[name.last]!.pos === 'PROPN';
    if (closing && !['.', ',', 'Q'].includes(closing.tag) && !describedFurther) continue;
    // Not a list: "trade, fentanyl and Taiwan", "X, Y, and Z". But a name after a phrase for a
    // person names that person, whatever follows: "his sous chef, Kieran Dale, and the rest of the team".
    const namedAfterPerson = tokens[name.last]!.pos !== 'PROPN' && namesSomeone(tokens, name) && tokens[role.first]!.pos === 'PROPN' && tokens[role.last]!.pos === 'PROPN';
    if (closing?.tag === ',' && !namedAfterPerson && ((chunks[roleEnd + 2]?.type === 'NP' && chunks[roleEnd + 3]?.tag === 'C') || chunks[roleEnd + 2]?.tag === 'C')) continue;
    if (chunks[c - 1]?.tag === ',' && chunks[c - 2]?.type === 'NP') continue;
    // "During the operation, six rifles were found": a sentence's opening phrase, then its subject.
    if (c === 1 && chunks[0]!.tag === 'I') continue;
    const nameIsProper = tokens[name.last]!.pos === 'PROPN';
    const roleWords = tokens.slice(role.first, role.last + 1);
    const roleIsDescription = ['a', 'an', 'the'].includes(roleWords[0]!.lower) || roleWords.some((t, k) => t.pos === 'PART' && k > 0);
    // "Councillor Ann Lowe": a name with its title is a name too.
    // "the Rev Andrew Hollins", "the Very Rev Martin Okafor": "the" before a title is the name's too.
    const nameWords = roleWords.length > 2 && roleWords[0]!.lower === 'the' && opensTitledName(roleWords[1]!.lower) ? roleWords.slice(1) : roleWords;
    // ("vicar of St Wilfrid's" is a post, though a title opens it and a name ends it.)
    const roleIsProper = tokens[role.last]!.pos === 'PROPN' && !nameWords.some((t, k) => t.pos === 'DET' || t.pos === 'ADP' || (t.pos === 'NOUN' && !(k === 0 && PERSON_TITLES.has(t.lower))));
    let subjectPhrase: Phrase;
    let objectPhrase: Phrase;
    // "the chief executive of Brenmoor Grocers" is a description even though a name ends it: its head,
    // the word before its first preposition, is not a name.
    const firstPrep = roleWords.findIndex((t, k) => k > 0 && t.pos === 'ADP');
    const roleHead = firstPrep > 0 ? roleWords[firstPrep - 1]! : tokens[role.last]!;
    // ("Judith Amberley, the Mayor of Ellisford": a title capitalised as a name is the post's head still.)
    const headIsTitle = PERSON_TITLES.has(roleHead.lower);
    if (nameIsProper && roleIsDescription && (roleHead.pos !== 'PROPN' || headIsTitle)) {
      subjectPhrase = phraseOf(name);
      objectPhrase = phraseOf(role);
    } else if (roleIsProper && (!nameIsProper || tokens[name.first]!.pos === 'DET')) {
      // "The Mayor of Fenby, Councillor Ann Lowe,": a description, a name inside it or not.
      subjectPhrase = phraseOf(role);
      // "US Ambassador to Japan, George Glass": the role may carry a prepositional phrase.
      // "The Mayor of Fenby, Councillor Ann Lowe": or "of".
      // ("paid tribute to his sous chef, Kieran Dale,": not when the phrase before names no one.)
      const carried = (chunks[c - 1]?.tag === 'I' || chunks[c - 1]?.tag === 'F') && chunks[c - 2]?.type === 'NP' && namesSomeone(tokens, chunks[c - 2]!);
      objectPhrase = carried ? { first: chunks[c - 2]!.first, last: name.last } : phraseOf(name);
    } else if (nameIsProper && (roleWords[0]!.lower === 'a' || isBareRole(roleWords))) {
      subjectPhrase = phraseOf(name);
      objectPhrase = phraseOf(role);
    } else continue;
    const subject = args.build(subjectPhrase);
    const object = args.build(objectPhrase);
    if (!subject || !object) continue;
    const start = Math.min(subject.start, object.start);
    const end = Math.max(subject.end, object.end);
    triples.push(makeTriple(input.article, input.sentence, subject, { text: input.article.text.slice(tokens[comma.first]!.start, tokens[comma.first]!.end), lemma: 'be', start: tokens[comma.first]!.start, end: tokens[comma.first]!.end }, object, { negated: false, modality: 'asserted' }, start, end, 0.7));
  }
  return triples;
}

/** "head of the water board", "spokesman for the ministry": a common noun with no determiner. */
function isBareRole(words: Token[]): boolean {
  const first = words[0]!;
  // "managing director of Wyvern Rail": the tagger's verb "managing" opens a title of the table.
  const opensTitle = findTitleAt(words.slice(0, 2).map((t) => t.lower), 0)?.length === 2;
  return /^[a-z]/.test(first.text) && (first.pos === 'NOUN' || first.pos === 'ADJ' || opensTitle) && words.some((t) => t.pos === 'NOUN');
}

// ----------------------------------------------------------------------------------------------- age

/** "Darren Mullins, 38," → (Darren Mullins, be aged, 38): a person's age, stated in passing. */
function ageClaims(input: SentenceInput, args: ArgumentBuilder): Triple[] {
  const { tokens } = input.parse;
  return ageStatements(input.parse).flatMap((age) => {
    const subject = args.build(age.person);
    const object = args.build({ first: age.number, last: age.number });
    if (!subject || !object || subject.kind !== 'PERSON') return [];
    const marker = tokens[age.marker]!;
    const number = tokens[age.number]!;
    const quantity: Quantity = { text: number.text, value: age.years, low: age.years, high: age.years, unit: '', hedge: null };
    return [statedInPassing(input, subject, marker, AGE_RELATION, object, { negated: false, modality: 'asserted', quantity })];
  });
}

/**
 * A claim a sentence states in passing beside its clauses (an age, a residence, an amount put on a
 * thing): its relation is the word that carries it, and it is marked implicit. The claim's span
 * runs over the subject, the marker, the object and, where the object is left out, `lastEnd`.
 */
function statedInPassing(input: SentenceInput, subject: Argument, marker: Token, lemma: string, object: Argument | null, qualifiers: Qualifiers, lastEnd = 0): Triple {
  const start = Math.min(subject.start, marker.start, object?.start ?? Infinity);
  const end = Math.max(subject.end, marker.end, object?.end ?? 0, lastEnd);
  const triple = makeTriple(input.article, input.sentence, subject, { text: marker.text, lemma, start: marker.start, end: marker.end }, object, qualifiers, start, end, ROLE_CONFIDENCE);
  triple.implicit = true;
  return triple;
}

/** "Jamie Okafor, of Tressel Green," → (Jamie Okafor, live in, Tressel Green), stated in passing. */
function residenceClaims(input: SentenceInput, args: ArgumentBuilder): Triple[] {
  const { tokens } = input.parse;
  return residenceStatements(input.parse).flatMap((residence) => {
    const subject = args.build(residence.person);
    const object = args.build(residence.place);
    if (!subject || !object || subject.kind !== 'PERSON') return [];
    return [statedInPassing(input, subject, tokens[residence.marker]!, RESIDENCE_RELATION, object, { negated: false, modality: 'asserted' })];
  });
}

/**
 * "The council has put the cost of the trial at £180,000" → (the trial, cost, £180,000) as the
 * council reckons it; "was built at a cost of £850,000" → (the boathouse, cost, £850,000).
 */
function amountClaims(input: SentenceInput, args: ArgumentBuilder): Triple[] {
  const { tokens } = input.parse;
  return amountStatements(input.parse).flatMap((statement) => {
    const subject = args.build(statement.thing);
    const found = quantityIn(tokens.slice(statement.amount.first, statement.amount.last + 1));
    if (!subject || !found) return [];
    const quantity = statement.unit && !found.unit ? { ...found, unit: statement.unit } : found;
    const by = statement.reckonedBy ? args.build(statement.reckonedBy) : null;
    const qualifiers: Qualifiers = { negated: false, modality: by ? 'reported' : 'asserted', quantity };
    if (by) qualifiers.attributedTo = referent(by);
    return [statedInPassing(input, subject, tokens[statement.marker]!, statement.relation, null, qualifiers, tokens[statement.amount.last]!.end)];
  });
}

// ------------------------------------------------------------------------------------------ implicit

/**
 * Facts a noun phrase states in passing: "President Bush" → (Bush, be, President),
 * "Japan's forces" → (Japan, have, forces). Marked implicit, with low confidence.
 */
const ROLE_CONFIDENCE = 0.7;

function implicitClaims(input: SentenceInput, args: ArgumentBuilder): Triple[] {
  const { chunks, tokens } = input.parse;
  const triples: Triple[] = [];
  // A title right before a name is a dependable role; a possessive is as often a part, a quality or
  // an event ("the city's population", "Olaf's house", "Wellington's invasion") as an ownership.
  const make = (subject: Phrase, lemma: string, at: Token, object: Phrase): void => {
    const confidence = lemma === 'be' ? ROLE_CONFIDENCE : 0.3;
    const s = args.build(subject);
    const o = args.build(object);
    if (!s || !o || s.antecedent) return;
    const triple = makeTriple(input.article, input.sentence, s, { text: at.text, lemma, start: at.start, end: at.end }, o, { negated: false, modality: 'asserted' }, Math.min(s.start, o.start), Math.max(s.end, o.end), confidence);
    triple.implicit = true;
    triples.push(triple);
  };
  for (const chunk of chunks) {
    if (chunk.type !== 'NP') continue;
    const words = tokens.slice(chunk.first, chunk.last + 1);
    // Title + name: the last title word that is a role and the proper names right after it.
    // "Mr. Baker" addresses Baker, it gives him no role; "Committee chairman Cllr Derek Ashdown"
    // is the chairman, the form of address part of his name as written.
    let title = -1;
    words.forEach((t, k) => { if (PERSON_TITLES.has(t.lower) && !COURTESY_TITLES.has(t.lower) && k < words.length - 1) title = k; });
    const name = words.slice(title + 1);
    const firstNameWord = name.findIndex((t) => !COURTESY_TITLES.has(t.lower));
    const addressed = firstNameWord < 0 ? [] : name.slice(firstNameWord);
    // "Prime Minister" alone is a title with no name after it; "General Motors" is a company,
    // "Kingsmere General Hospital" a building.
    if (title >= 0 && addressed.length >= 1 && addressed.length <= 3 && addressed.every((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && !PERSON_TITLES.has(t.lower) && !ORG_WORDS.has(t.lower) && !FACILITY_WORDS.has(t.lower))) {
      let titleStart = title;
      while (titleStart > 0 && (words[titleStart - 1]!.pos === 'PROPN' || words[titleStart - 1]!.pos === 'NOUN' || words[titleStart - 1]!.pos === 'ADJ')) titleStart--;
      make({ first: chunk.first + title + 1, last: chunk.last }, 'be', words[title]!, { first: chunk.first + titleStart, last: chunk.first + title });
    }
    // "Cabinet member for the environment Cllr Peter Hale": with no role title, the words before the
    // form of address, ending in a noun, are the post.
    const address = words.findIndex((t, k) => k > 1 && COURTESY_TITLES.has(t.lower));
    const addressee = address > 1 ? words.slice(address + 1) : [];
    if (title < 0 && words[0]!.pos !== 'DET' && words[address - 1]?.pos === 'NOUN' && addressee.length >= 2 && addressee.length <= 3 && addressee.every((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text))) {
      make({ first: chunk.first + address, last: chunk.last }, 'be', words[address]!, { first: chunk.first, last: chunk.first + address - 1 });
    }
    // "US Ambassador to Japan George Glass" (one phrase, see 4-chunks.ts): Glass is the ambassador to Japan.
    const post = words.findIndex((t, k) => k > 0 && PERSON_TITLES.has(words[k - 1]!.lower) && !COURTESY_TITLES.has(words[k - 1]!.lower) && t.pos === 'ADP');
    const postName = post > 0 ? nameAfterPost(words.slice(post)) : null;
    if (postName) {
      let titleStart = post - 1;
      while (titleStart > 0 && ['PROPN', 'NOUN', 'ADJ'].includes(words[titleStart - 1]!.pos)) titleStart--;
      make({ first: chunk.last - postName.length + 1, last: chunk.last }, 'be', words[post - 1]!, { first: chunk.first + titleStart, last: chunk.last - postName.length });
    }
    // Possessive: "X 's Y" → X has Y; "Cheeks' tenure", "the Workers' organiser" too (the tagger
    // made a possessive of that apostrophe, 3-tags.ts).
    const apostrophe = words.findIndex((t, k) => k > 0 && (t.lower === "'s" || t.lower === '’s' || (t.lower === "'" && t.pos === 'PART')));
    if (apostrophe > 0 && apostrophe < words.length - 1) {
      const owner = { first: chunk.first, last: chunk.first + apostrophe - 1 };
      const ownerWords = words.slice(0, apostrophe);
      // "St Aidan's Catholic College", "St Mary's Hospital": a saint's possessive is part of a name.
      const saintsName = SAINT.test(ownerWords[0]!.text) && ownerWords.length > 1;
      // "the Maundley Market Traders' Association", "the Women's Institute": a body named after its
      // members, whose possessive is part of its name.
      const owned = words.slice(apostrophe + 1);
      const membersBody = owned.length === 1 && /^\p{Lu}/u.test(owned[0]!.text) && (ORG_WORDS.has(owned[0]!.lower) || NAME_ENDING_ORG_WORDS.has(owned[0]!.lower));
      if (ownerWords.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') && !saintsName && !membersBody) {
        make(owner, 'have', words[apostrophe]!, { first: chunk.first + apostrophe + 1, last: chunk.last });
      }
    }
  }
  return triples;
}

const SAINT = /^(?:St\.?|Saint|Ste\.?)$/;

/**
 * "Never before has the school been graded outstanding", "At no time was the public at risk": the
 * sentence opens with a negator, then the auxiliary, then the subject — the clause is denied.
 */
function invertedByNegator(tokens: Token[], subjectFirst: number): boolean {
  const aux = subjectFirst - 1;
  if (aux < 1 || tokens[aux]!.pos !== 'AUX') return false;
  let start = 0;
  while (start < aux && tokens[start]!.pos === 'PUNCT') start++;
  return INVERTING_NEGATORS.has(tokens.slice(start, aux).map((t) => t.lower).join(' '));
}

/** "was too ill to attend": the verb after "too", an adjective and "to" did not happen (5-clauses.ts gives it the subject). */
function afterTooAndAdjective(tokens: Token[], verb: number): boolean {
  return tokens[verb - 1]?.lower === 'to' && tokens[verb - 2]?.pos === 'ADJ' && tokens[verb - 3]?.lower === 'too';
}

// ---------------------------------------------------------------------------------------- qualifiers

/** Prepositions whose noun phrase is an event of its own: "charged after a shooting at a party on Friday". */
const EVENT_PREPS: ReadonlySet<string> = new Set(['after', 'before', 'following']);

function assignTimes(clauses: Clause[], times: TimeExpression[], tokens: Token[]): Map<number, string> {
  const result = new Map<number, string>();
  for (const time of times) {
    // A time belongs to the closest clause whose verb comes before it; a leading time to the first clause.
    let owner = -1;
    clauses.forEach((clause, index) => {
      if (clause.vg.first <= time.first) owner = index;
    });
    // ("By Thursday, the petition opposing the charges had passed 2,500": a leading time is the main
    // clause's, not a participle's that describes its subject.)
    const opensSentence = time.first <= 1;
    if (owner < 0) owner = opensSentence ? Math.max(0, clauses.findIndex((clause) => clause.subjectVia !== 'participle' && !(isParticipleGroup(tokens, clause.vg) && tokens[clause.vg.first]!.lower.endsWith('ing')))) : 0;
    // "has been charged with murder after a shooting at an office party Friday": the time is the
    // shooting's, not the charge's ("closed after 4pm" keeps its time: nothing stands between).
    const vgLast = clauses[owner]?.vg.last ?? -1;
    if (vgLast >= 0 && vgLast < time.first && tokens.slice(vgLast + 1, time.first - 1).some((t) => EVENT_PREPS.has(t.lower))) continue;
    if (clauses[owner] && !result.has(owner)) result.set(owner, time.text);
  }
  return result;
}

const UNTIL: ReadonlySet<string> = new Set(['until', 'till']);

function buildQualifiers(
  input: SentenceInput,
  clause: Clause,
  reading: ReturnType<typeof readRelation>,
  attribution: Attribution | undefined,
  time: string | undefined,
  object: Argument | null,
  textOf: (a: number, b: number) => string,
  timeTokens: Set<number>,
): Qualifiers {
  const { tokens } = input.parse;
  // "The Colts didn't take the lead until Ratliff scored", "did not open until 10am": it did
  // happen, no sooner than that.
  const notUntil = reading.negated && (UNTIL.has(tokens[clause.last + 1]?.lower ?? '') || UNTIL.has(reading.lemma.split(' ').at(-1)!) || clause.pps.some((pp) => pp.prep >= 0 && UNTIL.has(tokens[pp.prep]!.lower)));
  const qualifiers: Qualifiers = { negated: reading.negated && !notUntil, modality: reading.modality };
  if (time) qualifiers.time = stripLeadingPrep(time);
  for (const pp of clause.pps) {
    if (pp.prep < 0 || !PLACE_PREPS.has(tokens[pp.prep]!.lower)) continue;
    const words = tokens.slice(pp.np.first, pp.np.last + 1);
    if (kindOfPhrase(words) === 'PLACE') {
      qualifiers.place = textOf(pp.np.first, pp.np.last);
      break;
    }
  }
  if (!qualifiers.place && clause.relationPrep !== undefined && object?.kind === 'PLACE' && PLACE_PREPS.has(tokens[clause.relationPrep]!.lower)) qualifiers.place = object.text;
  // "cut the tax in half" is a factor of 0.5, not an amount of 50%.
  const halving = / (in|by) half$/.test(reading.lemma);
  const quantity = clause.speech ? undefined : halving ? factorOf('halve', textOf(clause.vg.first, clause.last)) : quantityOfClause(tokens, clause, reading.lemma, textOf, timeTokens);
  if (quantity) qualifiers.quantity = quantity;
  if (attribution) {
    qualifiers.attributedTo = referent(attribution.speaker);
    if (attribution.speaker.antecedent) qualifiers.attributedToPronoun = attribution.speaker.text;
    if (qualifiers.modality === 'asserted') qualifiers.modality = 'reported';
    if (attribution.denies) qualifiers.negated = !qualifiers.negated;
  }
  return qualifiers;
}

function quantityOfClause(tokens: Token[], clause: Clause, lemma: string, textOf: (a: number, b: number) => string, timeTokens: Set<number>): Quantity | undefined {
  // ("rose by 5% from £28 to £41": the amount reached is the value the claim is about.)
  const reached = reachedAmount(tokens, clause);
  if (reached) return quantityIn(tokens.slice(reached.first, reached.last + 1).filter((_, k) => !timeTokens.has(reached.first + k)));
  const first = clause.vg.first;
  const last = clause.last;
  // The amount is the clause's; the noun it counts may lie past a clause break the tagger made
  // ("a 10 - win improvement": the spaced hyphen reads as a comma).
  const untimed = tokens.slice(first).filter((_, k) => !timeTokens.has(first + k));
  const found = quantityIn(untimed, untimed.filter((t) => t.i <= tokens[last]!.i).length);
  if (found) return found;
  const counted = countedSubject(tokens, clause);
  if (counted) return counted;
  const factorKey = Object.keys(FACTOR_VERBS).find((k) => lemma === k || lemma.endsWith(` ${k}`) || lemma.startsWith(`${k} `));
  return factorKey ? factorOf(factorKey, textOf(clause.vg.first, clause.vg.last)) : undefined;
}

/** "had the chance", "did not have time": a clause whose verb is "have" and whose object is a chance. */
function offersChance(tokens: Token[], clause: Clause, reading: RelationReading): boolean {
  const object = clause.objects[0];
  return !!object && CHANCE_NOUNS.has(tokens[object.last]!.lower) && reading.headVerb === 'have';
}

/** A phrase that is a sum of money and nothing else: "£250", "about $5m". */
function isSumAlone(tokens: Token[], phrase: Phrase): boolean {
  const words = tokens.slice(phrase.first, phrase.last + 1);
  return words.some((t) => isCurrencySign(t.text)) && words.every((t) => isCurrencySign(t.text) || t.pos === 'NUM' || t.pos === 'ADV' || t.pos === 'ADP');
}

/** The count a phrase opens with ("13 fully loaded magazines", "about 200 homes"), hedge included. */
function countedPhrase(tokens: Token[], phrase: Phrase): Quantity | undefined {
  const words = tokens.slice(phrase.first, phrase.last + 1);
  const number = words.findIndex((t) => t.pos === 'NUM');
  // "a two-nautical-mile zone", "a 31-20 vote": a number joined on by a hyphen measures or scores, it does not count the noun.
  // "AK - 47 rifles", cut at its spaced hyphen: the number before the phrase's start is joined on too.
  const joinedBefore = number === 0 ? tokens[phrase.first - 1]?.text === '-' : words[number - 1]?.text === '-';
  // "a 43 - 39 record": the phrase may end at the number, the hyphen after it all the same.
  if (number < 0 || number > 2 || tokens[phrase.first + number + 1]?.text === '-' || joinedBefore) return undefined;
  // A bare figure ("passed by 33 votes to 18") counts nothing named.
  // ("14 AK 47 Rifles, 31 Magazines": a plural noun written with a capital counts as one.)
  if (!words.slice(number + 1).some((t) => t.pos === 'NOUN' || (t.pos === 'PROPN' && NAME_LETTERS.test(t.text) && isPluralNoun(t.lower)))) return undefined;
  return quantityIn(tokens.slice(phrase.first), number + 2);
}

/**
 * "Around 40,000 people marched": when the subject is a counted group, the count is the claim's
 * quantity, with the hedge written just before it ("around", "more than").
 */
function countedSubject(tokens: Token[], clause: Clause): Quantity | undefined {
  if (clause.subjects.length !== 1) return undefined;
  const subject = clause.subjects[0]!;
  const words = tokens.slice(subject.first, subject.last + 1);
  // "No one was hurt" counts nobody.
  if (!words.some((t) => t.pos === 'NUM') || denyingSubject(tokens, subject)) return undefined;
  let first = subject.first;
  while (first > subject.first - 2 && first > 0 && /^(ADV|ADP|ADJ)$/.test(tokens[first - 1]!.pos)) first--;
  const quantity = quantityIn(tokens.slice(first, subject.last + 1));
  const set = quantity && !quantity.counted && words.every((t) => t.pos === 'NUM') ? frontedSetNoun(tokens, subject.first) : undefined;
  return set ? { ...quantity!, counted: set } : quantity;
}

/**
 * "Of its 58 units, 22 are empty": a bare figure after a fronted "Of" and its set counts what the
 * set is of, as "22 of its 58 units" would.
 */
function frontedSetNoun(tokens: Token[], figure: number): string | undefined {
  if (tokens[0]?.lower !== 'of' || tokens[figure - 1]?.text !== ',') return undefined;
  const set = tokens.slice(1, figure - 1);
  if (!SET_DETERMINERS.has(set[0]?.lower ?? '')) return undefined;
  return set.findLast((t) => t.pos === 'NOUN')?.lemma.toLowerCase();
}

function factorOf(verb: string, text: string): Quantity {
  const value = FACTOR_VERBS[verb]!;
  return { text, value, low: value, high: value, unit: '', hedge: null, factor: true };
}

function stripLeadingPrep(text: string): string {
  // "before 9am." at a sentence's end: the tokenizer keeps the full stop on the time.
  // A bound on a clock time stays: "by 10am" is any time up to ten (compare/time-expression.ts).
  const [bound, clock] = text.split(/\s+/);
  const clockBound = /^(?:since|by)$/i.test(bound ?? '') && isClockTime(clock ?? '');
  return (clockBound ? text : text.replace(/^(in|on|at|during|since|by)\s+/i, '')).replace(/(\d(?:am|pm))\.$/i, '$1');
}

function confidenceOf(clause: Clause, subject: Argument, object: Argument | null, list: boolean, hasAdjunct: boolean): number {
  let confidence = 0.9;
  if (clause.subjectVia === 'coordination' || clause.subjectVia === 'control') confidence -= 0.15;
  if (clause.subjectVia === 'relative' || clause.subjectVia === 'participle' || clause.subjectVia === 'apposition-skip') confidence -= 0.05;
  if (subject.antecedent) confidence -= 0.1;
  // A verb with nothing after it is often a fragment of a larger construction the grammar missed;
  // one with a time, place or prepositional phrase ("was built in 1890") is a claim of its own.
  if (!object) confidence -= hasAdjunct ? 0.2 : 0.4;
  if (list) confidence -= 0.25;
  if (clause.objectKind === 'clause') confidence -= 0.1;
  const span = (subject.end - subject.start) + (object ? object.end - object.start : 0);
  if (span > 80) confidence -= 0.1;
  return Math.max(0.05, Math.round(confidence * 100) / 100);
}

function makeTriple(article: Article, sentence: Sentence, subject: Argument, relation: Triple['relation'], object: Argument | null, qualifiers: Qualifiers, start: number, end: number, confidence: number, complements: Triple['complements'] = []): Triple {
  const key = `${article.id}|${sentence.index}|${subject.start}|${relation.start}|${relation.end}|${object?.start ?? ''}|${object?.end ?? ''}|${subject.end}`;
  const id = `t:${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
  const triple: Triple = { id, article: article.id, sentence: sentence.index, subject, relation, object, qualifiers, start, end, confidence };
  if (complements.length) triple.complements = complements;
  return triple;
}
