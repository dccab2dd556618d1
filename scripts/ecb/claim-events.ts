// Claims against ECB+ gold events: a claim's source whose relation span (its verb) overlaps a gold
// ACTION mention of a fully annotated sentence takes that mention's cross-document chain (or stays
// a singleton of its own). Two such sources in different documents are one gold fact when their
// chains agree. Used to fit the alignment model (train) and to score it (dev).
import path from 'node:path';
import { groupBy } from '../../src/compare/statements.ts';
import { buildClaimGraph } from '../../src/graph/build-claim-graph.ts';
import { profileClaims, type ScoredPair } from '../../src/align/index.ts';
import type { ClaimProfile } from '../../src/align/claim-profile.ts';
import { readCorpus, sentenceKey, type GoldDocument, type GoldMention, type Split } from './corpus.ts';
import { runPipeline } from './run-pipeline.ts';

export interface LabelledStatement {
  /** Claim index into the run's profiles. */
  claim: number;
  article: string;
  /** Gold chain, or `single:<doc>:<m_id>` for an action mention in no chain. */
  chain: string;
}

export interface ClaimRun {
  group: string;
  profiles: ClaimProfile[];
  statements: LabelledStatement[];
}

/**
 * Runs are ECB+ sub-topics, one event each: alignment works inside one story (the feed is grouped
 * into stories first), and a sub-topic is ECB+'s gold story. `topic` runs both events of a topic
 * together ("Tara Reid enters rehab" beside "Lindsay Lohan enters rehab"), the harder setting.
 */
export async function claimRuns(dir: string, split: Split, grouping: 'subtopic' | 'topic' = 'subtopic'): Promise<ClaimRun[]> {
  const corpus = readCorpus(dir, split);
  const runs: ClaimRun[] = [];
  const groups = groupBy(corpus.documents, (d) => (grouping === 'topic' ? String(d.topic) : d.subtopic));
  for (const [group, documents] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const run = await runPipeline(documents.map((d) => path.join(dir, d.path)));
    const graph = buildClaimGraph(run.resolution, run.extractions);
    const profiles = profileClaims(graph, run.extractions);
    const documentOf = new Map<string, GoldDocument>();
    for (const document of documents) {
      const article = run.articleOf.get(path.join(dir, document.path));
      if (article) documentOf.set(article.id, document);
    }
    const statements: LabelledStatement[] = [];
    profiles.forEach((profile, claim) => {
      for (const source of profile.claim.sources) {
        const document = documentOf.get(source.article);
        if (!document || !corpus.selected.has(sentenceKey(document.doc, source.sentence))) continue;
        const action = document.mentions.find((m) => isAction(m) && m.start < source.relationEnd && source.relationStart < m.end);
        if (action) statements.push({ claim, article: source.article, chain: action.chain ?? `single:${document.doc}:${action.m_id}` });
      }
    });
    runs.push({ group, profiles, statements });
  }
  return runs;
}

function isAction(mention: GoldMention): boolean {
  return mention.type.startsWith('ACTION') || mention.type.startsWith('NEG_ACTION');
}

export interface LabelledPair extends ScoredPair {
  /** True when some source of each claim is in one gold chain, false when their gold chains differ. */
  same: boolean;
}

/** The scored candidate pairs (as production blocks them) whose two claims both carry gold labels. */
export function labelledPairs(run: ClaimRun, scored: readonly ScoredPair[]): LabelledPair[] {
  const chainsOf = new Map<number, Set<string>>();
  for (const s of run.statements) {
    const set = chainsOf.get(s.claim) ?? new Set<string>();
    set.add(s.chain);
    chainsOf.set(s.claim, set);
  }
  return scored.flatMap((pair) => {
    const a = chainsOf.get(pair.a);
    const b = chainsOf.get(pair.b);
    if (!a || !b) return [];
    return [{ ...pair, same: [...a].some((chain) => b.has(chain)) }];
  });
}
