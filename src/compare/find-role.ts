// Role: for a functional relation (functional-relations.ts), the same fixed argument with two
// different entities in the unique slot — two different people named as one company's spokesperson.
// Blocked by role | fixed argument; only distinct fillers are compared.
import type { ContradictionRecord } from '../types.ts';
import type { ClaimGraph } from '../graph/claim-graph-types.ts';
import { toldOfDifferentTimes } from './comparable.ts';
import { commits, factOf, groupBy, listStatements, shareAnArticle, valuePairs } from './statements.ts';
import { UnionFind } from '../resolve/union-find.ts';
import { nounsForSameThing } from '../align/word-relation.ts';
import { makeContradiction } from './contradiction.ts';
import { describeSide, entityName } from './describe.ts';
import { COPULAS, functionalRelation, normalisePredicate, OTHER_POST_WORDS, titledRole } from './functional-relations.ts';
import { findTitleAt, SHARED_POSTS } from '../resolve/titles.ts';
import { ORG_WORDS } from '../lexicon/entity-words.ts';
import { PEOPLES_POSSESSIVES } from '../lexicon/pronouns.ts';
import { COUNSEL_FOR, COUNSEL_PARTICIPLES, COUNSEL_POSTS, COUNSEL_TITLES, OWN_LAWYER_POST, OWN_LAWYER_WORDS } from '../lexicon/court-roles.ts';
import { parsePersonMention } from '../resolve/person-names.ts';
import { baseForm, isPluralNoun } from '../resolve/morphy.ts';
import { ONE_DOER_ACTS } from '../lexicon/one-doer-acts.ts';
import { eventWord, headBeforePreposition, isPassivePredicate, phrasalVerb } from '../align/claim-profile.ts';
import { verbBase } from '../resolve/verb-base.ts';
import { modifiedPost, type WrittenPost } from './written-post.ts';
import { isCommonNounOwner, ownersMeet, readPost, type ReadPost } from './post-reader.ts';
import { oneWithinOther } from './words.ts';
import type { Statement } from './statements.ts';

/**
 * "The killer of Madeline Kafoury", not "the killer of a woman": a role has one holder only for a
 * named thing; two outlets' "killer of a woman" may be two killings. (Only fillers of the role's
 * kind clash, too: "the quake killed 12 people" and "the landslide killed 12 people" are not two
 * killers of one victim.)
 */
function isNamed(graph: ClaimGraph, id: string): boolean {
  const { kind, name } = graph.getNodeAttributes(id);
  // "the agency", "the council" are the story's one agency or council; "a woman" may be anyone.
  return kind === 'ORG' || kind === 'PLACE' || (kind !== 'VALUE' && /\p{Lu}/u.test(name));
}

/** One statement naming a post's holder: the post (role, fixed slot), who holds it, and whose post it is when written. */
export interface RoleCandidate {
  statement: Statement;
  role: string;
  fixed: string;
  fixedName: string;
  filler: string;
  owner?: string;
  /** The owner as written, where the post reader read one ("Zoo", "Wyvern Rail"). */
  ownerText?: string;
  /** "the company's": the story's one company, which meets any owner's name. */
  storysOwner?: boolean;
  /** Read from a title alone before a name ("Manager Gary Tolland", post-reader.ts). */
  bare?: boolean;
  /** A post a rank opens ("Deputy District Attorney"), which many may hold (post-reader.ts). */
  ranked?: boolean;
}

export function findRoleContradictions(graph: ClaimGraph): ContradictionRecord[] {
  const organisationKey = organisationKeys(graph);
  const statements = listStatements(graph);
  // The post reader's readings come last: a pair of holders both find is told in the table's words.
  const candidates = [
    ...statements.flatMap((s) => writtenRoles(graph, s, organisationKey)),
    ...statements.flatMap((s) => heldPosts(graph, s, organisationKey)),
    ...doersOfOneActs(graph, statements),
  ];
  // "Leah Okafor, prosecuting," in one outlet, "Prosecutor Marcus Hale said" in another: where the
  // story names counsel by a participle it is a court report, and a prosecutor named by title is
  // its prosecuting counsel too (elsewhere a prosecutor is one of many: lexicon/court-roles.ts).
  const counsel = new Set(candidates.filter((c) => COUNSEL_POSTS.has(c.role)).map((c) => c.role));
  if (counsel.size > 0) candidates.push(...statements.flatMap((s) => counselByTitle(graph, s, counsel)));
  return [...roleClashes(graph, candidates), ...counselOnBothSides(graph, candidates)];
}

