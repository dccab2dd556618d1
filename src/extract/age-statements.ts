// A person's age as news writes it in passing: "Darren Mullins, 38, of Wexley", "Aged 72, Mrs
// Doyle", "Darren Kilby, aged 47,", "67-year-old Pauline Ashworth", "She is now 72." Outlets
// disagree on ages more often than one would think (a 34- or a 43-year-old man), and an age is a
// fact of its own about the person, so each becomes an age claim that compare can set side by side.
import type { Phrase, SentenceParse } from './5-clauses.ts';

export interface AgeStatement {
  /** The person's name (or the pronoun standing for it). */
  person: Phrase;
  /** The token that carries the statement: the comma, "aged", "is", or the "-year-old" word. */
  marker: number;
  /** The number's token. */
  number: number;
  years: number;
}

const OLDEST = 119;
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s']);
/** Adverbs between "is" and an age: "She is now 72", "The Flight Sergeant was just 23". */
const NOW_WORDS: ReadonlySet<string> = new Set(['now', 'still', 'currently', 'just', 'only', 'barely']);
const AGED: ReadonlySet<string> = new Set(['aged']);

/** The relation of an age claim, also what the clause grammar reads from "Darren Kilby, aged 47,". */
export const AGE_RELATION = 'be aged';

export function ageStatements(parse: SentenceParse): AgeStatement[] {
  const { chunks, tokens } = parse;
  const found: AgeStatement[] = [];
  const lower = (chunk: number): string => tokens[chunks[chunk]!.first]!.lower;
  const isWord = (chunk: number, words: ReadonlySet<string>): boolean => chunks[chunk] !== undefined && chunks[chunk]!.first === chunks[chunk]!.last && words.has(lower(chunk));
  // A comma or full stop, not a dash: "He is 5 - feet - 8 inches" is a height.
  const closes = (chunk: number): boolean => chunks[chunk] === undefined || ((chunks[chunk]!.tag === ',' || chunks[chunk]!.tag === '.') && /^[,.;]$/.test(tokens[chunks[chunk]!.first]!.text));
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    // "Pickle is now 11 years old": the number, "years", and "old" after the phrase.
    const yearsOld = chunk.type === 'NP' && chunk.last === chunk.first + 1 && /^years?$/.test(tokens[chunk.last]!.lower) && tokens[chunk.last + 1]?.lower === 'old';
    if (chunk.type === 'NP' && (chunk.first === chunk.last || yearsOld)) {
      const years = ageNumber(tokens[chunk.first]!.text);
      if (years === null) continue;
      // "Darren Mullins, 38, of Wexley" / "Callum Docherty, 26."
      if (chunks[c - 1]?.tag === ',' && closes(c + 1)) {
        const person = properTail(parse, c - 2);
        if (person) found.push({ person, marker: chunks[c - 1]!.first, number: chunk.first, years });
      }
      if (isWord(c - 1, AGED)) {
        // "Aged 72, Mrs Doyle has …"
        if (c === 1 && chunks[c + 1]?.tag === ',') {
          const person = wholeName(parse, c + 2);
          if (person) found.push({ person, marker: chunks[0]!.first, number: chunk.first, years });
        }
        // "Darren Kilby, aged 47, was sentenced"
        if (chunks[c - 2]?.tag === ',' && closes(c + 1)) {
          const person = properTail(parse, c - 3);
          if (person) found.push({ person, marker: chunks[c - 1]!.first, number: chunk.first, years });
        }
      }
      // "She is now 72." / "Its skipper, Daniel Pascoe, is 52 and has …"
      const verb = isWord(c - 1, NOW_WORDS) ? c - 2 : c - 1;
      const after = yearsOld ? c + 2 : c + 1;
      if (isWord(verb, BE_FORMS) && chunks[verb]!.type === 'VG' && (closes(after) || lower(after) === 'and')) {
        // "Its skipper, Daniel Pascoe, is 52": the name in commas before the verb.
        const named = chunks[verb - 1]?.tag === ',' ? verb - 2 : verb - 1;
        const person = properTail(parse, named) ?? pronoun(parse, named);
        if (person) found.push({ person, marker: chunks[verb]!.first, number: chunk.first, years });
      }
    }
    // "67-year-old Pauline Ashworth": the age written before the name, inside one noun phrase.
    if (chunk.type === 'NP') {
      for (let t = chunk.first; t + 4 <= chunk.last; t++) {
        const years = ageNumber(tokens[t]!.text);
        if (years === null || tokens[t + 2]!.lower !== 'year' || tokens[t + 4]!.lower !== 'old' || tokens[t + 1]!.text !== '-' || tokens[t + 3]!.text !== '-') continue;
        const name = { first: t + 5, last: chunk.last };
        if (name.first <= name.last && range(name).every((k) => tokens[k]!.pos === 'PROPN')) found.push({ person: name, marker: t + 4, number: t, years });
      }
    }
  }
  return found;
}

/** The years a written number gives as an age ("38"), or null: "2009", "0" and "4.5" are none. */
export function ageNumber(text: string): number | null {
  if (!/^\d{1,3}$/.test(text)) return null;
  const years = Number(text);
  return years >= 1 && years <= OLDEST ? years : null;
}

/** Noun phrase `c` when it is a name and nothing else ("Aged 72, Mrs Doyle has"). */
function wholeName(parse: SentenceParse, c: number): Phrase | null {
  const chunk = parse.chunks[c];
  if (!chunk || chunk.type !== 'NP') return null;
  return range(chunk).every((k) => parse.tokens[k]!.pos === 'PROPN') ? { first: chunk.first, last: chunk.last } : null;
}

/**
 * The proper-name words that end noun phrase `c` ("deckhand Tomasz Wieczorek" → Tomasz Wieczorek),
 * `fewest` of them at least.
 */
export function properTail(parse: SentenceParse, c: number, fewest = 1): Phrase | null {
  const chunk = parse.chunks[c];
  if (!chunk || chunk.type !== 'NP') return null;
  const { tokens } = parse;
  let first = chunk.last + 1;
  while (first > chunk.first && tokens[first - 1]!.pos === 'PROPN') first--;
  return chunk.last - first + 1 >= fewest ? { first, last: chunk.last } : null;
}

function pronoun(parse: SentenceParse, c: number): Phrase | null {
  const chunk = parse.chunks[c];
  if (!chunk || chunk.first !== chunk.last) return null;
  return ['he', 'she'].includes(parse.tokens[chunk.first]!.lower) ? { first: chunk.first, last: chunk.last } : null;
}

function range(phrase: Phrase): number[] {
  return Array.from({ length: phrase.last - phrase.first + 1 }, (_, k) => phrase.first + k);
}
