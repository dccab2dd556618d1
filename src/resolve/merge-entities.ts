// Scored merging of entity keys across a story's outlets. The recognisers (entities.ts) key a
// mention by how it is written; outlets write one person, place or organisation in many ways
// ("Tara Reid" / "the actress", "Indianapolis Colts" / "the Colts", "lawyer" / "attorney"). Here
// candidate pairs of keys are blocked cheaply (a shared word, a head in the other's descriptions,
// a WordNet synonym, an acronym), scored by the fitted model over their profiles, and merged from
// the best score down, never putting two different full names in one entity.
import { logisticScore, readLogisticModel, strongestFeatures, type LogisticModel } from '../logistic-model.ts';
import type { EntityProfile } from './entity-profile.ts';
import { differentFullNames, ENTITY_FEATURES, entitiesClash, entityPairFeatures, pointsAt, synonymsOf, type EntityFeature, type EntityFeatures, type StoryContext } from './entity-pair-features.ts';
import { UnionFind } from './union-find.ts';
import { pushTo } from '../push-to.ts';

export type EntityMergeModel = LogisticModel<EntityFeature>;

export interface EntityPair {
  a: number;
  b: number;
  features: EntityFeatures;
}

/** A word shared by more keys than this blocks nothing: "people" or "police" in a large story. */
const MAX_BLOCK = 60;

let loaded: EntityMergeModel | null = null;

export function entityMergeModel(): EntityMergeModel {
  loaded ??= readLogisticModel<EntityFeature>(new URL('./entity-merge-weights.json', import.meta.url));
  return loaded;
}

function blockKeysOf(p: EntityProfile): string[] {
  const keys = new Set<string>();
  for (const word of p.words) keys.add(`w:${word}`);
  for (const head of p.heads) for (const synonym of synonymsOf(head)) keys.add(`w:${synonym}`);
  for (const description of p.descriptions) keys.add(`w:${description}`);
  for (const initials of p.initials) keys.add(`w:${initials}`);
  // Names block on their own: "Page" meets "Bettie Page" even where "page" is a word of many phrases.
  for (const name of p.names) for (const word of name.split(' ')) keys.add(`n:${word}`);
  return [...keys];
}

/** Candidate pairs (index pairs into `profiles`, a < b) with their features; pairs that clash are never candidates. */
export function entityCandidates(profiles: readonly EntityProfile[]): EntityPair[] {
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const key of blockKeysOf(p)) pushTo(blocks, key, i);
  });
  const seen = new Set<number>();
  const candidates: [number, number][] = [];
  const consider = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = a * profiles.length + b;
    if (seen.has(id)) return;
    seen.add(id);
    // Two descriptions were already keyed by their head and identifying words (entities.ts); on ECB+
    // train, joining different ones ("officers" / "officials", "voters" / "Turkmens") was wrong three
    // times in four. They may still meet in one entity, each through the name it describes.
    if (!profiles[a]!.proper && !profiles[b]!.proper) return;
    if (!entitiesClash(profiles[a]!, profiles[b]!)) candidates.push([a, b]);
  };
  const story = storyContext(profiles);
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) consider(block[x]!, block[y]!);
  }
  const refused = ambiguousPairs(profiles, candidates);
  const elsewhere = namedElsewhere(profiles);
  return candidates
    .filter(([a, b]) => !refused.has(pairKey(a, b)) && !elsewhere(a, b) && !elsewhere(b, a))
    .map(([a, b]) => ({ a, b, features: entityPairFeatures(profiles[a]!, profiles[b]!, story) }))
    .sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * Pairs a profile may not join because it points at two named entities that can never be one:
 * "Berg" beside "Anna Berg" and "Tomas Berg", "the president" beside "President Trump" and
 * "President Xi". When one of them dominates the story (three times the mentions of each other),
 * it is the one meant ("Page" in a story of Bettie Page that once names her brother Jack Page);
 * otherwise the story does not say, and neither is chosen.
 */
function ambiguousPairs(profiles: readonly EntityProfile[], candidates: readonly [number, number][]): Set<string> {
  const targets = new Map<number, number[]>();
  const add = (from: number, to: number) => {
    if (pointsAt(profiles[from]!, profiles[to]!)) pushTo(targets, from, to);
  };
  for (const [a, b] of candidates) {
    add(a, b);
    add(b, a);
  }
  const refused = new Set<string>();
  for (const [from, list] of targets) {
    const rivals = list.filter((x) => list.some((y) => differentFullNames(profiles[x]!, profiles[y]!)));
    if (rivals.length === 0) continue;
    const [first, ...rest] = [...rivals].sort((x, y) => profiles[y]!.mentions - profiles[x]!.mentions || x - y);
    const dominant = rest.every((x) => profiles[first!]!.mentions >= DOMINANCE * profiles[x]!.mentions);
    for (const target of rivals) if (!dominant || target !== first) refused.add(pairKey(from, target));
  }
  return refused;
}

const DOMINANCE = 3;

/**
 * Whether description `common` is kept from name `named` because the story names another like it
 * with the description's own name word: "Harnsey hospital" is "Harnsey Community Hospital", not
 * "Kingsmere General Hospital". Where no name holds the word, it may say only where the thing is
 * ("Little Brancote wedding barn" for "Oakhollow Barn").
 */
