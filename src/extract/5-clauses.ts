// The clause grammar: finds, for every verb group, who does it (subject), to what (object), and the
// phrases around it, over the chunk sequence of one sentence. Works on token indices; turning them
// into spans and qualifiers happens in 6-claims.ts.
import { baseForm } from '../resolve/morphy.ts';
import { isWordNetLemma } from '../resolve/wordnet.ts';
import { ageNumber } from './age-statements.ts';
import { findTitleAt } from '../resolve/titles.ts';
import type { Chunk } from './4-chunks.ts';
import type { Tag } from './3-tags.ts';
import type { Token } from './1-tokens.ts';
import { GERUND_SUBORDINATORS, DISCOURSE_ADVERBS } from '../lexicon/function-words.ts';
import { isNameSuffix, opensTitledName, PERSON_TITLES } from '../lexicon/titles.ts';
import { CLAUSE_VERBS, PAYER_FIRST_VERBS, SPEECH_VERBS, TELLING_VERBS } from '../lexicon/verb-classes.ts';
import { HEDGES } from '../lexicon/hedges.ts';
import { isParticipleGroup, isParticipleParenthetical, isPassiveGroup, mayBeParticipleGroup } from './participle.ts';
import { isCurrencySign, parseQuantity } from './quantity.ts';
import { endValueAsObject } from './change-of-value.ts';
import { kindOfCommonNoun } from '../resolve/noun-kind.ts';
import { isTimeToken } from './time.ts';
import { DAY_AND_MONTH_WORDS } from '../lexicon/calendar.ts';
import { STANDALONE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';

/** Token indices, inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

export interface PrepPhrase {
  prep: number;
  np: Phrase;
}

export interface Clause {
  vg: Chunk;
  subjects: Phrase[];
  /** How the subject was found: it lowers confidence when it was borrowed. */
  subjectVia: 'adjacent' | 'relative' | 'participle' | 'apposition-skip' | 'coordination' | 'control' | 'none';
  /** Preposition folded into the relation ("met in", "remain at") when there is no direct object. */
  relationPrep?: number;
  /** Participle adjective folded into the relation ("has been involved in"). */
  relationAdjective?: number;
  objects: Phrase[];
  objectKind: 'np' | 'adjective' | 'clause' | 'quote' | 'none';
  /** Extra objects from an "including" list, kept apart because they are less certain. */
  listObjects: Phrase[];
  pps: PrepPhrase[];
  /** Last token index the clause covers. */
  last: number;
  /** Speech verb with a clause or quote complement: the complement's claims are attributed to the subject. */
  speech: boolean;
}

export interface SentenceParse {
  tokens: Token[];
  tags: Tag[];
  chunks: Chunk[];
}

/** Prepositions that open a clause of their own after an object: "with a storm set to batter the area". */
const ABSOLUTE_PREPS = new Set(['with', 'without']);
/** Words that open an aside about some of the noun phrase before it: "crowds, many carrying binoculars,". */
const QUANTIFIED_ASIDES = new Set(['many', 'some', 'most', 'several', 'all', 'both', 'few', 'each', 'others']);
/**
 * "Engineers spent Monday assessing the damage", "wasted hours waiting": the -ing verb after the
 * time or money spent is done by whoever spent it, not by "Monday".
 */
const SPENDING_VERBS = new Set(['spend', 'waste']);
const OBJECT_CONTROL_VERBS = new Set(['invite', 'ask', 'urge', 'allow', 'tell', 'order', 'force', 'persuade', 'encourage', 'help', 'compel', 'enable', 'permit', 'require', 'advise', 'call', 'warn', 'expect', 'want', 'instruct', 'authorize', 'authorise']);
const CLAUSE_STOPS = new Set(['.', ':', 'W', 'K', 'Q', '(', ')', 'v']);
const COPULAS = new Set(['be', 'remain', 'stay', 'stand', 'hover', 'sit', 'reach', 'total', 'become']);
const PARTICLE_PREPS = new Set(['over', 'out', 'up', 'down', 'back', 'away', 'off', 'on', 'along']);
const HEDGE_PREPS = new Set(['under', 'over', 'about', 'around', 'nearly', 'almost', 'below', 'above']);
// "between" and "through" open or continue a period ("between 2015 and 2019", "from 2020 through
// 2022"); "to" ends one ("from Monday to Thursday") or moves a date ("postponed to Monday").
const TIME_PREPS = new Set(['in', 'on', 'at', 'during', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'between', 'through', 'to']);

export function findClauses(parse: SentenceParse, isTimePhrase: (p: Phrase) => boolean): Clause[] {
  const { chunks } = parse;
  const clauses: Clause[] = [];
  for (let c = 0; c < chunks.length; c++) {
    if (chunks[c]!.type !== 'VG') continue;
    const inverted = invertedSpeech(parse, c);
    if (inverted) {
      clauses.push(inverted);
      continue;
    }
    const subject = findSubject(parse, c, clauses, isTimePhrase);
    const clause: Clause = {
      vg: chunks[c]!,
      subjects: subject.phrases,
      subjectVia: subject.via,
      objects: [],
      objectKind: 'none',
      listObjects: [],
      pps: [],
      last: chunks[c]!.last,
      speech: false,
    };
    readComplement(parse, c, clause, isTimePhrase);
    const read = endValueAsObject(parse.tokens, clause);
    clauses.push(invertedLocative(parse, read) ?? read);
    const placed = existentialSubject(parse, clause, isTimePhrase);
    if (placed) clauses.push(placed);
  }
  return clauses;
}

/**
 * "There were 16 bands in the second section": "there" holds the subject's place; what there is,
 * is in the place said ("16 bands | be in | the second section", as "16 bands were in the second
 * section" reads), beside "there | be | 16 bands", by which outlets that place it differently still meet.
 */
function existentialSubject(parse: SentenceParse, clause: Clause, isTimePhrase: (p: Phrase) => boolean): Clause | null {
  const { tokens } = parse;
  const [subject] = clause.subjects;
  if (clause.subjects.length !== 1 || subject!.first !== subject!.last || tokens[subject!.first]!.lower !== 'there') return null;
  if (lastVerbLemma(parse, clause.vg) !== 'be' || clause.objectKind !== 'np' || clause.objects.length !== 1) return null;
  const where = clause.pps[0];
  if (!where || isTimePhrase(where.np) || !EXISTENTIAL_PLACE_PREPS.has(tokens[where.prep]!.lower)) return null;
  return { ...clause, subjects: clause.objects, relationPrep: where.prep, objects: [where.np], pps: clause.pps.slice(1) };
}

/**
 * "Inside were 74 items", "Among them were a cassette tape and letters", "Outside the court were
 * dozens of protesters": a place opening the sentence before a bare "be", and what is there after
 * it, which is the subject ("74 items | be inside", "a cassette tape | be among | them").
 */
function invertedLocative(parse: SentenceParse, clause: Clause): Clause | null {
  const { chunks, tokens } = parse;
  const { vg } = clause;
  const at = chunks.indexOf(vg);
  if (vg.first !== vg.last || tokens[vg.first]!.lemma.toLowerCase() !== 'be' || clause.objectKind !== 'np' || clause.objects.length === 0) return null;
  // ("Inside there is an intensive care unit": an existential "there" before the verb adds no place.)
  const before = chunks.slice(0, at);
  const expletive = before.length > 1 && before.at(-1)!.first === before.at(-1)!.last && tokens[before.at(-1)!.first]!.lower === 'there';
  const place = expletive ? before.slice(0, -1) : before;
  const prep = place[0];
  if (!prep || prep.first !== prep.last || !LOCATIVE_INVERSION_PREPS.has(tokens[prep.first]!.lower)) return null;
  if (place.length === 1) return { ...clause, subjects: clause.objects, subjectVia: 'adjacent', relationPrep: prep.first, objects: [], objectKind: 'none' };
  if (place.length !== 2 || place[1]!.type !== 'NP') return null;
  return { ...clause, subjects: clause.objects, subjectVia: 'adjacent', relationPrep: prep.first, objects: [phraseOf(place[1]!)] };
}

/** Prepositions of place and of membership that open a sentence whose subject follows its verb. */
const LOCATIVE_INVERSION_PREPS: ReadonlySet<string> = new Set(['inside', 'outside', 'among', 'amongst', 'in', 'within', 'beneath', 'behind', 'beside', 'alongside', 'above', 'below']);

/** Prepositions that say where what there is, is: "there are 300 homes on the estate". */
const EXISTENTIAL_PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'inside', 'outside', 'across', 'within']);

// ------------------------------------------------------------------------------------------ subject

