// Where a person lives, as news writes it in passing: "Darren Mullins, 38, of Wexley", "Jamie Okafor
// and Holly Brennan, from Tressel Green,". One outlet writes "of Tressel Green", another "who live in
// Tressel Green": each becomes a claim that the person lives there, so the two meet.
import type { Phrase, SentenceParse } from './5-clauses.ts';
import { ageNumber, properTail } from './age-statements.ts';
import { NAME_ENDING_ORG_WORDS, ORG_WORDS } from '../lexicon/entity-words.ts';

export interface ResidenceStatement {
  person: Phrase;
  /** The "of" or "from" token. */
  marker: number;
  place: Phrase;
}

/** The relation of a residence claim, as "who live in Tressel Green" reads. */
export const RESIDENCE_RELATION = 'live in';

const RESIDENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from']);

/** Last words of a club's name, which "Tom Bell, of Leeds United," plays for, not lives in. */
const CLUB_NAME_ENDINGS: ReadonlySet<string> = new Set(['united', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'hotspur']);

function namesOrganisation(lastWord: string): boolean {
  return ORG_WORDS.has(lastWord) || NAME_ENDING_ORG_WORDS.has(lastWord) || CLUB_NAME_ENDINGS.has(lastWord);
}

export function residenceStatements(parse: SentenceParse): ResidenceStatement[] {
  const { chunks, tokens } = parse;
  const found: ResidenceStatement[] = [];
  const comma = (c: number) => chunks[c]?.tag === ',' && tokens[chunks[c]!.first]!.text === ',';
  for (let c = 0; c < chunks.length; c++) {
    const marker = chunks[c]!;
    if (marker.first !== marker.last || !RESIDENCE_PREPOSITIONS.has(tokens[marker.first]!.lower) || !comma(c - 1)) continue;
    // "…, of Tressel Green," or "…, of Tressel Green." : the place alone between the marker and the close.
    const place = chunks[c + 1];
    if (!place || place.type !== 'NP' || !(comma(c + 2) || chunks[c + 2]?.tag === '.' || chunks[c + 2] === undefined)) continue;
    const placeTokens = tokens.slice(place.first, place.last + 1);
    if (!placeTokens.every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) || namesOrganisation(placeTokens.at(-1)!.lower)) continue;
    // "Darren Mullins, 38, of Wexley": an age between the name and the place.
    let named = c - 2;
    if (chunks[named]?.type === 'NP' && chunks[named]!.first === chunks[named]!.last && ageNumber(tokens[chunks[named]!.first]!.text) !== null && comma(named - 1)) named -= 2;
    for (const person of coordinatedNames(parse, named)) found.push({ person, marker: marker.first, place: { first: place.first, last: place.last } });
  }
  return found;
}

/**
 * The names ending noun phrase `c` and, joined by "and", the one before it ("Holly Brennan and her
 * partner Jamie Okafor"), each a full name of two words at least.
 */
function coordinatedNames(parse: SentenceParse, c: number): Phrase[] {
  const last = properTail(parse, c, 2);
  if (!last) return [];
  const joined = parse.chunks[c - 1]?.tag === 'C' && parse.tokens[parse.chunks[c - 1]!.first]!.lower === 'and' ? properTail(parse, c - 2, 2) : null;
  return joined ? [joined, last] : [last];
}