function namedElsewhere(profiles: readonly EntityProfile[]): (common: number, named: number) => boolean {
  const owners = new Map<string, EntityProfile[]>();
  for (const p of profiles) {
    if (!p.proper || (p.kind !== 'ORG' && p.kind !== 'PLACE')) continue;
    for (const word of p.nameWords) pushTo(owners, word, p);
  }
  return (commonIndex, namedIndex) => {
    const [common, named] = [profiles[commonIndex]!, profiles[namedIndex]!];
    if (common.proper || !named.proper || common.namedModifiers.size === 0) return false;
    const words = [...common.namedModifiers];
    if (words.some((word) => named.nameWords.has(word))) return false;
    return words.some((word) => (owners.get(word) ?? []).some((other) => other !== named && [...other.heads].some((head) => common.heads.has(head))));
  };
}

const pairKey = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);

function storyContext(profiles: readonly EntityProfile[]): StoryContext {
  const properMentionsByKind = new Map<string, number>();
  for (const p of profiles) if (p.proper) properMentionsByKind.set(p.kind, (properMentionsByKind.get(p.kind) ?? 0) + p.mentions);
  return { properMentionsByKind };
}

export interface EntityMerges {
  /** Each merged key's representative key; keys not merged are absent. */
  rootOf: Map<string, string>;
  /** Why keys were joined, per representative key, for the entity's `alignment`. */
  reasons: Map<string, string[]>;
}

/** Which member names the merged entity: a name over a description, then the most mentioned, then the key. */
function representative(members: readonly EntityProfile[]): EntityProfile {
  return [...members].sort((p, q) => Number(q.proper) - Number(p.proper) || q.mentions - p.mentions || (p.key < q.key ? -1 : 1))[0]!;
}

function displayOf(p: EntityProfile): string {
  return [...p.surfaces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? p.key;
}

/**
 * Merges names from the best-scored pair down: two clusters join when the pair's score reaches
 * the threshold, the mean score of every candidate pair between them does too (one strong link
 * does not drag a whole cluster in), and no member of one clashes with a member of the other.
 * Then every description joins the named entity it scores best with, if any reaches the threshold.
 */
export function mergeEntities(profiles: readonly EntityProfile[], model: EntityMergeModel = entityMergeModel()): EntityMerges {
  const scored = entityCandidates(profiles)
    .map((pair) => ({ ...pair, score: logisticScore(ENTITY_FEATURES, pair.features, model) }));
  return clusterEntities(profiles, scored, model);
}

export function clusterEntities(
  profiles: readonly EntityProfile[],
  scored: readonly (EntityPair & { score: number })[],
  model: EntityMergeModel,
): EntityMerges {
  const clusters = new UnionFind(profiles.length);
  const members = new Map<number, number[]>(profiles.map((_, i) => [i, [i]]));
  const scoreOf = new Map<number, number>();
  for (const pair of scored) scoreOf.set(pair.a * profiles.length + pair.b, pair.score);
  const pairScore = (i: number, j: number) => scoreOf.get(Math.min(i, j) * profiles.length + Math.max(i, j));
  const joined: { a: number; b: number; score: number; features: EntityFeatures }[] = [];
  const strongest = scored.filter((pair) => pair.score >= model.threshold).sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  const clashes = (ra: number, rb: number) => members.get(ra)!.some((i) => members.get(rb)!.some((j) => entitiesClash(profiles[i]!, profiles[j]!)));
  // Names first: two names join when their candidate pairs score, on average, above the threshold.
  for (const pair of strongest) {
    if (!profiles[pair.a]!.proper || !profiles[pair.b]!.proper) continue;
    const [ra, rb] = [clusters.find(pair.a), clusters.find(pair.b)];
    if (ra === rb || clashes(ra, rb)) continue;
    let total = 0;
    let count = 0;
    for (const i of members.get(ra)!) for (const j of members.get(rb)!) {
      const s = pairScore(i, j);
      if (s !== undefined) {
        total += s;
        count++;
      }
    }
    if (total / count < model.threshold) continue;
    clusters.union(ra, rb);
    members.set(clusters.find(ra), [...members.get(ra)!, ...members.get(rb)!]);
    joined.push(pair);
  }
  // Then each description joins the one named entity it scores best with. A description never
  // links two names: on ECB+ train, names joined through descriptions were wrong as often as right.
  const bestFor = new Map<number, (typeof strongest)[number]>();
  for (const pair of strongest) {
    const [a, b] = [profiles[pair.a]!, profiles[pair.b]!];
    if (a.proper === b.proper) continue;
    const common = a.proper ? pair.b : pair.a;
    if (!bestFor.has(common)) bestFor.set(common, pair);
  }
  for (const [common, pair] of [...bestFor].sort((x, y) => x[0] - y[0])) {
    const named = clusters.find(pair.a === common ? pair.b : pair.a);
    if (members.get(named)!.some((i) => entitiesClash(profiles[i]!, profiles[common]!))) continue;
    const root = clusters.find(common);
    clusters.union(root, named);
    members.set(clusters.find(named), [...members.get(named)!, ...members.get(root)!]);
    joined.push(pair);
  }
  const rootOf = new Map<string, string>();
  const reasons = new Map<string, string[]>();
  const representativeOf = new Map<number, EntityProfile>();
  for (const [index, list] of members) {
    if (clusters.find(index) !== index || list.length < 2) continue;
    const chosen = representative(list.map((i) => profiles[i]!));
    representativeOf.set(index, chosen);
    for (const i of list) if (profiles[i]!.key !== chosen.key) rootOf.set(profiles[i]!.key, chosen.key);
  }
  for (const pair of joined) {
    const chosen = representativeOf.get(clusters.find(pair.a))!;
    const why = strongestFeatures(ENTITY_FEATURES, pair.features, model).join(', ');
    const line = `"${displayOf(profiles[pair.a]!)}" = "${displayOf(profiles[pair.b]!)}" (score ${pair.score.toFixed(2)}: ${why})`;
    pushTo(reasons, chosen.key, line);
  }
  return { rootOf, reasons };
}
