// Verbs news outlets use for the same event. Checked before WordNet: these are the senses that
// matter in news ("cover a range of issues" means discuss them), which WordNet's most frequent
// sense does not always give. Each synonym maps to the canonical key on its row.
import type { SynonymRow } from './synonym-aligner.ts';

export const NEWS_VERBS: readonly SynonymRow[] = [
  // ("set off for the maternity unit" is heading there; "set off" alone is triggering, below.)
  { canonical: 'visit', synonyms: ['go to', 'travel to', 'fly to', 'head to', 'head for', 'set off for', 'set out for', 'come to', 'make a trip to', 'pay a visit to', 'tour'] },
  { canonical: 'buy', synonyms: ['acquire', 'purchase', 'snap up', 'take over', 'buy out'] },
  { canonical: 'sell', synonyms: ['sell off', 'divest', 'offload'] },
  { canonical: 'increase', synonyms: ['rise', 'jump', 'climb', 'grow', 'surge', 'soar', 'go up', 'edge up', 'spike', 'rise by'] },
  { canonical: 'raise', synonyms: ['hike', 'boost', 'lift', 'ramp up'] },
  { canonical: 'fall', synonyms: ['drop', 'decline', 'slide', 'slump', 'plunge', 'sink', 'dip', 'tumble', 'go down', 'edge down'] },
  { canonical: 'reduce', synonyms: ['cut', 'lower', 'lessen', 'curb', 'slash', 'trim', 'scale back'] },
  // A supply stopped: "the gas was cut off" is "the gas was turned off", no reduction.
  { canonical: 'cut off', synonyms: ['turn off', 'switch off', 'shut off', 'disconnect'] },
  // "cut in half" must win over "cut" → reduce: the longest match is taken first.
  { canonical: 'halve', synonyms: ['cut in half', 'cut by half', 'reduce by half', 'slash in half', 'cut by 50%', 'cut by 50 percent', 'fall by half', 'drop by half', 'decline by half', 'shrink by half'] },
  { canonical: 'double', synonyms: ['increase twofold', 'raise twofold'] },
  // "The cost of the damage was put at £140,000", "police put the crowd at 2,000": a figure estimated.
  { canonical: 'estimate at', synonyms: ['put at', 'value at', 'place at'] },
  // "The town council has handed the café £2,500" / "gave the group a £2,500 grant".
  { canonical: 'give', synonyms: ['hand', 'hand over'] },
  // "stole a total of £41,500 from the council" / "siphoned off £47,500 of public money".
  { canonical: 'steal', synonyms: ['siphon off', 'siphon', 'embezzle', 'pilfer'] },
  // "The new charge will come into force on 1 April" (an idiom, verb-noun-idioms.ts) / "The hike kicks in on 1 April".
  { canonical: 'take effect', synonyms: ['kick in', 'come into operation'] },
  { canonical: 'discuss', synonyms: ['cover', 'broach', 'address', 'touch on', 'talk about', 'debate', 'go over', 'take up'] },
  // Reporting verbs: the claim is what was said, so how it was said does not split claims.
  { canonical: 'say', synonyms: ['state', 'comment', 'add', 'tell', 'note', 'remark', 'declare', 'assert', 'write', 'post', 'confirm', 'say to', 'state to'] },
  { canonical: 'meet', synonyms: ['convene', 'meet with', 'hold talks with', 'sit down with', 'gather'] },
  // Not "agree to": it would swallow the "to" of "agree to visit".
  { canonical: 'agree', synonyms: ['settle on', 'agree on', 'consent to', 'reach agreement on', 'strike a deal on'] },
  { canonical: 'plan', synonyms: ['intend', 'aim', 'be set to', 'mean'] },
  { canonical: 'kill', synonyms: ['leave dead', 'claim the lives of', 'slay'] },
  { canonical: 'die', synonyms: ['pass away', 'perish', 'lose life'] },
  { canonical: 'remain', synonyms: ['stay', 'continue', 'persist', 'hold steady', 'linger'] },
  { canonical: 'remain at', synonyms: ['stay at', 'continue at', 'hold at', 'hover at', 'sit at', 'stand at'] },
  { canonical: 'focus on', synonyms: ['center on', 'centre on', 'concentrate on', 'be centered on', 'be focused on'] },
  { canonical: 'release', synonyms: ['publish', 'issue', 'put out'] },
  { canonical: 'withdraw', synonyms: ['retract', 'rescind', 'revoke', 'take back', 'pull back', 'call off'] },
  { canonical: 'support', synonyms: ['back', 'endorse', 'stand by', 'side with'] },
  { canonical: 'suspend', synonyms: ['shelve', 'pause', 'put on hold', 'freeze', 'halt'] },
  { canonical: 'impose', synonyms: ['levy', 'slap', 'introduce'] },
  { canonical: 'maintain', synonyms: ['keep', 'keep up', 'sustain', 'preserve'] },
  { canonical: 'trigger', synonyms: ['spark', 'provoke', 'prompt', 'set off', 'compel'] },
  { canonical: 'attack', synonyms: ['strike', 'assault', 'raid'] },
  { canonical: 'arrest', synonyms: ['detain', 'apprehend', 'take into custody'] },
  { canonical: 'invite', synonyms: ['ask to visit', 'extend an invitation to'] },
  { canonical: 'welcome', synonyms: ['hail', 'applaud'] },
  // Votes and seats: "secured 36%". "take" only with such an object: see OBJECT_SENSES.
  { canonical: 'win', synonyms: ['secure', 'capture', 'garner', 'clinch'] },
  { canonical: 'destroy', synonyms: ['gut', 'raze', 'wreck', 'flatten', 'burn down'] },
  { canonical: 'fight', synonyms: ['battle', 'combat', 'tackle'] },
  // Ownership from the owned thing's side: "the plant belongs to X" = "the plant is owned by X".
  { canonical: 'belong to', synonyms: ['be own by', 'be owned by'] },
  // "the deal was completed" = "the deal completed"; "close" only for a deal (see ARGUMENT_SENSES).
  { canonical: 'complete', synonyms: ['be complete', 'be completed', 'finalize', 'finalise', 'be finalize', 'be finalise', 'wrap up'] },
  // "runs 62 stores" = "operates 62 stores"; "is headquartered in" = "is based in".
  { canonical: 'operate', synonyms: ['run'] },
  // ... but "ran into the street" moves: "run" before a preposition of where is kept as it is.
  ...['into', 'onto', 'to', 'towards', 'toward', 'across', 'along', 'through', 'down', 'away', 'off', 'from'].map((preposition): SynonymRow => ({ canonical: `run ${preposition}`, synonyms: [`run ${preposition}`] })),
  { canonical: 'base', synonyms: ['headquarter'] },
  { canonical: 'criticize', synonyms: ['criticise', 'condemn', 'slam', 'denounce', 'blast'] },
  // A council or a board deciding: "approved the budget" = "adopted the budget".
  { canonical: 'approve', synonyms: ['adopt', 'sign off', 'rubber-stamp', 'ratify'] },
  { canonical: 'hire', synonyms: ['recruit', 'take on'] },
  // Finding what was hidden or wrong: "the error was uncovered" is "the error was discovered".
  { canonical: 'discover', synonyms: ['uncover', 'unearth', 'detect', 'spot'] },
];

