// Stories from a feed: articles grouped by the event they report before align and compare.
// The feed here is every multi-outlet story the project's blind writers produced (rounds 4–7), the
// held-out stories, the examples and the seeds, all at once: each folder is one gold story.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../src/read/index.ts';
import { groupIntoStories } from '../src/stories/index.ts';
import { averageLinkGroups } from '../src/stories/average-link.ts';
import { buildStory } from '../src/ingest.ts';
import type { Article, StoryExport } from '../src/types.ts';
import { adjustedRand } from '../scripts/ecb/adjusted-rand.ts';
import { repoRoot, seedsDir } from './support/seeds.ts';

const fixtures = path.join(repoRoot, 'test/fixtures');

function storyFolders(): string[] {
  const folders: string[] = [];
  for (const round of ['blind-round4', 'blind-round5', 'blind-round6', 'blind-round7']) {
    for (const name of readdirSync(path.join(fixtures, round)).sort()) {
      const folder = path.join(fixtures, round, name);
      if (statSync(folder).isDirectory()) folders.push(folder);
    }
  }
  folders.push(...['heldout-election', 'heldout-fire', 'heldout-takeover'].map((n) => path.join(fixtures, n)), path.join(repoRoot, 'examples'));
  if (existsSync(seedsDir)) folders.push(seedsDir);
  return folders;
}

/** Each predicted story described by the folders its articles come from, for failure messages. */
function describeStories(stories: { label: string; articles: string[] }[], folderOf: Map<string, string>): string {
  return stories.map((s) => `${s.label.slice(0, 50)}: ${[...new Set(s.articles.map((a) => folderOf.get(a)))].join(' + ')}`).join('\n');
}

describe('stories from a feed of many stories', () => {
  let articles: Article[];
  let folderOf: Map<string, string>;
  let folders: string[];

  beforeAll(async () => {
    folders = storyFolders();
    articles = (await readArticles(folders)).articles;
    folderOf = new Map(articles.map((a) => [a.id, path.basename(folders.find((f) => a.path.startsWith(`${f}${path.sep}`))!)]));
  });

  it('puts the articles of each story folder in one story, and no two folders together', () => {
    const stories = groupIntoStories(articles);
    const described = describeStories(stories, folderOf);
    expect(stories.length, described).toBe(folders.length);
    for (const story of stories) expect(new Set(story.articles.map((a) => folderOf.get(a))).size, described).toBe(1);
  });

  it('gives the same stories, ids and labels whatever the input order', () => {
    const forwards = groupIntoStories(articles);
    const backwards = groupIntoStories([...articles].reverse());
    expect(backwards).toEqual(forwards);
    for (const story of forwards) expect(story.id).toBe(`s:${story.articles[0]}`);
  });

  it('a feed where every article is a different story: one story each, labelled by its headline', () => {
    const firstOfEach = folders.map((f) => articles.find((a) => folderOf.get(a.id) === path.basename(f))!);
    const stories = groupIntoStories(firstOfEach);
    expect(stories.map((s) => s.articles.length), describeStories(stories, folderOf)).toEqual(firstOfEach.map(() => 1));
    for (const story of stories) expect(story.label).toBe(firstOfEach.find((a) => a.id === story.articles[0])!.title);
  });

  it('an empty feed, one article, and an article with no names or content words do not crash', () => {
    expect(groupIntoStories([])).toEqual([]);
    const lone: Article = { id: 'lone', title: 'A', outlet: null, published: null, path: 'lone.txt', text: 'It is. They were.' };
    expect(groupIntoStories([lone])).toEqual([{ id: 's:lone', label: 'A', articles: ['lone'] }]);
    const stories = groupIntoStories([lone, ...articles.slice(0, 3)]);
    expect(stories.find((s) => s.articles.includes('lone'))!.articles).toEqual(['lone']);
  });
});

describe('the pipeline over a feed of two stories', () => {
  let story: StoryExport;
  beforeAll(async () => {
    const two = ['heldout-fire', 'heldout-takeover'].map((n) => path.join(fixtures, n));
    story = buildStory((await readArticles(two)).articles);
  });

  it('exports two stories, each article in one, and never aligns, compares or reuses across them', () => {
    expect(story.stories).toHaveLength(2);
    const storyOf = new Map(story.articles.map((a) => [a.id, a.story]));
    for (const s of story.stories) for (const a of s.articles) expect(storyOf.get(a)).toBe(s.id);
    const storiesOfClaim = new Map(story.claims.map((c) => [c.id, new Set(c.sources.map((s) => storyOf.get(s.article)))]));
    for (const fact of story.facts) {
      const stories = new Set(fact.claims.flatMap((c) => [...storiesOfClaim.get(c)!]));
      expect(stories.size, `fact ${fact.id} spans ${[...stories].join(', ')}`).toBe(1);
    }
    for (const x of story.contradictions) {
      const stories = new Set(x.claims.flatMap((c) => [...storiesOfClaim.get(c)!]));
      expect(stories.size, x.explanation).toBe(1);
    }
    for (const r of story.reuse) expect(storyOf.get(r.articles[0])).toBe(storyOf.get(r.articles[1]));
  });
});

