// Sentence boundaries with exact character spans. wink-nlp splits after a quote's "!" or "?" even
// when the speaker follows ("“… strong!” Trump wrote …"); such tails are joined back to their quote.
import type { Sentence } from '../types.ts';
import { tokenize, type Token, type TokenizedSentence } from './1-tokens.ts';
import { isTitleAbbreviation } from '../lexicon/titles.ts';
import { isClockTime } from './time.ts';

const CLOSING_QUOTES = new Set(['"', '”', '’', "''"]);

export function splitSentences(text: string): Sentence[] {
  return tokenizeSentences(text).map((s, index) => ({ index, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

export function tokenizeSentences(text: string): TokenizedSentence[] {
  const merged: TokenizedSentence[] = [];
  for (const sentence of tokenize(text).sentences.flatMap((s) => splitAtLineBreaks(s, text)).flatMap(splitAfterStopInToken)) {
    const previous = merged[merged.length - 1];
    if (previous && continuesPrevious(previous, sentence, text)) {
      merged[merged.length - 1] = { start: previous.start, end: sentence.end, tokens: [...previous.tokens, ...sentence.tokens] };
    } else merged.push(sentence);
  }
  return merged;
}

/** A headline has no full stop; the line break after it still ends it. wink keeps line breaks as tokens. */
function splitAtLineBreaks(sentence: TokenizedSentence, text: string): TokenizedSentence[] {
  const parts: TokenizedSentence[] = [];
  let part: Token[] = [];
  const flush = (): void => {
    if (part.length) parts.push({ start: part[0]!.start, end: part[part.length - 1]!.end, tokens: part });
    part = [];
  };
  for (const token of sentence.tokens) {
    const breaksLine = token.pos === 'SPACE' ? token.text.includes('\n') : false;
    const gapBreaks = part.length > 0 && text.slice(part[part.length - 1]!.end, token.start).includes('\n');
    if (breaksLine || gapBreaks) flush();
    if (token.pos !== 'SPACE') part.push(token);
  }
  flush();
  return parts;
}

/** "9am.", "6.30pm.": wink keeps the full stop in the time's token, and with it the next sentence. */
const isClockTimeWithStop = (word: string): boolean => word.endsWith('.') && isClockTime(word);

/** The full stop 1-tokens.ts split off an amount's unit ("£2m."): wink did not end the sentence there. */
function isUnitStop(tokens: Token[], i: number): boolean {
  const unit = tokens[i - 1];
  return tokens[i]!.text === '.' && !!unit && unit.end === tokens[i]!.start && /^\d/.test(tokens[i - 2]?.text ?? '') && tokens[i - 2]!.end === unit.start;
}

/** "The outage began shortly before 9am. Meridian said …" and "It cost £2m. The council …" are two sentences each. */
function splitAfterStopInToken(sentence: TokenizedSentence): TokenizedSentence[] {
  const parts: TokenizedSentence[] = [];
  let from = 0;
  sentence.tokens.forEach((token, i) => {
    const next = sentence.tokens[i + 1];
    if (!next || !(isClockTimeWithStop(token.text) || isUnitStop(sentence.tokens, i)) || !/^\p{Lu}/u.test(next.text)) return;
    const tokens = sentence.tokens.slice(from, i + 1);
    parts.push({ start: tokens[0]!.start, end: token.end, tokens });
    from = i + 1;
  });
  if (from === 0) return [sentence];
  const rest = sentence.tokens.slice(from);
  parts.push({ start: rest[0]!.start, end: sentence.end, tokens: rest });
  return parts;
}

function continuesPrevious(previous: TokenizedSentence, sentence: TokenizedSentence, text: string): boolean {
  // A paragraph break always ends a sentence.
  if (text.slice(previous.end, sentence.start).includes('\n')) return false;
  // A boundary needs space after it: "window.__pwned", "example.com/x" are one sentence.
  if (sentence.start === previous.end) return true;
  // 'She said: "She's devastated. That was money she had saved."': a quote of two sentences is one
  // quote, credited to its speaker; the paragraph break above still ends an unclosed one.
  if (opensQuote(previous) && previous.tokens.length < LONGEST_QUOTE) return true;
  const first = sentence.tokens[0]!;
  if (/^[a-z]/.test(first.text)) return true;
  const last = previous.tokens[previous.tokens.length - 1]!;
  const beforeLast = previous.tokens[previous.tokens.length - 2];
  // "Police spokesperson Const. Tim Fanning said": a title's abbreviation is no sentence's end.
  const abbreviation = last.text === '.' ? beforeLast?.text : last.text.replace(/\.$/, '');
  if (abbreviation && isTitleAbbreviation(abbreviation) && first.pos === 'PROPN') return true;
  const endsWithQuotedExclamation = CLOSING_QUOTES.has(last.text) && !!beforeLast && (beforeLast.text === '!' || beforeLast.text === '?');
  // "“…!” Trump wrote in a post." — a short tail whose verb says who spoke.
  return endsWithQuotedExclamation && sentence.tokens.length <= 14 && sentence.tokens.slice(0, 5).some((t) => t.pos === 'VERB');
}

/**
 * Tokens past which an open quote no longer joins the next sentence: a stray quote mark in a long
 * paragraph would otherwise make one sentence of it, which the clause reader takes in quadratic time.
 */
const LONGEST_QUOTE = 120;

/** The sentence leaves a double quote open: an odd number of straight ones, or more opening than closing curly ones. */
function opensQuote(sentence: TokenizedSentence): boolean {
  const count = (mark: string) => sentence.tokens.filter((t) => t.text === mark).length;
  return count('"') % 2 === 1 || count('“') > count('”');
}