function findSubject(parse: SentenceParse, c: number, earlier: Clause[], isTimePhrase: (p: Phrase) => boolean): { phrases: Phrase[]; via: Clause['subjectVia'] } {
  const { chunks, tokens } = parse;
  let k = c - 1;
  // "the Driver and Vehicle Standards Agency (DVSA) raided": a bracketed short name between the
  // subject and its verb names the subject again.
  if (chunks[k]?.tag === ')' && chunks[k - 1]?.type === 'NP' && chunks[k - 2]?.tag === '(' && chunks[k - 3]?.type === 'NP') k -= 3;
  // "Farmers all grow maize": a floating quantifier between subject and verb is not the subject.
  // ("Patients who need urgent care overnight will be directed": a time word the tagger left alone is no subject either.)
  while (k >= 0 && (chunks[k]!.tag === 'B' || chunks[k]!.tag === 'X' || (chunks[k]!.tag === 'D' && FLOATING_QUANTIFIERS.has(tokens[chunks[k]!.first]!.lower) && chunks[k - 1]?.type === 'NP') || (chunks[k]!.type === 'TOK' && chunks[k]!.tag === 'J' && chunks[k - 1]?.type === 'NP' && isTimePhrase(phraseOf(chunks[k]!))))) k--;
  // "The University of Florida however, refused", "The supply, though, is tighter": a linking
  // adverb before a comma, with or without one before it, is an aside between subject and verb.
  const aside = chunks[k - 1];
  if (chunks[k]?.tag === ',' && aside && aside.first === aside.last && DISCOURSE_ADVERBS.has(tokens[aside.first]!.lower)) {
    const before = chunks[k - 2]?.tag === ',' ? k - 3 : k - 2;
    if (chunks[before]?.type === 'NP') k = before;
  }
  // "“Kormoran” was …": a name in quote marks is still the subject.
  if (chunks[k]?.tag === 'Q' && chunks[k - 1]?.type === 'NP' && chunks[k - 2]?.tag === 'Q') k--;
  // "The harbour board this spring adds": a time between subject and verb is not the subject.
  if (chunks[k]?.type === 'NP' && chunks[k - 1]?.type === 'NP' && isTimePhrase(phraseOf(chunks[k]!))) k--;
  if (k < 0) {
    const described = frontedParticipleSubject(parse, c);
    return described ? { phrases: [described], via: 'participle' } : { phrases: [], via: 'none' };
  }
  const chunk = chunks[k]!;

  // "Residents who had to leave said", "Those who had to leave spent the night": a relative clause
  // of a verb alone, right before the verb, belongs to the noun before "who".
  if (chunk.type === 'VG' && chunks[k - 1]?.tag === 'W' && tokens[chunks[k - 1]!.first]!.lower === 'who') {
    const antecedent = findAntecedent(parse, k - 1);
    if (antecedent) return { phrases: withCoordinatedSubjects(parse, antecedent.index, antecedent.phrase), via: 'relative' };
  }
  // "All of the items he recovered will go to the museum", "The car she bought was stolen": a
  // relative clause with no "that", its own pronoun subject and its verb alone, sits between the
  // noun that opens the clause and the noun's verb.
  if (chunk.type === 'VG' && contactRelative(parse, k)) return { phrases: [extendLeftOverPP(parse, k - 2)], via: 'relative' };
  // "The money raised will go to charity": a participle alone between a noun and an auxiliary
  // describes the noun (the money that was raised), which is the subject of what follows.
  if (chunk.type === 'VG' && chunk.first === chunk.last && chunks[k - 1]?.type === 'NP' && parse.tags[chunks[c]!.first] === 'A' && mayBeParticipleGroup(tokens, chunk)) {
    return { phrases: withCoordinatedSubjects(parse, k - 1, extendLeftOverPP(parse, k - 1)), via: 'relative' };
  }
  // "The decision to close was not unanimous": an infinitive with no object of its own, right
  // before the verb, describes the noun before it, which is the subject.
  if (chunk.type === 'VG') {
    const purposeOf = infinitiveModifierSubject(parse, c, isTimePhrase);
    if (purposeOf !== null) return { phrases: [extendLeftOverPP(parse, purposeOf)], via: 'relative' };
  }
  if (chunk.type === 'NP') {
    if (chunks[k - 1]?.type === 'VG' && tokens[chunks[c]!.first]!.lower.endsWith('ing') && SPENDING_VERBS.has(lastVerbLemma(parse, chunks[k - 1]!))) {
      const spender = earlier[earlier.length - 1];
      if (spender && spender.subjects.length > 0) return { phrases: spender.subjects, via: 'control' };
    }
    // "some doctors who have conducted tests on themselves report": the NP before the verb ends a
    // relative clause; the verb belongs to the clause's antecedent.
    // "Sessions for people who rely on the food bank will go ahead": "who" is the people, but what
    // goes ahead is the whole phrase the relative clause sits in, prepositions and all.
    const relative = openRelativeBefore(parse, k, c);
    if (relative !== null) {
      const antecedent = findAntecedent(parse, relative);
      if (antecedent) {
        const plain = antecedent.phrase.first === chunks[antecedent.index]!.first && antecedent.phrase.last === chunks[antecedent.index]!.last;
        const phrase = plain ? extendLeftOverPP(parse, antecedent.index) : antecedent.phrase;
        return { phrases: withCoordinatedSubjects(parse, antecedent.index, phrase), via: 'relative' };
      }
    }
    // "The union representing Pellmont workers said": the noun phrase before the verb is the
    // participle's object; the verb's subject is the phrase the participle describes.
    const described = reducedRelativeSubject(parse, c, isTimePhrase);
    if (described !== null) return { phrases: withCoordinatedSubjects(parse, described, extendLeftOverPP(parse, described)), via: 'relative' };
    // "The plans to expand the port were shelved": the port is the infinitive's object; the plans were shelved.
    const purposeOf = infinitiveModifierSubject(parse, c, isTimePhrase);
    if (purposeOf !== null) return { phrases: [extendLeftOverPP(parse, purposeOf)], via: 'relative' };
    // "The firm owned by the Vardel family sold …": the participle itself is a passive on that phrase.
    if (!tokens[chunks[c]!.first]!.lower.endsWith('ing') && opensReducedRelative(parse, c, isTimePhrase)) return { phrases: [extendLeftOverPP(parse, k)], via: 'participle' };
    // "said he had agreed": the NP right after a speech verb is the inner clause's subject, fine.
    if (isReducedRelative(parse, c, k, isTimePhrase)) return { phrases: [phraseOf(chunk)], via: 'participle' };
    return { phrases: withCoordinatedSubjects(parse, k, extendLeftOverPP(parse, k)), via: 'adjacent' };
  }
  if (chunk.tag === 'W') {
    const antecedent = findAntecedent(parse, k);
    if (antecedent) return { phrases: withCoordinatedSubjects(parse, antecedent.index, antecedent.phrase), via: 'relative' };
    // "That would be a disaster": a "that" opening the sentence points back; it is no relative.
    const opensSentence = chunks.slice(0, k).every((ch) => ch.tag === 'Q' || ch.tag === 'B' || ch.tag === 'C');
    if (opensSentence && tokens[chunk.first]!.lower === 'that') return { phrases: [phraseOf(chunk)], via: 'adjacent' };
    return { phrases: [], via: 'none' };
  }
  const described = participleParentheticalSubject(parse, c, k);
  if (described) return { phrases: [described], via: 'participle' };
  // "…, opened fire at a party, killing one man": an -ing verb after a comma has the main clause's
  // subject, before any reading of the commas as a parenthesis ("Kirkpatrick, 61, opened").
  if (chunk.tag === ',' && tokens[chunks[c]!.first]!.lower.endsWith('ing')) {
    const participle = participleSubject(parse, c, k, earlier);
    if (participle) return participle;
  }
  // "Arcade Comeaux, Jr., was executed", "Dr. Ann Lowe, MD, was named": the comma closes the name's
  // suffix (but "his son, Ike LaRue III, said" is an apposition, read below).
  if (chunk.tag === ',' && chunks[k - 1]?.type === 'NP' && chunks[k - 2]?.tag !== ',' && isNameSuffix(tokens[chunks[k - 1]!.last]!.text)) return { phrases: [phraseOf(chunks[k - 1]!)], via: 'adjacent' };
  if (chunk.tag === ',') {
    const named = identityBlockName(parse, k);
    if (named !== null) return { phrases: withCoordinatedSubjects(parse, named, phraseOf(chunks[named]!)), via: 'apposition-skip' };
    let skipped = skipParenthetical(parse, k);
    // "Chloe Barden, 29, who is due in December, said": the age between commas is the name's.
    if (skipped !== null && isAgeChunk(parse, skipped) && chunks[skipped - 1]?.tag === ',' && chunks[skipped - 2]?.type === 'NP') skipped -= 2;
    const inner = chunks[k - 1];
    // ("The Best in Show judge, Margaret Oyelaran, said": the post may carry a phrase of its own.)
    // ("The youngest of the 11, Private Sidney Larkworth, was only 17": a superlative picks out the named one.)
    if (skipped !== null && inner?.type === 'NP' && chunks[k - 2]?.tag === ',' && isProperName(tokens, inner) && (namesSomeone(tokens, chunks[skipped]!) || picksOneOfSet(tokens, chunks[skipped]!) || (chunks[k - 3]?.type === 'NP' && namesSomeone(tokens, chunks[k - 3]!)))) {
      return { phrases: [phraseOf(inner)], via: 'apposition-skip' };
    }
    if (skipped !== null) {
      const np = chunks[skipped + 1]?.tag === 'I' && chunks[skipped + 2]?.type === 'NP' && chunks[skipped + 3]?.tag === ','
        ? { first: chunks[skipped]!.first, last: chunks[skipped + 2]!.last }
        : extendLeftOverPP(parse, skipped);
      return { phrases: withCoordinatedSubjects(parse, skipped, np), via: 'apposition-skip' };
    }
  }
  if (chunk.tag === 'T' && chunks[k - 1]?.type === 'NP' && chunks[k - 2]?.type === 'VG' && startsReportedClause(parse, k - 1) && !wantsOfObject(parse, chunks[k - 2]!)) {
    // "said the plans to expand the port were shelved": who would expand is not said.
    return { phrases: [], via: 'none' };
  }
  // "The station cost £14.2m to build": what the amount was spent on; whoever builds it is not said.
  // ("Symptoms can take ten weeks to appear" is the symptoms appearing.)
  if (chunk.tag === 'T' && chunks[k - 1]?.type === 'NP' && chunks[k - 2]?.type === 'VG' && spendsAmount(parse, chunks[k - 2]!, chunks[k - 1]!)) return { phrases: [], via: 'none' };
  if (chunk.tag === 'T' && chunks[k - 1]?.type === 'NP' && chunks[k - 2]?.type === 'VG') {
    // Object control: "invited Xi to make a state visit" — Xi makes the visit; otherwise the
    // subject carries on: "withdrew its threat to impose tariffs" — the US imposes.
    if (OBJECT_CONTROL_VERBS.has(lastVerbLemma(parse, chunks[k - 2]!))) return { phrases: [phraseOf(chunks[k - 1]!)], via: 'control' };
    const previous = earlier[earlier.length - 1];
    if (previous && previous.subjects.length > 0) return { phrases: previous.subjects, via: 'control' };
  }
  // "The weapons will be taken away to be destroyed", "went out to buy milk": an infinitive right
  // after a whole verb group says what for; its subject carries on.
  if (chunk.tag === 'T' && chunks[k - 1]?.type === 'VG') {
    const previous = earlier[earlier.length - 1];
    if (previous && previous.subjects.length > 0 && previous.vg === chunks[k - 1]) return { phrases: previous.subjects, via: 'control' };
  }
  // "asked people not to spray swarms": the object is asked, the infinitive denied (6-claims.ts).
  if (chunk.tag === 'T' && chunks[k - 1]?.tag === 'X' && chunks[k - 2]?.type === 'NP' && chunks[k - 3]?.type === 'VG' && OBJECT_CONTROL_VERBS.has(lastVerbLemma(parse, chunks[k - 3]!))) {
    return { phrases: [phraseOf(chunks[k - 2]!)], via: 'control' };
  }
  // "He was too ill to attend the hearing": who was too ill is who did not attend (but in "too cold
  // to swim in", the subject is what the stranded preposition takes).
  if (chunk.tag === 'T' && chunks[k - 1]?.tag === 'J' && tokens[chunks[k - 2]?.first ?? -1]?.lower === 'too' && chunks[k - 3]?.type === 'VG' && !endsOnPreposition(tokens, chunks[c]!)) {
    const previous = earlier[earlier.length - 1];
    if (previous && previous.subjects.length > 0) return { phrases: previous.subjects, via: 'control' };
  }
  if (chunk.tag === 'T' && chunks[k - 1]?.type === 'NP' && followsVerbOverAdjuncts(parse, k - 1, isTimePhrase)) {
    // "agreed in principle to lease", "decided on Monday to lease": adjuncts between the verb and its
    // infinitive; the subject carries on.
    const previous = earlier[earlier.length - 1];
    if (previous && previous.subjects.length > 0) return { phrases: previous.subjects, via: 'control' };
  }
  if (chunk.tag === 'C' || (chunk.tag === ',' && chunks[k - 1]?.tag !== 'n')) {
    // Coordinated verbs share the subject: "agreed to visit Beijing and invited Xi".
    const previous = earlier[earlier.length - 1];
    if (previous && previous.subjects.length > 0 && !tokens.slice(previous.last + 1, chunk.first).some((t) => t.pos === 'VERB')) {
      return { phrases: previous.subjects, via: 'coordination' };
    }
  }
  if (chunk.tag === ',' && continuesVerbSeries(parse, c)) {
    // "crossed the river, captured the town, and marched north": a comma-separated series of verb
    // phrases closed by "and" shares the first one's subject.
    const previous = earlier[earlier.length - 1];
    if (previous && previous.subjects.length > 0) return { phrases: previous.subjects, via: 'coordination' };
  }
  if (chunk.tag === 'C' || chunk.tag === ',' || chunk.tag === 'n') {
    const previous = earlier[earlier.length - 1];
    if (previous && previous.subjects.length > 0 && chunk.tag === 'C') return { phrases: previous.subjects, via: 'coordination' };
  }
  const participle = participleSubject(parse, c, k, earlier);
  if (participle) return participle;
  return { phrases: [], via: 'none' };
}

