// One person, two posts: "Dennis Oakley, chairman of the Wickerby Market Traders' Association" in
// one outlet, "Dennis Oakley, treasurer of the Wickerby Market Traders' Association" in another.
// The role check (find-role.ts) sets two holders of one post against each other; this one sets two
// posts of one holder, at one organisation, each told by an outlet that does not name the other.
// Two ways of naming one post, and posts one holder can have together, are no clash
// (lexicon/post-ranks.ts).
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { groupBy, valuePairs } from './statements.ts';
import { makeContradiction } from './contradiction.ts';
import { describeSide, entityName } from './describe.ts';
import { postsHeld, type RoleCandidate } from './find-role.ts';
import { ownersMeet } from './post-reader.ts';
import { ELECTED_OFFICES, onePost, POSTS_BESIDE_ANY } from '../lexicon/post-ranks.ts';
import { countsOrRanks } from '../lexicon/numbers.ts';
import { CALENDAR_WORDS } from '../lexicon/calendar.ts';
import { RANK_WORDS, SHARED_POSTS } from '../resolve/titles.ts';

export function findPersonPostContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const found: ContradictionRecord[] = [];
  // ("Coach Maurice Cheeks" names his trade, not a post to set against "76ers head man".)
  const posts = postsHeld(graph).filter((c) => isOnePost(c.role) && !c.bare);
  for (const held of groupBy(posts, (c) => c.filler).values()) {
    const postsByArticle = new Map<string, Set<string>>();
    for (const c of held) {
      const article = c.statement.source.article;
      postsByArticle.set(article, (postsByArticle.get(article) ?? new Set()).add(onePost(c.role)));
    }
    const byPost = [...groupBy(held, (c) => onePost(c.role)).values()];
    for (const [a, b] of valuePairs(byPost)) {
      const [p, q] = [onePost(a[0]!.role), onePost(b[0]!.role)];
      if (!rivalPosts(p, q) && !(p !== q && (electedOffice(p, a) || electedOffice(q, b)))) continue;
      // Each side as told by an outlet that names only its own post: an article giving the person
      // both posts says the person holds both.
      const alone = (side: RoleCandidate[], other: string) => side.filter((c) => !postsByArticle.get(c.statement.source.article)!.has(other));
      const [left, right] = [alone(a, q), alone(b, p)];
      if (!left.some((x) => right.some((y) => (sameOwner(x, y) && (x.owner || y.owner)) || twoEmployers(x, y)))) continue;
      found.push(makeContradiction(
        'role',
        { value: p, statements: left.map((c) => c.statement) },
        { value: q, statements: right.map((c) => c.statement) },
        (x, y) => `role: ${entityName(graph, a[0]!.filler)} is ${x.value} (${describeSide(graph, x.statements)}) vs ${y.value} (${describeSide(graph, y.statements)})`,
      ));
    }
  }
  return found;
}

/**
 * A post one person holds at a time: not one many hold ("police constable"), nor one counted or
 * dated by the words before it ("the fifth coach fired this season", "Monday statement president",
 * where the reader took a sentence's words for the post's), nor one with a coordinator in it.
 */
function isOnePost(post: string): boolean {
  const words = post.split(' ');
  return (!SHARED_POSTS.has(words.at(-1)!) || headOfAField(words)) && !words.some((w) => countsOrRanks(w) || CALENDAR_WORDS.includes(w) || COORDINATORS.has(w));
}

/** "chief nursing officer", "chief medical officer": the chief of a field is one, whatever the title many hold. */
function headOfAField(words: readonly string[]): boolean {
  return words.length >= 3 && words[0] === 'chief';
}

/** "Bush and coach Sean Payton": a coordinator read into the post joins two people, it qualifies no post. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', '&']);

/** "Council leader": a post held at a council or party as an elected office (lexicon/post-ranks.ts), by an outlet that names the owner. */
function electedOffice(post: string, side: readonly RoleCandidate[]): boolean {
  return side.some((c) => {
    const owner = (c.ownerText ?? '').toLowerCase().split(/\s+/).at(-1) ?? '';
    return ELECTED_OFFICES.get(owner)?.has(post) === true;
  });
}

/** Two posts one holder cannot have at once: different, neither part of the other, neither one that sits beside any. */
function rivalPosts(p: string, q: string): boolean {
  // "deputy leader" and "leader" of one council: the rank word makes another post, which the
  // post's holder does not hold beside it.
  if ([...RANK_WORDS].some((rank) => p === `${rank} ${q}` || q === `${rank} ${p}`)) return true;
  if (p === q || POSTS_BESIDE_ANY.has(p) || POSTS_BESIDE_ANY.has(q)) return false;
  // "head of fundraising" and "fundraising manager": one post, or one told more or less closely,
  // when they share a word other than a title both end with ("sales director" and "finance
  // director" share only the title).
  const [wordsP, wordsQ] = [p.split(' '), q.split(' ')];
  const commonTitle = wordsP.at(-1) === wordsQ.at(-1) && wordsP.length > 1 && wordsQ.length > 1 ? wordsP.at(-1) : undefined;
  return !wordsP.some((w) => w !== commonTitle && wordsQ.includes(w));
}

/**
 * "Ruth Ambrose, the borough council's cabinet member for the economy" / "Ruth Ambrose, who chairs
 * the Ollerbridge Chamber of Trade": each outlet names the one post it gives her and where she
 * holds it, and neither names the other's: the outlets disagree on who she is.
 */
function twoEmployers(a: RoleCandidate, b: RoleCandidate): boolean {
  return !!a.owner && !!b.owner && !sameOwner(a, b);
}

/** One organisation's posts: the same owner, one inside the other's name, or one left to the story (the caller wants one written). */
function sameOwner(a: RoleCandidate, b: RoleCandidate): boolean {
  if (a.owner && b.owner && a.owner === b.owner) return true;
  return ownersMeet(a.ownerText ?? a.owner, b.ownerText ?? b.owner);
}
