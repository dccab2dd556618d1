// Scores storygraph's extractor on the CaRB dev set with our port of CaRB's scorer, next to
// OpenIE-5's figures from the same scorer as a yardstick.
//
//   npm run eval:carb [-- --out FILE]    FILE gets our extractions in CaRB's tab format

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractTriples } from '../src/extract/index.ts';
import type { Article, Extraction, Triple } from '../src/types.ts';
import { foldPreposition, type Adjunct } from './carb-conversion/fold-preposition.ts';
import { nounRelation } from './carb-conversion/noun-relation.ts';
import { withParticipleBe } from './carb-conversion/participle-be.ts';
import { impliedRelation } from './carb-conversion/implied-relation.ts';
import { fromPtb, toPtb } from './carb-conversion/ptb-text.ts';
import { formatPredictions, parseGold, round3, scoreFiles, scoreTuples, type CarbSummary, type CarbTuple } from './carb/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultCarbDir = path.resolve(repoRoot, '../shared/eval/carb');

/** One dev sentence as the Article the pipeline expects. */
export function devArticle(sentence: string, lineNumber: number): Article {
  const id = createHash('sha256').update(sentence).digest('hex').slice(0, 12);
  return { id, title: '', outlet: null, published: null, path: `dev.txt:${lineNumber}`, text: sentence };
}

/**
 * A triple as a CaRB tuple. The subject and object come from their spans, not `text`, because
 * `text` may be a pronoun's antecedent and CaRB's gold keeps the words of the sentence. Time, place
 * and complements become extra arguments, the way CaRB's gold writes adjuncts; a light object or an
 * intransitive verb's nearest preposition joins the relation, the way OpenIE relations read.
 */
export function tripleToCarbTuple(article: Article, triple: Triple): CarbTuple {
  const surface = (span: { start: number; end: number }) => article.text.slice(span.start, span.end);
  const written = impliedRelation(triple) ?? withParticipleBe(triple.relation.text || surface(triple.relation), triple);
  // An infinitive's relation keeps its marker: "agreed to sell its plant" → the firm | to sell | its plant.
  const verb = /\bto $/.test(article.text.slice(0, triple.relation.start)) ? `to ${written}` : written;
  // CaRB's annotators write the antecedent of a pronoun ("The far left did not have …" for "it"), so
  // a resolved pronoun is scored by its antecedent, anything else by its exact surface text.
  const argument = (arg: NonNullable<Triple['object']>) => arg.antecedent ?? surface(arg);
  const adjuncts: Adjunct[] = [];
  for (const extra of [triple.qualifiers.time, triple.qualifiers.place]) {
    // "met in Busan": the place may be the object itself, and the gold says it once.
    if (!extra || (triple.object && surface(triple.object).includes(extra))) continue;
    const text = withPreposition(article.text, extra);
    adjuncts.push({ text, start: article.text.indexOf(text), qualifier: true });
  }
  for (const complement of triple.complements ?? []) adjuncts.push({ text: surface(complement), start: complement.start, qualifier: false });
  const object = triple.object;
  const asObject = (relationText: string) => ({ relation: relationText, rest: [argument(object!), ...adjuncts.map((a) => a.text)] });
  // "indicated that organic compounds …": the complementiser is written with the relation.
  const reportsClause = !!object && /^\s+that\s+$/.test(article.text.slice(triple.relation.end, object.start));
  const { relation, rest } = !object
    ? foldPreposition(verb, triple.relation.end, adjuncts)
    : reportsClause
      ? asObject(`${verb} that`)
      : (!object.antecedent && nounRelation(verb, { text: surface(object), end: object.end }, adjuncts)) || asObject(verb);
  return { sentence: article.text, confidence: triple.confidence, relation, args: [argument(triple.subject), ...rest] };
}

/** The extractor keeps "April" as the time; CaRB's arguments keep the preposition: "in April". */
function withPreposition(text: string, phrase: string): string {
  const at = text.indexOf(phrase);
  const before = at > 0 ? /(\b(?:in|on|at|during|since|by|from|after|before|until|over|near|to|for|within|through|throughout|around|across|outside|inside)\s+)$/i.exec(text.slice(Math.max(0, at - 12), at)) : null;
  return before ? `${before[1]}${phrase}` : phrase;
}

/**
 * CaRB keeps a coordinated argument in one slot ("tourism, basic industry and fishery"); the extractor
 * splits it into one triple per item for the graph. For scoring, items sharing subject and relation
 * are joined back into one tuple spanning them all.
 */
export function joinCoordinatedObjects(triples: Triple[]): Triple[] {
  const groups = new Map<string, Triple[]>();
  for (const t of triples) {
    const key = `${t.subject.start}:${t.subject.end}|${t.relation.start}:${t.relation.end}|${t.object ? '' : 'none'}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1 || group.some((t) => !t.object)) return group[0]!;
    const start = Math.min(...group.map((t) => t.object!.start));
    const end = Math.max(...group.map((t) => t.object!.end));
    const first = group[0]!;
    return { ...first, object: { ...first.object!, start, end }, confidence: Math.max(...group.map((t) => t.confidence)) };
  });
}

export interface ExtractorScore {
  summary: CarbSummary;
  extractions: CarbTuple[];
  sentences: number;
  /** Time spent inside the extractor only. */
  seconds: number;
}

/** Runs `extract` over every dev sentence and scores its triples against the dev gold. */
export function scoreExtractor(
  extract: (article: Article) => Extraction = extractTriples,
  carbDir: string = defaultCarbDir,
): ExtractorScore {
  const sentences = readFileSync(path.join(carbDir, 'dev.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const extractions: CarbTuple[] = [];
  let seconds = 0;
  sentences.forEach((sentence, i) => {
    const running = fromPtb(sentence);
    const article = devArticle(running.text, i + 1);
    const started = performance.now();
    let extraction: Extraction;
    try {
      extraction = extract(article);
    } catch (error) {
      throw new Error(`${article.path}: extraction failed: ${(error as Error).message}`, { cause: error });
    }
    seconds += (performance.now() - started) / 1000;
    for (const triple of joinCoordinatedObjects(extraction.triples)) {
      const tuple = tripleToCarbTuple(article, triple);
      extractions.push({ ...tuple, sentence, relation: toPtb(tuple.relation, running), args: tuple.args.map((arg) => toPtb(arg, running)) });
    }
  });
  const gold = parseGold(readFileSync(path.join(carbDir, 'dev.gold.tsv'), 'utf8'));
  return { summary: scoreTuples(gold, extractions), extractions, sentences: sentences.length, seconds };
}

function figures(s: CarbSummary): string {
  const f = (x: number) => round3(x).toFixed(3);
  return `precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  AUC ${f(s.auc)}`;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const ours = scoreExtractor();
  if (values.out) writeFileSync(values.out, formatPredictions(ours.extractions));

  const reference = scoreFiles(path.join(defaultCarbDir, 'dev.gold.tsv'), path.join(defaultCarbDir, 'openie5.dev.tsv'));
  const rate = ours.seconds > 0 ? (ours.sentences / ours.seconds).toFixed(1) : '∞';
  console.log(`CaRB dev, binary lenient tuple match (${ours.sentences} sentences)`);
  console.log(`storygraph  ${figures(ours.summary)}  extractions ${ours.extractions.length}  ${rate} sentences/s`);
  console.log(`OpenIE-5    ${figures(reference)}  (official: 0.526 0.406 0.458 0.240)`);
  if (values.out) console.log(`wrote ${ours.extractions.length} extractions to ${values.out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