/**
 * "The ferry, called Blue Star, will sail": the participle between commas, with the main verb after
 * the closing comma, describes the noun phrase before the opening one.
 */
function participleParentheticalSubject(parse: SentenceParse, c: number, k: number): Phrase | null {
  const { chunks, tokens } = parse;
  if (chunks[k]?.tag !== ',' || chunks[k - 1]?.type !== 'NP' || !isParticipleGroup(tokens, chunks[c]!)) return null;
  for (let close = c + 1; close < chunks.length; close++) {
    if (chunks[close]!.tag !== ',') continue;
    let after = close + 1;
    while (chunks[after]?.tag === 'B') after++;
    if (chunks[after]?.type !== 'VG' || !isParticipleParenthetical(tokens, chunks, k, close)) return null;
    // "Kirkpatrick, 61, opened fire at a party, killing one man": an -ing verb after the closing
    // comma is no main verb, so "opened" is finite and nothing between commas was a parenthesis.
    if (/ing$/.test(tokens[chunks[after]!.first]!.lower)) return null;
    // Only between a subject and its verb: in "crossed the river, captured the town, …" the noun
    // phrase is an object and the verbs are a series sharing the sentence's subject.
    const described = extendLeftOverPP(parse, k - 1);
    const before = chunks[chunks.findIndex((ch) => ch.first === described.first) - 1];
    return !before || SUBJECT_OPENERS.has(before.tag) ? described : null;
  }
  return null;
}

/**
 * "Established in 1868, the brewery is one of the oldest", "Charged with theft, Mr Cole appeared
 * in court": a participle phrase opening the sentence says something about the main clause's
 * subject, the noun phrase after its closing comma.
 */
function frontedParticipleSubject(parse: SentenceParse, c: number): Phrase | null {
  const { chunks, tokens } = parse;
  if (!isParticipleGroup(tokens, chunks[c]!) || PREPOSITION_PARTICIPLES.has(tokens[chunks[c]!.first]!.lower)) return null;
  const close = chunks.findIndex((chunk, index) => index > c && chunk.tag === ',');
  if (close < 0 || chunks.slice(c + 1, close).some((chunk) => chunk.type === 'VG')) return null;
  const subject = chunks[close + 1];
  if (subject?.type !== 'NP' || chunks[close + 2]?.type !== 'VG') return null;
  return phraseOf(subject);
}

/**
 * Participles that open a condition or a comparison, not a statement about the subject: "Given the
 * cost, the council …", "Compared with last year, sales …"; "Speaking after the hearing, she said"
 * only repeats the speech verb ("according", "including" are tagged as prepositions).
 */
const PREPOSITION_PARTICIPLES: ReadonlySet<string> = new Set(['given', 'considering', 'compared', 'assuming', 'barring', 'pending', 'judging', 'speaking']);

/** "cost £14.2m": a verb whose object is the amount paid, with a number in it. */
function spendsAmount(parse: SentenceParse, verb: Chunk, object: Chunk): boolean {
  return lastVerbLemma(parse, verb) === 'cost' && parse.tokens.slice(object.first, object.last + 1).some((t) => t.pos === 'NUM');
}

/** Chunks after which a noun phrase starts a clause: a comma, an adverb, a quote mark, a colon. */
const SUBJECT_OPENERS = new Set([',', 'B', 'Q', ':']);

/** Verbs whose passive still has a noun phrase after it: "called Defiant", "considered standard". */
const NAMING_VERBS = new Set(['call', 'name', 'dub', 'title', 'label', 'term', 'nickname', 'rename', 'consider', 'deem', 'elect', 'appoint', 'rate', 'rank', 'designate', 'brand']);

// Words tagged as prepositions that open a clause: the verb after their noun phrase is finite.
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'than', 'while', 'because', 'if', 'though', 'although', 'once', 'whether', 'unless', 'that']);

/**
 * "sold bonds priced at 99.5", "with troops sent to the border": a bare past participle right after
 * an object (of a verb or a preposition) cannot be that object's finite verb, so it is a passive
 * describing it. Not after verbs that take a clause ("said prices increased").
 */
function isReducedRelative(parse: SentenceParse, c: number, k: number, isTimePhrase: (p: Phrase) => boolean): boolean {
  const { chunks, tokens } = parse;
  const vg = chunks[c]!;
  if (!isParticipleGroup(tokens, vg) || tokens[vg.first]!.lower.endsWith('ing')) return false;
  // A passive takes no direct object: "spokesman said the maker …" is a finite verb after all;
  // only verbs of naming keep a noun phrase after them ("a prototype called Defiant"), and any
  // verb a time ("an offer made on Monday by …").
  const naming = NAMING_VERBS.has(lastVerbLemma(parse, vg));
  const after = chunks[c + 1];
  if ((after?.type === 'NP' && !naming && !isTimePhrase(phraseOf(after))) || after?.tag === 'K') return false;
  const before = chunks[k - 1];
  if (!before) return false;
  // "The board on Wednesday blocked the merger": a time is no object a participle could describe.
  if (isTimePhrase(phraseOf(chunks[k]!))) return false;
  if (before.type === 'VG') {
    const verb = lastVerbLemma(parse, before);
    return !SPEECH_VERBS.has(verb) && !CLAUSE_VERBS.has(verb) && !tokens.slice(before.first, before.last + 1).every((t) => t.pos === 'AUX');
  }
  if (!(before.tag === 'I' || before.tag === 'F') || SUBORDINATORS.has(tokens[before.first]!.lower)) return false;
  // "Shares in Farlink dropped sharply": with no other verb in the sentence, before or after, the
  // participle-looking verb is the sentence's own (regular pasts look like participles). A phrase in
  // -ing ("…, causing long queues") is no verb of its own either.
  const otherVerb = chunks.some((chunk, j) => j !== c && chunk.type === 'VG' && !(isParticipleGroup(tokens, chunk) && tokens[chunk.first]!.lower.endsWith('ing')));
  return otherVerb;
}

/**
 * Reduced relatives, participle phrases with no commas between a subject and its verb: "The union
 * representing Pellmont workers said", "The firm owned by the Vardel family sold". Returns the chunk
 * index of the noun phrase the participle before verb group c describes, or null.
 */
export function reducedRelativeSubject(parse: SentenceParse, c: number, isTimePhrase: (p: Phrase) => boolean = () => false): number | null {
  const { chunks } = parse;
  // The nearest verb group before c is the participle, if any is.
  let p = c - 1;
  while (p > 0 && chunks[p]!.type !== 'VG' && c - p <= 8) p--;
  if (chunks[p]?.type !== 'VG' || !opensReducedRelative(parse, p, isTimePhrase)) return null;
  return reducedRelativeEnd(parse, p, isTimePhrase) === c ? p - 1 : null;
}

/**
 * "The plans to expand the port were shelved", "said the decision to close the school angered
 * parents": a noun phrase that starts a clause, an infinitive describing it with its object and
 * adjuncts, then verb group c. The noun phrase is c's subject; returns its chunk index, else null.
 */
function infinitiveModifierSubject(parse: SentenceParse, c: number, isTimePhrase: (p: Phrase) => boolean): number | null {
  const { chunks, tokens } = parse;
  let j = c - 1;
  while (j > 0 && (chunks[j]!.tag === 'B' || (chunks[j]!.type === 'NP' && chunks[j - 1]?.tag === 'I' && chunks[j - 2]?.type === 'NP') || chunks[j]!.tag === 'I')) j--;
  if (chunks[j]?.type === 'NP' && !isTimePhrase(phraseOf(chunks[j]!))) j--;
  const infinitive = j;
  if (chunks[infinitive]?.type !== 'VG' || chunks[infinitive - 1]?.tag !== 'T' || chunks[infinitive - 2]?.type !== 'NP') return null;
  const noun = infinitive - 2;
  // ("Plans to open the tunnel … have been shelved": the sentence's first word, capitalised, is the tagger's name.)
  const head = tokens[chunks[noun]!.last]!;
  const firstWordNoun = chunks[noun]!.first === 0 && chunks[noun]!.last === 0 && head.pos === 'PROPN' && isWordNetLemma(baseForm(head.lower, 'noun'), 'noun');
  if (head.pos !== 'NOUN' && !firstWordNoun) return null;
  const described = extendLeftOverPP(parse, noun);
  return nounPhraseOpensClause(parse, chunks.findIndex((ch) => ch.first === described.first)) ? noun : null;
}

/**
 * Whether the noun phrase starting at chunk n can be a clause's subject by where it stands: first in
 * the sentence, after an opener, a subordinator or "that", or right after a verb of saying.
 */
function nounPhraseOpensClause(parse: SentenceParse, n: number): boolean {
  const { chunks, tokens } = parse;
  const before = chunks[n - 1];
  if (!before || SUBJECT_OPENERS.has(before.tag) || before.tag === 'K') return true;
  // ("And the discount given to pensioners will be scrapped": a coordinator opening the sentence.)
  if (before.tag === 'C' && n === 1) return true;
  if (before.tag === 'W') return tokens[before.first]!.lower === 'that';
  // "said the deal agreed in March would collapse": a reported clause starts a subject too.
  return startsReportedClause(parse, n);
}

/** A verb of wanting or expecting something of its object ("expects the centre to make a profit"), not of speech. */
function wantsOfObject(parse: SentenceParse, vg: Chunk): boolean {
  const verb = lastVerbLemma(parse, vg);
  return OBJECT_CONTROL_VERBS.has(verb) && !SPEECH_VERBS.has(verb);
}

/** The noun phrase at chunk n follows a verb of saying or thinking directly: it opens the reported clause. */
function startsReportedClause(parse: SentenceParse, n: number): boolean {
  const before = parse.chunks[n - 1];
  if (before?.type !== 'VG') return false;
  const verb = lastVerbLemma(parse, before);
  return SPEECH_VERBS.has(verb) || CLAUSE_VERBS.has(verb);
}

/**
 * Whether verb group p is a bare participle right after a noun phrase that starts a clause, its phrase
 * running on to a verb: the participle describes the noun phrase, and the verb is the phrase's own.
 */
