// What two posts of one organisation say about one person. Outlets word one post several ways
// ("chief executive", "CEO", "managing director" of a small firm; "head of the trust"), and a
// person may hold two posts at once ("founder and chief executive"), so only two posts that one
// holder cannot have together, each told by one outlet, tell two accounts of who the person is:
// "chairman" / "treasurer" of one association, "managing director" / "sales director" of one firm.

/** Posts written several ways, beyond a title's forms by sex or style (resolve/titles.ts postTitle): each maps to the post's one name. */
export const SAME_POST: ReadonlyMap<string, string> = new Map([
  ['ceo', 'chief executive'], ['chief executive officer', 'chief executive'], ['managing director', 'chief executive'],
  ['md', 'chief executive'], ['boss', 'chief executive'],
]);

/**
 * Posts that sit beside any other a person holds, or that name no one post: the founder or owner
 * may be its chief executive too, "the head of the trust" is its chair or its director, a trustee
 * may be its treasurer.
 */
export const POSTS_BESIDE_ANY: ReadonlySet<string> = new Set([
  'head', 'leader', 'chief', 'founder', 'co-founder', 'owner', 'co-owner', 'proprietor', 'member', 'trustee',
  'director', 'board member', 'partner', 'president', 'volunteer', 'patron', 'ambassador', 'spokesperson',
]);

/**
 * Where a post beside any other is an office of its own: a council's or a party's leader is an
 * elected member, who is none of its officers ("Council leader Gareth Ormond" is not "the council's
 * bereavement services manager"), a club's president none of its other officers. Keyed by the
 * owner's last word.
 */
export const ELECTED_OFFICES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['council', new Set(['leader', 'deputy leader'])],
  ['party', new Set(['leader', 'deputy leader'])],
  // ("Club president Gareth Penhale" / "Club treasurer Gareth Penhale": a club's president is one of
  // its officers, never its treasurer too.)
  ['club', new Set(['president'])],
]);

/** The post's one name: "CEO" → "chief executive" (the post reader has made "chairwoman" "chair" already). */
export function onePost(post: string): string {
  const lower = post.toLowerCase().trim();
  return SAME_POST.get(lower) ?? lower;
}
