// The two CaRB file formats, read the way CaRB's GoldReader and TabReader read them.
// Gold:        sentence \t relation \t arg1 \t arg2 …
// Predictions: sentence \t confidence \t relation \t arg1 \t arg2 …

import { pyFloat, pyLines, pyStrip } from './python-text.ts';

export interface CarbTuple {
  sentence: string;
  relation: string;
  args: string[];
  /** Gold tuples carry confidence 1, as in CaRB. */
  confidence: number;
}

/**
 * GoldReader strips the whole line before splitting on tabs, so an empty trailing argument
 * disappears (57 dev gold lines end in a tab); the sentence, relation and arguments are stripped too.
 * It also skips every argument containing "C: " (a context annotation, 102 dev lines): kept, such
 * arguments made gold tuples no system can match, and our recall read lower than CaRB's.
 */
export function parseGold(text: string): CarbTuple[] {
  return pyLines(text).map((line, n) => {
    const fields = pyStrip(line).split('\t');
    if (fields.length < 2) throw new Error(`gold line ${n + 1}: expected sentence and relation`);
    const [sentence, relation, ...args] = fields;
    return { sentence: pyStrip(sentence), relation: pyStrip(relation), args: args.filter((arg) => !arg.includes('C: ')).map(pyStrip), confidence: 1 };
  });
}

/** TabReader skips blank lines and strips the line, but keeps each field as it is. */
export function parsePredictions(text: string): CarbTuple[] {
  const tuples: CarbTuple[] = [];
  pyLines(text).forEach((line, n) => {
    if (pyStrip(line) === '') return;
    const fields = pyStrip(line).split('\t');
    if (fields.length < 3) throw new Error(`prediction line ${n + 1}: expected sentence, confidence and relation`);
    const [sentence, confidence, relation, ...args] = fields;
    tuples.push({ sentence, relation, args, confidence: pyFloat(confidence) });
  });
  return tuples;
}

/** One field of a tab file: tabs and line breaks inside it would shift or split the columns. */
function field(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** Predictions in CaRB's tab format, one tuple a line, so the official scorer can read our output too. */
export function formatPredictions(tuples: readonly CarbTuple[]): string {
  return tuples
    .map((t) => [t.sentence, String(t.confidence), t.relation, ...t.args].map(field).join('\t') + '\n')
    .join('');
}