function opensReducedRelative(parse: SentenceParse, p: number, isTimePhrase: (p: Phrase) => boolean): boolean {
  const { chunks, tokens } = parse;
  if (chunks[p - 1]?.type !== 'NP' || !mayBeParticipleGroup(tokens, chunks[p]!) || reducedRelativeEnd(parse, p, isTimePhrase) === null) return false;
  const described = extendLeftOverPP(parse, p - 1);
  return nounPhraseOpensClause(parse, chunks.findIndex((ch) => ch.first === described.first));
}

/**
 * The chunk index of the verb group that follows participle p's phrase: its object (none for a past
 * participle, which is passive, except after verbs of naming), then prepositional phrases, times and
 * adverbs. Null when anything else follows: "said in a statement it would" is a finite verb's report.
 */
function reducedRelativeEnd(parse: SentenceParse, p: number, isTimePhrase: (p: Phrase) => boolean): number | null {
  const { chunks, tokens } = parse;
  const vg = chunks[p]!;
  const verb = lastVerbLemma(parse, vg);
  const active = tokens[vg.first]!.lower.endsWith('ing') || NAMING_VERBS.has(verb);
  let j = p + 1;
  // "said in a statement fares would rise": a past speech verb is far likelier finite than a
  // passive, unless its agent follows ("the figures reported by the agency").
  if (!active && (SPEECH_VERBS.has(verb) || CLAUSE_VERBS.has(verb)) && tokens[chunks[j]?.first ?? -1]?.lower !== 'by') return null;
  while (chunks[j]?.tag === 'B') j++;
  if (active && chunks[j]?.type === 'NP') j++;
  for (;;) {
    const word = tokens[chunks[j]?.first ?? -1]?.lower ?? '';
    if (chunks[j]?.tag === 'B') j++;
    // "Anyone cut off for longer than 12 hours can claim": a particle, then "for" and an adverb
    // before the next preposition's phrase.
    else if (chunks[j]?.tag === 'I' && PARTICLE_PREPS.has(word) && chunks[j + 1]?.tag === 'I') j++;
    else if (chunks[j]?.tag === 'I' && !SUBORDINATORS.has(word) && chunks[j + 1]?.tag === 'B' && chunks[j + 2]?.tag === 'I' && chunks[j + 3]?.type === 'NP') j += 4;
    else if ((chunks[j]?.tag === 'I' || chunks[j]?.tag === 'F') && !SUBORDINATORS.has(word) && chunks[j + 1]?.type === 'NP') j += 2;
    else if (chunks[j]?.type === 'NP' && isTimePhrase(phraseOf(chunks[j]!))) j++;
    else break;
  }
  // A participle with nothing after it is too often a finite verb ("The council agreed", "Shares
  // fell"), except right before an auxiliary, where no finite verb can stand: "The money raised
  // will go to charity".
  if (j === p + 1 && parse.tags[chunks[j]?.first ?? -1] !== 'A') return null;
  // Another bare -ing verb would be a second participle, not the finite verb.
  const next = chunks[j];
  return next?.type === 'VG' && !(isParticipleGroup(tokens, next) && tokens[next.first]!.lower.endsWith('ing')) ? j : null;
}

/** Chunks a verb phrase in a series may hold after its verb: objects, prepositions, adverbs, commas. */
const SERIES_INNER_TAGS = new Set(['n', 'I', 'F', 'B', 'J', 'T', ',']);

/**
 * Whether verb group c, right after a comma, is an item of a verb series: later in the sentence an
 * "and"/"or" (after an optional comma) introduces another verb group, with no new subject between.
 */
function continuesVerbSeries(parse: SentenceParse, c: number): boolean {
  const { chunks, tokens } = parse;
  for (let j = c + 1; j < chunks.length; j++) {
    const chunk = chunks[j]!;
    if (chunk.tag === 'C') {
      let next = j + 1;
      while (chunks[next]?.tag === 'B') next++;
      return ['and', 'or'].includes(tokens[chunk.first]!.lower) && chunks[next]?.type === 'VG';
    }
    // Another verb is fine only as an item of the same series (", took the town,") or an infinitive.
    if (chunk.type === 'VG' && chunks[j - 1]?.tag !== ',' && chunks[j - 1]?.tag !== 'T') return false;
    if (chunk.type !== 'VG' && !SERIES_INNER_TAGS.has(chunk.tag)) return false;
  }
  return false;
}

/** Whether chunk j ends a run of prepositional phrases and time phrases that starts right after a verb group. */
function followsVerbOverAdjuncts(parse: SentenceParse, j: number, isTimePhrase: (p: Phrase) => boolean): boolean {
  const { chunks } = parse;
  let sawPhrase = false;
  while (chunks[j]?.type === 'NP') {
    if (chunks[j - 1]?.tag === 'I') j -= 2;
    else if (isTimePhrase(phraseOf(chunks[j]!))) j -= 1;
    else return false;
    sawPhrase = true;
  }
  return sawPhrase && chunks[j]?.type === 'VG';
}

/** A participle clause has no subject of its own: ", drawing comparisons to …" belongs to the main clause's. */
function participleSubject(parse: SentenceParse, c: number, k: number, earlier: Clause[]): { phrases: Phrase[]; via: Clause['subjectVia'] } | null {
  const { chunks, tokens } = parse;
  const first = tokens[chunks[c]!.first]!;
  // "…, causing long queues"; "were swept away while swimming in the river": the main clause's subject.
  const opener = chunks[k];
  const afterSubordinator = !!opener && (opener.tag === 'K' || opener.tag === 'I') && GERUND_SUBORDINATORS.has(tokens[opener.first]!.lower);
  if (first.pos === 'VERB' && (opener?.tag === ',' || afterSubordinator) && first.lower.endsWith('ing')) {
    const main = earlier.find((clause) => clause.subjects.length > 0 && clause.subjectVia !== 'relative');
    if (main) return { phrases: main.subjects, via: 'coordination' };
  }
  return null;
}

/**
 * "taken by bus", "delivered by hand", "notified by email": one bare singular noun that names no
 * person, group or place is how the act was done, not who did it ("by police", "by staff" are agents).
 */
function namesMeans(tokens: readonly Token[], phrase: Phrase): boolean {
  if (phrase.first !== phrase.last) return false;
  const word = tokens[phrase.first]!;
  return word.pos === 'NOUN' && word.lower === word.lemma.toLowerCase() && kindOfCommonNoun(word.lower) === null;
}

const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);

// With the places a noun is at: "a wind farm off the Calder Bay coast", "residents of the tower near the station".
const NOUN_PREPS = new Set([
  'on', 'in', 'with', 'without', 'for', 'from', 'at', 'about', 'over', 'against', 'between', 'among', 'to', 'by',
  'off', 'near', 'outside', 'inside', 'across', 'along', 'behind', 'beneath', 'under', 'above', 'beyond', 'within', 'into', 'opposite',
  'below', 'beside', 'alongside', 'underneath', 'around', 'towards', 'toward', 'through',
]);

/**
 * "Tariffs on Chinese goods remain", "This manual for warriors describes": the subject is the whole
 * phrase, back over its prepositional phrases to where the clause starts.
 */
function extendLeftOverPP(parse: SentenceParse, k: number): Phrase {
  const { chunks, tokens } = parse;
  // "The ministry on Friday reported": a time between subject and verb is no part of the subject.
  const nearest = chunks[k]!;
  const isDate = tokens.slice(nearest.first, nearest.last + 1).every((t) => t.entity === 'DATE' || t.entity === 'TIME' || t.pos === 'DET');
  if (isDate && chunks[k - 1]?.tag === 'I' && chunks[k - 2]?.type === 'NP') return extendLeftOverPP(parse, k - 2);
  const np = phraseOf(chunks[k]!);
  let head = k;
  // "Rail services between Vessby and the capital were", "people with wheelchairs, pushchairs or
  // heavy luggage would": the preposition's object may be coordinated, a list with "and" or "or".
  const overCoordinatedObject = () => {
    const at = listStart(chunks, head, [',', 'C']);
    // (A list with commas only of plain common nouns: "for a second time, producers Craig Zadan and
    // Neil Meron announced" is a time, then the subjects.)
    const plainList = at === head - 2 || plainNouns(parse, at, head);
    if (at !== head && plainList && chunks[head - 1]?.tag === 'C' && chunks[at - 1]?.tag === 'I' && chunks[at - 2]?.type === 'NP') head = at;
  };
  overCoordinatedObject();
  while (chunks[head - 1]?.tag === 'I' && chunks[head - 2]?.type === 'NP' && NOUN_PREPS.has(tokens[chunks[head - 1]!.first]!.lower)) {
    head -= 2;
    overCoordinatedObject();
  }
  if (head === k) return np;
  // Only when nothing before the head makes it an object of something else.
  const before = chunks[head - 1];
  // "pulled the plug on the festival with a storm set to batter the area": after a verb's object, a
  // "with" opens a clause of its own (the storm batters, not the plug), except after a verb of saying.
  const overWith = chunks.slice(head, k).some((ch) => ch.tag === 'I' && ABSOLUTE_PREPS.has(tokens[ch.first]!.lower));
  const afterVerb = before?.type === 'VG' && (!overWith || startsReportedClause(parse, head));
  // "Overnight the temperature on the moor sank": a time opening the sentence is no part of it either.
  const openingTime = before?.type === 'NP' && head - 1 === 0 && range(before.first, before.last).every((i) => isTimeToken(tokens, i));
  if (!before || before.tag === ',' || before.tag === 'Q' || before.tag === 'K' || before.tag === 'B' || afterVerb || openingTime) return { first: chunks[head]!.first, last: np.last };
  return np;
}

/**
 * The list ending with the noun phrase at chunk `last` ("wheelchairs, pushchairs", before "or heavy
 * luggage") is a preposition's, of plain common nouns: "people with wheelchairs, pushchairs or heavy
 * luggage would". Not examples after "such as" or "like", which a relative may follow ("grapnels,
 * ladders and gloves, all of which confirmed …").
 */
function plainListAfterPreposition(parse: SentenceParse, last: number): boolean {
  const { chunks, tokens } = parse;
  const at = listStart(chunks, last, [',']);
  const preposition = chunks[at - 1];
  if (preposition?.tag !== 'I' || ['as', 'like'].includes(tokens[preposition.first]!.lower)) return false;
  return plainNouns(parse, at, last);
}

/** The chunk where a list of noun phrases ending at chunk `last` starts, its items joined by the tags `joiners`. */
function listStart(chunks: readonly Chunk[], last: number, joiners: readonly string[]): number {
  let at = last;
  while (joiners.includes(chunks[at - 1]?.tag ?? '') && chunks[at - 2]?.type === 'NP') at -= 2;
  return at;
}

