// What a query's parameters must be before it reaches the database, for `storygraph query` and for
// the server alike. A parameter the query names but nobody gave is not an error to the databases:
// `c.id = $id` is then `c.id = null` on one and matches every claim on the other. So a missing
// parameter is refused here, by name. Names are read with the Cypher lexer, so a `$id` inside a
// string literal or a comment does not count.
import { cypherTokens, isSymbol, UnterminatedCypherError } from './cypher-tokens.ts';

/** The parameter names a query uses (`$name`, `$0`, `` $`odd name` ``), in order of first use. */
export function parameterNames(cypher: string): string[] {
  // The reading both databases use: a backslash escapes the next character in a string.
  const tokens = cypherTokens(cypher, { backslashEscapes: true });
  const names = new Set<string>();
  tokens.forEach((token, at) => {
    const name = tokens[at + 1];
    if (isSymbol(token, '$') && name && name.kind !== 'symbol' && name.kind !== 'string') {
      names.add(name.kind === 'word' ? name.text : name.value);
    }
  });
  return [...names];
}

/** "missing parameter $id" when the query names parameters that `params` does not hold; otherwise null. */
export function missingParameterMessage(cypher: string, params: Record<string, unknown>): string | null {
  let names: string[];
  try {
    names = parameterNames(cypher);
  } catch (error) {
    // An unterminated string is the database's (or the write guard's) to report, with its own words.
    if (error instanceof UnterminatedCypherError) return null;
    throw error;
  }
  const missing = names.filter((name) => !Object.hasOwn(params, name));
  if (missing.length === 0) return null;
  return `missing parameter${missing.length > 1 ? 's' : ''} ${missing.map((name) => `$${name}`).join(', ')}`;
}

/**
 * Parameters sent to the server are flat: each is a string, number, boolean, null or a list of
 * those. Nested maps and lists cost the database time that doubles with each level. Returns the
 * message for the first parameter that is not flat, or null.
 */
export function nestedParameterMessage(params: Record<string, unknown>): string | null {
  for (const [name, value] of Object.entries(params)) {
    const flat = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
    if (!flat) return `parameter $${name} must be a string, number, boolean, null or a list of those`;
  }
  return null;
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
