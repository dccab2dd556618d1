// A headline in title case ("Lindsay Lohan Checks Into Betty Ford") capitalises every word, so the
// tagger reads its verbs and nouns as names ("Lindsay Lohan Checks" became one person on ECB+). Its
// words are read again as the article's body writes them: a word the body capitalises inside a
// sentence stays a name, any other word WordNet knows is lower-cased for the tagger, and the tags and
// lemmas read that way go back onto the headline's own tokens (its text and offsets are unchanged).
import { baseForm } from '../resolve/morphy.ts';
import { isWordNetLemma } from '../resolve/wordnet.ts';
import { tokenize, type Token, type TokenizedSentence } from './1-tokens.ts';

/** Above this share of capitalised words a sentence is written in title case ("Police Arrest Suspect"). */
const TITLE_CASE_SHARE = 0.6;
/** Fewer words than this give no share worth reading: "Oslo", "Breaking News". */
const MIN_WORDS = 3;

export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= MIN_WORDS && words.filter((t) => /^\p{Lu}/u.test(t.text)).length > words.length * TITLE_CASE_SHARE;
}

/**
 * A sentence with a lower-case verb is body text, however many names it holds ("Wladimir Klitschko
 * beat Tony Thompson in Berne on Saturday"); a headline in title case has none.
 */
function isTitleCaseHeadline(tokens: readonly Token[]): boolean {
  return isTitleCase(tokens) && !tokens.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text));
}

export function readTitleCaseSentences(sentences: TokenizedSentence[]): TokenizedSentence[] {
  const titled = sentences.map((s) => isTitleCaseHeadline(s.tokens));
  if (!titled.some(Boolean)) return sentences;
  const names = namesInBody(sentences.filter((_, i) => !titled[i]));
  return sentences.map((sentence, i) => (titled[i] ? retagged(sentence, names) : sentence));
}

/** Words the body capitalises where a sentence's start does not explain it: the article's names. */
function namesInBody(body: TokenizedSentence[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of body) for (const t of tokens.slice(1)) if (/^\p{Lu}/u.test(t.text)) names.add(t.lower);
  return names;
}

function retagged(sentence: TokenizedSentence, names: Set<string>): TokenizedSentence {
  const { tokens } = sentence;
  const common = tokens.map((t) => isCommonWord(t, names));
  let text = '';
  tokens.forEach((t, k) => {
    text += ' '.repeat(Math.max(0, t.start - sentence.start - text.length));
    text += common[k] ? t.text.toLowerCase() : t.text;
  });
  const reread = tokenize(text).tokens.filter((t) => t.pos !== 'SPACE');
  // The same words cut the same way, or the headline is left as the tagger first read it.
  if (reread.length !== tokens.length || reread.some((t, k) => t.lower !== tokens[k]!.lower)) return sentence;
  const read = tokens.map((t, k): Token => {
    if (common[k]) return { ...t, pos: reread[k]!.pos, lemma: reread[k]!.lemma };
    // A word the body writes as a name is one here too ("Betty Ford", whatever "Ford" reads as alone).
    return names.has(t.lower) && /^\p{Lu}/u.test(t.text) ? { ...t, pos: 'PROPN' } : t;
  });
  return { ...sentence, tokens: read.map((t, k) => (isHeadlineVerb(read, k) ? { ...t, pos: 'VERB', lemma: baseForm(t.lower, 'verb') } : t)) };
}

/**
 * "Lindsay Lohan Checks Into …", "Klitschko Stops Thompson": right after a name, a word in -s that
 * WordNet knows as a verb, before a preposition, a determiner, a name or a number, is the
 * headline's verb in the present tense, however the tagger read it.
 */
function isHeadlineVerb(tokens: Token[], k: number): boolean {
  const [before, word, after] = [tokens[k - 1], tokens[k]!, tokens[k + 1]];
  if (!before || before.pos !== 'PROPN' || word.pos === 'VERB' || word.pos === 'PROPN' || !/[^s]s$/.test(word.lower)) return false;
  if (!after || !HEADLINE_VERB_FOLLOWERS.has(after.pos)) return false;
  return isWordNetLemma(baseForm(word.lower, 'verb'), 'verb');
}

const HEADLINE_VERB_FOLLOWERS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PROPN', 'NUM', 'PRON']);

/** "Police", and in a headline all in capitals "GRANDMOTHER" (three letters at least: "US" is no word here). */
const CAPITALISED_WORD = /^\p{Lu}(?:\p{Ll}+|\p{Lu}{2,})$/u;

function isCommonWord(token: Token, names: Set<string>): boolean {
  if (!CAPITALISED_WORD.test(token.text) || names.has(token.lower)) return false;
  return (['noun', 'verb'] as const).some((pos) => isWordNetLemma(baseForm(token.lower, pos), pos));
}
