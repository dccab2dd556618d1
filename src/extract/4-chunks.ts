// Groups tagged tokens into noun phrases and verb groups: the units the clause grammar works on.
import { PLURAL_AGREEMENT } from '../lexicon/function-words.ts';
import { amountHedgeLength, type Tag } from './3-tags.ts';
import { nameAfterPost } from './entity-kind.ts';
import { isKnownName } from '../compromise-lexicon.ts';
import { kindOfCommonNoun } from '../resolve/noun-kind.ts';
import { baseForm } from '../resolve/morphy.ts';
import { isWordNetLemma } from '../resolve/wordnet.ts';
import { ORG_WORDS } from '../lexicon/entity-words.ts';
import { SEMI_MODALS } from '../lexicon/modality.ts';
import { PLANNING_VERBS, TELLING_VERBS } from '../lexicon/verb-classes.ts';
import { isNameSuffix, PERSON_TITLES } from '../lexicon/titles.ts';
import { andAHalfAfter, isTimeToken, opensTimeExpression, placesTime, SPAN_UNITS } from './time.ts';
import type { Token } from './1-tokens.ts';
import { isCountedOccasion } from '../lexicon/occasion.ts';

/** Forms of "be" that with "to" and a verb say what is arranged: "is to close", "were to meet". */
const BE_TO: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am']);

export type ChunkType = 'NP' | 'VG' | 'TOK';

export interface Chunk {
  type: ChunkType;
  /** 'n' for a noun phrase, 'v' for a verb group, else the token's own tag. */
  tag: string;
  /** Token indices, inclusive. */
  first: number;
  last: number;
}

const NP_BODY = new Set(['D', '$', 'J', 'M', 'Y', 'N', 'P', 'S', 'h']);
const NP_HEAD = new Set(['N', 'P', 'M', 'Y']);
const VG_LEAD = new Set(['A', 'X', 'B']);

/** Verbs of beginning, going on and stopping, which take a gerund as "continue" takes "to": "continue being seen". */
const ASPECT_VERBS: ReadonlySet<string> = new Set(['continue', 'carry', 'keep', 'go', 'stop', 'start', 'begin', 'resume', 'cease', 'finish', 'quit']);
/** Of those, the ones that say it only with "on": "carry on", "keep on", "go on". */
const ASPECT_WITH_ON: ReadonlySet<string> = new Set(['carry', 'keep', 'go']);

/**
 * "will carry on being seen on the NHS", "continued working", "stopped offering": an aspect verb and
 * the gerund after it are one verb group, as "continue to be treated" is. The index after the
 * gerund, or j when none follows the verb before j.
 */
function aspectGerundEnd(tokens: Token[], tags: Tag[], j: number): number {
  const verb = tokens[j - 1]!.lemma.toLowerCase();
  if (!ASPECT_VERBS.has(verb)) return j;
  let k = j;
  if (tokens[k]?.lower === 'on') k++;
  else if (ASPECT_WITH_ON.has(verb)) return j;
  if (tokens[k]?.lower === 'being' && tags[k + 1] === 'V') return k + 2;
  if (tags[k] === 'V' && tokens[k]!.lower.endsWith('ing')) return k + 1;
  return j;
}
// Adverbs that stay with their verb as a particle ("move forward", "step down").
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'away', 'forward', 'ahead', 'over', 'in']);

export function chunkTokens(tokens: Token[], tags: Tag[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const vg = matchVerbGroup(tokens, tags, i);
    if (vg) {
      chunks.push(vg);
      i = vg.last + 1;
      continue;
    }
    const np = matchNounPhrase(tokens, tags, i);
    if (np) {
      chunks.push(np);
      i = np.last + 1;
      continue;
    }
    chunks.push({ type: 'TOK', tag: tags[i]!, first: i, last: i });
    i++;
  }
  return splitAddresseeFromName(joinOfChains(chunks, tokens), tokens);
}

/**
 * "told the court Brannan was deeply ashamed": after a verb of telling, a phrase of common nouns
 * run into a name, with a verb after it, is whom the speaker told and then the reported clause's
 * subject; the tagger's chunks joined them.
 */
