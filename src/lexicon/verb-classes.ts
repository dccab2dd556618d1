// Verb classes the clause grammar and the later stages read: which verbs report speech, take a
// clause, plan, carry no meaning of their own (light verbs), deny, fail, or raise a negation.

/** Verbs that introduce reported speech: their clause complement is attributed to the subject. */
export const SPEECH_VERBS = new Set([
  'say', 'state', 'tell', 'write', 'add', 'announce', 'comment', 'claim', 'confirm', 'report', 'note', 'insist',
  'warn', 'deny', 'indicate', 'stress', 'argue', 'explain', 'suggest', 'declare', 'assert', 'admit', 'reveal',
  'acknowledge', 'allege', 'emphasize', 'emphasise', 'predict', 'promise', 'reply', 'respond', 'tweet',
  'testify', 'remark', 'caution', 'concede', 'estimate', 'believe', 'think', 'say so',
  // How the popular press introduces a quote ("Councillor Marsh fumed: “…”").
  'fume', 'rage', 'blast', 'slam', 'quip', 'joke', 'exclaim', 'complain', 'lament', 'boast', 'enthuse', 'gush',
]);

/** Verbs that take a clause complement without being speech ("mentioned he did plan", "found that"). */
export const CLAUSE_VERBS = new Set([
  'mention', 'know', 'learn', 'find', 'show', 'realize', 'realise', 'feel', 'fear', 'hope', 'expect', 'decide',
  'recall', 'conclude', 'determine', 'discover', 'notice', 'understand', 'assume', 'doubt', 'imagine', 'recognize',
  'recognise', 'suspect', 'prove', 'demonstrate', 'ensure', 'agree', 'hear', 'see', 'mean', 'suppose', 'guess',
]);

/** Verbs whose infinitive complement is a plan, not a fact ("agreed to visit", "plans to go"). */
export const PLANNING_VERBS = new Set([
  'plan', 'intend', 'aim', 'agree', 'promise', 'pledge', 'vow', 'prepare', 'hope', 'seek', 'want', 'expect',
  'propose', 'threaten', 'schedule', 'offer', 'decide', 'choose', 'opt',
]);

/** Verbs whose infinitive complement is needed, not done: "needs to raise £8,000" has raised nothing yet. */
export const NEEDING_VERBS: ReadonlySet<string> = new Set(['need']);

/**
 * Verbs of going on, starting and trying before "to": like planning verbs they frame the verb after
 * them ("continued to rise" claims a rise), but plan nothing.
 */
export const ASPECT_VERBS = new Set(['continue', 'begin', 'start', 'try', 'attempt', 'move']);

/** Verbs that end an act: "has not stopped ringing" denies the stopping, not the ringing. */
export const ENDING_VERBS: ReadonlySet<string> = new Set(['stop', 'cease', 'quit', 'finish']);

/** "make a visit", "hold talks": the noun carries the meaning, the verb is light. */
export const LIGHT_VERBS = new Set(['make', 'take', 'pay', 'hold', 'give', 'have', 'conduct', 'carry']);

export const EVENT_NOUNS = new Set([
  'visit', 'trip', 'call', 'decision', 'statement', 'announcement', 'speech', 'offer', 'attempt', 'promise',
  'pledge', 'talk', 'talks', 'meeting', 'agreement', 'deal', 'purchase', 'investment', 'attack', 'appearance',
  'comment', 'remark', 'request', 'proposal', 'tour', 'payment', 'donation', 'arrest', 'bid',
]);

/** Verbs of beginning: "started digging", "the work began" tell when one undertaking began. */
export const BEGINNING_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'commence']);

/** Verbs that say the verb after "to" did not happen: "failed to reach a deal", "refused to sign". */
export const FAILURE_VERBS: ReadonlySet<string> = new Set(['fail', 'refuse', 'decline']);

/** Speech verbs that say what they report is not so: "officials denied that the bridge had collapsed". */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(['deny', 'dispute', 'refute', 'rebut']);

/**
 * Verbs of opinion whose negation is the reported clause's ("I don't think Nichols won" says he did
 * not win; "police do not believe the fire was set" that it was not).
 */
export const NEGATION_RAISING_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'expect', 'suppose', 'reckon', 'imagine', 'feel']);