/**
 * Every post a statement gives a named person as the post reader reads it ("Tom Garbutt, the
 * creamery's managing director", "Sales director Tom Garbutt"), for the check of one person's
 * posts (find-person-posts.ts).
 */
export function postsHeld(graph: ClaimGraph): RoleCandidate[] {
  const organisationKey = organisationKeys(graph);
  return listStatements(graph).flatMap((s) => heldPosts(graph, s, organisationKey));
}

/** A post as the title table and the functional relations read it (a copular post, a title before a name, "X leads Y"). */
function writtenRoles(graph: ClaimGraph, statement: Statement, organisationKey: (organisation: string) => string): RoleCandidate[] {
  const copular = copularRole(graph, statement, organisationKey);
  if (copular) return [copular];
  const titled = titledHolders(graph, statement, organisationKey);
  if (titled.length > 0) return titled;
  const relation = functionalRelation(statement.claim.predicate);
  const { subjectId, objectId, negated } = statement.claim;
  if (!relation || negated || objectId === null || !commits(statement)) return [];
  const [fixed, filler] = relation.unique === 'subject' ? [objectId, subjectId] : [subjectId, objectId];
  if (!relation.holders.includes(graph.getNodeAttribute(filler, 'kind')) || !isNamed(graph, fixed)) return [];
  return [{ statement, role: relation.role, fixed, fixedName: entityName(graph, fixed), filler }];
}

/**
 * The doers of acts one person does to the story's one thing (lexicon/one-doer-acts.ts), active or
 * passive with its agent: "Alan Stobbart judged the scarecrows", "The scarecrows were judged by
 * Miriam Cade" both name the judge of the scarecrows. Two acts are one when alignment made them one
 * fact or what they were done to is one thing by its noun ("surgery" / "the operation").
 */
function doersOfOneActs(graph: ClaimGraph, statements: Statement[]): RoleCandidate[] {
  const found = statements.flatMap((statement) => {
    const doer = doerOfOneAct(graph, statement);
    return doer ? [{ statement, ...doer }] : [];
  });
  const acts = new UnionFind(found.length);
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const [x, y] = [found[i]!, found[j]!];
      if (x.role !== y.role) continue;
      if (factOf(x.statement.claim) === factOf(y.statement.claim) || x.done === y.done || nounsForSameThing(x.head, y.head)) acts.union(i, j);
    }
  }
  return found.map(({ statement, role, done, doer }, i) => ({ statement, role, fixed: `act:${acts.find(i)}`, fixedName: entityName(graph, found[acts.find(i)]!.done), filler: doer }));
}

/** The doer, the thing done to and its head noun, when the statement tells an act one person does. */
function doerOfOneAct(graph: ClaimGraph, { claim, source }: Statement): { role: string; doer: string; done: string; head: string } | null {
  if (claim.negated || !commits({ claim, source }) || claim.objectId === null || source.subjectPronoun) return null;
  const role = [...phrasalVerb(claim.predicate), verbBase(eventWord(claim.predicate))].map((verb) => ONE_DOER_ACTS.get(verb)).find(Boolean);
  // (A passive with its agent reaches compare as the active: "was founded by Edith Ashdown" → Edith Ashdown | found.)
  if (!role || isPassivePredicate(claim.predicate)) return null;
  const [doer, done] = [claim.subjectId, claim.objectId];
  if (graph.getNodeAttribute(doer, 'kind') !== 'PERSON' || !isFullName(graph, doer)) return null;
  // The story's one thing: a name, a thing written with "the" or an owner, or one "it" stands for.
  if (!isNamed(graph, done) && !source.objectPronoun && !/^(?:the|its|their|his|her)\s/i.test(source.objectText ?? '')) return null;
  return { role, doer, done, head: baseForm(headBeforePreposition(entityName(graph, done)) ?? '', 'noun') };
}