describe('average link', () => {
  const vector = (weights: Record<string, number>) => ({ terms: Object.keys(weights), weights: new Map(Object.entries(weights)) });

  it('does not chain: a bridge article joins one side only, where single link would join all four', () => {
    // b~c is the best pair and joins first; a (like b only) and d (like c only) then average 0.3 with it.
    const vectors = [vector({ x: 1 }), vector({ x: 0.6, y: 0.8 }), vector({ y: 0.8, z: 0.6 }), vector({ z: 1 })];
    const pairs = [
      { a: 0, b: 1, similarity: 0.6 },
      { a: 1, b: 2, similarity: 0.64 },
      { a: 2, b: 3, similarity: 0.6 },
    ];
    expect(averageLinkGroups(vectors, pairs, 0.5)).toEqual([[0], [1, 2], [3]]);
    expect(averageLinkGroups(vectors, pairs, 0.3)).toEqual([[0, 1, 2], [3]]);
    expect(averageLinkGroups(vectors, pairs, 0.15)).toEqual([[0, 1, 2, 3]]);
  });
});

describe('two events of one kind in different years', () => {
  const vector = (weights: Record<string, number>) => ({ terms: Object.keys(weights), weights: new Map(Object.entries(weights)) });
  // Eight articles alike in words and names; the first four write 2008, the last four 2011.
  const vectors = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => vector({ 'n:saint': 0.6, 'w:injur': 0.6, [i < 4 ? 'd:2008' : 'd:2011']: 0.3, [`w:own${i}`]: 0.44 }));
  const pairs = vectors.flatMap((_, a) => vectors.flatMap((__, b) => (a < b ? [{ a, b, similarity: [...vectors[a]!.weights].reduce((sum, [t, w]) => sum + w * (vectors[b]!.weights.get(t) ?? 0), 0) }] : [])));

  it('are one story by their words alone, two once most articles of each write a year the other never writes', () => {
    expect(averageLinkGroups(vectors, pairs, 0.5)).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
    expect(averageLinkGroups(vectors, pairs, 0.5, 0, { minGroup: 4, share: 0.6 })).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
  });

  it('stay one story while either side is too small to say which year is its own', () => {
    const fewer = [0, 1, 2, 3, 4, 5].map((i) => vectors[i]!);
    expect(averageLinkGroups(fewer, pairs.filter((p) => p.b < 6), 0.5, 0, { minGroup: 4, share: 0.6 })).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('are two stories from a feed: the Rovers sacking a manager in 2019 and again in 2023', () => {
    const sacking = (year: number, manager: string, i: number) => ({
      id: `${year}-${i}`, title: `Rovers sack manager ${manager}`, outlet: null, published: null, path: `${year}-${i}.txt`,
      text: `Ashcombe Rovers sacked manager ${manager} on Monday after a run of defeats in the ${year} season, outlet ${i} reported. The board of Ashcombe Rovers said ${manager} had lost the dressing room. Supporters of Ashcombe Rovers had called for a change since the spring of ${year}.`,
    });
    const feed = [...[0, 1, 2, 3].map((i) => sacking(2019, 'Declan Moirfield', i)), ...[0, 1, 2, 3].map((i) => sacking(2023, 'Declan Moirfield', i))];
    const stories = groupIntoStories(feed).map((s) => s.articles.map((id) => id.slice(0, 4)).join(' '));
    expect(stories).toEqual(['2019 2019 2019 2019', '2023 2023 2023 2023']);
  });
});

describe('adjusted Rand index', () => {
  it('is 1 for identical partitions and matches a hand-worked value', () => {
    expect(adjustedRand([['a', 'b'], ['c', 'd']], [['c', 'd'], ['a', 'b']])).toBe(1);
    // Key {a,b,c}{d,e,f} vs response {a,b}{c,d}{e,f}: 2 of 6 key pairs kept, index 2, expected 6·3/15 = 1.2, max 4.5.
    expect(adjustedRand([['a', 'b', 'c'], ['d', 'e', 'f']], [['a', 'b'], ['c', 'd'], ['e', 'f']])).toBeCloseTo((2 - 1.2) / (4.5 - 1.2), 10);
  });
});