/** The noun phrases among chunks `first`..`last` are plain common nouns: no name, no determiner. */
function plainNouns(parse: SentenceParse, first: number, last: number): boolean {
  return parse.chunks.slice(first, last + 1).every((ch) => ch.type !== 'NP' || range(ch.first, ch.last).every((i) => parse.tokens[i]!.pos !== 'PROPN' && parse.tokens[i]!.pos !== 'DET'));
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function withCoordinatedSubjects(parse: SentenceParse, k: number, nearest: Phrase): Phrase[] {
  const { chunks, tokens } = parse;
  const phrases = [nearest];
  // (A phrase run left over a preposition's list, "people with wheelchairs, pushchairs or luggage",
  // is one subject: coordination is looked for before it.)
  const opening = chunks.findIndex((ch) => ch.first === nearest.first);
  const overList = opening >= 0 && opening < k && chunks.slice(opening, k).some((ch) => ch.tag === 'C');
  let j = (overList ? opening : k) - 1;
  // "Trump and Xi", "Xi, Trump and Takaichi"
  // "Connor Ashgrave, 27, of Wykeham Close, and Lewis Dunstall, 31, pleaded guilty": a name set off
  // with its age and address, then ", and", is one of the subjects.
  const named = chunks[j]?.tag === 'C' && tokens[chunks[j]!.first]!.lower === 'and' && chunks[j - 1]?.tag === ',' ? nameBeforeAside(parse, j - 1) : null;
  if (named !== null) {
    phrases.unshift(phraseOf(chunks[named]!));
    j = named - 1;
  }
  while (j >= 1 && (chunks[j]!.tag === 'C' || chunks[j]!.tag === ',') && chunks[j - 1]!.type === 'NP') {
    if (chunks[j]!.tag === 'C' && !['and', 'or'].includes(tokens[chunks[j]!.first]!.lower)) break;
    if (chunks[j]!.tag === ',' && !phrases.some(() => chunks.slice(j, k).some((ch) => ch.tag === 'C'))) break;
    const before = chunks[j - 2];
    if (before && (before.tag === 'I' || before.tag === 'F' || before.type === 'VG')) break;
    phrases.unshift(phraseOf(chunks[j - 1]!));
    j -= 2;
  }
  return phrases;
}

/**
 * The chunk index of a person's name before an aside of age and address that ends at the comma
 * `comma` ("Connor Ashgrave, 27, of Wykeham Close,"), or null: the aside holds only an age, "of" and
 * a name, each set off by commas.
 */
function nameBeforeAside(parse: SentenceParse, comma: number): number | null {
  const { chunks, tokens } = parse;
  let sawAside = false;
  for (let i = comma - 1; i >= 1; i--) {
    const chunk = chunks[i]!;
    const age = chunk.type === 'NP' && chunk.first === chunk.last && /^\d{1,3}$/.test(tokens[chunk.first]!.text);
    const address = chunk.type === 'NP' && isProperName(tokens, chunk) && chunks[i - 1]?.tag === 'F' && tokens[chunks[i - 1]!.first]!.lower === 'of';
    if (age || address) sawAside = true;
    else if (chunk.tag === ',' && sawAside && chunks[i - 1]!.type === 'NP' && isProperName(tokens, chunks[i - 1]!)) return i - 1;
    else if (chunk.tag !== ',' && !(chunk.tag === 'F' && tokens[chunk.first]!.lower === 'of')) return null;
  }
  return null;
}

/**
 * The chunk index of a "who/which/that" whose clause (verb, then its object) runs without commas up
 * to chunk k, right before verb group c; null when k is not the end of such a clause.
 */
function openRelativeBefore(parse: SentenceParse, k: number, c: number): number | null {
  const { chunks, tokens } = parse;
  let sawVerb = false;
  for (let j = k - 1; j >= 0; j--) {
    const tag = chunks[j]!.tag;
    if (tag === 'v') sawVerb = true;
    else if (tag === 'W') {
      const word = tokens[chunks[j]!.first]!.lower;
      // (Only adverbs and a time word the subject search skipped may stand between the clause and its verb.)
      const adjacent = chunks.slice(k + 1, c).every((ch) => ch.type === 'TOK' && ['B', 'X', 'J'].includes(ch.tag));
      return sawVerb && word !== 'whose' && chunks[j - 1]?.type === 'NP' && adjacent ? j : null;
    } else if (!['n', 'I', 'F', 'B', 'T'].includes(tag)) return null;
  }
  return null;
}

/** A name, written alone or as "the Rev Andrew Hollins" (a title after "the", then the name). */
function isProperName(tokens: Token[], chunk: Chunk): boolean {
  const words = tokens.slice(chunk.first, chunk.last + 1);
  // ("the Very Rev Martin Okafor": a style opens the title.)
  const titled = words.length > 2 && words[0]!.lower === 'the' && opensTitledName(words[1]!.lower);
  return (titled ? words.slice(1) : words).every((t) => t.pos === 'PROPN');
}

/** "to swim in.": a verb group followed only by a preposition before the sentence ends. */
function endsOnPreposition(tokens: Token[], vg: Chunk): boolean {
  const [next, after] = [tokens[vg.last + 1], tokens[vg.last + 2]];
  return next?.pos === 'ADP' && (after === undefined || after.pos === 'PUNCT');
}

/** A phrase for a person, by a title or post among its words or a head that is a word for a person: "The mayor", "His wife", "his sous chef". */
export function namesSomeone(tokens: Token[], chunk: Chunk): boolean {
  return hasTitle(tokens, chunk) || headIsPersonNoun(tokens, chunk);
}

/** "The youngest of the 11", "the oldest of them": "the", a superlative and "of" pick one member of a set. */
function picksOneOfSet(tokens: Token[], chunk: Chunk): boolean {
  const [the, superlative, of] = [tokens[chunk.first], tokens[chunk.first + 1], tokens[chunk.first + 2]];
  return the?.lower === 'the' && !!superlative && /^\p{Ll}+est$/u.test(superlative.text) && superlative.pos === 'ADJ' && of?.lower === 'of';
}

/** "His wife", "a neighbour", "the boy's father": a phrase whose head is a word for a person. */
function headIsPersonNoun(tokens: Token[], chunk: Chunk): boolean {
  const head = tokens[chunk.last]!;
  return head.pos === 'NOUN' && kindOfCommonNoun(head.lemma.toLowerCase()) === 'PERSON';
}

/** A title or a post among the phrase's words: "The mayor", "His solicitor", "the head teacher". */
function hasTitle(tokens: Token[], chunk: Chunk): boolean {
  const words = tokens.slice(chunk.first, chunk.last + 1).map((t) => t.lower);
  return words.some((word, k) => PERSON_TITLES.has(word) || findTitleAt(words, k) !== null);
}

function findAntecedent(parse: SentenceParse, w: number): { index: number; phrase: Phrase } | null {
  const { chunks, tokens } = parse;
  let k = w - 1;
  if (chunks[k]?.tag === ',') k--;
  if (chunks[k]?.type !== 'NP') return null;
  const relative = tokens[chunks[w]!.first]!.lower;
  // "Monday's phone call with Xi Jinping, which lasted": "which" skips a person to the thing before.
  if (relative === 'which' && chunks[k - 1]?.tag === 'I' && chunks[k - 2]?.type === 'NP' && tokens[chunks[k]!.first]!.pos === 'PROPN') {
    return { index: k - 2, phrase: phraseOf(chunks[k - 2]!) };
  }
  // "Chloe Barden, 29, who is due to give birth": "who" is the person whose age stands between commas.
  if (relative === 'who' && isAgeChunk(parse, k) && chunks[k - 1]?.tag === ',' && chunks[k - 2]?.type === 'NP') return { index: k - 2, phrase: phraseOf(chunks[k - 2]!) };
  // "Megan Pascoe, the vet who treated the seal, said": "who" is the named person the definite
  // description stands beside; keyed as "the vet" it went to another outlet's vet. ("Jean Hollis, a
  // retired nurse who lives in the village": an indefinite one keeps what it introduces.)
  if (relative === 'who' && chunks[k - 1]?.tag === ',' && chunks[k - 2]?.type === 'NP' && tokens[chunks[k]!.first]!.lower === 'the' && isProperName(tokens, chunks[k - 2]!)) {
    return { index: k - 2, phrase: phraseOf(chunks[k - 2]!) };
  }
  // "Pupils in Years 11 and 13, who sit exams": "who" is never a number; it is the people the
  // numbers qualify, before the coordination and the preposition.
  if (relative === 'who' && tokens[chunks[k]!.last]!.pos === 'NUM') {
    let head = k;
    while (chunks[head - 1]?.tag === 'C' && chunks[head - 2]?.type === 'NP') head -= 2;
    if (chunks[head - 1]?.tag === 'I' && chunks[head - 2]?.type === 'NP') return { index: head - 2, phrase: { first: chunks[head - 2]!.first, last: chunks[k]!.last } };
  }
  return { index: k, phrase: phraseOf(chunks[k]!) };
}

/**
 * "Darren Mullins, 38, of Carrick Close, Wexley, admitted": a court report's name, age and address
 * between commas before the verb; returns the chunk index of the name, or null. (The address is
 * a place or a list of places, after "of" or "from"; the age may be left out.)
 */
function identityBlockName(parse: SentenceParse, close: number): number | null {
  const { chunks, tokens } = parse;
  let j = close - 1;
  if (chunks[j]?.type !== 'NP') return null;
  // "Carrick Close, Wexley", "Carrick Close in Wexley"
  while ((chunks[j - 1]?.tag === ',' || (chunks[j - 1]?.tag === 'I' && tokens[chunks[j - 1]!.first]!.lower === 'in')) && chunks[j - 2]?.type === 'NP' && !isAgeChunk(parse, j - 2)) j -= 2;
  if ((chunks[j - 1]?.tag !== 'I' && chunks[j - 1]?.tag !== 'F') || !['of', 'from'].includes(tokens[chunks[j - 1]!.first]!.lower)) return null;
  j -= 1;
  if (chunks[j - 1]?.tag !== ',') return null;
  let name = j - 2;
  if (isAgeChunk(parse, name) && chunks[name - 1]?.tag === ',') name -= 2;
  // "Graham Toller, aged 47, from Hexworth,": the age with its word.
  else if (isAgeChunk(parse, name) && isAgedWord(parse, name - 1) && chunks[name - 2]?.tag === ',') name -= 3;
  const chunk = chunks[name];
  return chunk?.type === 'NP' && tokens[chunk.last]!.pos === 'PROPN' ? name : null;
}

/** Whether the verb group at `vg` closes "<noun phrase> he <verb>" opening its clause (a relative without "that"). */
function contactRelative(parse: SentenceParse, vg: number): boolean {
  const { chunks, tokens } = parse;
  const [pronoun, noun, before] = [chunks[vg - 1], chunks[vg - 2], chunks[vg - 3]];
  if (pronoun?.type !== 'NP' || pronoun.first !== pronoun.last || !SUBJECT_PRONOUNS.has(tokens[pronoun.first]!.lower)) return false;
  if (noun?.type !== 'NP' || STANDALONE_PRONOUNS.has(tokens[noun.last]!.lower) || tokens[noun.last]!.pos === 'PROPN') return false;
  // (The relative's verb is past or present, alone: "he recovered", not "he will".)
  const verb = chunks[vg]!;
  if (verb.first !== verb.last || tokens[verb.first]!.pos !== 'VERB') return false;
  return before === undefined || before.tag === ',' || before.tag === 'Q';
}

/** "aged" on its own before an age: "Graham Toller, aged 47,". */
function isAgedWord(parse: SentenceParse, c: number): boolean {
  const chunk = parse.chunks[c];
  return chunk?.type === 'VG' && chunk.first === chunk.last && parse.tokens[chunk.first]!.lower === 'aged' && isAgeChunk(parse, c + 1);
}

function isAgeChunk(parse: SentenceParse, c: number): boolean {
  const chunk = parse.chunks[c];
  return chunk?.type === 'NP' && chunk.first === chunk.last && ageNumber(parse.tokens[chunk.first]!.text) !== null;
}

/** A noun phrase's opening word: a determiner, a number, a sign, a possessive ("the right", "an eight-year deal"). */
function opensNounPhrase(tokens: readonly Token[], parse: SentenceParse, first: number): boolean {
  return ['DET', 'NUM', 'SYM'].includes(tokens[first]!.pos) || parse.tags[first] === '$';
}

/** A phrase opening with a sum or a figure: "£62,000", "$5m", "112,000 pounds". */
function opensWithAmount(tokens: readonly Token[], first: number): boolean {
  // "about £18,000", "more than £46,000": a hedge may come first.
  const hedge = HEDGES.find(({ words }) => words.split(' ').every((word, k) => tokens[first + k]?.lower === word));
  const at = first + (hedge ? hedge.words.split(' ').length : 0);
  return tokens[at] !== undefined && (isCurrencySign(tokens[at]!.text) || tokens[at]!.pos === 'NUM');
}

/**
 * "Trump and Xi, who met in Busan, discussed", "Japan, a US ally, could", "Trump, however, did":
 * returns the chunk index of the noun phrase before the parenthetical, or null.
 */
function skipParenthetical(parse: SentenceParse, close: number): number | null {
  const { chunks } = parse;
  for (let open = close - 1; open >= 1; open--) {
    if (chunks[open]!.tag !== ',') continue;
    const inner = chunks.slice(open + 1, close);
    const before = chunks[open - 1]!;
    if (before.type !== 'NP' || inner.length === 0) return null;
    const first = inner[0]!;
    const isRelative = first.tag === 'W';
    // "The ferry line, with roughly 40 boats in service, is": adverbs inside the phrase change nothing;
    // nor does an adjective with its complement ("the cabinet member responsible for the environment").
    const appositive = (chs: typeof inner) => chs.every((ch) => ch.type === 'NP' || ch.tag === 'F' || ch.tag === 'I' || ch.tag === 'C' || ch.tag === 'B' || ch.tag === 'J') && chs.some((ch) => ch.type === 'NP');
    // "Maureen Tillotson, a wheelchair user who lives in the town, had been calling": an apposition
    // may end in a relative clause on its own noun.
    const relativeAt = inner.findIndex((ch) => ch.tag === 'W');
    const isApposition = appositive(inner) || (relativeAt > 0 && inner[relativeAt - 1]!.type === 'NP' && appositive(inner.slice(0, relativeAt)));
    const isAside = inner.every((ch) => ch.tag === 'B' || ch.tag === 'C');
    const isParticiple = isParticipleParenthetical(parse.tokens, chunks, open, close);
    // "Large crowds, many carrying binoculars, have gathered": some of them doing something.
    const quantifiedParticiple = QUANTIFIED_ASIDES.has(parse.tokens[first.first]!.lower) && inner[1]?.type === 'VG' && parse.tokens[inner[1]!.first]!.lower.endsWith('ing');
    if (isRelative || isApposition || isAside || isParticiple || quantifiedParticiple) {
      // "the call with Xi, which lasted an hour, focused": the subject is the NP the PP hangs on.
      const prep = chunks[open - 2];
      if (prep && (prep.tag === 'I' || prep.tag === 'F')) return chunks[open - 3]?.type === 'NP' ? open - 3 : null;
      return open - 1;
    }
    return null;
  }
  return null;
}

// --------------------------------------------------------------------------------------- complement

/** Adverbs that open a clause of their own after a verb: "came to light when the manager …". */
const CLAUSE_OPENING_ADVERBS: ReadonlySet<string> = new Set(['when', 'where', 'whenever', 'wherever']);

function readComplement(parse: SentenceParse, c: number, clause: Clause, isTimePhrase: (p: Phrase) => boolean): void {
  const { chunks, tokens } = parse;
  const mainVerb = lastVerbLemma(parse, chunks[c]!);
  let k = c + 1;
  while (chunks[k]?.tag === 'B') {
    // "came to light when the manager carried out an audit": "when" opens a clause of its own,
    // whose subject is no object of this verb (a report's "said when asked" is read below).
    if (!SPEECH_VERBS.has(mainVerb) && CLAUSE_OPENING_ADVERBS.has(tokens[chunks[k]!.first]!.lower) && chunks[k + 1]?.type === 'NP' && chunks[k + 2]?.type === 'VG') return;
    k++;
  }
  // "noted: “…”": a colon between a speech verb and its quote or clause changes nothing; nor does
  // one that opens a verb's list of objects ("include: higher taxes, …").
  if (SPEECH_VERBS.has(mainVerb) && chunks[k]?.tag === ':' && chunks[k + 1]) k++;
  else if (chunks[k]?.tag === ':' && chunks[k + 1]?.type === 'NP') k++;
  const next = chunks[k];
  if (!next) {
    readTrailingSpeech(parse, c, clause, mainVerb);
    return;
  }
  if (SPEECH_VERBS.has(mainVerb) && (next.tag === '.' || next.tag === ',') && readTrailingSpeech(parse, c, clause, mainVerb)) return;
  // "…, the company confirmed on Wednesday.", "…, the chief executive told reporters in Oslo.":
  // what follows the verb says when, where or to whom; what was said comes before the comma.
  if (SPEECH_VERBS.has(mainVerb) && onlyAdjunctsToEnd(chunks, k) && readTrailingSpeech(parse, c, clause, mainVerb, true)) return;
  // "said in a memo to staff that …": phrases between the verb and its "that" do not stop the report.
  if (SPEECH_VERBS.has(mainVerb) && next.tag === 'I') {
    let j = k;
    while (chunks[j]?.tag === 'I' && chunks[j + 1]?.type === 'NP') j += 2;
    if (j > k && chunks[j] && (chunks[j]!.tag === 'K' || tokens[chunks[j]!.first]!.lower === 'that')) k = j;
    // ("said after the sale: “…”": so do they between the verb and a colon before its quote.)
    else if (j > k && chunks[j]?.tag === ':' && chunks[j + 1]?.tag === 'Q') k = j + 1;
  }

  // "stated to Trump that …", "told Trump that …": the addressee does not stop the reported clause.
  if (SPEECH_VERBS.has(mainVerb) && next.tag === 'I' && tokens[next.first]!.lower === 'to' && chunks[k + 1]?.type === 'NP' && chunks[k + 2] && opensClause(parse, k + 2) && chunks[k + 2]!.type !== 'NP') k += 2;
  else if (SPEECH_VERBS.has(mainVerb) && next.type === 'NP' && chunks[k + 1] && chunks[k + 1]!.type !== 'NP' && (chunks[k + 1]!.tag === 'K' || tokens[chunks[k + 1]!.first]!.lower === 'that')) k += 1;
  // "told the hearing the signature was not hers", "told reporters the plan was dead": with no
  // "that", whom the telling is to is the first noun phrase, what was said the clause after it.
  else if (TELLING_VERBS.has(mainVerb) && next.type === 'NP' && chunks[k + 1]?.type === 'NP' && chunks[k + 2]?.tag === 'v') k += 1;
  if ((SPEECH_VERBS.has(mainVerb) || CLAUSE_VERBS.has(mainVerb)) && opensClause(parse, k)) {
    clause.speech = SPEECH_VERBS.has(mainVerb);
    clause.objectKind = 'clause';
    const start = chunks[k]!.tag === 'K' || (chunks[k]!.type === 'TOK' && tokens[chunks[k]!.first]!.lower === 'that') ? k + 1 : k;
    const end = clauseEnd(parse, start);
    if (start <= end) clause.objects.push({ first: chunks[start]!.first, last: chunks[end]!.last });
    clause.last = chunks[end]?.last ?? clause.last;
    return;
  }
  // "told reporters: “…”": the addressee and a colon stand between the verb and its quote.
  if (SPEECH_VERBS.has(mainVerb) && next.type === 'NP' && chunks[k + 1]?.tag === ':' && chunks[k + 2]?.tag === 'Q') k += 2;
  if (SPEECH_VERBS.has(mainVerb) && chunks[k]!.tag === 'Q') {
    clause.speech = true;
    clause.objectKind = 'quote';
    const close = findClosingQuote(parse, k);
    if (close !== null) {
      clause.objects.push({ first: chunks[k + 1]!.first, last: chunks[close - 1]!.last });
      clause.last = chunks[close]!.last;
    }
    return;
  }

  if (next.type === 'NP') {
    if (isTimePhrase(phraseOf(next))) {
      // "met last week in Busan": a bare time phrase is a qualifier, keep looking for an object.
      clause.pps.push({ prep: -1, np: phraseOf(next) });
      k++;
    } else {
      clause.objects.push(...namedInApposition(parse, coordinatedObjects(parse, k, isTimePhrase)));
      clause.objectKind = 'np';
      k = chunkIndexAfter(chunks, clause.objects[clause.objects.length - 1]!.last);
      // "granted the mayors the right": a second object right after the first is part of it.
      const second = chunks[k];
      // "will cost the county council £62,000": after a payer, the amount is the object.
      if (clause.objects.length === 1 && second?.type === 'NP' && PAYER_FIRST_VERBS.has(mainVerb) && opensWithAmount(tokens, second.first)) {
        clause.objects[0] = phraseOf(second);
        k++;
      } else if (clause.objects.length === 1 && second?.type === 'NP' && opensNounPhrase(tokens, parse, second.first) && chunks[k + 1]?.type !== 'VG' && !isTimePhrase(phraseOf(second))) {
        // "offered Mark Teixeira an eight-year deal": a named recipient is a participant of its own,
        // and so is what was given to him.
        const recipient = clause.objects[0]!;
        if (tokens.slice(recipient.first, recipient.last + 1).every((t) => t.pos === 'PROPN')) clause.objects.push(phraseOf(second));
        else clause.objects[0] = { first: recipient.first, last: second.last };
        k++;
      }
    }
  } else if (next.tag === 'J') {
    let end = k;
    while (chunks[end + 1] && ['J', 'B', 'C'].includes(chunks[end + 1]!.tag) && chunks[end + 1]!.tag !== 'C') end++;
    // "extremely strong": the degree adverb is part of what is claimed.
    let from = k;
    while (from - 1 > c && chunks[from - 1]!.tag === 'B') from--;
    const adjective = tokens[chunks[end]!.first]!;
    if (from === end && from === k && /[a-z]ed$/.test(adjective.lower) && (chunks[end + 1]?.tag === 'I') && chunks[end + 2]?.type === 'NP') {
      // "has been involved in a dispute": the participle belongs to the relation.
      clause.relationAdjective = chunks[end]!.first;
      k = end + 1;
    } else {
      clause.objects.push({ first: chunks[from]!.first, last: chunks[end]!.last });
      clause.objectKind = 'adjective';
      k = end + 1;
      // "have been polite and respectful": each adjective joined by "and" is claimed on its own, as
      // each noun of a list is, so that an outlet's "respectful and courteous" meets it.
      while (chunks[k]?.tag === 'C' && tokens[chunks[k]!.first]!.lower === 'and' && chunks[k + 1]?.tag === 'J' && chunks[k + 2]?.tag !== 'J' && chunks[k + 2]?.type !== 'NP') {
        clause.objects.push({ first: chunks[k + 1]!.first, last: chunks[k + 1]!.last });
        k += 2;
      }
    }
  } else {
    // "are around close to half": an amount with no noun phrase of its own is the complement.
    const stop = findStop(chunks, k);
    const span = tokens.slice(next.first, chunks[stop - 1]?.last !== undefined ? chunks[stop - 1]!.last + 1 : next.first + 1);
    if (COPULAS.has(mainVerb) && span.length > 0 && span.length <= 8 && span[0]!.lower !== 'by' && parseQuantity(span.map((t) => t.lower))) {
      clause.objects.push({ first: next.first, last: next.first + span.length - 1 });
      clause.objectKind = 'np';
      k = stop;
    }
  }

  // Prepositional phrases after the verb or the object.
  while (k < chunks.length) {
    while (chunks[k]?.tag === 'B') k++;
    // "switched over to Merck", "ran out of fuel": a particle before the preposition joins it.
    if (clause.objects.length === 0 && chunks[k]?.tag === 'I' && (chunks[k + 1]?.tag === 'I' || chunks[k + 1]?.tag === 'F') && chunks[k + 2]?.type === 'NP' && PARTICLE_PREPS.has(tokens[chunks[k]!.first]!.lower)) k++;
    const prep = chunks[k];
    // "specializes in: music, drama and art": a colon after the preposition opens its list.
    const colon = clause.objects.length === 0 && chunks[k + 1]?.tag === ':' && chunks[k + 2]?.type === 'NP' && (prep?.tag === 'I' || prep?.tag === 'F') ? 1 : 0;
    // "at just under 50%": hedge words between the preposition and its noun phrase stay with the phrase.
    let n = k + 1 + colon;
    while (n < k + 4 && (chunks[n]?.tag === 'B' || (chunks[n]?.tag === 'I' && n > k + 1) || (chunks[n]?.tag === 'I' && chunks[n + 1]?.type === 'NP' && HEDGE_PREPS.has(parse.tokens[chunks[n]!.first]!.lower)))) n++;
    const np = chunks[n];
    if (!prep || (prep.tag !== 'I' && prep.tag !== 'F') || np?.type !== 'NP') break;
    const phrase = { first: chunks[k + 1 + colon]!.first, last: np.last };
    const gap = n - (k + 1 + colon);
    const prepWord = tokens[prep.first]!.lower;
    if (prepWord === 'including' && clause.objects.length > 0 && gap === 0) {
      const items = coordinatedObjects(parse, k + 1, isTimePhrase);
      clause.listObjects.push(...items);
      k = chunkIndexAfter(chunks, items[items.length - 1]!.last);
      continue;
    }
    if (prepWord === 'according') break;
    // "closed after the bridge collapsed", "sold before the problem was spotted": a noun phrase with
    // its own verb after "after" or "before" is a clause of its own, not the verb's participant.
    if (SUBORDINATORS.has(prepWord) && gap === 0 && opensFiniteClause(parse, n + 1)) break;
    // ("is scheduled for 18 December", "was set for Friday": a day after "for" is when, not what for.)
    const isTime = (TIME_PREPS.has(prepWord) || (prepWord === 'for' && namesADay(tokens, phrase))) && isTimePhrase(phrase);
    // "by" joins the relation only as a passive's agent ("was approved by the council"), not as an
    // amount or a means ("rose by 5%", "by train").
    // (Read only for the two prepositions whose phrase a passive and an amount decide.)
    const agentOrCause = prepWord === 'by' || prepWord === 'over';
    const passive = agentOrCause && isPassiveGroup(tokens, chunks[c]!);
    const amount = agentOrCause && !!parseQuantity(tokens.slice(phrase.first, phrase.last + 1).map((t) => t.lower));
    const isAgent = prepWord === 'by' && (passive || clause.subjectVia === 'participle') && !amount && !namesMeans(tokens, phrase);
    // "were cancelled as a result of the closure", "because of the pressure": a cause is no participant.
    // ("was suspended over the blunder", "were sacked over the error": after a passive, "over" gives the cause.)
    const isCause = CAUSE_OPENERS.test(tokens.slice(prep.first, Math.min(phrase.last, prep.first + 3) + 1).map((t) => t.lower).join(' ')) || (prepWord === 'over' && passive && !amount);
    if (clause.objects.length === 0 && clause.objectKind === 'none' && !isTime && !isCause && (prepWord !== 'by' || isAgent)) {
      clause.relationPrep = prep.first;
      clause.objects.push(...namedInApposition(parse, gap === 0 ? coordinatedObjects(parse, k + 1 + colon, isTimePhrase) : [phrase]));
      clause.objectKind = 'np';
      k = chunkIndexAfter(chunks, clause.objects[clause.objects.length - 1]!.last);
      continue;
    }
    // "between the noise of the harbour and the calm of the hills": a
    // coordinated noun phrase is all of the preposition's object.
    const items = gap === 0 ? coordinatedObjects(parse, n, isTimePhrase) : [];
    const lastItem = items.length > 1 ? items[items.length - 1]! : null;
    clause.pps.push({ prep: prep.first, np: lastItem ? { first: phrase.first, last: lastItem.last } : phrase });
    k = lastItem ? chunkIndexAfter(chunks, lastItem.last) : n + 1;
    if (clause.pps.length >= 4) break;
  }
  const lastChunk = chunks[Math.min(k, chunks.length) - 1];
  clause.last = Math.max(clause.last, lastChunk ? lastChunk.last : clause.last);
}

/**
 * Whether chunk `k` is a verb group with a tense of its own ("collapsed", "was spotted"). Only an
 * auxiliary or an -ed verb counts: "the Fourier transform" and "12.30 am" are tagged as verbs too.
 */
function opensFiniteClause(parse: SentenceParse, k: number): boolean {
  const vg = parse.chunks[k];
  if (vg?.type !== 'VG') return false;
  const first = parse.tokens[vg.first]!;
  if (first.lower === 'am' || first.lower === 'pm') return false;
  return first.pos === 'AUX' || (first.pos === 'VERB' && (/[a-z]ed$/.test(first.lower) || irregularPast(first)));
}

/** "before Lantern Press took a chance on it": a past form its lemma does not spell ("took", "fell", "sold"). */
function irregularPast(verb: Token): boolean {
  const lemma = verb.lemma.toLowerCase();
  return lemma !== verb.lower && !verb.lower.endsWith('ing') && !verb.lower.startsWith(lemma);
}

/** Prepositions, with the words after them, that open a cause rather than a participant. */
// ("suspended pending the outcome" waits on it; "cut off as a precaution" says why; "demolished as part of the plans"
// says under what: no participants either.)
const CAUSE_OPENERS = /^(?:as a result|as a (?:safety )?precaution|as a precautionary|as part of|under the (?:plans|scheme|terms)|because of|due to|owing to|thanks to|in response to|in the wake of|pending)\b/;

/**
 * "Prices will rise next year, says Ann Berg, an analyst.": a bare speech verb after a comma with
 * its speaker after it reports what comes before the comma. (Quoted reports are read in 6-claims.ts.)
 */
/** Speech verbs whose object is the one spoken to. */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'advise', 'urge', 'brief']);