function splitAddresseeFromName(chunks: Chunk[], tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  chunks.forEach((chunk, c) => {
    const before = chunks[c - 1];
    const telling = before?.type === 'VG' && TELLING_VERBS.has(tokens[before.last]!.lemma.toLowerCase());
    const split = telling && chunk.type === 'NP' && chunks[c + 1]?.type === 'VG' ? nameStart(tokens, chunk) : -1;
    if (split < 0) {
      out.push(chunk);
      return;
    }
    out.push({ ...chunk, last: split - 1 }, { ...chunk, first: split });
  });
  return out;
}

/** Where a capitalised name starts right after a lower-case common noun inside the phrase, or -1. */
function nameStart(tokens: Token[], chunk: Chunk): number {
  for (let k = chunk.first + 1; k <= chunk.last; k++) {
    const [noun, name] = [tokens[k - 1]!, tokens[k]!];
    if (noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && name.pos === 'PROPN' && /^\p{Lu}/u.test(name.text)) {
      return tokens.slice(k, chunk.last + 1).every((t) => t.pos === 'PROPN') ? k : -1;
    }
  }
  return -1;
}

// "these are small prices": a demonstrative right before a verb stands for a noun phrase.
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);
const VERB_STARTS = new Set(['A', 'V']);

function matchNounPhrase(tokens: Token[], tags: Tag[], i: number): Chunk | null {
  if (tags[i] === 'R') return { type: 'NP', tag: 'n', first: i, last: i };
  // A hedged amount is one phrase with its hedge: "up to 150 km per hour", "just under 3,000 staff".
  const hedge = i + amountHedgeLength(tokens, tags, i);
  if (hedge > i) {
    const amount = matchNounPhrase(tokens, tags, hedge);
    if (amount) return { ...amount, first: i };
  }
  if (tags[i] === 'D' && DEMONSTRATIVES.has(tokens[i]!.lower) && VERB_STARTS.has(tags[i + 1]!)) return { type: 'NP', tag: 'n', first: i, last: i };
  if (!NP_BODY.has(tags[i]!) || tags[i] === 'S' || tags[i] === 'h') return null;
  let j = i;
  // "a stable and positive trajectory": coordinated adjectives stay inside one phrase. A definite
  // determiner or possessive after a noun starts the next phrase ("In 2004 the press", "gave
  // Xi his due"); "a" after an amount stays ("$5 a share").
  // "a much greater stability": a degree adverb between a determiner and an adjective stays too.
  const degreeAdverb = (k: number): boolean => tags[k] === 'B' && (tags[k - 1] === 'D' || tags[k - 1] === 'J') && tags[k + 1] === 'J' && k > i;
  while (j + 1 < tags.length && (NP_BODY.has(tags[j + 1]!) || degreeAdverb(j + 1) || (tags[j + 1] === 'C' && tags[j] === 'J' && tags[j + 2] === 'J') || adjectiveCommaSeries(tags, i, j) || ampersandInName(tokens, tags, j))) {
    if (startsNextPhrase(tokens, tags, j + 1)) break;
    j++;
  }
  // A noun phrase ends on its head: trailing determiners or adjectives belong elsewhere.
  while (j >= i && !NP_HEAD.has(tags[j]!)) j--;
  if (j < i) return null;
  // "a year and a half", "two and a half years": one amount, not two things coordinated.
  if (andAHalfAfter(tokens, j)) {
    j += 3;
    if (tags[j - 3] === 'M' && tags[j + 1] === 'N') j++;
  }
  // "two years and eight months", "four hours and 12 minutes": one length of time.
  if (TIME_LENGTHS.has(tokens[j]!.lower) && tokens[j + 1]?.lower === 'and' && tags[j + 2] === 'M' && TIME_LENGTHS.has(tokens[j + 3]?.lower ?? '')) j += 3;
  return { type: 'NP', tag: 'n', first: i, last: j };
}

const NOUN_TAGS = new Set(['N', 'P', 'M', 'Y']);

/**
 * "Hartwell & Dunne", "Marks & Spencer": an ampersand between two names joins one firm's name. So
 * does "and" inside a body's name that ends on its organisation word only after it ("Wealdshire
 * Fire and Rescue Service"); "Kelby Council and Ravensby Council" name two bodies, each whole.
 */
