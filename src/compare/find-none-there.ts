// Said not to exist against said to be provided: "There was no official viewing area" in one
// outlet, "A public viewing area was set up on the playing fields" in another.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { groupBy, shareAnArticle, type Statement } from './statements.ts';
import { toldOfDifferentTimes } from './comparable.ts';
import { makeContradiction } from './contradiction.ts';
import { describeClaim, describeSide } from './describe.ts';
import { PROVIDING_VERBS, STAGED_EVENTS, STAGING_VERBS } from '../lexicon/verb-classes.ts';
import { eventWord, phrasalVerb } from '../align/claim-profile.ts';
import { compoundBase, verbBase } from '../resolve/verb-base.ts';
import { baseForm } from '../resolve/morphy.ts';

/** Holders whose "have" says a thing is there: a place or a body, not a person ("had injuries"). */
const HOLDER_KINDS: ReadonlySet<string> = new Set(['PLACE', 'ORG', 'THING']);

/**
 * "There was no official viewing area" / "A public viewing area was set up on the playing fields":
 * what one outlet says did not exist, another says was provided. The thing is one entity (the
 * resolver's), set up, opened or laid on in the other outlet's claim, as its passive subject or
 * its active object.
 */
export function findNoneThere(graph: ClaimGraph, statements: readonly Statement[]): ContradictionRecord[] {
  return [...noneProvided(graph, statements), ...noneEquipping(graph, statements)];
}

function noneProvided(graph: ClaimGraph, statements: readonly Statement[]): ContradictionRecord[] {
  const none = statements.filter(({ claim, source }) => claim.negated && claim.predicate === 'be' && claim.objectId !== null && source.subjectText.trim().toLowerCase() === 'there');
  if (none.length === 0) return [];
  const provides = (predicate: string) => [verbBase(eventWord(predicate)), ...phrasalVerb(predicate)].some((verb) => PROVIDING_VERBS.has(verb));
  // "would hold a public consultation" (keyed "maintain", so the verb as written is read): an event staged.
  const eventName = (id: string | null) => (id && graph.hasNode(id) ? String(graph.getNodeAttribute(id, 'name')).toLowerCase().split(/\s+/).at(-1)! : '');
  const stages = ({ claim, source }: Statement) => STAGING_VERBS.has(verbBase(eventWord(source.relationLemma))) && STAGED_EVENTS.has(eventName(claim.objectId));
  // "The site already has changing rooms" / "There are no changing rooms on the site": what a place
  // or body has, exists.
  const has = ({ claim }: Statement) => claim.predicate === 'have' && claim.objectId !== null && HOLDER_KINDS.has(String(graph.getNodeAttribute(claim.subjectId, 'kind')));
  const provided = statements.filter((statement) => !statement.claim.negated && (provides(statement.claim.predicate) || stages(statement) || has(statement)));
  const found: ContradictionRecord[] = [];
  for (const [thing, denials] of groupBy(none, ({ claim }) => claim.objectId!)) {
    const affirmed = provided.filter(({ claim }) => (/^be\s/.test(claim.predicate) ? claim.subjectId : claim.objectId) === thing);
    if (affirmed.length === 0 || shareAnArticle(affirmed, denials) || toldOfDifferentTimes(affirmed, denials)) continue;
    found.push(noneThereClash(graph, affirmed, denials));
  }
  return found;
}

/** What one outlet says is there against another's "there is none". */
function noneThereClash(graph: ClaimGraph, affirmed: Statement[], denials: Statement[]): ContradictionRecord {
  return makeContradiction('polarity', { value: 'provided', statements: affirmed }, { value: 'none', statements: denials }, (p, q) =>
    `polarity: ${describeClaim(graph, p.statements[0]!.claim)} (${describeSide(graph, p.statements)}) vs ${describeClaim(graph, q.statements[0]!.claim)} (${describeSide(graph, q.statements)})`);
}

/**
 * "There will be no floodlights at the skate park" / "The skate park will be floodlit until 9pm":
 * a place said to have none of a thing, and said to be done to with the verb that thing is named
 * by (floodlight, floodlit; heating, heated), in another outlet.
 */
function noneEquipping(graph: ClaimGraph, statements: readonly Statement[]): ContradictionRecord[] {
  const none = statements.filter(({ claim, source }) => claim.negated && /^be (?:at|in|on)$/.test(claim.predicate) && claim.objectId !== null && denyingSubject(source.text, source.subjectText));
  if (none.length === 0) return [];
  const nounOf = (id: string) => baseForm(String(graph.getNodeAttribute(id, 'name')).toLowerCase().split(/\s+/).at(-1)!, 'noun');
  const found: ContradictionRecord[] = [];
  for (const [place, denials] of groupBy(none, ({ claim }) => claim.objectId!)) {
    const things = new Set(denials.map(({ claim }) => nounOf(claim.subjectId)));
    const affirmed = statements.filter(({ claim, source }) => !claim.negated && claim.subjectId === place && claim.predicate === 'be' && !!source.objectText && !source.objectText.includes(' ') && namedByVerb(source.objectText.toLowerCase(), things));
    if (affirmed.length === 0 || shareAnArticle(affirmed, denials) || toldOfDifferentTimes(affirmed, denials)) continue;
    found.push(noneThereClash(graph, affirmed, denials));
  }
  return found;
}

/** The participle's verb is one of the things' nouns: "floodlit" of "floodlight". */
function namedByVerb(participle: string, things: ReadonlySet<string>): boolean {
  return things.has(verbBase(participle)) || things.has(compoundBase(participle) ?? '');
}

/** "There will be no floodlights": "no" right before the subject as written. */
function denyingSubject(text: string, subject: string): boolean {
  const at = text.toLowerCase().indexOf(subject.toLowerCase());
  return at > 0 && /\bno\s+$/.test(text.toLowerCase().slice(0, at));
}
