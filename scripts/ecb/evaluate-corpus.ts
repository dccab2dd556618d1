// The whole ECB+ entity eval: the documents of a split, grouped into runs (one ECB+ sub-topic, i.e.
// one event, by default; or one topic, i.e. both events of a kind), each run through the pipeline on
// its own, then all scored together.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { groupBy } from '../../src/compare/statements.ts';
import { readCorpus, type GoldDocument, type Split } from './corpus.ts';
import { evaluateEntities, type DocumentPrediction, type EntityFigures } from './evaluate-entities.ts';
import { emptyNotes, predictedMentions, type PredictionNotes } from './predicted-mentions.ts';
import { runPipeline } from './run-pipeline.ts';
import type { ResolveOptions } from '../../src/resolve/index.ts';

export type Grouping = 'subtopic' | 'topic';

export interface CorpusEvaluation {
  split: Split;
  grouping: Grouping;
  figures: EntityFigures;
  notes: PredictionNotes;
  /** Files the read stage could not use; their gold mentions count as not found. */
  problems: string[];
  /** Read, extract and resolve, summed over the runs. */
  pipelineSeconds: number;
}

function groupOf(document: GoldDocument, grouping: Grouping): string {
  return grouping === 'topic' ? String(document.topic) : document.subtopic;
}

export interface CorpusPrediction {
  predictions: DocumentPrediction[];
  selected: Set<string>;
  notes: PredictionNotes;
  problems: string[];
  pipelineSeconds: number;
}

export async function evaluateCorpus(dir: string, split: Split, grouping: Grouping = 'subtopic', options: (group: string) => ResolveOptions = () => ({})): Promise<CorpusEvaluation> {
  const { predictions, selected, notes, problems, pipelineSeconds } = await predictCorpus(dir, split, grouping, options);
  return { split, grouping, figures: evaluateEntities(predictions, selected), notes, problems, pipelineSeconds };
}

/** Every run's predicted mentions, before scoring; `options` sets how each run resolves (training reads candidates through it). */
export async function predictCorpus(dir: string, split: Split, grouping: Grouping, options: (group: string) => ResolveOptions): Promise<CorpusPrediction> {
  const corpus = readCorpus(dir, split);
  const groups = groupBy(corpus.documents, (document) => groupOf(document, grouping));
  const notes = emptyNotes();
  const problems: string[] = [];
  const predictions: DocumentPrediction[] = [];
  let pipelineSeconds = 0;
  for (const [group, documents] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const started = performance.now();
    const run = await runPipeline(documents.map((d) => path.join(dir, d.path)), options(group));
    pipelineSeconds += (performance.now() - started) / 1000;
    problems.push(...run.problems);
    const extractionOf = new Map(run.extractions.map((extraction) => [extraction.article.id, extraction]));
    const output = {
      resolution: run.resolution,
      textOf: (id: string) => extractionOf.get(id)!.article.text,
      sentencesOf: (id: string) => extractionOf.get(id)!.sentences,
    };
    const predicted = predictedMentions(output, group, notes);
    for (const document of documents) {
      const article = run.articleOf.get(path.join(dir, document.path));
      predictions.push({
        document,
        text: article?.text ?? readFileSync(path.join(dir, document.path), 'utf8'),
        group,
        predicted: (article && predicted.get(article.id)) ?? [],
      });
    }
  }
  return { predictions, selected: corpus.selected, notes, problems, pipelineSeconds };
}