/** Speech verbs that, after the words spoken, take their speaker: "…, warned Dr Ann Price". */
const WARNING_VERBS: ReadonlySet<string> = new Set(['warn', 'urge']);

function invertedSpeech(parse: SentenceParse, c: number): Clause | null {
  const { chunks, tokens } = parse;
  const vg = chunks[c]!;
  const verb = lastVerbLemma(parse, vg);
  const speaker = chunks[c + 1];
  // "…, told the crowd": who is told is listening, not speaking. But "…, warned Stockleigh vet Anna
  // Price": a name after "warned" or "urged" is who warns (a newspaper is told things: "told the BBC").
  const namedWarner = WARNING_VERBS.has(verb) && speaker?.type === 'NP' && tokens[speaker.last]!.pos === 'PROPN';
  if (!SPEECH_VERBS.has(verb) || (ADDRESSEE_VERBS.has(verb) && !namedWarner) || tokens.slice(vg.first, vg.last + 1).some((t) => t.pos === 'AUX')) return null;
  const after = chunks[c + 2];
  if (chunks[c - 1]?.tag !== ',' || chunks[c - 2]?.tag === 'Q' || speaker?.type !== 'NP' || (after && after.tag !== '.' && after.tag !== ',')) return null;
  let first = 0;
  while (first < c - 1 && ['Q', ',', 'B', 'C'].includes(chunks[first]!.tag)) first++;
  const reported = chunks.slice(first, c - 1);
  // ("Graham Toller, aged 47, admitted the offence": a name and its age report nothing.)
  if (!reported.some((ch, j) => ch.type === 'VG' && !isAgedWord(parse, first + j)) || !reported.some((ch) => ch.type === 'NP')) return null;
  // "…, said the charity's head of fundraising, Mark Denholm.": the name after the description speaks.
  const [named] = namedInApposition(parse, [phraseOf(speaker)]);
  return {
    vg,
    subjects: [named!],
    subjectVia: 'adjacent',
    objects: [{ first: chunks[first]!.first, last: chunks[c - 2]!.last }],
    objectKind: 'clause',
    listObjects: [],
    pps: [],
    last: named!.last,
    speech: true,
  };
}

