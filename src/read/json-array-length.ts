// Whether a JSON text is an array of more than so many elements, told without parsing it.
// JSON.parse is all or nothing: an 18 MB array of a million tiny articles becomes a million objects
// (and half a gigabyte of heap) before anyone can count them. Counting the commas between the
// array's own elements, outside strings and nested values, stops as soon as the limit is passed.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/**
 * True when `source` is a JSON array with more than `max` elements. Malformed JSON may be counted
 * loosely; it is JSON.parse's to reject afterwards, with a better message than a count.
 */
export function jsonArrayExceeds(source: string, max: number): boolean {
  const start = source.search(/\S/);
  if (start === -1 || source[start] !== '[') return false;
  let depth = 0;
  let inString = false;
  let separators = 0;
  for (let i = start; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth++;
    } else if (CLOSERS.has(code)) {
      depth--;
      if (depth === 0) return false;
    } else if (code === COMMA && depth === 1) {
      // n separators mean n + 1 elements.
      separators++;
      if (separators >= max) return true;
    }
  }
  return false;
}
