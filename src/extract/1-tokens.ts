// Tokens with part of speech, lemma and exact character offsets, from wink-nlp (see README for why
// wink-nlp tags and compromise lemmatises).
import { isTitleAbbreviation } from '../lexicon/titles.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;

export interface Token {
  i: number;
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
  /** wink's entity type when the token is inside a DATE/PERCENT/MONEY/… span. */
  entity?: string;
}

export interface TokenizedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Tokenized {
  tokens: Token[];
  sentences: TokenizedSentence[];
}

/** A clock time with minutes, its sentence's full stop perhaps kept: "4.45pm", "6.30am.". */
const CLOCK_TIME = /^\d{1,2}\.\d{2}(?:am|pm)\.?$/i;

/** An amount's unit with a sentence's full stop kept in it: "m." in "£2m.", "bn.", "km.". */
const UNIT_WITH_STOP = /^(?:m|bn|k|km|kg|cm|mm|ft|mph|lb|lbs)\.$/i;

/** "I'm", with either apostrophe. */
const FIRST_PERSON_AM = /^I['’]m$/i;

/** A word with a possessive clitic: "Zorbo’s", "McDonald's" (not "’s" alone, not "Chris"). */
const POSSESSIVE = /^(.*[\p{L}\p{N}])(['’]s)$/u;

/** How many of wink's tokens from `i` on, written without spaces, make one clock time (0 if none). */
function clockTimeParts(values: string[], spaces: string[], i: number): number {
  if (!/^\d/.test(values[i]!)) return 0;
  let joined = values[i]!;
  for (let parts = 2; parts <= 3 && i + parts - 1 < values.length; parts++) {
    if (spaces[i + parts - 1] !== '') return 0;
    joined += values[i + parts - 1]!;
    if (CLOCK_TIME.test(joined)) return parts;
  }
  return 0;
}

export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const values: string[] = doc.tokens().out(its.value);
  const spaces: string[] = doc.tokens().out(its.precedingSpaces);
  const pos: string[] = doc.tokens().out(its.pos);
  const lemmas: string[] = doc.tokens().out(its.lemma as any);
  const tokens: Token[] = [];
  // Our tokens for each of wink's: a possessive wink left whole is two of ours (see below).
  const firstOf: number[] = [];
  const lastOf: number[] = [];
  const push = (text: string, start: number, tag: string, lemma: string) => {
    // "didn’t" and "didn't" are one word to every lookup: the typographic apostrophe is read as '.
    tokens.push({ i: tokens.length, text, lower: text.toLowerCase().replace(/’/g, "'"), pos: tag, lemma, start, end: start + text.length });
  };
  // wink keeps the whitespace before each token, so offsets are rebuilt exactly by walking the text.
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    const value = values[i]!;
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const start = found >= 0 ? found : cursor;
    firstOf.push(tokens.length);
    // wink splits "Zorbo’s" into "Zorbo" + "’s" the first time it meets it, but once it has seen
    // "Zorbo’s." it keeps the word whole ever after (it learns unknown words as it reads), so an
    // article would be read differently after another one. The clitic is split off here, as wink
    // does on first sight, and every article is read the same whatever came before.
    const possessive = POSSESSIVE.exec(value);
    // "4.45pm": wink cuts some clock times with minutes into "4.4" + "5pm" or "5" + "." + "15am";
    // a clock time is one token, as "9am" is.
    const clockParts = clockTimeParts(values, spaces, i);
    if (clockParts > 1) {
      const clock = values.slice(i, i + clockParts).join('');
      push(clock, start, pos[i + clockParts - 1]!, clock);
      lastOf.push(tokens.length - 1);
      for (let part = 1; part < clockParts; part++) {
        firstOf.push(tokens.length - 1);
        lastOf.push(tokens.length - 1);
      }
      cursor = start + clock.length;
      i += clockParts - 1;
      continue;
    }
    // "Const. Tim Fanning": an abbreviated title keeps its full stop, as wink does for "Dr.", so the
    // name runs on through it.
    if (isTitleAbbreviation(value) && values[i + 1] === '.' && spaces[i + 1] === '' && /^\p{Lu}/u.test(values[i + 2] ?? '')) {
      push(`${value}.`, start, 'PROPN', `${value}.`);
      lastOf.push(tokens.length - 1);
      firstOf.push(tokens.length - 1);
      lastOf.push(tokens.length - 1);
      cursor = start + value.length + 1;
      i++;
      continue;
    }
    // "cost £2m. The council said": wink keeps the full stop in an amount's unit ("m.") and runs on
    // into the next sentence; the unit and the stop are two tokens, and 2-sentences.ts splits there.
    if (UNIT_WITH_STOP.test(value) && spaces[i] === '' && /\d$/.test(values[i - 1] ?? '')) {
      push(value.slice(0, -1), start, pos[i]!, value.slice(0, -1).toLowerCase());
      push('.', start + value.length - 1, 'PUNCT', '.');
    } else if (FIRST_PERSON_AM.test(value)) {
      // "I'm": wink splits "we're", "I've" and "I'll" but keeps "I'm" whole, as a name; it is "I am".
      push(value.slice(0, 1), start, 'PRON', 'i');
      push(value.slice(1), start + 1, 'AUX', 'be');
    } else if (possessive && !pos[i]!.startsWith('PART')) {
      const stem = possessive[1]!;
      push(stem, start, pos[i]!, lemmas[i]!.endsWith(possessive[2]!) ? lemmas[i]!.slice(0, -possessive[2]!.length) : stem);
      push(possessive[2]!, start + stem.length, 'PART', possessive[2]!);
    } else {
      push(value, start, pos[i]!, lemmas[i]!);
    }
    lastOf.push(tokens.length - 1);
    cursor = start + value.length;
  }
  doc.entities().each((entity: any) => {
    const [first, last] = entity.out(its.span) as [number, number];
    const type = entity.out(its.type) as string;
    for (let t = firstOf[first]!; t <= lastOf[last]!; t++) if (tokens[t]) tokens[t]!.entity = type;
  });
  const sentences: TokenizedSentence[] = [];
  doc.sentences().each((sentence: any) => {
    const [first, last] = sentence.out(its.span) as [number, number];
    let a = firstOf[first]!;
    let b = lastOf[last]!;
    // Leading/trailing whitespace tokens (newlines) are not part of the sentence.
    while (a <= b && tokens[a]!.pos === 'SPACE') a++;
    while (b >= a && tokens[b]!.pos === 'SPACE') b--;
    if (a > b) return;
    // wink may end a sentence inside a clock time ("at 5." + "15am on Tuesday."); the time is one
    // token above, so the two sentences that share it are one.
    const previous = sentences[sentences.length - 1];
    if (previous && previous.tokens[previous.tokens.length - 1]!.i >= a) {
      const from = previous.tokens[0]!.i;
      sentences[sentences.length - 1] = { start: previous.start, end: tokens[b]!.end, tokens: tokens.slice(from, b + 1) };
      return;
    }
    sentences.push({ start: tokens[a]!.start, end: tokens[b]!.end, tokens: tokens.slice(a, b + 1) });
  });
  return { tokens, sentences };
}