function ampersandInName(tokens: Token[], tags: Tag[], j: number): boolean {
  if (tags[j] !== 'P' || tags[j + 2] !== 'P') return false;
  if (tokens[j + 1]?.text === '&') return true;
  if (tokens[j + 1]?.lower !== 'and' || ORG_WORDS.has(tokens[j]!.lower)) return false;
  // ("the London, Midland and Scottish Railway Company": the last names of a list, not one name.)
  let start = j;
  while (tags[start - 1] === 'P') start--;
  if (tokens[start - 1]?.text === ',') return false;
  let end = j + 2;
  while (tags[end + 1] === 'P') end++;
  return ORG_WORDS.has(tokens[end]!.lower);
}

/**
 * "mild, damp evenings": a comma between two adjectives before a noun stays inside the phrase,
 * when a determiner or a preposition opened it and nothing but adjectives came since ("get Reggie
 * involved, good things happen" is two phrases).
 */
function adjectiveCommaSeries(tags: Tag[], first: number, j: number): boolean {
  let k = j + 2;
  while (tags[k] === 'J') k++;
  const opened = tags[first] === 'D' || tags[first] === '$' || tags[first - 1] === 'I' || tags[first - 1] === 'F';
  const opening = opened && tags.slice(first, j + 1).every((tag) => tag === 'D' || tag === 'J' || tag === '$');
  return opening && tags[j] === 'J' && tags[j + 1] === ',' && k > j + 2 && tags[k] === 'N';
}

/** Units a length of time is counted in. */
const TIME_LENGTHS: ReadonlySet<string> = new Set(['second', 'seconds', ...SPAN_UNITS]);
const INDEFINITE = new Set(['a', 'an']);

function startsNextPhrase(tokens: Token[], tags: Tag[], k: number): boolean {
  // "they were delighted the brewery would stay": no noun phrase runs from an adjective into a
  // determiner; the determiner opens the clause the adjective takes.
  if (tags[k - 1] === 'J' && tags[k] === 'D' && !INDEFINITE.has(tokens[k]!.lower)) return true;
  if (!NOUN_TAGS.has(tags[k - 1]!)) return false;
  // "the first time Brinsley Cross had reached the final": an occasion ends its phrase; the clause
  // it counts opens the next.
  if (isCountedOccasion(tokens[k - 2]?.lower, tokens[k - 1]!.lower)) return true;
  // "approved the budget last Friday", "held talks Monday": a time after a noun is its own phrase,
  // not part of the object (unless the noun is itself part of the date: "Friday 5 May").
  if (opensTimeExpression(tokens, k) && !opensTimeExpression(tokens, k - 1) && !tokens[k - 1]!.entity) return true;
  // "Last year volunteers helped …": a placed time opening the phrase ends before a common noun,
  // which is the subject ("last year's total" is one phrase through its possessive).
  if (tags[k] === 'N' && !tokens[k]!.entity && /^\p{Ll}/u.test(tokens[k]!.text) && placesTime(tokens, k - 2) && isTimeToken(tokens, k - 1) && !isTimeToken(tokens, k)) return true;
  // "In 2019 two firms merged": a count right after a date starts the next phrase.
  if (tags[k] === 'M' && tokens[k - 1]!.entity === 'DATE' && tokens[k]!.entity !== 'DATE') return true;
  // "On Saturday rescuers hauled …": a day named right after its preposition, then a common noun
  // that is no part of the time ("on Saturday evening"), ends the time; the noun is the subject.
  if (tags[k] === 'N' && !tokens[k]!.entity && /^\p{Ll}/u.test(tokens[k]!.text) && followsDatedPreposition(tokens, tags, k)) return true;
  // "offered Mark Teixeira an eight-year deal": after a name, "a"/"an" opens the next phrase too ("$5 a share" stays one).
  if (tags[k] === 'D' && INDEFINITE.has(tokens[k]!.lower) && tags[k - 1] === 'P') return true;
  // "fined Rovers £250", "awarded the couple £5,000": a sum of money after a name or a noun is the
  // verb's second object ("Rovers" is fined, "£250" is what).
  if (tags[k] === 'Y' && (tags[k - 1] === 'P' || tags[k - 1] === 'N') && tags[k + 1] === 'M') return true;
  return (tags[k] === 'D' && !INDEFINITE.has(tokens[k]!.lower) && !/^(all|both|half|such)$/i.test(tokens[k - 1]!.text)) || tags[k] === '$';
}

