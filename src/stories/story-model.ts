// The fitted numbers of story grouping, read from story-weights.json (written by
// `npm run train:stories` from ECB+ train, where each sub-topic is one gold story).
import { readFileSync } from 'node:fs';
import type { YearSplit } from './average-link.ts';

export interface StoryModel {
  /** How much a capitalised name counts beside a content word. */
  nameWeight: number;
  /** How much a figure or year counts beside a content word. */
  figureWeight: number;
  /** How many of an article's heaviest terms it is indexed under for blocking. */
  blockingTerms: number;
  /** How many nearest articles each article is compared with. */
  neighbours: number;
  /** Two groups of articles are one story when their articles' cosine averages at least this. */
  threshold: number;
  /** …and at least this share of the average inside each of the two groups (average-link.ts). */
  cohesion: number;
  /** Two groups of a few articles each, most of one writing a year the other never writes, are two events (average-link.ts). */
  yearSplit: YearSplit | null;
  background: { documents: number; frequency: Record<string, number> };
}

let loaded: StoryModel | undefined;

export function storyModel(): StoryModel {
  loaded ??= JSON.parse(readFileSync(new URL('./story-weights.json', import.meta.url), 'utf8')) as StoryModel;
  return loaded;
}