/** Speech verbs that name whom they tell before what they tell: "told the court Brannan was ashamed". */
export const TELLING_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'warn', 'notify']);

/**
 * Verbs of handing something over whose passive takes the receiver as its subject and keeps what was
 * handed as its object, each with what the receiver does: "he had been sent a written warning" is
 * what "he received a warning" tells, "traders are being charged rent" what "traders pay rent" does.
 */
export const RECEIVERS_VERB: ReadonlyMap<string, string> = new Map([
  ...['send', 'give', 'hand', 'issue', 'award', 'grant', 'serve', 'pay', 'offer', 'repay', 'refund', 'reimburse'].map((v): [string, string] => [v, 'receive']),
  ['charge', 'pay'], ['sell', 'buy'], ['lend', 'borrow'], ['teach', 'learn'],
]);

/**
 * Verbs whose "to" names where or to whom a thing goes, so a bare word after it is a noun: "was
 * handed to police", "reported to police", "passed over to officers" (not "refused to comment").
 */
export const DESTINATION_TO_VERBS: ReadonlySet<string> = new Set([
  // (Not verbs that also take an infinitive: "rushed to help", "offered to help", "were sent to help".)
  'hand', 'pass', 'give', 'report', 'deliver', 'refer', 'post', 'transfer', 'donate', 'submit', 'forward', 'sell', 'lend', 'issue',
]);

/**
 * Verbs whose first object is who pays, saves or owes an amount, and whose second is the amount
 * ("will cost the county council £62,000", "will save the council £112,000 a year"): the amount is
 * what the claim is about, and the payer no participant to compare.
 */
export const PAYER_FIRST_VERBS: ReadonlySet<string> = new Set(['cost', 'save', 'earn', 'owe']);

/**
 * Verbs that name something in the subject's own words: "Dr Feld described it as “one of the most
 * complete ichthyosaurs found on this coast”", "called the decision “a kick in the teeth”". The
 * words in quote marks after them are the subject's quote.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['describe', 'call', 'hail', 'brand', 'label', 'dub']);

/** Verbs whose denial says something went on as normal: "Train services were not affected". */
export const AFFECTING_VERBS: ReadonlySet<string> = new Set(['affect', 'disrupt', 'hit', 'impact']);

/** What being affected means for a service, a road or an event: "were suspended", "was closed". */
export const DISRUPTING_VERBS: ReadonlySet<string> = new Set(['suspend', 'cancel', 'delay', 'disrupt', 'halt', 'close', 'stop', 'divert', 'shut', 'postpone', 'evacuate']);

/** Acts that bring a thing into being for the public: "a viewing area was set up", "a rest centre was opened". */
export const PROVIDING_VERBS: ReadonlySet<string> = new Set(['set up', 'provide', 'open', 'create', 'build', 'establish', 'install', 'lay on', 'organise', 'organize', 'arrange']);

/** Verbs that bring an event about only when their object is one ("hold a consultation", not "hold the gun"). */
export const STAGING_VERBS: ReadonlySet<string> = new Set(['hold', 'stage', 'run']);

/** Events a staging verb brings about: "would hold a public consultation". */
export const STAGED_EVENTS: ReadonlySet<string> = new Set([
  'consultation', 'meeting', 'vote', 'ballot', 'inquiry', 'hearing', 'review', 'election', 'referendum', 'event', 'festival', 'fair',
  'ceremony', 'service', 'session', 'exhibition', 'auction', 'competition', 'contest', 'show', 'concert', 'protest', 'vigil', 'open day',
]);

/**
 * Verbs that tell another what they should do, in the teller's voice: "Mrs Tilsley urged gardeners
 * to cut holes in their fences" is hers to say as "gardeners should cut holes" (extract), and no
 * answer to whether they did (compare).
 */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(['urge', 'advise', 'encourage']);

/**
 * Base forms written as another verb's past ("to lay a main", not "lie"; "to found a charity", not
 * "find"): after "to", a modal or "do" they are their own verbs, whatever the tagger's lemma says.
 */
export const BASE_FORMS_SPELT_AS_PASTS: ReadonlySet<string> = new Set(['lay', 'found', 'fell', 'saw', 'wound']);