/** Whether the words before k are a time and, before it, a preposition: "on Saturday", "on Saturday evening". */
function followsDatedPreposition(tokens: Token[], tags: Tag[], k: number): boolean {
  let d = k - 1;
  while (d >= 0 && (tokens[d]!.entity === 'DATE' || tokens[d]!.entity === 'TIME')) d--;
  return d < k - 1 && d >= 0 && tags[d] === 'I';
}

/** Verbs after which a participle goes on the chain: "to have survived", "to get married", "to become involved". */
const LINKING_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['have', 'be', 'get', 'become', 'go']);

/**
 * "Those who had to leave spent the night": a past or present-tense verb right after an infinitive
 * is the main clause's verb, its subject the relative clause's noun; chained on, the sentence lost
 * its verb. ("to get married", "to go shopping" chain on.)
 */
function finiteAfterInfinitive(tokens: Token[], tags: Tag[], j: number): boolean {
  const verb = tokens[j]!;
  const before = tokens[j - 1]!;
  if (tags[j - 2] !== 'T' || tags[j - 1] !== 'V' || verb.lower.endsWith('ing') || LINKING_BEFORE_PARTICIPLE.has(before.lemma.toLowerCase())) return false;
  return before.lemma.toLowerCase() === before.lower && verb.lemma.toLowerCase() !== verb.lower;
}

