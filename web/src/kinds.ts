// How each entity kind and claim status looks. Shared by the stylesheet and the legend, so the
// legend can never disagree with the drawing. Node colours are muted on purpose: the eye should
// go to the red and amber edges first.
import type { ClaimStatus, EntityKind } from '../../src/types.ts';

export const KIND_LOOK: Record<EntityKind, { color: string; shape: string; label: string }> = {
  PERSON: { color: '#5b7fa6', shape: 'ellipse', label: 'person' },
  ORG: { color: '#8a6fa8', shape: 'round-rectangle', label: 'organisation' },
  PLACE: { color: '#4f9a94', shape: 'round-triangle', label: 'place' },
  THING: { color: '#8c8c8c', shape: 'round-diamond', label: 'thing' },
  VALUE: { color: '#b08d57', shape: 'round-tag', label: 'value' },
};

export const STATUS_LOOK: Record<ClaimStatus, { color: string; width: number; lineStyle: 'solid' | 'dashed'; label: string }> = {
  contradicted: { color: '#d62728', width: 5, lineStyle: 'solid', label: 'contradicted: sources disagree' },
  unique: { color: '#f0a202', width: 2.5, lineStyle: 'dashed', label: 'unique: one source only' },
  corroborated: { color: '#8fb996', width: 1.2, lineStyle: 'solid', label: 'corroborated: two or more sources' },
};

export const KINDS = Object.keys(KIND_LOOK) as EntityKind[];
/** Drawing order matters: later statuses are drawn on top. */
export const STATUSES: ClaimStatus[] = ['contradicted', 'unique', 'corroborated'];