/**
 * "Most of the proposals are in tourism, he said." / "The specialists, a trader said, were livid":
 * a speech verb with nothing after it reports the rest of the sentence.
 */
/** Whether chunks from `k` to the sentence end are only prepositional phrases and adverbs. */
function onlyAdjunctsToEnd(chunks: Chunk[], k: number): boolean {
  for (let j = k; j < chunks.length && chunks[j]!.tag !== '.'; j++) if (!['I', 'n', 'B'].includes(chunks[j]!.tag)) return false;
  return true;
}

/** Words that open a free relative: "whatever the council says" names no speaker. */
const FREE_RELATIVES: ReadonlySet<string> = new Set(['whatever', 'whoever', 'whichever', 'however']);

/** The chunk index of the quote mark still open at chunk `c`, or -1 when none is. */
function openingQuoteBefore(chunks: Chunk[], c: number): number {
  let open = -1;
  for (let j = 0; j < c; j++) if (chunks[j]!.tag === 'Q') open = open < 0 ? j : -1;
  return open;
}

function readTrailingSpeech(parse: SentenceParse, c: number, clause: Clause, mainVerb: string, addressee = false): boolean {
  const { chunks } = parse;
  if (!SPEECH_VERBS.has(mainVerb) || clause.subjects.length === 0) return false;
  const subjectFirst = Math.min(...clause.subjects.map((s) => s.first));
  // "…, whatever the council says": a speaker no one names says nothing that is reported.
  if (FREE_RELATIVES.has(parse.tokens[subjectFirst]!.lower)) return false;
  const before = chunks.findIndex((ch) => ch.last >= subjectFirst) - 1;
  if (before < 1 || chunks[before]!.tag !== ',') return false;
  // A speech verb inside quote marks reports nothing from before the quote opened.
  let first = openingQuoteBefore(chunks, c) + 1;
  while (first < before && ['Q', ','].includes(chunks[first]!.tag)) first++;
  let last = before - 1;
  while (last > first && ['Q', ','].includes(chunks[last]!.tag)) last--;
  // A parenthetical "…, a trader said, were livid": the report continues after the verb.
  let tail = c + 1;
  if (chunks[tail]?.tag === ',') tail++;
  let end = last;
  if (!addressee && chunks[tail] && chunks[tail]!.tag !== '.') {
    end = tail;
    while (end + 1 < chunks.length && !['.'].includes(chunks[end + 1]!.tag)) end++;
  }
  if (last < first) return false;
  // "The returning officer, Helen Braddock, declared the result": a noun phrase alone before the
  // comma is the speaker's apposition, not what was said.
  // (A parenthetical "The specialists, a trader said, were livid" goes on after a comma.)
  const parenthetical = chunks[c + 1]?.tag === ',';
  if (!parenthetical && !chunks.slice(first, last + 1).some((ch) => ch.type === 'VG' || ch.tag === 'Q')) return false;
  clause.speech = true;
  clause.objectKind = 'clause';
  clause.objects.push({ first: chunks[first]!.first, last: chunks[last]!.last });
  if (end !== last) clause.objects.push({ first: chunks[tail]!.first, last: chunks[end]!.last });
  return true;
}

