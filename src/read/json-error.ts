// JSON.parse errors, reworded as "line L, column C: what went wrong" on one line.
//
// V8 reports most syntax errors "at position N". For an unexpected token it instead quotes up to
// ten characters either side of the offending one, which is enough to find the position again.

/** Characters V8 quotes on each side of an unexpected token (kMaxContextCharacters in json-parser.cc). */
const V8_CONTEXT_CHARS = 10;

function lineAndColumn(source: string, position: number): { line: number; column: number } {
  const before = source.slice(0, position);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: position - lastBreak };
}

function positionOfUnexpectedToken(message: string, source: string): number | null {
  const match = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!match) return null;
  const [, token, leadingDots, quoted, trailingDots] = match;
  if (!leadingDots && !trailingDots) {
    // The whole (short) source was quoted; the token is findable when it occurs once.
    const at = source.indexOf(token);
    return at !== -1 && at === source.lastIndexOf(token) ? at : null;
  }
  if (!leadingDots) return quoted.length - V8_CONTEXT_CHARS;
  const at = source.indexOf(quoted);
  if (at === -1 || at !== source.lastIndexOf(quoted)) return null;
  return at + V8_CONTEXT_CHARS;
}

function shortProblem(message: string): string {
  const token = /^Unexpected token '([\s\S]+?)', /.exec(message);
  if (token) return `unexpected ${JSON.stringify(token[1])}`;
  if (message.startsWith('Unexpected end of JSON input')) return 'unexpected end of input';
  const problem = message.replace(/ at position \d+[\s\S]*$/, '').replace(/ in JSON$/, '').replace(/\s+/g, ' ');
  return problem.charAt(0).toLowerCase() + problem.slice(1);
}

/**
 * Describes why `source` did not parse. With `singleLine` the line number is left out, for JSONL,
 * where the caller already names the line.
 */
export function describeJsonError(error: unknown, source: string, singleLine = false): string {
  const message = error instanceof Error ? error.message : String(error);
  const explicit = /at position (\d+)/.exec(message);
  let position: number | null = explicit ? Number(explicit[1]) : null;
  if (position === null && message.startsWith('Unexpected end of JSON input')) position = source.length;
  if (position === null) position = positionOfUnexpectedToken(message, source);
  const problem = shortProblem(message);
  if (position === null) return `malformed JSON: ${problem}`;
  const { line, column } = lineAndColumn(source, position);
  const where = singleLine ? `column ${column}` : `line ${line}, column ${column}`;
  return `malformed JSON at ${where}: ${problem}`;
}
