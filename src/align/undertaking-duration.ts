// How long the story's undertaking takes is one fact, whichever verb and noun each outlet tells it
// with: "The scheme is due to last 14 weeks" / "the job should be finished in 14 weeks". Like a sum
// of money (money-sums.ts), it is a participant of its own for blocking, and the verbs are one event.
import type { ClaimProfile } from './claim-profile.ts';
import { DURATION_VERBS, UNDERTAKING_NOUNS } from '../lexicon/undertakings.ts';
import { baseForm } from '../resolve/morphy.ts';

/** A claim telling how long the undertaking takes: its subject names the undertaking, its amount is a span of days, its verb one of lasting. */
export function tellsUndertakingDuration(profile: ClaimProfile): boolean {
  const head = profile.subject.head;
  return !!head && UNDERTAKING_NOUNS.has(baseForm(head, 'noun')) && profile.units.has('day') && profile.events.some((event) => DURATION_VERBS.has(event));
}
