// Which ECB+ mentions are entities for this eval, and which kind each should get in the graph.
// Participants (HUMAN_PART_*) and locations (LOC_*) are entities; actions and times are not.
import type { EntityKind } from '../../src/types.ts';

export function isEntityType(type: string): boolean {
  return type.startsWith('HUMAN_PART_') || type.startsWith('LOC_');
}

/** Rows of the kind table: the gold types grouped the way the graph's kinds can answer them. */
export type GoldKindGroup = 'person' | 'organisation' | 'place' | 'other participant';

export function kindGroupOf(type: string): GoldKindGroup {
  if (type === 'HUMAN_PART_PER') return 'person';
  if (type === 'HUMAN_PART_ORG') return 'organisation';
  if (type.startsWith('LOC_')) return 'place';
  // HUMAN_PART_GENERIC ("people"), _VEH ("the plane"), _MET, _GPE, _FAC: no single kind is right.
  return 'other participant';
}

/** The kind a correct graph gives this mention; null where the gold type names no single kind. */
export function expectedKind(type: string): EntityKind | null {
  const group = kindGroupOf(type);
  if (group === 'person') return 'PERSON';
  if (group === 'organisation') return 'ORG';
  if (group === 'place') return 'PLACE';
  return null;
}
