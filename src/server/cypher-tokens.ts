// A small Cypher lexer that only needs to be right about one thing: which words are keywords
// and which are inside string literals, backtick-quoted names or comments. The write guard
// reads its output; nothing here executes or parses queries.

export interface CypherWord {
  /** Upper-cased word, e.g. "CREATE". */
  word: string;
  /** The character just before the word ("." for a property, "$" for a parameter), or "". */
  before: string;
  /** The next non-space character after the word, or "". */
  after: string;
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

const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_]/;

/** Bare words of a Cypher text, skipping strings, `quoted names` and comments. */
export function cypherWords(cypher: string, options: LexOptions): CypherWord[] {
  const words: CypherWord[] = [];
  let i = 0;
  while (i < cypher.length) {
    const ch = cypher[i];
    const next = cypher[i + 1] ?? '';
    if (ch === "'" || ch === '"') {
      i = skipString(cypher, i, ch, options.backslashEscapes);
    } else if (ch === '`') {
      i = skipUntil(cypher, i + 1, '`', 'backtick-quoted name');
    } else if (ch === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      i = end === -1 ? cypher.length : end + 1;
    } else if (ch === '/' && next === '*') {
      i = skipUntil(cypher, i + 2, '*/', 'comment');
    } else if (WORD_START.test(ch)) {
      let end = i + 1;
      while (end < cypher.length && WORD_PART.test(cypher[end])) end++;
      words.push({
        word: cypher.slice(i, end).toUpperCase(),
        before: i > 0 ? cypher[i - 1] : '',
        after: nextNonSpace(cypher, end),
      });
      i = end;
    } else {
      i++;
    }
  }
  return words;
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

function nextNonSpace(text: string, from: number): string {
  const match = /\S/.exec(text.slice(from, from + 64));
  return match ? match[0] : '';
}
