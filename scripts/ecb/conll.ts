// The CoNLL-2012 summary of a coreference clustering: MUC, B³ and CEAF-e, and the mean of their F1s
// (what ECB+ papers report as "CoNLL F1").
import { bCubed } from './b-cubed.ts';
import { ceafE } from './ceaf-e.ts';
import { muc } from './muc.ts';
import type { Partition } from './partition.ts';
import type { Score } from './precision-recall.ts';

export interface CoreferenceScores {
  muc: Score;
  bCubed: Score;
  ceafE: Score;
  conllF1: number;
}

export function coreferenceScores(key: Partition, response: Partition): CoreferenceScores {
  const scores = { muc: muc(key, response), bCubed: bCubed(key, response), ceafE: ceafE(key, response) };
  return { ...scores, conllF1: (scores.muc.f1 + scores.bCubed.f1 + scores.ceafE.f1) / 3 };
}
