// When two written full names are one person spelled two ways ("Caroline Leavitt" /
// "Karoline Leavitt"): both name parts within a small edit distance, AND the same context —
// a shared role family with no country conflict, or, when a side has no role, the same
// surname and a shared co-argument, or both said to be the same thing ("Karin Halvorsen, president of
// the union's Local 212" / "Karen Halvorson, president of the union's Local 212"). Similar names with different roles stay apart
// ("Finance Minister John Smith" / "striker Jon Smyth").
import { distance } from 'fastest-levenshtein';
import { parsePersonMention, type Role } from './person-names.ts';

export interface NameGroup {
  first: string;
  last: string;
  roles: readonly Role[];
  /** Heads of the other arguments in the triples this name appears in. */
  context: ReadonlySet<string>;
}

/** Edits allowed between two spellings of one name part: none for short words ("Xi"/"Li"). */
const EDIT_ALLOWANCE: readonly { upToLength: number; edits: number }[] = [
  { upToLength: 3, edits: 0 },
  { upToLength: 5, edits: 1 },
  { upToLength: Infinity, edits: 2 },
];
const MAX_TOTAL_EDITS = 2;

function allowedEdits(a: string, b: string): number {
  const length = Math.max(a.length, b.length);
  return EDIT_ALLOWANCE.find((row) => length <= row.upToLength)!.edits;
}

/** The names are close enough to be one name misspelled (but not identical). */
export function namesAreClose(a: NameGroup, b: NameGroup): boolean {
  const firstEdits = distance(a.first, b.first);
  const lastEdits = distance(a.last, b.last);
  const total = firstEdits + lastEdits;
  return total > 0 && total <= MAX_TOTAL_EDITS && firstEdits <= allowedEdits(a.first, b.first) && lastEdits <= allowedEdits(a.last, b.last);
}

function familiesOf(roles: readonly Role[]): Set<string> {
  return new Set(roles.flatMap((role) => (role.family ? [role.family] : [])));
}

/** Roles that say the same job: same family and, where both name a country, the same country. */
export function rolesAgree(a: readonly Role[], b: readonly Role[]): boolean {
  return a.some((roleA) =>
    roleA.family !== null &&
    b.some((roleB) => roleB.family === roleA.family && (!roleA.country || !roleB.country || roleA.country === roleB.country)),
  );
}

export type VariantEvidence = 'role' | 'context' | 'name';

/** Context entries that carry the role a person is said to be (the object of "X is …", "X, …,"). */
export const STATED_ROLE = 'stated-role:';

/**
 * "Siobhan Kavanagh" / "Siobhan Cavanagh", "Rhys Cadwallader" / "Rhys Cadwalader": the same given
 * name and a long surname one letter apart, in one story, is one person misspelt; two people that
 * alike would be told apart by their roles, which the caller has already compared.
 */
function sameGivenNameLongSurnameSlip(a: NameGroup, b: NameGroup): boolean {
  return a.first === b.first && a.first.length >= MIN_GIVEN_NAME && Math.min(a.last.length, b.last.length) >= MIN_SLIP_SURNAME && distance(a.last, b.last) === 1;
}
const MIN_GIVEN_NAME = 4;
const MIN_SLIP_SURNAME = 6;

/** The roles a name's triples say it holds ("X is the finance minister", "X, the finance minister,"). */
function statedRoles(group: NameGroup): Role[] {
  return [...group.context].flatMap((word) => (word.startsWith(STATED_ROLE) ? (parsePersonMention(word.slice(STATED_ROLE.length))?.roles ?? []) : []));
}

/** Why two close spellings are one person, or null when the context does not say so. */
export function variantEvidence(a: NameGroup, b: NameGroup): VariantEvidence | null {
  if (!namesAreClose(a, b)) return null;
  // "Finance Minister Tomas Brandl" / "Tomas Brandt, the finance minister": a title before one
  // name and a role said of the other are the same evidence.
  const [rolesA, rolesB] = [[...a.roles, ...statedRoles(a)], [...b.roles, ...statedRoles(b)]];
  const familiesA = familiesOf(rolesA);
  const familiesB = familiesOf(rolesB);
  if (familiesA.size > 0 && familiesB.size > 0) return rolesAgree(rolesA, rolesB) ? 'role' : null;
  for (const word of a.context) if (word.startsWith(STATED_ROLE) && b.context.has(word)) return 'role';
  if (sameGivenNameLongSurnameSlip(a, b)) return 'name';
  if (a.last !== b.last) return null;
  for (const word of a.context) if (b.context.has(word)) return 'context';
  return null;
}