function roleClashes(graph: ClaimGraph, candidates: RoleCandidate[]): ContradictionRecord[] {
  const articlesNaming = articlesNamingEntities(graph);
  const successors = newHolders(graph);
  const namedTogether = (x: string, y: string) => [...(articlesNaming.get(x) ?? [])].some((article) => articlesNaming.get(y)?.has(article));
  const found: ContradictionRecord[] = [];
  // One pair of holders is one clash, however many readings of the post brought them together.
  const reported = new Set<string>();
  for (const block of groupBy(candidates.filter((c) => !c.ranked), (c) => `${c.role}|${c.fixed}`).values()) {
    const byFiller = [...groupBy(block, (c) => c.filler).values()];
    // "general manager Tony Reagins" beside "Yankees general manager" and "Angels general manager":
    // where outlets name two owners, a post written without one may be either's.
    const named = (c: RoleCandidate) => !!c.owner && !c.storysOwner;
    const owners = [...new Set(block.filter(named).map((c) => c.ownerText ?? c.owner!))];
    const ownersDiffer = owners.some((x, i) => owners.some((y, j) => j > i && !ownersMeet(x, y)));
    for (const [a, b] of valuePairs(byFiller)) {
      if (ownersDiffer && (!named(a[0]) || !named(b[0]))) continue;
      // "Coach Brad Childress" / "Colts coach Tony Dungy": a title alone meets no named owner's
      // post, for a story of a match names two teams, each with its coach. ("Club chairman Stephen
      // Oakes" names no club: "Chairman Pauline Ridd" holds the story's one chairmanship as he does.)
      const byName = (c: RoleCandidate) => named(c) && !isCommonNounOwner(c.ownerText ?? c.owner!);
      if ((a.every((c) => c.bare) && byName(b[0])) || (b.every((c) => c.bare) && byName(a[0]))) continue;
      const { role, fixedName } = a[0];
      // "the US and its allies" in one sentence names two holders, not two outlets' answers.
      if (shareAnArticle(a.map((c) => c.statement), b.map((c) => c.statement))) continue;
      // "Salazar replaces Kempthorne as interior secretary": an article that names both holders
      // knows them for two people (a predecessor, another club's manager), not one post's answer.
      if (namedTogether(a[0].filler, b[0].filler)) continue;
      // "new Interior Secretary Ken Salazar": the post changed hands, and the other holder may be the one before.
      if (successors.has(a[0].filler) || successors.has(b[0].filler)) continue;
      // "the Saints' coach" and "the Colts' coach" are two posts.
      if (named(a[0]) && named(b[0]) && a[0].owner !== b[0].owner && !(a[0].ownerText && b[0].ownerText && ownersMeet(a[0].ownerText, b[0].ownerText))) continue;
      if (otherOccasion(a.map((c) => c.statement), b.map((c) => c.statement))) continue;
      // "Commodore Nirad Sinha" and "Nirad Sinha": one person the resolver kept apart, not two holders.
      if (oneWithinOther(entityName(graph, a[0].filler), entityName(graph, b[0].filler))) continue;
      const pair = [a[0].filler, b[0].filler].sort().join('|');
      if (reported.has(pair)) continue;
      reported.add(pair);
      found.push(makeContradiction(
        'role',
        { value: a[0].filler, statements: a.map((c) => c.statement) },
        { value: b[0].filler, statements: b.map((c) => c.statement) },
        (x, y) => `role: ${roleOf(role, fixedName)} is ${entityName(graph, x.value)} (${describeSide(graph, x.statements)}) vs ${entityName(graph, y.value)} (${describeSide(graph, y.statements)})`,
      ));
    }
  }
  return found;
}

/**
 * "Prosecuting, Owen Trask told the court" / "Owen Trask, defending, said": one case's counsel
 * argues one side, so one person named for both sides by two outlets is a clash of roles.
 */
