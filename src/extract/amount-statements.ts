// An amount put on a thing, as news writes it beside the verb of another act: "The council has put
// the cost of the trial at £180,000", "The new boathouse was built at a cost of £850,000". Another
// outlet writes "The trial is expected to cost around £240,000" or "The boathouse cost £950,000":
// each becomes a claim that the thing costs (is worth, measures) the amount, so the two meet.
import type { Phrase, SentenceParse } from './5-clauses.ts';

export interface AmountStatement {
  /** What the amount is put on: "the trial", "the new boathouse". */
  thing: Phrase;
  /** The claim's relation: "cost", "be worth", "measure". */
  relation: string;
  /** The unit an amount written bare is in: "put the magnitude of the quake at 3.1". */
  unit?: string;
  /** The amount with its hedge: "£180,000", "around £1,200". */
  amount: Phrase;
  /** The word that carries the statement ("put", "cost"). */
  marker: number;
  /** Whose reckoning it is, where a subject puts it ("The council"); none for "at a cost of". */
  reckonedBy: Phrase | null;
}

/** What an amount put on a thing measures, by the noun it is put as, and the unit of a bare figure. */
const MEASURES: ReadonlyMap<string, { relation: string; unit?: string }> = new Map([
  ['cost', { relation: 'cost' }], ['bill', { relation: 'cost' }], ['price', { relation: 'cost' }],
  ['value', { relation: 'be worth' }], ['worth', { relation: 'be worth' }],
  ['magnitude', { relation: 'measure', unit: 'magnitude' }],
]);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'total']);

export function amountStatements(parse: SentenceParse): AmountStatement[] {
  const { chunks, tokens } = parse;
  const found: AmountStatement[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    // "put the cost of the trial at £180,000"
    if (chunk.type === 'VG' && tokens[chunk.last]!.lemma.toLowerCase() === 'put') {
      const measured = measureOf(parse, c + 1);
      const amount = chunks[c + 2]?.tag === 'I' && tokens[chunks[c + 2]!.first]!.lower === 'at' ? amountAfter(parse, c + 3) : null;
      const by = chunks[c - 1]?.type === 'NP' ? { first: chunks[c - 1]!.first, last: chunks[c - 1]!.last } : null;
      if (measured && amount) found.push({ thing: measured.thing, ...measured.measure, amount, marker: chunk.last, reckonedBy: by });
    }
    // "was built at a cost of £850,000": the passive's subject, at that cost.
    if (chunk.tag === 'I' && tokens[chunk.first]!.lower === 'at' && chunks[c - 1]?.type === 'VG' && chunks[c - 2]?.type === 'NP') {
      const group = tokens.slice(chunks[c - 1]!.first, chunks[c - 1]!.last + 1);
      const passive = group.some((t) => t.lemma.toLowerCase() === 'be') && group.at(-1)!.pos === 'VERB';
      const cost = chunks[c + 1];
      if (!passive || cost?.type !== 'NP') continue;
      const words = tokens.slice(cost.first, cost.last + 1).map((t) => t.lower);
      const at = words[0] === 'a' && MEASURES.get(words[1] ?? '')?.relation === 'cost' && words[2] === 'of' ? cost.first + 3 : -1;
      if (at < 0 || at > cost.last || !tokens.slice(at, cost.last + 1).some((t) => /\d/.test(t.text))) continue;
      found.push({ thing: { first: chunks[c - 2]!.first, last: chunks[c - 2]!.last }, relation: 'cost', amount: { first: at, last: cost.last }, marker: cost.first + 1, reckonedBy: null });
    }
  }
  return found;
}

/** "the cost of the trial": the measure and what it is of, in noun phrase `c`. */
function measureOf(parse: SentenceParse, c: number): { thing: Phrase; measure: { relation: string; unit?: string } } | null {
  const chunk = parse.chunks[c];
  if (chunk?.type !== 'NP') return null;
  let k = chunk.first;
  while (k < chunk.last && DETERMINERS.has(parse.tokens[k]!.lower)) k++;
  const measure = MEASURES.get(parse.tokens[k]!.lower);
  if (!measure || parse.tokens[k + 1]?.lower !== 'of' || k + 2 > chunk.last) return null;
  return { thing: { first: k + 2, last: chunk.last }, measure };
}

/** The amount from chunk `c` on, with a hedge written as its own chunks before it ("around £1,200"). */
function amountAfter(parse: SentenceParse, c: number): Phrase | null {
  const { chunks, tokens } = parse;
  let k = c;
  while (chunks[k] && chunks[k]!.type === 'TOK' && chunks[k]!.first === chunks[k]!.last && /^\p{L}+$/u.test(tokens[chunks[k]!.first]!.text) && k < c + 2) k++;
  const amount = chunks[k];
  if (amount?.type !== 'NP' || !tokens.slice(amount.first, amount.last + 1).some((t) => /\d/.test(t.text))) return null;
  return { first: chunks[c]!.first, last: amount.last };
}
