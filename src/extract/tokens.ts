// Tokens with part of speech, lemma and exact character offsets, from wink-nlp (see README for why
// wink-nlp tags and compromise lemmatises).
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

export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const values: string[] = doc.tokens().out(its.value);
  const spaces: string[] = doc.tokens().out(its.precedingSpaces);
  const pos: string[] = doc.tokens().out(its.pos);
  const lemmas: string[] = doc.tokens().out(its.lemma as any);
  const tokens: Token[] = [];
  // wink keeps the whitespace before each token, so offsets are rebuilt exactly by walking the text.
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i]!.length;
    const value = values[i]!;
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const start = found >= 0 ? found : cursor;
    // "didn’t" and "didn't" are one word to every lookup: the typographic apostrophe is read as '.
    tokens.push({ i, text: value, lower: value.toLowerCase().replace(/’/g, "'"), pos: pos[i]!, lemma: lemmas[i]!, start, end: start + value.length });
    cursor = start + value.length;
  }
  doc.entities().each((entity: any) => {
    const [first, last] = entity.out(its.span) as [number, number];
    const type = entity.out(its.type) as string;
    for (let t = first; t <= last; t++) if (tokens[t]) tokens[t]!.entity = type;
  });
  const sentences: TokenizedSentence[] = [];
  doc.sentences().each((sentence: any) => {
    const [first, last] = sentence.out(its.span) as [number, number];
    let a = first;
    let b = last;
    // Leading/trailing whitespace tokens (newlines) are not part of the sentence.
    while (a <= b && tokens[a]!.pos === 'SPACE') a++;
    while (b >= a && tokens[b]!.pos === 'SPACE') b--;
    if (a > b) return;
    sentences.push({ start: tokens[a]!.start, end: tokens[b]!.end, tokens: tokens.slice(a, b + 1) });
  });
  return { tokens, sentences };
}