function matchVerbGroup(tokens: Token[], tags: Tag[], i: number): Chunk | null {
  let j = i;
  while (j < tags.length && VG_LEAD.has(tags[j]!)) j++;
  // "will not have to pay", "ought to resign": "to" after a semi-modal leads on to the group's verb.
  // "Fairhurst's is to close its depot": "be to" and a verb is the verb, planned (relation.ts).
  // "has yet to be called out", "is yet to decide": what has not happened yet (relation.ts denies it).
  const yetTo = j > i + 1 && tags[j] === 'T' && tokens[j - 1]!.lower === 'yet' && tags[j - 2] === 'A';
  if (yetTo || (j > i && tags[j] === 'T' && tags[j - 1] === 'A' && (SEMI_MODALS.has(tokens[j - 1]!.lower) || (j - 1 === i && BE_TO.has(tokens[j - 1]!.lower))))) {
    let k = j + 1;
    while (tags[k] === 'B') k++;
    // "is to be installed", "will have to be replaced": a passive after the "to".
    if (tags[k] === 'A' && tokens[k]!.lower === 'be' && tags[k + 1] === 'V') k++;
    if (tags[k] === 'V') j = k;
  }
  const leadEnd = j;
  let hasVerb = false;
  if (tags[j] === 'V') {
    hasVerb = true;
    j++;
    // Verb chains: "agreed to visit", "decided to halve", "plans to go", "get hit".
    for (;;) {
      if (tags[j] === 'V' && !finiteAfterInfinitive(tokens, tags, j)) {
        j++;
        continue;
      }
      // "rubber-stamped": a word joined to the verb by a hyphen is one verb with it.
      if (tags[j] === 'h' && tags[j + 1] === 'V' && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]!.start === tokens[j]!.end) {
        j += 2;
        continue;
      }
      // "thought to have been sold": the perfect's "been" goes on to the participle.
      if (tags[j] === 'A' && tokens[j]!.lower === 'been' && tokens[j - 1]?.lower === 'have' && tags[j + 1] === 'V') {
        j++;
        continue;
      }
      const gerund = aspectGerundEnd(tokens, tags, j);
      if (gerund > j) {
        j = gerund;
        continue;
      }
      let k = j;
      // "decided not to enter", "agreed never to sell": a plan not to do something is the verb
      // planned and denied, as "did not agree to sell" is.
      if (tags[k] === 'X' && tags[k + 1] === 'T' && PLANNING_VERBS.has(tokens[k - 1]!.lemma.toLowerCase())) k++;
      // "voted unanimously to wind the choir up": a manner adverb between the verb and its "to".
      if (tags[k] === 'B' && /ly$/.test(tokens[k]!.lower) && tags[k + 1] === 'T' && (tags[k + 2] === 'V' || tags[k + 2] === 'B')) k++;
      if (tags[k] === 'T') {
        k++;
        while (tags[k] === 'B') k++;
        if (tags[k] === 'V' || (tags[k] === 'A' && tokens[k]!.lemma === 'be')) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    // "step down", and "was sent off." / "broke down," where the tagger calls the particle a
    // preposition: with no noun phrase after it, it can only be the verb's particle.
    // So is one straight before another preposition or an adverb: "kick in from April", "broke out
    // at the plant", "called out twice" ("out of", "ahead of" are one preposition), or before an
    // infinitive of purpose: "knocked down to make way for housing".
    const beforeInfinitive = tags[j + 1] === 'T' && tags[j + 2] === 'V';
    const stranded = tags[j] === 'I' && (tags[j + 1] === undefined || ['.', ',', 'C', ':', 'K', 'Q'].includes(tags[j + 1]!) || (tags[j + 1] === 'I' && tokens[j + 1]!.lower !== 'of') || (tags[j + 1] === 'B' && !PARTICLES.has(tokens[j + 1]!.lower)) || beforeInfinitive);
    // "employs over 3,000", "has up to 3,000": a hedge before an amount belongs to the amount.
    if ((tags[j] === 'B' || stranded) && PARTICLES.has(tokens[j]!.lower) && amountHedgeLength(tokens, tags, j) === 0) j++;
  }
  const hasAux = tags.slice(i, leadEnd).includes('A');
  if (!hasVerb && !hasAux) return null;
  // Leading adverbs without an auxiliary are not part of the group ("Recently, ..." stays outside).
  let first = i;
  while (first < leadEnd && tags[first] === 'B' && !hasAuxBefore(tags, first, leadEnd)) first++;
  let last = hasVerb ? j - 1 : leadEnd - 1;
  // Trailing adverbs after a bare auxiliary ("is extremely", "has over 3,000") belong to the complement.
  while (last > first && tags[last] === 'B' && (!PARTICLES.has(tokens[last]!.lower) || amountHedgeLength(tokens, tags, last) > 0)) last--;
  if (first > last) return null;
  return { type: 'VG', tag: 'v', first, last };
}

function hasAuxBefore(tags: Tag[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tags[k] === 'A' || tags[k] === 'X') return true;
  return false;
}

/** "a range of issues", "the invasion of Ukraine": an of-phrase stays inside its noun phrase. */
function joinOfChains(chunks: Chunk[], tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const prev = out[out.length - 1];
    const before = out[out.length - 2];
    // "three members of his cabinet" joins; "of them" keeps the pronoun apart.
    const isPersonalPronoun = tokens[chunk.first]!.pos === 'PRON' && chunk.first === chunk.last;
    if (chunk.type === 'NP' && prev?.tag === 'F' && before?.type === 'NP' && !isPersonalPronoun) {
      out.splice(out.length - 2, 2, { type: 'NP', tag: 'n', first: before.first, last: chunk.last });
      continue;
    }
    // "Ambassador to Japan George Glass", "Minister for Health Mary Byrne": title, post and name are one person.
    if (chunk.type === 'NP' && prev?.tag === 'I' && before?.type === 'NP' && PERSON_TITLES.has(tokens[before.last]!.lower) && nameAfterPost(tokens.slice(prev.first, chunk.last + 1))) {
      out.splice(out.length - 2, 2, { type: 'NP', tag: 'n', first: before.first, last: chunk.last });
      continue;
    }
    // "Arcade Joseph Comeaux, Jr.": the suffix after the comma ends the name; alone it is no one.
    if (chunk.type === 'NP' && chunk.first === chunk.last && isNameSuffix(tokens[chunk.first]!.text) && prev?.tag === ',' && before?.type === 'NP' && /^\p{Lu}/u.test(tokens[before.last]!.text)) {
      out.splice(out.length - 2, 2, { type: 'NP', tag: 'n', first: before.first, last: chunk.last });
      continue;
    }
    if (chunk.type === 'NP' && prev?.tag === 'C' && before?.type === 'NP' && (isNameWithAnd(tokens, before, chunk) || isPostFieldWithAnd(tokens, before, chunk))) {
      out.splice(out.length - 2, 2, { type: 'NP', tag: 'n', first: before.first, last: chunk.last });
      continue;
    }
    out.push(chunk);
  }
  return out;
}

