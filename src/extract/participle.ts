// Non-finite verb phrases that hang on a noun phrase: "The ferry, called Blue Star, will sail",
// "The plan, approved by the council, will cost …", "The firm, hoping to grow, bought …".
// They are parentheticals: the main verb after them still takes the noun phrase as its subject,
// and the participle itself says something about that noun phrase.
import type { Chunk } from './4-chunks.ts';
import type { Token } from './1-tokens.ts';

/** Verbs whose past participle is their base form: "was hurt", "were cut", "had been shut". */
const UNCHANGED_PARTICIPLES: ReadonlySet<string> = new Set([
  'hurt', 'cut', 'put', 'set', 'hit', 'shut', 'let', 'cost', 'quit', 'spread', 'cast', 'burst', 'split', 'upset', 'broadcast', 'forecast', 'reset', 'bet', 'bid', 'rid', 'run', 'overrun', 'read', 'shed', 'thrust',
]);

/** Past participles: regular -ed, the common irregular endings ("known", "held", "built") and the unchanged ones ("hurt"). */
export function isPastParticiple(token: Token): boolean {
  if (token.pos !== 'VERB') return false;
  const text = token.lower;
  if (text === token.lemma.toLowerCase()) return (/(ed|en)$/.test(text) && !/een$/.test(text)) || UNCHANGED_PARTICIPLES.has(text);
  return /(ed|en|wn|rn|ne|t|d|ung|ught|ade|ode|ost|eld)$/.test(text) && !text.endsWith('ing');
}

/** A verb group led by a bare participle: "called", "approved by", "hoping to grow". */
export function isParticipleGroup(tokens: Token[], vg: Chunk): boolean {
  if (vg.type !== 'VG') return false;
  // "called", "hoping to grow": a participle first, and no auxiliary that would make it finite.
  const words = tokens.slice(vg.first, vg.last + 1).filter((t) => t.pos !== 'ADV');
  if (words.length === 0 || words.some((t) => t.pos === 'AUX')) return false;
  const verb = words[0]!;
  // "hit", "cut" with no auxiliary are as likely past tense ("Shares in the bank hit a low"): only
  // a form that can be nothing but a participle opens a participle phrase.
  return (isPastParticiple(verb) && !UNCHANGED_PARTICIPLES.has(verb.lower)) || (verb.pos === 'VERB' && verb.lower.endsWith('ing'));
}

/**
 * A verb group that may be a bare participle, "hit" and "cut" included: where a finite verb follows
 * the phrase ("Anyone cut off for longer than 12 hours can claim"), the form that could be either is
 * the participle.
 */
export function mayBeParticipleGroup(tokens: Token[], vg: Chunk): boolean {
  if (isParticipleGroup(tokens, vg)) return true;
  const words = tokens.slice(vg.first, vg.last + 1).filter((t) => t.pos !== 'ADV');
  return words.length > 0 && !words.some((t) => t.pos === 'AUX') && UNCHANGED_PARTICIPLES.has(words[0]!.lower);
}

/** Chunks that may follow the participle inside the parenthetical: its object and phrases. */
const INNER_TAGS = new Set(['n', 'I', 'F', 'B', 'J', 'C', 'T']);

/**
 * Whether chunks open+1 … close-1 (between two commas) are a participle phrase: a participle
 * group and then only noun phrases, prepositions, adverbs and adjectives.
 */
export function isParticipleParenthetical(tokens: Token[], chunks: Chunk[], open: number, close: number): boolean {
  const first = chunks[open + 1];
  if (!first || open + 1 >= close) return false;
  // "The sale, run by volunteers, was held …": a form that could be past tense is the participle
  // when its agent follows.
  const byAgent = mayBeParticipleGroup(tokens, first) && tokens[chunks[open + 2]?.first ?? -1]?.lower === 'by';
  if (!isParticipleGroup(tokens, first) && !byAgent) return false;
  for (let j = open + 2; j < close; j++) if (!INNER_TAGS.has(chunks[j]!.tag)) return false;
  return true;
}

/** "was approved", "have been sold": a form of "be" before a past participle. */
export function isPassiveGroup(tokens: Token[], vg: Chunk): boolean {
  const words = tokens.slice(vg.first, vg.last + 1);
  const be = words.findIndex((t) => t.pos === 'AUX' && t.lemma.toLowerCase() === 'be');
  // ("was rubber-stamped": the verb written last is the head, whatever is joined on before it.)
  const verb = words.findLastIndex((t) => t.pos === 'VERB');
  return be >= 0 && verb > be && isPastParticiple(words[verb]!);
}
