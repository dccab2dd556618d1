// Scores the pipeline on multi-outlet stories written blind, against answer keys fixed before the
// first run. A folder holds one sub-folder of articles per story and `<story>-answers.json` beside
// it; every item names its sentences by an exact substring per file (see test/fixtures/blind-*/).
//
//   npm run eval:stories -- FOLDER [--json FILE]
//
// A shared fact is corroborated when one fact holds claims read from its sentences in two or more of
// the files; a planted contradiction is found when a contradiction of the right kind joins claims
// from its two sentences, or names both planted values; a look-alike is flagged when any contradiction joins its two sentences.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildStory } from '../src/ingest.ts';
import { readArticles } from '../src/read/index.ts';
import type { StoryExport } from '../src/types.ts';

interface AnswerKey {
  story: string;
  sharedFacts: { id: string; fact: string; sentences: Record<string, string> }[];
  contradictions: { id: string; kind: string; fact: string; values: string[]; sentences: Record<string, string> }[];
  lookAlikes: { id: string; why: string; sentences: Record<string, string> }[];
  unique: { id: string; fact: string; file: string; sentence: string }[];
}

/** One sentence of an item, as the second key layout names it. */
interface NamedSentence { file: string; sentence: string }

/**
 * Keys come in two layouts: the one above, and one with `shared`, `about` and each item's
 * sentences as a list of { file, sentence } (a unique fact's too). Both read as the first.
 */
function answerKeyOf(raw: Record<string, unknown>): AnswerKey {
  const record = (sentences: unknown): Record<string, string> =>
    Array.isArray(sentences) ? Object.fromEntries((sentences as NamedSentence[]).map((s) => [s.file, s.sentence])) : (sentences as Record<string, string>);
  type Item = Record<string, unknown> & { sentences: unknown };
  const items = (name: string): Item[] => (raw[name] as Item[] | undefined) ?? [];
  return {
    story: raw.story as string,
    sharedFacts: items(raw.sharedFacts ? 'sharedFacts' : 'shared').map((i) => ({ id: i.id as string, fact: i.fact as string, sentences: record(i.sentences) })),
    contradictions: items('contradictions').map((i) => ({ id: i.id as string, kind: i.kind as string, fact: (i.fact ?? i.about) as string, values: (i.values as string[]) ?? [], sentences: record(i.sentences) })),
    lookAlikes: items('lookAlikes').map((i) => ({ id: i.id as string, why: i.why as string, sentences: record(i.sentences) })),
    unique: items('unique').map((i) => {
      const first = Array.isArray(i.sentences) ? (i.sentences as NamedSentence[])[0] : undefined;
      return { id: i.id as string, fact: i.fact as string, file: (first?.file ?? i.file) as string, sentence: (first?.sentence ?? i.sentence) as string };
    }),
  };
}

interface StoryFigures {
  story: string;
  shared: { total: number; corroboratedInTwo: number; corroboratedInAll: number; missed: string[] };
  contradictions: { total: number; found: number; wrongKind: string[]; missed: string[] };
  lookAlikes: { total: number; flagged: string[] };
  unique: { total: number; leftUnique: number; joined: string[] };
  otherContradictions: string[];
}

/** Claim ids read from the sentence of `file` that contains `excerpt`. */
function claimsOf(story: StoryExport, file: string, excerpt: string): Set<string> {
  const article = story.articles.find((a) => path.basename(a.path) === file);
  if (!article) throw new Error(`no article read from ${file}`);
  const ids = new Set<string>();
  for (const claim of story.claims) {
    if (claim.sources.some((s) => s.article === article.id && s.text.includes(excerpt))) ids.add(claim.id);
  }
  return ids;
}

