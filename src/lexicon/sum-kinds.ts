// What a sum of money is for, as outlets name it beside the figure (compare/sum-kind.ts).

/**
 * Nouns that say which of a story's sums a figure is: "a fine of £1,200", "£400 in costs",
 * "£250 in prize money". A court story's fine, costs and compensation are three sums, however
 * alike the sentences that tell them.
 */
export const SUM_KIND_NOUNS: ReadonlyMap<string, string> = new Map([
  ['fine', 'fine'], ['fines', 'fine'],
  ['cost', 'costs'], ['costs', 'costs'],
  ['compensation', 'compensation'], ['damages', 'damages'],
  ['surcharge', 'surcharge'],
  ['fee', 'fee'], ['fees', 'fee'],
  ['rent', 'rent'], ['wages', 'wages'], ['salary', 'salary'],
  ['grant', 'grant'], ['grants', 'grant'], ['funding', 'funding'],
  ['donation', 'donation'], ['donations', 'donation'],
  ['bail', 'bail'], ['bonus', 'bonus'], ['bonuses', 'bonus'],
  ['prize', 'prize'], ['reward', 'reward'],
]);

/** Verbs whose amount is a sum of one kind: "was fined £1,200" is a fine. */
export const SUM_KIND_VERBS: ReadonlyMap<string, string> = new Map([
  ['fine', 'fine'], ['compensate', 'compensation'],
  // A theft's or a fraud's takings: "In total he took £186,000", "Astley pocketed £16,200".
  ['steal', 'taken'], ['take', 'taken'], ['pocket', 'taken'], ['embezzle', 'taken'], ['swindle', 'taken'],
  ['siphon', 'taken'], ['siphon off', 'taken'], ['defraud', 'taken'], ['con', 'taken'],
  // What an appeal or an offer brought in: "The share offer raised £85,000".
  ['raise', 'raised'], ['bring in', 'raised'],
  // What a thing sold for: "The car sold for £148,000", "fetched £184,000".
  ['sell', 'sale'], ['fetch', 'sale'],
]);

/** Subjects whose sum, told with "be", is what a thing sold for: "The hammer price was £184,000". */
export const SALE_PRICE_SUBJECTS: ReadonlySet<string> = new Set(['hammer price', 'sale price', 'selling price', 'winning bid']);

/** "The hammer fell at £148,000": the auctioneer's hammer falling says the price a lot sold for. */
export const HAMMER_FALLS = /^(?:the\s+)?hammer$/i;

/** Kinds told by their verb only of money: "took 14 minutes" is no takings. */
export const MONEY_ONLY_KINDS: ReadonlySet<string> = new Set(['taken', 'raised', 'sale']);

/**
 * "a £100 fixed penalty notice", "a £150 on-the-spot fine": a penalty set in advance for breaking a
 * rule, right after its figure. Its amount is fixed, so "could be given" one tells it as surely as
 * "face" one does (a court's "could face a fine" is a limit, and no sum).
 */
export const FIXED_PENALTY_AFTER = /^\s*(?:fixed[- ]penalty|on-the-spot fine|spot fine|penalty notice)\b/i;