/**
 * Verbs whose news sense depends on what they act on or what does them: "took 38% of the vote" was
 * won, but "took questions" and "could take months" were not; "the deal will close" is completed,
 * "the firm will close 14 stores" is not. The verb becomes the canonical one only when a word of the
 * argument in `slot` is listed (or, with `share`, the object is a share: "received about 38 percent").
 * A subject counts only when
 * the verb has no object.
 */
export interface ArgumentSense {
  verb: string;
  slot: 'object' | 'subject';
  words: ReadonlySet<string>;
  /** Also when the object is a share and nothing else ("took around 38 percent"). */
  share?: boolean;
  /** A subject's sense that holds with an object too ("a preservation order covers the oak"). */
  transitive?: boolean;
  canonical: string;
}

/** Nouns for one buying and selling: what "closes" or "goes through" is completed. */
const DEAL_WORDS: ReadonlySet<string> = new Set(['deal', 'acquisition', 'takeover', 'merger', 'buyout', 'transaction', 'sale', 'purchase']);

/** Things put up by builders, which "go up" when they are built. */
const BUILT_THINGS: ReadonlySet<string> = new Set([
  'building', 'buildings', 'house', 'houses', 'home', 'homes', 'block', 'flats', 'tower', 'treehouse', 'bridge', 'wall',
  'extension', 'stand', 'hall', 'school', 'estate', 'shed', 'fence', 'statue', 'church', 'factory', 'hotel', 'stadium',
  'warehouse', 'mast', 'office', 'offices', 'pavilion', 'clubhouse', 'barn', 'bungalow', 'cottage', 'shelter',
]);

