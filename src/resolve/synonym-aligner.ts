// Maps the words of a verb phrase or noun phrase to canonical keys, in two steps:
//   1. a documented news list (news-verbs.ts / news-nouns.ts), longest phrase first;
//   2. WordNet: words of the corpus that share their most frequent sense (first synset) are
//      grouped, and the group is keyed by the member WordNet lists first in that synset.
// Every change carries a reason so a user can audit it.
import { baseForm, inflectionCandidates } from './morphy.ts';
import { participleBase } from './verb-base.ts';
import { sensesOf, synset, type WordNetPos } from './wordnet.ts';

export interface SynonymRow {
  canonical: string;
  synonyms: readonly string[];
}

export interface AlignedPhrase {
  words: string[];
  reasons: string[];
}

/** Function words inside verb and noun phrases: kept as they are, never looked up. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'to', 'on', 'in', 'at', 'of', 'for', 'with', 'from', 'by', 'into', 'about', 'as', 'over', 'under',
  'and', 'or', 'not', 'no', 'a', 'an', 'the', 'be', 'have', 'do', 'up', 'down', 'out', 'off', 'away', 'back',
]);

const LONGEST_UNIT = 5;

interface Unit {
  /** Words covered in the input. */
  length: number;
  /** Replacement words. */
  words: string[];
  reason: string | null;
}

export class SynonymAligner {
  private readonly table = new Map<string, string>();
  private readonly canonicals = new Set<string>();
  /** Words the table did not know, waiting for WordNet grouping. */
  private readonly observed = new Set<string>();
  private wordNetKey: Map<string, { key: string; reason: string }> | null = null;

  constructor(
    private readonly pos: WordNetPos,
    private readonly listName: string,
    rows: readonly SynonymRow[],
  ) {
    for (const row of rows) {
      this.canonicals.add(row.canonical);
      for (const synonym of row.synonyms) this.table.set(synonym, row.canonical);
    }
  }

  /** Phase 1: remember which words occur, so WordNet groups only words the corpus uses. */
  observe(words: readonly string[]): void {
    this.wordNetKey = null;
    for (let i = 0; i < words.length; ) {
      const unit = this.tableUnitAt(words, i);
      if (unit) {
        i += unit.length;
        continue;
      }
      const word = this.wordNetUnitAt(words, i);
      if (word) this.observed.add(word.text);
      i += word?.length ?? 1;
    }
  }

  /** Phase 2: the canonical words of a phrase, with a reason for each word that changed. */
  align(words: readonly string[]): AlignedPhrase {
    this.wordNetKey ??= this.groupByFirstSense();
    const out: string[] = [];
    const reasons: string[] = [];
    for (let i = 0; i < words.length; ) {
      const unit = this.tableUnitAt(words, i) ?? this.wordNetAlignedAt(words, i);
      out.push(...unit.words);
      if (unit.reason && !reasons.includes(unit.reason)) reasons.push(unit.reason);
      i += unit.length;
    }
    return { words: out, reasons };
  }

  /** The longest news-list phrase starting at `i`, as written or in base form. */
  private tableUnitAt(words: readonly string[], i: number): Unit | null {
    for (let length = Math.min(LONGEST_UNIT, words.length - i); length >= 1; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      // A particle after the head is grammar ("come back"); as the first word it is the word itself ("back").
      if (length === 1 && i > 0 && FUNCTION_WORDS.has(phrase)) return null;
      for (const form of [phrase, ...inflectionCandidates(phrase, this.pos)]) {
        if (this.canonicals.has(form)) return { length, words: form.split(' '), reason: null };
        const canonical = this.table.get(form);
        if (canonical) {
          return { length, words: canonical.split(' '), reason: `${this.listName}: '${phrase}' → '${canonical}'` };
        }
      }
    }
    return null;
  }

  /** A content word (or a WordNet phrasal unit such as "carry out") at `i`, in base form. */
  private wordNetUnitAt(words: readonly string[], i: number): { text: string; length: number } | null {
    if (FUNCTION_WORDS.has(words[i]) || !/[a-z]/.test(words[i])) return null;
    if (i + 1 < words.length) {
      const pair = baseForm(`${words[i]} ${words[i + 1]}`, this.pos);
      if (sensesOf(pair, this.pos).length > 0) return { text: pair, length: 2 };
    }
    // "be found" (was found) is "find", "be founded" is "found": a passive's participle written like
    // another verb's base form is its own verb's participle, so the two never share a key.
    const participle = this.pos === 'verb' && i === 1 && words[0] === 'be' ? participleBase(words[i]) : null;
    return { text: participle ?? baseForm(words[i], this.pos), length: 1 };
  }

  private wordNetAlignedAt(words: readonly string[], i: number): Unit {
    const unit = this.wordNetUnitAt(words, i);
    if (!unit) return { length: 1, words: [words[i]], reason: null };
    const grouped = this.wordNetKey?.get(unit.text);
    if (!grouped) return { length: unit.length, words: unit.text.split(' '), reason: null };
    return { length: unit.length, words: grouped.key.split(' '), reason: grouped.reason };
  }

  /**
   * Words whose most frequent sense is the same synset are synonyms here. Only the first sense
   * counts: sharing a rare sense ("leave" and "depart" vs "leave" and "allow") is not enough.
   * A news-list canonical in the group keeps its key, so WordNet never splits a news row.
   */
  private groupByFirstSense(): Map<string, { key: string; reason: string }> {
    const bySense = new Map<string, Set<string>>();
    const join = (word: string) => {
      const first = sensesOf(word, this.pos)[0];
      if (!first) return;
      let members = bySense.get(first);
      if (!members) bySense.set(first, (members = new Set()));
      members.add(word);
    };
    for (const word of this.observed) join(word);
    if (bySense.size > 0) for (const canonical of this.canonicals) if (!canonical.includes(' ')) join(canonical);

    const keys = new Map<string, { key: string; reason: string }>();
    for (const [senseId, members] of bySense) {
      const observedMembers = [...members].filter((word) => this.observed.has(word));
      const canonical = [...members].find((word) => this.canonicals.has(word));
      if (observedMembers.length === 0 || members.size < 2) continue;
      const synsetWords = synset(senseId).words;
      const order = (word: string) => {
        const at = synsetWords.indexOf(word);
        return at < 0 ? synsetWords.length : at;
      };
      const key = canonical ?? [...members].sort((a, b) => order(a) - order(b) || a.localeCompare(b))[0];
      const label = `wordnet ${senseId} {${synsetWords.slice(0, 6).join(', ')}}`;
      for (const word of observedMembers) {
        if (word !== key) keys.set(word, { key, reason: `${label}: '${word}' → '${key}'` });
      }
    }
    return keys;
  }
}