function counselOnBothSides(graph: ClaimGraph, candidates: RoleCandidate[]): ContradictionRecord[] {
  const found: ContradictionRecord[] = [];
  for (const block of groupBy(candidates.filter((c) => COUNSEL_POSTS.has(c.role)), (c) => c.filler).values()) {
    for (const [a, b] of valuePairs([...groupBy(block, (c) => c.role).values()])) {
      if (shareAnArticle(a.map((c) => c.statement), b.map((c) => c.statement))) continue;
      found.push(makeContradiction(
        'role',
        { value: a[0]!.role, statements: a.map((c) => c.statement) },
        { value: b[0]!.role, statements: b.map((c) => c.statement) },
        (x, y) => `role: ${entityName(graph, a[0]!.filler)} is ${x.value} (${describeSide(graph, x.statements)}) vs ${y.value} (${describeSide(graph, y.statements)})`,
      ));
    }
  }
  return found;
}

/**
 * Holders of a post as the post reader reads it (post-reader.ts), whichever way round the outlet
 * wrote it: "Robert Naylor, the zoo's director," (what a named person is said to be) and "Zoo
 * director Jane Whitlock said" (a post written before a full name) meet as the zoo's director.
 */
function heldPosts(graph: ClaimGraph, statement: Statement, organisationKey: (organisation: string) => string): RoleCandidate[] {
  const { claim, source } = statement;
  if (claim.negated || !commits(statement)) return [];
  const isHolder = (id: string | null): id is string => id !== null && graph.getNodeAttribute(id, 'kind') === 'PERSON' && isFullName(graph, id);
  // (The third element: the owner's entity, where the post was read from a verb's object.)
  const held: [string, ReadPost, string?][] = [];
  // "She is the Immediate Past-Chair …": who "she" is, is the resolver's guess, not what the outlet names.
  const subjectText = source.subjectPronoun ? undefined : source.subjectText;
  // (The object may be the post's words only: "Ann Osborne, chairwoman of the trust," where the resolver made the post her.)
  if ((claim.objectId !== null || claim.objectText) && COPULAS.has(normalisePredicate(claim.predicate)) && !source.subjectPronoun) {
    for (const [holder, written] of [[claim.subjectId, source.objectText], [claim.objectId, subjectText]] as const) {
      const post = isHolder(holder) && written ? readPost(written) : null;
      if (post && post.after.length === 0 && holder !== null) held.push([holder, post]);
    }
  }
  for (const [id, written] of [[claim.subjectId, subjectText], [claim.objectId, source.objectText]] as const) {
    const post = isHolder(id) && written ? readPost(written) : null;
    // The name after the post must be the holder's own: "Secretary of Commerce Gary Locke and
    // Secretary of the Interior Ken Salazar" gives Gary Locke the first post only.
    if (post && post.after.length > 0 && parsePersonMention(post.after.join(' ')) && nameEndsWith(post.after, entityName(graph, id!))) held.push([id!, post]);
  }
  // "Geoffrey Lang, who chairs the Wenlow Priory Trust" holds what "chairman of the trust" names.
  const verbPost = POSTS_BY_VERB.get(normalisePredicate(claim.predicate));
  // (The object named, or the story's one such body: "chairs the campaign group".)
  if (verbPost && claim.objectId !== null && isHolder(claim.subjectId) && !source.subjectPronoun && (isNamed(graph, claim.objectId) || /^the\s/i.test(source.objectText ?? ''))) {
    const ownerWritten = (source.objectText ?? entityName(graph, claim.objectId)).replace(/^the\s+/i, '');
    // ("who chairs the council's planning committee" is what "chairman of the council's planning
    // committee" reads as: the post of a part of a body, the body its owner.)
    // Both readings are kept: "Finance committee chair Felix Okafor" is read the other way.
    const written = /['’]s\s/.test(ownerWritten) ? readPost(`${verbPost} of the ${ownerWritten}`) : null;
    if (written && written.after.length === 0) held.push([claim.subjectId, written]);
    held.push([claim.subjectId, { post: verbPost, owner: ownerWritten.toLowerCase(), ownerWritten, after: [] }, claim.objectId]);
  }
  const counsel = counselPost(source);
  if (counsel && isHolder(claim.subjectId) && !source.subjectPronoun) held.push([claim.subjectId, { post: counsel, after: [] }]);
  return held.map(([holder, { post, owner, ownerWritten, storysOwner, bare, ranked }, ownerId]) => {
    // "leading the investigation" / "leading the inquiry": one owner when the resolver made them one thing.
    const key = ownerId && !isNamed(graph, ownerId) ? ownerId : owner ? organisationKey(owner) : undefined;
    const ownerName = key && graph.hasNode(key) ? entityName(graph, key) : ownerWritten;
    // "Westmoor County Council's director of public health", "the zoo's director".
    const whose = ownerName ? `${/^\p{Ll}/u.test(ownerName) ? 'the ' : ''}${ownerName}'s ` : '';
    return { statement, role: post, fixed: `held:${post}`, fixedName: `${whose}${post}`, filler: holder, ...(key ? { owner: key, ownerText: ownerWritten } : {}), ...(storysOwner ? { storysOwner } : {}), ...(bare ? { bare } : {}), ...(ranked ? { ranked } : {}) };
  });
}

/** "Prosecutor Marcus Hale said …": a counsel title right before the holder's own name. */
function counselByTitle(graph: ClaimGraph, statement: Statement, posts: ReadonlySet<string>): RoleCandidate[] {
  if (statement.claim.negated || !commits(statement)) return [];
  const own = ownLawyer(graph, statement);
  if (own && posts.has(OWN_LAWYER_POST)) return [{ statement, role: OWN_LAWYER_POST, fixed: `held:${OWN_LAWYER_POST}`, fixedName: OWN_LAWYER_POST, filler: own }];
  return namedPeopleAsWritten(graph, statement).flatMap(([id, written]) => {
    const lower = written.toLowerCase();
    const title = [...COUNSEL_TITLES.keys()].find((t) => lower.startsWith(`${t} `));
    const post = title ? COUNSEL_TITLES.get(title)! : undefined;
    if (!post || !posts.has(post) || !nameEndsWith(written.split(/\s+/), entityName(graph, id))) return [];
    return [{ statement, role: post, fixed: `held:${post}`, fixedName: post, filler: id }];
  });
}

/** "His barrister, Claire Benham,": the named person a copula makes someone's own lawyer (lexicon/court-roles.ts). */
function ownLawyer(graph: ClaimGraph, { claim, source }: Statement): string | null {
  if (!COPULAS.has(normalisePredicate(claim.predicate)) || source.subjectPronoun || graph.getNodeAttribute(claim.subjectId, 'kind') !== 'PERSON' || !isFullName(graph, claim.subjectId)) return null;
  const [owner, lawyer, ...rest] = (source.objectText ?? '').toLowerCase().trim().split(/\s+/);
  return rest.length === 0 && PEOPLES_POSSESSIVES.has(owner ?? '') && OWN_LAWYER_WORDS.has(lawyer ?? '') ? claim.subjectId : null;
}

/**
 * "Fiona Harkness, prosecuting, said …", "Lawrence Adeyemi, prosecuting on behalf of the council,":
 * the participle alone, as written (no auxiliary, no object of its own), names the case's counsel.
 */
function counselPost(source: Statement['source']): string | undefined {
  const [participle, ...rest] = source.relationText.toLowerCase().split(/\s+/);
  const post = COUNSEL_PARTICIPLES.get(participle ?? '');
  if (!post) return undefined;
  // (The extractor may keep "on" in the relation and make "behalf of the council" its object.)
  const side = [...rest, ...(source.objectText ?? '').split(/\s+/).filter(Boolean)].slice(0, 3).join(' ').toLowerCase();
  return side === '' || COUNSEL_FOR.test(side) ? post : undefined;
}

/**
 * "The firm bought Brook Lane in 2016" / "Supporters have bought the ground": an act dated to a year
 * by one side only, or to two different times, is another occasion of it (a ground is sold more than
 * once), not two answers for one buyer.
 */
function otherOccasion(a: Statement[], b: Statement[]): boolean {
  if (toldOfDifferentTimes(a, b)) return true;
  const datedByYear = (side: Statement[]) => side.every(({ source }) => /\b\d{4}\b/.test(source.qualifiers.time ?? ''));
  const undated = (side: Statement[]) => side.every(({ source }) => !source.qualifiers.time);
  return (datedByYear(a) && undated(b)) || (datedByYear(b) && undated(a));
}

/** Verbs that say their subject holds a post of their object: "chairs the trust" = "chair of the trust". */
const POSTS_BY_VERB: ReadonlyMap<string, string> = new Map([['chair', 'chair'], ['lead', 'leader']]);

/**
 * Which articles name each entity in a claim (as subject or object). Not through "X is the medical
 * director": that post may stand for another outlet's holder the resolver gave it to.
 */
function articlesNamingEntities(graph: ClaimGraph): Map<string, Set<string>> {
  const naming = new Map<string, Set<string>>();
  for (const { claim, source } of listStatements(graph)) {
    const copular = COPULAS.has(normalisePredicate(claim.predicate));
    for (const id of copular ? [claim.subjectId] : [claim.subjectId, claim.objectId]) {
      if (id === null) continue;
      const articles = naming.get(id);
      if (articles) articles.add(source.article);
      else naming.set(id, new Set([source.article]));
    }
  }
  return naming;
}

/** Words that say a holder has just taken a post over: "new", "incoming", "newly appointed". */
const SUCCESSION = /(?:^|\s)(?:new|incoming|newly\s+\p{L}+)\s/iu;

/**
 * People some outlet calls the new holder of a post ("new Interior Secretary Ken Salazar", "Ken
 * Salazar, the new interior secretary,"): the post has changed hands, so another holder named
 * elsewhere may be the one before (ECB+ 9: Kempthorne in 2008, Salazar in 2009).
 */
function newHolders(graph: ClaimGraph): Set<string> {
  const holders = new Set<string>();
  for (const { claim, source } of listStatements(graph)) {
    const copular = COPULAS.has(normalisePredicate(claim.predicate));
    const slots: [string | null, string | null][] = [[claim.subjectId, source.subjectText], [claim.objectId, source.objectText]];
    for (const [id, written] of slots) {
      if (!id || !written || graph.getNodeAttribute(id, 'kind') !== 'PERSON') continue;
      if (SUCCESSION.test(` ${written} `) && titleIn(written)) holders.add(id);
    }
    // "Salazar is the new interior secretary": the subject holds what the object names.
    if (copular && claim.objectId && source.objectText && SUCCESSION.test(` ${source.objectText} `) && titleIn(source.objectText)) holders.add(claim.subjectId);
  }
  return holders;
}

function titleIn(written: string): boolean {
  const words = written.toLowerCase().split(/\s+/).filter(Boolean);
  return words.some((_, k) => findTitleAt(words, k) !== null);
}

/**
 * "X is the spokesperson of Y", "X, the agency's spokesperson,": the post (title and organisation,
 * however it is phrased) is the fixed slot, the person holding it the filler.
 */
function copularRole(graph: ClaimGraph, statement: Statement, organisationKey: (organisation: string) => string): RoleCandidate | null {
  const { subjectId, objectId, negated } = statement.claim;
  if (negated || objectId === null || !commits(statement) || !COPULAS.has(normalisePredicate(statement.claim.predicate))) return null;
  // "She is the Immediate Past-Chair …": who "she" is, is the resolver's guess, not what the outlet
  // names; only a holder written in the sentence is set against another outlet's.
  if (statement.source.subjectPronoun) return null;
  for (const [titled, holder] of [[objectId, subjectId], [subjectId, objectId]]) {
    if (graph.getNodeAttribute(holder, 'kind') !== 'PERSON') continue;
    // The post as this outlet wrote it: the node's name may be another outlet's wording of a post
    // the resolver merged with it ("Yankees general manager" for a bare "general manager").
    const written = titled === objectId ? statement.source.objectText : statement.source.subjectText;
    // "Helen Braddock, the returning officer,": what this outlet says, even where the resolver took
    // "the returning officer" for the person another outlet gave that post.
    const merged = graph.getNodeAttribute(titled, 'name');
    const titledIsPost = isPost(graph, titled);
    // "City council leader" / "Council leader": a post whose merged name has words before its
    // title but names no organisation the table can read is that one post, as the resolver found.
    const modified = titledIsPost && !titledRole(merged) ? modifiedTitle(merged) : null;
    if (modified) return { statement, role: modified, fixed: `post-entity:${titled}`, fixedName: merged, filler: holder };
    // "Hathersby's county councillor, Dennis Yeoman" / "Margaret Thwaite, the county councillor for
    // Hathersby": a post many hold, for one place, is that place's one holder's.
    const placed = titledIsPost && written ? postForOnePlace(written) : null;
    if (placed) return { statement, role: placed, fixed: `post-entity:${titled}`, fixedName: merged, filler: holder };
    const named = written ? modifiedPost(written) : null;
    if (named && named.after.length === 0 && titled !== holder) return postCandidate(graph, statement, named, holder, organisationKey);
    if (!titledIsPost) continue;
    const post = titledRole(written ?? merged);
    if (post) return { statement, role: post.title, fixed: `post:${post.title}|${organisationKey(post.organisation)}`, fixedName: `${post.title} of ${post.organisation}`, filler: holder };
    // "Sunita Banerjee, the council's cabinet member for regeneration" / "Mark Ellery, the cabinet
    // member for regeneration": what a named person is said to be, with "the", is one holder's —
    // once the resolver has found the two outlets' descriptions to be one.
    if (titled === objectId && written && DEFINITE.test(written) && isFullName(graph, holder) && !isPlural(merged)) {
      const { owner, description } = definiteDescription(written);
      return { statement, role: description, fixed: `description:${description}`, fixedName: description, filler: holder, owner };
    }
  }
  return null;
}

const DEFINITE = /^the\s/i;

/** Whether the words after a post end with the person's surname: "Councillor Dev Sandhu" for Dev Sandhu. */
function nameEndsWith(after: readonly string[], name: string): boolean {
  const surname = name.toLowerCase().split(/\s+/).at(-1);
  return !!surname && after.at(-1)?.toLowerCase().replace(/[.,]$/, '') === surname;
}

/**
 * "Returning officer Simon Achebe said …": a named post written before a person's full name names
 * its holder as surely as "Simon Achebe, the returning officer," does.
 */
function titledHolders(graph: ClaimGraph, statement: Statement, organisationKey: (organisation: string) => string): RoleCandidate[] {
  if (statement.claim.negated || !commits(statement)) return [];
  return namedPeopleAsWritten(graph, statement).flatMap(([id, written]) => {
    const named = modifiedPost(written);
    if (!named || named.after.length === 0 || !parsePersonMention(named.after.join(' '))) return [];
    return [postCandidate(graph, statement, named, id, organisationKey)];
  });
}

/**
 * The people a statement names by full name in its subject and object, each with the words the
 * outlet wrote for them ("Prosecutor Marcus Hale"); a subject written as a pronoun is left out.
 */
function namedPeopleAsWritten(graph: ClaimGraph, { claim, source }: Statement): [string, string][] {
  const slots: [string | null, string | null][] = [[claim.subjectId, source.subjectPronoun ? null : source.subjectText], [claim.objectId, source.objectText]];
  return slots.filter((slot): slot is [string, string] => {
    const [id, written] = slot;
    return !!id && !!written && graph.getNodeAttribute(id, 'kind') === 'PERSON' && isFullName(graph, id);
  });
}

function postCandidate(graph: ClaimGraph, statement: Statement, named: WrittenPost, holder: string, organisationKey: (organisation: string) => string): RoleCandidate {
  const owner = named.owner ? organisationKey(named.owner) : undefined;
  const ownerName = owner && graph.hasNode(owner) ? entityName(graph, owner) : named.ownerText;
  return { statement, role: named.post, fixed: `post:${named.post}`, fixedName: ownerName ? `${named.post} of ${ownerName}` : named.post, filler: holder, ...(owner ? { owner } : {}) };
}

/**
 * "the council's cabinet member for housing" → owner "council", description "cabinet member for
 * housing": outlets name the owner or leave it to the story, so the owner tells two posts apart
 * only when both name one.
 */
function definiteDescription(written: string): { owner?: string; description: string } {
  const words = written.replace(DEFINITE, '').trim().toLowerCase();
  const possessive = /^(.+?)['’]s?\s+(.+)$/.exec(words);
  return possessive ? { owner: possessive[1]!, description: possessive[2]! } : { description: words };
}

/** "Mark Ellery", not "Ellery" or "the man": two written full names are two people. */
function isFullName(graph: ClaimGraph, id: string): boolean {
  return (parsePersonMention(graph.getNodeAttribute(id, 'name'))?.name.length ?? 0) >= 2;
}

/** "the victims", "the council's members": a plural description has more than one holder. */
function isPlural(name: string): boolean {
  const head = name.toLowerCase().split(/\s+(?:of|for|in|at|on)\s+/)[0]!.split(/\s+/).at(-1) ?? '';
  return isPluralNoun(head);
}

/** The title of "City council leader", "lead infection control nurse"-like posts with words before the title; null for a bare or ranked title. */
function modifiedTitle(name: string): string | null {
  const written = name.replace(/^(?:the|an?)\s+/i, '').split(/\s+/).filter(Boolean);
  const words = written.map((w) => w.toLowerCase());
  for (let start = 1; start < words.length; start++) {
    const match = findTitleAt(words, start);
    if (!match?.family || start + match.length !== words.length) continue;
    if (SHARED_POSTS.has(match.title)) return null;
    // Only a name or an organisation word says whose post: "City council leader", not "deputy
    // campaign manager" or "politically loyal Justice Department official".
    const modifiers = written.slice(0, start);
    return modifiers.every((w) => /^\p{Lu}/u.test(w) || ORG_WORDS.has(w.toLowerCase())) && !modifiers.some((w) => OTHER_POST_WORDS.has(w.toLowerCase())) ? match.title : null;
  }
  return null;
}

/**
 * The shared title of a post written for one named place ("the county councillor for Hathersby",
 * "Hathersby's county councillor", "the MP for Kelby"), or null.
 */
function postForOnePlace(written: string): string | null {
  const forPlace = /^(?:the\s+)?(.+?)\s+for\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u.exec(written);
  const placeOwns = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*['’]s\s+(.+)$/u.exec(written);
  const post = (forPlace ?? placeOwns)?.[1]?.toLowerCase().split(/\s+/);
  if (!post) return null;
  const match = findTitleAt(post, post.length - 1) ?? findTitleAt(post, Math.max(0, post.length - 2));
  return match && SHARED_POSTS.has(match.title) && ELECTED_FOR_PLACE.has(match.title) ? post.join(' ') : null;
}
/** Shared titles whose holder is elected for one place: a ward's or a division's councillor, a constituency's MP. */
const ELECTED_FOR_PLACE: ReadonlySet<string> = new Set(['councillor', 'councilor', 'cllr', 'mp', 'alderman']);

/** A description, not a named person: "Penhallow House director" may be a post, "Martin Greaves" not. */
function isPost(graph: ClaimGraph, id: string): boolean {
  return graph.getNodeAttribute(id, 'kind') !== 'PERSON' || (parsePersonMention(graph.getNodeAttribute(id, 'name'))?.name.length ?? 0) === 0;
}

/**
 * One key for one organisation however the post names it: "Penhallow's director" and "Penhallow
 * House director" are one post when the story knows "Penhallow" as Penhallow House.
 */
function organisationKeys(graph: ClaimGraph): (organisation: string) => string {
  const idOf = new Map<string, string>();
  graph.forEachNode((id, { name, aliases, kind, placeholder }) => {
    if (placeholder || (kind !== 'ORG' && kind !== 'PLACE')) return;
    for (const n of [name, ...aliases]) {
      const written = n.toLowerCase().replace(/^the\s+/, '');
      if (!idOf.has(written)) idOf.set(written, id);
    }
  });
  // Only an alias sharing a word with the entity's name: the resolver's looser merges ("Angels" in
  // a story about the Yankees) must not make two clubs' posts one.
  return (organisation) => {
    const written = organisation.toLowerCase();
    const id = idOf.get(written);
    const name = id ? graph.getNodeAttribute(id, 'name').toLowerCase().split(/\s+/) : [];
    return id && written.split(/\s+/).some((w) => name.includes(w)) ? id : written;
  };
}

/** "spokesperson of Varnesse Agency", but not "spokesperson of spokesperson of the agency". */
function roleOf(role: string, fixedName: string): string {
  return fixedName.toLowerCase().includes(role) ? fixedName : `${role} of ${fixedName}`;
}
