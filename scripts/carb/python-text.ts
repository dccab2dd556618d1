// CaRB is Python, and its tokenisation is nothing more than Python's str.split() / str.strip().
// JavaScript's \s and trim() disagree with Python on a few code points (\x1c–\x1f and \x85 are
// whitespace to Python, \ufeff is not), so we spell Python's set out to split exactly as it does.

const PYTHON_WHITESPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const RUNS = new RegExp(`[${PYTHON_WHITESPACE}]+`, 'u');
const EDGES = new RegExp(`^[${PYTHON_WHITESPACE}]+|[${PYTHON_WHITESPACE}]+$`, 'gu');

/** Python's `s.split()`: split on whitespace runs, no empty tokens. */
export function pySplit(s: string): string[] {
  return s.split(RUNS).filter((token) => token !== '');
}

/** Python's `s.strip()`. */
export function pyStrip(s: string): string {
  return s.replace(EDGES, '');
}

/**
 * Lines as Python's `for line in open(fn)` yields them (universal newlines: \r\n, \r and \n all
 * end a line). The newline itself is dropped; the readers strip each line anyway.
 */
export function pyLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line rather than starting an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Python's `float(s)` for the decimal forms a confidence column holds; anything else is an error. */
export function pyFloat(s: string): number {
  const t = pyStrip(s);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) throw new Error(`not a number: ${JSON.stringify(s)}`);
  return Number(t);
}
