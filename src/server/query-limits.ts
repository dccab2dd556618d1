// Limits on a query's size, checked before it reaches the database. The embedded database's parser
// recurses once per bracket: `RETURN ((((…))))` 3,000 deep overflows its stack and kills the
// process, 1,000 deep takes 3 s. Its binder's time doubles with each nested CASE (16 levels:
// 0.2 s, 20: 1 s, 50: hours). No query a person writes in the viewer comes near these limits.
import { cypherTokens, UnterminatedCypherError } from './cypher-tokens.ts';

export const MAX_QUERY_CHARS = 20_000;
export const MAX_QUERY_NESTING = 50;
export const MAX_CASE_NESTING = 10;

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
/** Prefix operators nest like brackets in the parser: `NOT NOT NOT x`, `- - - 1`. */
const PREFIX_OPERATORS = new Set(['NOT', '-', '+']);

/** The reason a query is too large to run, or null. */
export function queryLimitMessage(cypher: string): string | null {
  if (cypher.length > MAX_QUERY_CHARS) {
    return `the query is ${cypher.length.toLocaleString('en')} characters long; the limit is ${MAX_QUERY_CHARS.toLocaleString('en')}`;
  }
  try {
    // Both readings of backslashes, so neither can hide brackets in what the other calls a string.
    for (const backslashEscapes of [true, false]) {
      const { brackets, cases } = nestingDepth(cypher, backslashEscapes);
      if (brackets > MAX_QUERY_NESTING) return `the query nests brackets ${brackets} levels deep; the limit is ${MAX_QUERY_NESTING}`;
      if (cases > MAX_CASE_NESTING) return `the query nests CASE expressions ${cases} levels deep; the limit is ${MAX_CASE_NESTING}`;
    }
  } catch (error) {
    if (error instanceof UnterminatedCypherError) return null;
    throw error;
  }
  return null;
}

/** The deepest nesting of brackets (with runs of prefix operators) and of CASE … END in a query. */
function nestingDepth(cypher: string, backslashEscapes: boolean): { brackets: number; cases: number } {
  let brackets = 0;
  let prefixRun = 0;
  let cases = 0;
  const deepest = { brackets: 0, cases: 0 };
  for (const token of cypherTokens(cypher, { backslashEscapes })) {
    const text = token.kind === 'word' ? token.value : token.kind === 'symbol' ? token.text : '';
    if (OPENERS.has(text)) brackets++;
    else if (CLOSERS.has(text)) brackets = Math.max(0, brackets - 1);
    else if (text === 'CASE') cases++;
    else if (text === 'END') cases = Math.max(0, cases - 1);
    prefixRun = PREFIX_OPERATORS.has(text) ? prefixRun + 1 : 0;
    deepest.brackets = Math.max(deepest.brackets, brackets + prefixRun);
    deepest.cases = Math.max(deepest.cases, cases);
  }
  return deepest;
}