/**
 * "the Fish and Wildlife Service", "the United Food and Retail Workers union": one organisation whose
 * name has "and" in it, not two things. Both sides are capitalised words and the second ends on a
 * singular organisation word; "Trump and Xi" and "the Labour and Green parties" stay two.
 */
function isNameWithAnd(tokens: Token[], left: Chunk, right: Chunk): boolean {
  // Such names come with "the"; "Ford and General Motors" are two companies.
  if (tokens[left.last + 1]?.lower !== 'and' || tokens[left.first]!.lower !== 'the') return false;
  const leftWords = tokens.slice(left.first, left.last + 1).filter((t) => t.pos !== 'DET');
  const rightWords = tokens.slice(right.first, right.last + 1);
  const head = rightWords[rightWords.length - 1]!;
  const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
  if (isFieldsAfterOf(leftWords, rightWords)) return true;
  if (leftWords.length === 0 || !leftWords.every(capitalised) || rightWords.length < 2) return false;
  if (!rightWords.slice(0, -1).every(capitalised)) return false;
  return ORG_WORDS.has(head.lower) && !head.lower.endsWith('ies') && !/[^s]s$/.test(head.lower) || ORG_PLURAL_NAMES.has(head.lower);
}

/**
 * "the Academy of Motion Picture Arts and Sciences", "the Department of Health and Human Services":
 * an organisation named by the fields after its "of", where the words after "and" are capitalised
 * common words (a field, not a name: "the Bank of England and Barclays" stays two).
 */
function isFieldsAfterOf(leftWords: Token[], rightWords: Token[]): boolean {
  const of = leftWords.findIndex((t) => t.lower === 'of');
  if (of < 1 || of === leftWords.length - 1) return false;
  const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
  if (!leftWords.every((t, k) => k === of || capitalised(t)) || kindOfCommonNoun(leftWords[of - 1]!.lower) !== 'ORG') return false;
  return rightWords.every((t) => capitalised(t) && isFieldWord(t.lower));
}

/** A common word, not a name: "sciences", "human", "services" (not "England", not "Barclays"). */
function isFieldWord(word: string): boolean {
  return !isKnownName(word) && isWordNetLemma(baseForm(word, 'noun'), 'noun');
}

/**
 * "head of parks and open spaces", "director of finance and resources", "minister for housing and
 * communities": a post's field may hold "and"; it is one post, not the post and a second thing.
 * Only where both sides of "and" are bare lower-case words right after the post's "of"/"for".
 */
function isPostFieldWithAnd(tokens: Token[], left: Chunk, right: Chunk): boolean {
  if (tokens[left.last + 1]?.lower !== 'and') return false;
  const leftWords = tokens.slice(left.first, left.last + 1);
  const link = leftWords.findLastIndex((t) => t.lower === 'of' || t.lower === 'for');
  const post = leftWords[link - 1];
  if (link < 1 || !post || !(PERSON_TITLES.has(post.lower) || post.lower === 'head')) return false;
  const bare = (words: Token[]) => words.length > 0 && words.every((t) => /^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ'));
  // "The director of finance and staff were evacuated": a plural verb after them makes two subjects.
  const pluralVerb = PLURAL_AGREEMENT.has(tokens[right.last + 1]?.lower ?? '');
  return !pluralVerb && bare(leftWords.slice(link + 1)) && bare(tokens.slice(right.first, right.last + 1));
}

/** Organisation words that are plural and still one organisation ("… Industries"). */
const ORG_PLURAL_NAMES = new Set(['holdings', 'industries', 'partners', 'technologies', 'systems', 'airlines', 'motors', 'labs', 'news', 'times']);
