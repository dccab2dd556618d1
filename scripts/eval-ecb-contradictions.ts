// What storygraph reports on real news, per ECB+ sub-topic (one story each): the share of claims in
// corroborated facts, and the contradictions, of which a sample is judged by hand. The judgements
// live in eval/ecb-contradictions-judged.json (written by a reader, never by this script); the
// precision printed is the share of judged contradictions that are real.
//
//   npm run eval:contradictions [-- --split dev] [--sample 60] [--write-sample FILE]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { groupBy } from '../src/compare/statements.ts';
import { buildStory } from '../src/ingest.ts';
import { readArticles } from '../src/read/index.ts';
import { readCorpus, type Split } from './ecb/corpus.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const judgementsFile = path.join(repoRoot, 'eval/ecb-contradictions-judged.json');

interface SampledContradiction {
  /** Stable across runs while the contradiction is reported the same way. */
  key: string;
  subtopic: string;
  kind: string;
  explanation: string;
  sentences: { document: string; text: string }[];
}

interface Judgement {
  key: string;
  real: boolean;
  why: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'dev' },
      dir: { type: 'string', default: path.resolve(repoRoot, '../shared/eval/ecbplus') },
      sample: { type: 'string', default: '60' },
      'write-sample': { type: 'string' },
      'show-false': { type: 'boolean', default: false },
    },
  });
  const dir = path.resolve(values.dir);
  const corpus = readCorpus(dir, values.split as Split);
  const all: SampledContradiction[] = [];
  let claims = 0;
  let corroborated = 0;
  let contradicted = 0;
  console.log('sub-topic   articles  claims  corroborated  contradicted  contradictions');
  for (const [subtopic, documents] of [...groupBy(corpus.documents, (d) => d.subtopic)].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const { articles } = await readArticles(documents.map((d) => path.join(dir, d.path)));
    // The sub-topic is the story (gold): what is measured is align and compare, not grouping.
    const story = buildStory(articles, undefined, undefined, { oneStory: true });
    const docOf = new Map(articles.map((a) => [a.id, path.basename(a.path, '.txt')]));
    const c = story.claims.filter((x) => x.status === 'corroborated').length;
    const x = story.claims.filter((y) => y.status === 'contradicted').length;
    claims += story.claims.length;
    corroborated += c;
    contradicted += x;
    console.log(`${subtopic.padEnd(10)} ${String(articles.length).padStart(9)} ${String(story.claims.length).padStart(7)}  ${share(c, story.claims.length).padStart(12)}  ${share(x, story.claims.length).padStart(12)}  ${String(story.contradictions.length).padStart(14)}`);
    const claimById = new Map(story.claims.map((y) => [y.id, y]));
    for (const contradiction of story.contradictions) {
      const sentences = [...new Map(contradiction.claims.flatMap((id) => claimById.get(id)!.sources).map((s) => [`${s.article}#${s.sentence}`, { document: docOf.get(s.article)!, text: s.text }])).values()];
      all.push({ key: `${subtopic}|${contradiction.kind}|${sentences.map((s) => `${s.document}:${s.text.slice(0, 40)}`).sort().join('|')}`, subtopic, kind: contradiction.kind, explanation: contradiction.explanation, sentences });
    }
  }
  console.log(`all        ${String(claims).padStart(17)}  ${share(corroborated, claims).padStart(12)}  ${share(contradicted, claims).padStart(12)}  ${String(all.length).padStart(14)}`);

  // Every k-th contradiction in a fixed order: a sample that does not depend on what was read before.
  const size = Number(values.sample);
  const ordered = [...all].sort((a, b) => (a.key < b.key ? -1 : 1));
  const step = Math.max(1, ordered.length / size);
  const sample = Array.from({ length: Math.min(size, ordered.length) }, (_, i) => ordered[Math.floor(i * step)]!);
  if (values['write-sample']) {
    writeFileSync(values['write-sample'], `${JSON.stringify(sample, null, 2)}\n`);
    console.log(`wrote ${sample.length} contradictions to judge to ${values['write-sample']}`);
  }
  if (existsSync(judgementsFile)) {
    const judged = new Map((JSON.parse(readFileSync(judgementsFile, 'utf8')) as Judgement[]).map((j) => [j.key, j]));
    const found = all.filter((x) => judged.has(x.key));
    const real = found.filter((x) => judged.get(x.key)!.real).length;
    const byKind = groupBy(found, (x) => x.kind);
    if (values['show-false']) for (const x of found.filter((y) => !judged.get(y.key)!.real)) console.log(`  not real: ${x.explanation.slice(0, 200)}\n    (${judged.get(x.key)!.why})`);
    console.log(`\ncontradiction precision (judged by hand, ${path.relative(repoRoot, judgementsFile)}): ${real}/${found.length} real = ${share(real, found.length)}` +
      ` (of ${all.length} reported; ${[...byKind].map(([kind, xs]) => `${kind} ${xs.filter((x) => judged.get(x.key)!.real).length}/${xs.length}`).join(', ')})`);
  }
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

await main();
