// Nouns news outlets use for the same thing. Checked before WordNet for the same reason as the
// verb list: the news sense ("duty" as a tax on imports) is not always WordNet's first sense.
import type { SynonymRow } from './synonym-aligner.ts';

export const NEWS_NOUNS: readonly SynonymRow[] = [
  { canonical: 'tariff', synonyms: ['duty', 'import duty', 'import tax', 'import tariff', 'customs duty', 'levy', 'import levy'] },
  { canonical: 'trade', synonyms: ['commerce', 'economic relations', 'economic ties', 'trade relations', 'trade ties', 'commercial relations'] },
  { canonical: 'goods', synonyms: ['product', 'products', 'merchandise', 'good', 'wares', 'commodity'] },
  { canonical: 'phone call', synonyms: ['call', 'phone discussion', 'phone conversation', 'telephone call', 'telephone conversation'] },
  { canonical: 'talks', synonyms: ['discussion', 'talk', 'negotiation', 'conversation'] },
  { canonical: 'truce', synonyms: ['pause', 'ceasefire', 'cease-fire', 'armistice'] },
  { canonical: 'statement', synonyms: ['comment', 'remarks', 'communique', 'announcement'] },
  { canonical: 'relationship', synonyms: ['relations', 'ties', 'bilateral relations', 'bilateral ties'] },
  { canonical: 'ally', synonyms: ['friend', 'partner'] },
  { canonical: 'dispute', synonyms: ['battle', 'row', 'spat', 'feud', 'quarrel'] },
  { canonical: 'trajectory', synonyms: ['course', 'path'] },
  { canonical: 'control', synonyms: ['restriction', 'curb'] },
  { canonical: 'official', synonyms: ['officer', 'functionary'] },
  { canonical: 'fire', synonyms: ['blaze', 'inferno', 'flames'] },
  // A company buying another: what one outlet calls the deal another calls the acquisition.
  // ("The contract will create 25 new jobs" / "The deal will bring 40 new jobs": one agreement.)
  // ("The purchase was completed on Friday" / "The sale went through on Monday": one transaction, told from either side.)
  { canonical: 'deal', synonyms: ['acquisition', 'takeover', 'merger', 'buyout', 'transaction', 'contract', 'agreement', 'sale', 'purchase'] },
  // What a council or a company means to do, as outlets call it in one story: "the scheme", "the proposal".
  { canonical: 'plan', synonyms: ['scheme', 'proposal', 'proposals', 'plans'] },
  { canonical: 'investigation', synonyms: ['inquiry', 'enquiry', 'probe', 'inquiries', 'enquiries'] },
  { canonical: 'worker', synonyms: ['employee', 'staff member', 'staffer', 'staff', 'workforce'] },
  // A birth story's babies, by how many were born at once: "The quads arrived" / "The babies were born".
  { canonical: 'baby', synonyms: ['newborn', 'twins', 'triplets', 'quads', 'quadruplets', 'quins', 'quintuplets'] },
];

/**
 * Nouns that only measure out another noun: in "a range of issues" the thing is the issues.
 * Phrases headed by one of these are keyed by the noun after "of".
 */
export const PARTITIVE_NOUNS: ReadonlySet<string> = new Set([
  'range', 'number', 'series', 'lot', 'set', 'handful', 'couple', 'variety', 'host', 'round', 'kind', 'type', 'group', 'string',
  // "the vast majority of visitors" are visitors, as "most of the visitors" are.
  'majority', 'minority', 'bulk',
]);

/** Modifiers that do not change what is meant ("new", "latest"): left out of the key. */
export const VAGUE_MODIFIERS: ReadonlySet<string> = new Set([
  'new', 'latest', 'recent', 'current', 'such', 'other', 'certain', 'various', 'some', 'any', 'every', 'each', 'both',
  'several', 'many', 'much', 'more', 'most', 'all', 'few', 'same', 'whole', 'entire', 'two', 'very', 'further',
]);