export const ARGUMENT_SENSES: readonly ArgumentSense[] = [
  ...['take', 'receive', 'get', 'gain'].map((verb): ArgumentSense => ({
    verb,
    slot: 'object',
    // (A contest's prize or its deciding match: "took the final 2-0", "took gold".)
    words: new Set(['vote', 'votes', 'seat', 'seats', 'majority', 'election', 'race', 'title', 'prize', 'medal', 'award', 'primary', 'final', 'trophy', 'cup', 'gold', 'crown', 'championship']),
    share: true,
    canonical: 'win',
  })),
  // A workforce: "has around 3,000 staff" is "employs about 3,000 workers".
  {
    verb: 'have',
    slot: 'object',
    words: new Set(['staff', 'workers', 'employees', 'workforce', 'staffers']),
    canonical: 'employ',
  },
  // A size: "the farm covers 140 acres", "the route covers 23 miles" is how big or long, no report "covering" a story.
  ...['cover', 'span'].map((verb): ArgumentSense => ({
    verb,
    slot: 'object',
    words: new Set(['acre', 'acres', 'hectare', 'hectares', 'mile', 'miles', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'metre', 'metres', 'meter', 'meters', 'feet', 'foot', 'yards', 'square', 'sq']),
    canonical: 'measure',
  })),
  // A force of nature: "the tremor struck at 11.47pm" hit, as "the quake hit" did; no one attacked.
  ...['strike'].map((verb): ArgumentSense => ({
    verb,
    slot: 'subject',
    words: new Set(['earthquake', 'quake', 'tremor', 'storm', 'lightning', 'hurricane', 'tornado', 'typhoon', 'cyclone', 'flood', 'floods', 'gale', 'gales', 'wave', 'tsunami', 'blizzard', 'heatwave']),
    canonical: 'hit',
  })),
  // A sum met: "a grant covered most of the cost", "insurers will cover the loss" paid for it; no report "covering" it.
  {
    verb: 'cover',
    slot: 'object',
    words: new Set(['cost', 'costs', 'bill', 'bills', 'fee', 'fees', 'price', 'expense', 'expenses', 'shortfall', 'deficit', 'loss', 'losses', 'damage', 'repairs']),
    canonical: 'pay',
  },
  // A body set up: "the club was formed in 1974 by farm workers" is founded, not shaped ("a crater formed").
  {
    verb: 'form',
    slot: 'object',
    words: new Set(['club', 'society', 'band', 'company', 'association', 'charity', 'trust', 'party', 'union', 'committee', 'partnership', 'firm', 'business', 'choir', 'orchestra', 'league']),
    canonical: 'found',
  },
  // An occasion that recurs: "The market runs on Tuesdays" is held then, as "the market is held on
  // Tuesdays" says; "the café runs on the first Saturday" takes place. (With an object, "runs the
  // café", someone operates it.)
  {
    verb: 'run',
    slot: 'subject',
    words: new Set(['market', 'markets', 'café', 'cafe', 'fair', 'session', 'sessions', 'class', 'classes', 'club', 'festival', 'event', 'course', 'courses', 'show', 'sale', 'service', 'services', 'group', 'clinic', 'clinics', 'workshop', 'workshops', 'exhibition', 'meeting', 'meetings']),
    canonical: 'take place',
  },
  // A speed: "the ambulance was doing 48mph" travelled at it, as "was travelling at 38mph" says.
  {
    verb: 'do',
    slot: 'object',
    words: new Set(['mph', 'kph', 'kmh']),
    canonical: 'travel at',
  },
  // A work written: "to write another book", "writes a weekly column" makes it; no report "writing" that something is so.
  {
    verb: 'write',
    slot: 'object',
    words: new Set(['book', 'books', 'novel', 'novels', 'story', 'stories', 'poem', 'poems', 'song', 'songs', 'play', 'plays', 'script', 'scripts', 'memoir', 'biography', 'column', 'columns', 'music', 'hymn', 'anthem', 'opera', 'symphony', 'sequel', 'thesis', 'chapter']),
    canonical: 'write',
  },
  // A birth: "the baby arrived at 5.15am" is born, as "Willow was born at 3.47am" is.
  {
    verb: 'arrive',
    slot: 'subject',
    words: new Set(['baby', 'babies', 'newborn', 'twins', 'triplets', 'quads', 'quadruplets', 'quins', 'daughter', 'son']),
    canonical: 'be born',
  },
  {
    verb: 'close',
    slot: 'subject',
    words: DEAL_WORDS,
    canonical: 'complete',
  },
  // "The oak is not covered by a tree preservation order" / "The oak is protected by a tree
  // preservation order": what an order, a policy or a designation covers it protects.
  {
    verb: 'cover',
    slot: 'subject',
    words: new Set(['order', 'orders', 'policy', 'insurance', 'designation', 'protection', 'covenant', 'warranty', 'guarantee']),
    transitive: true,
    canonical: 'protect',
  },
  // "The ban will also cover the beach" / "The beach is not included in the ban": what a rule covers it takes in.
  {
    verb: 'cover',
    slot: 'subject',
    words: new Set(['ban', 'bans', 'prohibition', 'restriction', 'restrictions', 'rule', 'rules', 'zone', 'levy', 'limit', 'curfew', 'bylaw', 'byelaw']),
    transitive: true,
    canonical: 'include',
  },
  // "The treehouse went up in the summer of 2023", "The block went up in the 1960s": built, not risen.
  {
    verb: 'go up',
    slot: 'subject',
    words: BUILT_THINGS,
    canonical: 'be built',
  },
  // "The sale went through on Monday" = "The purchase was completed on Monday".
  {
    verb: 'go through',
    slot: 'subject',
    words: DEAL_WORDS,
    canonical: 'complete',
  },
];
