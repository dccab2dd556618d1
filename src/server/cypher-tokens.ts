// A small Cypher lexer that only needs to be right about a few things: which words are bare (so
// may be keywords) and which are inside string literals, backtick-quoted names or comments, where
// the brackets are, and which names follow a `$`. The write guard, the parameter check and the
// query limits read its output; nothing here executes or parses queries.
//
// Where the two databases might read a character differently, the lexer takes the reading that
// shows more code: a `//` comment ends at any line terminator (Neo4j ends it at `\r` too), and a
// character it does not know is skipped like a space, so it never joins or hides a keyword.

export type CypherTokenKind = 'word' | 'quoted-name' | 'string' | 'number' | 'symbol';

export interface CypherToken {
  kind: CypherTokenKind;
  /** The text as written: "Create", "(", "'a b'", "`my name`", "1.5e3". */
  text: string;
  /** For a word, the upper-cased text ("CREATE"); for a quoted name, the name without backticks. */
  value: string;
  /** Offset of the token in the query. */
  start: number;
}

export interface LexOptions {
  /**
   * Whether a backslash escapes the next character inside a string literal. Both database
   * dialects say yes, but the guard lexes both ways so that a dialect disagreement cannot hide
   * a keyword inside what one reading thinks is a string.
   */
  backslashEscapes: boolean;
}

export class UnterminatedCypherError extends Error {
  override name = 'UnterminatedCypherError';
}

const WORD_START = /[\p{L}\p{Nl}_]/u;
const WORD_PART = /[\p{L}\p{Nl}\p{N}\p{Mn}\p{Mc}\p{Pc}]/u;
const DIGIT = /[0-9]/;
/** Characters that mean something between tokens; anything else is skipped like a space. */
const SYMBOLS = new Set('()[]{},;.:$*+-/%^=<>!&|~'.split(''));
/** Every character some lexer takes as the end of a line, so a `//` comment never hides code that follows one. */
const LINE_TERMINATORS = new Set(['\n', '\r', '\u0085', '\u2028', '\u2029']);

/** The tokens of a Cypher text; comments and white space are dropped. */
export function cypherTokens(cypher: string, options: LexOptions): CypherToken[] {
  const tokens: CypherToken[] = [];
  const push = (kind: CypherTokenKind, start: number, end: number, value: string) => {
    tokens.push({ kind, text: cypher.slice(start, end), value, start });
  };
  let i = 0;
  while (i < cypher.length) {
    const ch = cypher[i];
    const next = cypher[i + 1] ?? '';
    if (ch === "'" || ch === '"') {
      const end = skipString(cypher, i, ch, options.backslashEscapes);
      push('string', i, end, cypher.slice(i + 1, end - 1));
      i = end;
    } else if (ch === '`') {
      const end = skipUntil(cypher, i + 1, '`', 'backtick-quoted name');
      push('quoted-name', i, end, cypher.slice(i + 1, end - 1));
      i = end;
    } else if (ch === '/' && next === '/') {
      while (i < cypher.length && !LINE_TERMINATORS.has(cypher[i])) i++;
    } else if (ch === '/' && next === '*') {
      i = skipUntil(cypher, i + 2, '*/', 'comment');
    } else if (WORD_START.test(ch)) {
      let end = i + 1;
      while (end < cypher.length && WORD_PART.test(cypher[end])) end++;
      push('word', i, end, cypher.slice(i, end).toUpperCase());
      i = end;
    } else if (DIGIT.test(ch)) {
      const end = numberEnd(cypher, i);
      push('number', i, end, cypher.slice(i, end));
      i = end;
    } else {
      if (SYMBOLS.has(ch)) push('symbol', i, i + 1, ch);
      i++;
    }
  }
  return tokens;
}

/**
 * A decimal number: `12`, `1_000`, `1.5`, `1e3`, `2.5E-3`. Nothing more: the embedded database reads
 * `1CREATE` as the number 1 and a CREATE clause, so letters after a number start a word here too.
 * (A hexadecimal `0x1F` becomes 0 and the word x1F, which the guard refuses: the strict reading.)
 */
const NUMBER = /[0-9]+(?:_[0-9]+)*(?:\.[0-9]+(?:_[0-9]+)*)?(?:[eE][+-]?[0-9]+)?/y;

function numberEnd(text: string, start: number): number {
  NUMBER.lastIndex = start;
  NUMBER.test(text);
  return NUMBER.lastIndex;
}

function skipString(text: string, open: number, quote: string, backslashEscapes: boolean): number {
  let i = open + 1;
  while (i < text.length) {
    if (backslashEscapes && text[i] === '\\') {
      i += 2;
    } else if (text[i] === quote) {
      return i + 1;
    } else {
      i++;
    }
  }
  throw new UnterminatedCypherError('the query has an unterminated string literal');
}

function skipUntil(text: string, from: number, close: string, what: string): number {
  const end = text.indexOf(close, from);
  if (end === -1) throw new UnterminatedCypherError(`the query has an unterminated ${what}`);
  return end + close.length;
}

export function isSymbol(token: CypherToken | undefined, text: string): boolean {
  return token?.kind === 'symbol' && token.text === text;
}

export function isWord(token: CypherToken | undefined, value: string): boolean {
  return token?.kind === 'word' && token.value === value;
}
