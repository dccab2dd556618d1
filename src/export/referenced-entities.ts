// The entities a set of claims refers to: subjects, objects and speakers (the claim's and each
// source's own). The export keeps only these, and a story's slice of it only its claims' ones.
import type { ClaimRecord } from '../types.ts';

export function referencedEntities(claims: ClaimRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const c of claims) {
    for (const id of [c.subject, c.object, c.qualifiers.attributedTo, ...c.sources.map((s) => s.qualifiers?.attributedTo)]) {
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}
