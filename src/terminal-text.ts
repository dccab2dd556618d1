// Titles, sentences and file names come from whoever wrote the articles. Printed raw, an ESC
// sequence among them can retitle the terminal window, clear the screen or hide the lines above,
// and a bidirectional override can make a file name read backwards. Every CLI line that shows such
// text shows it through these functions: control characters become visible escapes (`\x1b`), all
// other text, accents, scripts and emoji included, is left as it is.

/** C0 controls, DEL and C1 controls: what terminals act on instead of showing. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Embeddings, overrides and isolates reorder how the text around them is displayed. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (char: string, digits: number): string => char.charCodeAt(0).toString(16).padStart(digits, '0');

/** `text` safe to print: line breaks and tabs as `\n` `\r` `\t`, other controls as `\x1b` or `\u202e`. */
export function printable(text: string): string {
  return text
    .replace(CONTROL, (char) => SHORT_ESCAPES[char] ?? `\\x${hex(char, 2)}`)
    .replace(BIDI_CONTROL, (char) => `\\u${hex(char, 4)}`);
}

/** Text that may span lines (a sentence, a quote) as one printable line: whitespace runs become one space. */
export function printableLine(text: string): string {
  return printable(text.replace(/\s+/g, ' ').trim());
}

/**
 * JSON text safe to print, and still the same JSON: JSON.stringify already escapes C0 controls, and
 * the characters it leaves (DEL, C1, bidirectional controls) can only stand inside strings, where
 * `\u` escapes parse back to the very same characters.
 */
export function printableJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${hex(char, 4)}`);
}
