// Reads an ECB+ folder in the layout of ../shared/eval/ecbplus (see its README): gold.jsonl, one
// line per document with its mentions and chains, and selected-sentences.csv, the sentences the
// annotators covered in full. The article texts stay where they are: they are read at run time and
// never copied into the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface GoldMention {
  m_id: string;
  /** ECB+ tag: HUMAN_PART_PER, LOC_GEO, ACTION_OCCURRENCE, … */
  type: string;
  start: number;
  end: number;
  sentence: number;
  text: string;
  contiguous: boolean;
  /** Cross-document instance id; absent for a singleton. */
  chain?: string;
}

export interface GoldDocument {
  doc: string;
  /** Relative to the corpus folder. */
  path: string;
  topic: number;
  subtopic: string;
  split: string;
  sentences: number;
  mentions: GoldMention[];
}

export type Split = 'dev' | 'train' | 'all';

export interface Corpus {
  dir: string;
  documents: GoldDocument[];
  /** `sentenceKey(doc, sentence)` of every fully annotated sentence. */
  selected: Set<string>;
}

export function sentenceKey(doc: string, sentence: number): string {
  return `${doc}#${sentence}`;
}

/** The CSV names a document by topic and file ("1", "10ecbplus"); gold.jsonl calls it "1_10ecbplus". */
function readSelectedSentences(file: string): Set<string> {
  const selected = new Set<string>();
  const [header, ...rows] = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  if (header?.trim() !== 'Topic,File,Sentence Number') throw new Error(`${file}: unexpected header ${JSON.stringify(header)}`);
  for (const row of rows) {
    const [topic, fileName, sentence] = row.trim().split(',');
    selected.add(sentenceKey(`${topic}_${fileName}`, Number(sentence)));
  }
  return selected;
}

export function readCorpus(dir: string, split: Split): Corpus {
  const documents = readFileSync(path.join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDocument)
    .filter((document) => split === 'all' || document.split === split);
  return { dir, documents, selected: readSelectedSentences(path.join(dir, 'selected-sentences.csv')) };
}

