// A word-level diff of two wordings, reduced to its changed stretches: "extremely strong → very robust".
import { diffWords } from 'diff';

export function describeWordingChanges(before: string, after: string): string {
  const changes: string[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length || added.length) changes.push(`"${removed.join(' ').trim() || '∅'}" → "${added.join(' ').trim() || '∅'}"`);
    removed = [];
    added = [];
  };
  for (const part of diffWords(before, after)) {
    if (part.removed) removed.push(part.value.trim());
    else if (part.added) added.push(part.value.trim());
    else flush();
  }
  flush();
  return changes.join(', ');
}
