// What reaches the terminal from article text: controls made visible, everything else as written.
import { describe, expect, it } from 'vitest';
import { printable, printableJson, printableLine } from '../src/terminal-text.ts';

describe('printable', () => {
  it('shows ESC sequences, BEL, DEL and C1 controls as visible escapes', () => {
    expect(printable('\u001b]0;pwned\u0007Title\u001b[2J')).toBe('\\x1b]0;pwned\\x07Title\\x1b[2J');
    expect(printable('a\u007fb\u009bc\u0000d')).toBe('a\\x7fb\\x9bc\\x00d');
  });

  it('writes line breaks and tabs the way people read them, so one value stays on one line', () => {
    expect(printable('two\nlines\r\tend')).toBe('two\\nlines\\r\\tend');
  });

  it('makes bidirectional overrides visible, so a name cannot be made to read backwards', () => {
    expect(printable('report\u202Etxt.exe')).toBe('report\\u202etxt.exe');
    expect(printable('\u2066isolated\u2069')).toBe('\\u2066isolated\\u2069');
  });

  it('keeps accents, other scripts, typographic punctuation and emoji as they are', () => {
    const text = 'Café “Zürich” — Ελλάδα, 東京, עברית, 🚢 … 50%';
    expect(printable(text)).toBe(text);
  });

  it('printableLine puts a multi-line sentence on one line, then escapes', () => {
    expect(printableLine('  The mayor\n said\t\u001b[31mno\u001b[0m. ')).toBe('The mayor said \\x1b[31mno\\x1b[0m.');
  });

  it('printableJson parses back to exactly the same value, with nothing a terminal acts on left raw', () => {
    const value = { title: 'a\u001b[2Jb\u009b\u007f\u202e', names: ['Zürich 🚢'] };
    const json = printableJson(JSON.stringify(value));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