function scoreStory(story: StoryExport, key: AnswerKey): StoryFigures {
  const factOf = new Map(story.facts.flatMap((f) => f.claims.map((c) => [c, f])));
  const figures: StoryFigures = {
    story: key.story,
    shared: { total: key.sharedFacts.length, corroboratedInTwo: 0, corroboratedInAll: 0, missed: [] },
    contradictions: { total: key.contradictions.length, found: 0, wrongKind: [], missed: [] },
    lookAlikes: { total: key.lookAlikes.length, flagged: [] },
    unique: { total: key.unique.length, leftUnique: 0, joined: [] },
    otherContradictions: [],
  };
  for (const item of key.sharedFacts) {
    const files = Object.entries(item.sentences);
    // The fact joining the most of the item's files.
    const filesByFact = new Map<string, Set<string>>();
    for (const [file, excerpt] of files) {
      for (const claim of claimsOf(story, file, excerpt)) {
        const fact = factOf.get(claim)?.id ?? claim;
        const set = filesByFact.get(fact) ?? new Set<string>();
        set.add(file);
        filesByFact.set(fact, set);
      }
    }
    const best = Math.max(0, ...[...filesByFact.values()].map((s) => s.size));
    if (best >= 2) figures.shared.corroboratedInTwo++;
    else figures.shared.missed.push(`${item.id} ${item.fact}`);
    if (best === files.length) figures.shared.corroboratedInAll++;
  }
  const explained = new Set<string>();
  // Any two of the item's sentences: a key may name three outlets, one of them repeating a side.
  const joins = (claims: string[], sides: [string, string][]) => {
    const sets = sides.map(([file, excerpt]) => claimsOf(story, file, excerpt));
    const touched = sets.map((set) => claims.some((c) => set.has(c)));
    return touched.filter(Boolean).length >= 2;
  };
  for (const item of key.contradictions) {
    const sides = Object.entries(item.sentences) as [string, string][];
    // Joined through claims of the planted sentences, or naming both planted values with the
    // planted kind (a spelling clash may be told through any claim about the person).
    const namesBoth = (x: { explanation: string }) => item.values.length === 2 && item.values.every((v) => x.explanation.includes(v));
    const matches = story.contradictions.filter((x) => joins(x.claims, sides) || (x.kind === item.kind && namesBoth(x)));
    for (const x of matches) explained.add(x.id);
    if (matches.some((x) => x.kind === item.kind)) figures.contradictions.found++;
    else if (matches.length > 0) figures.contradictions.wrongKind.push(`${item.id} ${item.kind} found as ${matches.map((x) => x.kind).join(', ')}`);
    else figures.contradictions.missed.push(`${item.id} ${item.kind}: ${item.fact}`);
  }
  for (const item of key.lookAlikes) {
    const sides = Object.entries(item.sentences) as [string, string][];
    const matches = story.contradictions.filter((x) => joins(x.claims, sides));
    for (const x of matches) explained.add(x.id);
    if (matches.length > 0) figures.lookAlikes.flagged.push(`${item.id} (${item.why}): ${matches.map((x) => x.explanation).join(' | ')}`);
  }
  for (const item of key.unique) {
    const claims = [...claimsOf(story, item.file, item.sentence)];
    const statuses = claims.map((c) => factOf.get(c)?.status ?? 'unique');
    if (statuses.includes('unique') && !statuses.includes('contradicted')) figures.unique.leftUnique++;
    else figures.unique.joined.push(`${item.id} ${item.fact}`);
  }
  figures.otherContradictions = story.contradictions.filter((x) => !explained.has(x.id)).map((x) => `${x.kind}: ${x.explanation}`);
  return figures;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' } } });
  const folder = positionals[0];
  if (!folder) throw new Error('usage: npm run eval:stories -- FOLDER [--json FILE]');
  if (!existsSync(folder)) throw new Error(`${folder}: no such folder`);
  const keys = readdirSync(folder).filter((f) => f.endsWith('-answers.json')).sort();
  if (keys.length === 0) throw new Error(`${folder}: no <story>-answers.json file in it`);
  const all: StoryFigures[] = [];
  for (const keyFile of keys) {
    let key: AnswerKey;
    try {
      key = answerKeyOf(JSON.parse(readFileSync(path.join(folder, keyFile), 'utf8')));
    } catch (error) {
      throw new Error(`${path.join(folder, keyFile)}: not a readable answer key (${error instanceof Error ? error.message : String(error)})`);
    }
    const storyFolder = path.join(folder, keyFile.replace(/-answers\.json$/, ''));
    if (!existsSync(storyFolder)) throw new Error(`${keyFile}: no folder ${storyFolder}`);
    const { articles } = await readArticles([storyFolder]);
    all.push(scoreStory(buildStory(articles), key));
  }
  const sum = (f: (s: StoryFigures) => number) => all.reduce((n, s) => n + f(s), 0);
  for (const s of all) {
    console.log(`\n${s.story}`);
    console.log(`  shared facts corroborated: ${s.shared.corroboratedInTwo}/${s.shared.total} (in every outlet named: ${s.shared.corroboratedInAll})`);
    for (const m of s.shared.missed) console.log(`    missed ${m}`);
    console.log(`  planted contradictions found with the right kind: ${s.contradictions.found}/${s.contradictions.total}`);
    for (const m of [...s.contradictions.wrongKind, ...s.contradictions.missed]) console.log(`    ${m}`);
    console.log(`  look-alikes flagged: ${s.lookAlikes.flagged.length}/${s.lookAlikes.total}`);
    for (const m of s.lookAlikes.flagged) console.log(`    ${m}`);
    console.log(`  unique facts left unique: ${s.unique.leftUnique}/${s.unique.total}`);
    for (const m of s.unique.joined) console.log(`    joined ${m}`);
    console.log(`  other contradictions reported: ${s.otherContradictions.length}`);
    for (const m of s.otherContradictions) console.log(`    ${m}`);
  }
  console.log(`\nall ${all.length} stories: shared facts corroborated ${sum((s) => s.shared.corroboratedInTwo)}/${sum((s) => s.shared.total)}, ` +
    `planted contradictions found ${sum((s) => s.contradictions.found)}/${sum((s) => s.contradictions.total)}, ` +
    `look-alikes flagged ${sum((s) => s.lookAlikes.flagged.length)}/${sum((s) => s.lookAlikes.total)}, ` +
    `unique left unique ${sum((s) => s.unique.leftUnique)}/${sum((s) => s.unique.total)}, other contradictions ${sum((s) => s.otherContradictions.length)}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(all, null, 2)}\n`);
}

// A missing folder or a broken key is one line, not a stack trace.
await main().catch((error: unknown) => {
  console.error(`eval:stories: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