function findStop(chunks: Chunk[], from: number): number {
  let k = from;
  while (k < chunks.length && !['.', ',', ':', 'Q', 'v', 'W', 'K', 'C'].includes(chunks[k]!.tag)) k++;
  return k;
}

function coordinatedObjects(parse: SentenceParse, k: number, isTimePhrase: (p: Phrase) => boolean = () => false): Phrase[] {
  const { chunks, tokens } = parse;
  const phrases: Phrase[] = [];
  let j = k;
  // "trade, fentanyl and Taiwan" — but not "trade and Xi discussed": an NP followed by a verb starts a clause.
  for (;;) {
    let item = phraseOf(chunks[j]!);
    let after = j + 1;
    // A list item may carry its own place: "the situation in Ukraine".
    if (phrases.length > 0 && chunks[after]?.tag === 'I' && chunks[after + 1]?.type === 'NP' && !isTimePhrase(phraseOf(chunks[after + 1]!)) && (chunks[after + 2]?.tag === ',' || chunks[after + 2]?.tag === 'C')) {
      item = { first: item.first, last: chunks[after + 1]!.last };
      after += 2;
    }
    phrases.push(item);
    let sep = after;
    if (chunks[sep]?.tag === ',' && chunks[sep + 1]?.tag === 'C') sep++; // Oxford comma
    const separator = chunks[sep];
    if (!separator || (separator.tag !== ',' && separator.tag !== 'C') || chunks[sep + 1]?.type !== 'NP') break;
    if (separator.tag === 'C' && !['and', 'or'].includes(tokens[separator.first]!.lower)) break;
    if (chunks[sep + 2]?.type === 'VG' || (chunks[sep + 2]?.tag === 'B' && chunks[sep + 3]?.type === 'VG')) break;
    if (separator.tag === ',' && !listContinues(chunks, sep + 1)) break;
    // "born in X, Y on July 17, 1749": a date is a qualifier, never the next list item.
    if (isTimePhrase(phraseOf(chunks[sep + 1]!)) || (chunks[after]?.tag === 'I' && isTimePhrase(phraseOf(chunks[after + 1]!)))) break;
    j = sep + 1;
  }
  return phrases;
}

/** A comma continues a list only if an "and"/"or" closes it later: "X, Y and Z". */
function listContinues(chunks: Chunk[], from: number): boolean {
  // Items are noun phrases, each with at most one prepositional phrase of its own.
  let prepsInItem = 0;
  for (let j = from; j < chunks.length && j < from + 10; j++) {
    const tag = chunks[j]!.tag;
    if (tag === 'C') return true;
    if (tag === ',') prepsInItem = 0;
    else if (tag === 'I') {
      if (++prepsInItem > 1) return false;
    } else if (tag !== 'n') return false;
  }
  return false;
}

function opensClause(parse: SentenceParse, k: number): boolean {
  const { chunks, tokens } = parse;
  const chunk = chunks[k]!;
  if (chunk.tag === 'K' || (chunk.type === 'TOK' && tokens[chunk.first]!.lower === 'that')) return true;
  if (chunk.tag === 'W' && tokens[chunk.first]!.lower === 'that') return true;
  if (chunk.type !== 'NP') return false;
  // "said he had agreed", "said Monday's call ... focused on trade": an NP whose verb follows.
  for (let j = k + 1; j < chunks.length; j++) {
    const tag = chunks[j]!.tag;
    // "admitted six offences relating to the property": a bare participle after the noun phrase
    // describes it; only a finite verb after it ("said the man carrying the bag was arrested") makes a clause.
    if (tag === 'v' && isBareParticiple(tokens, chunks[j]!)) continue;
    if (tag === 'v') return true;
    if (tag === '.' || tag === 'Q' || tag === ':') return false;
    // "will ensure an orderly handover, Deputy Mayor Ana Solberg said.": the verb after the comma is
    // the attribution's, not the noun phrase's.
    if (tag === ',' && closesWithAttribution(parse, j)) return false;
    // "confirmed the case on Wednesday after samples tested positive": a verb after "after",
    // "because", "when" is its own clause's, not the noun phrase's.
    if (tag === 'K') return false;
    if (tag === 'I' && SUBORDINATORS.has(tokens[chunks[j]!.first]!.lower) && chunks[j + 1]?.type === 'NP' && chunks[j + 2]?.tag === 'v') return false;
    // "denied the charges throughout the trial and his lawyer said …": past more than a list of
    // noun phrases ("prices and wages would rise"), a verb after "and" + a new subject is that subject's.
    // (Not the last item of a list after a comma: "people with wheelchairs, pushchairs or heavy luggage would".)
    const listGoesOn = chunks[j - 1]?.type === 'NP' && chunks[j - 2]?.tag === ',' && chunks[j - 3]?.type === 'NP' && plainListAfterPreposition(parse, j - 1);
    if (tag === 'C' && chunks[j + 1]?.type === 'NP' && !listGoesOn && chunks.slice(k + 1, j).some((ch) => ch.type !== 'NP' && ch.tag !== ',')) return false;
    // "denied the offence but were found guilty": a verb right after "but"/"and" goes on with the
    // sentence's own subject, so the noun phrase before it is what was denied, no clause's subject.
    // ("falling membership and mounting losses had left it": a bare -ing after "and" describes the next noun.)
    if (tag === 'C' && chunks[j + 1]?.tag === 'v' && !isBareParticiple(tokens, chunks[j + 1]!)) return false;
  }
  return false;
}

/** A verb group of one -ing word: a participle, never a finite verb. */
function isBareParticiple(tokens: Token[], chunk: Chunk): boolean {
  return chunk.first === chunk.last && /\p{Ll}ing$/u.test(tokens[chunk.first]!.text);
}

/** ", Deputy Mayor Ana Solberg said." from the comma at `comma`: a speaker and a speech verb ending the sentence. */
function closesWithAttribution(parse: SentenceParse, comma: number): boolean {
  const { chunks } = parse;
  const verb = chunks[comma + 2];
  if (chunks[comma + 1]?.type !== 'NP' || verb?.tag !== 'v' || !SPEECH_VERBS.has(lastVerbLemma(parse, verb))) return false;
  const after = chunks[comma + 3];
  return !after || after.tag === '.';
}

/** The reported clause runs to the end of the sentence, or to a closing quote or a colon. */
function clauseEnd(parse: SentenceParse, start: number): number {
  const { chunks } = parse;
  let end = start;
  while (end + 1 < chunks.length && !['.', ':'].includes(chunks[end + 1]!.tag)) end++;
  return end;
}

function findClosingQuote(parse: SentenceParse, open: number): number | null {
  for (let j = open + 1; j < parse.chunks.length; j++) if (parse.chunks[j]!.tag === 'Q') return j;
  return null;
}

function lastVerbLemma(parse: SentenceParse, vg: Chunk): string {
  for (let i = vg.last; i >= vg.first; i--) {
    const t = parse.tokens[i]!;
    if (t.pos === 'VERB') return t.lemma.toLowerCase();
  }
  return parse.tokens[vg.last]!.lemma.toLowerCase();
}

export function phraseOf(chunk: Chunk): Phrase {
  return { first: chunk.first, last: chunk.last };
}

/**
 * "was confirmed by the council's monitoring officer, Helen Rudd": a description of a person with
 * the person's name after a comma is that person, as a subject is ("The club's chairman, Tom Reed,
 * confirmed": apposition-skip). The apposition's claim keeps the description (6-claims.ts).
 */
function namedInApposition(parse: SentenceParse, objects: Phrase[]): Phrase[] {
  const { chunks, tokens } = parse;
  if (objects.length !== 1) return objects;
  const object = objects[0]!;
  const after = chunkIndexAfter(chunks, object.last);
  const [description, comma, name, close] = [chunks[after - 1], chunks[after], chunks[after + 1], chunks[after + 2]];
  if (description?.type !== 'NP' || description.last !== object.last || tokens[object.last]!.pos !== 'NOUN') return objects;
  if (!namesSomeone(tokens, { ...description, first: object.first }) || comma?.tag !== ',' || name?.type !== 'NP' || !isProperName(tokens, name)) return objects;
  // (A comma after the name may close the apposition; anything else goes on with another phrase.)
  return !close || close.tag === '.' || close.tag === ',' ? [phraseOf(name)] : objects;
}

/** A phrase that ends on a month or a weekday, or a figure after one: "18 December", "Friday", "December 18" (not "two weeks", "Sunday trading"). */
function namesADay(tokens: Token[], phrase: Phrase): boolean {
  const last = tokens[phrase.last]!;
  return DAY_AND_MONTH_WORDS.has(last.lower) || (last.pos === 'NUM' && DAY_AND_MONTH_WORDS.has(tokens[phrase.last - 1]?.lower ?? ''));
}

function chunkIndexAfter(chunks: Chunk[], tokenIndex: number): number {
  for (let j = 0; j < chunks.length; j++) if (chunks[j]!.first > tokenIndex) return j;
  return chunks.length;
}

export { CLAUSE_STOPS };
