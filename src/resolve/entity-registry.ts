// Collects every surface form seen under one entity key and turns the collection into
// EntityRecords: a readable id (e:<slug>), the most complete name, every other form as an alias.
import type { EntityKind, EntityRecord } from '../types.ts';
import { slugify, tidySurface } from './text.ts';

/** An EntityRecord with the evidence resolve has for it; extra fields, so it is still an EntityRecord. */
export interface ResolvedEntity extends EntityRecord {
  /** Entities this one points at without being them ("Chinese goods" → China, "the 20% tariff" → tariff). */
  related?: { id: string; why: string }[];
  /** Why differently worded phrases were keyed together (news list rows, WordNet synsets). */
  alignment?: string[];
}

/** How the name is chosen: a fixed name (countries, people), the longest form, or the most frequent. */
export type NamePolicy = { fixed: string } | 'longest' | 'most-frequent';

interface Entry {
  key: string;
  kinds: Map<EntityKind, number>;
  surfaces: Map<string, number>;
  policy: NamePolicy;
  related: Map<string, string>;
  alignment: Set<string>;
  kindOverride?: EntityKind;
  id?: string;
}

// "her Civic Party" is the Civic Party: a possessive pronoun says whose, it is not part of the name.
const LEADING_DETERMINER = /^(the|a|an|its|his|her|their|our|my|your)\s+/i;

export class EntityRegistry {
  private readonly entries = new Map<string, Entry>();

  /** Records one mention of the entity `key`; later calls may only strengthen a fixed name. */
  add(key: string, kind: EntityKind, surface: string, policy: NamePolicy): void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { key, kinds: new Map(), surfaces: new Map(), policy, related: new Map(), alignment: new Set() };
      this.entries.set(key, entry);
    }
    if (typeof policy === 'object') entry.policy = policy;
    entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1);
    const tidy = tidySurface(surface);
    if (tidy) entry.surfaces.set(tidy, (entry.surfaces.get(tidy) ?? 0) + 1);
  }

  /** Sets the entity's kind whatever its mentions' majority ("the Saints" is a team, not saints). */
  setKind(key: string, kind: EntityKind): void {
    const entry = this.entries.get(key);
    if (entry) entry.kindOverride = kind;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  relate(key: string, otherKey: string, why: string): void {
    const entry = this.entries.get(key);
    if (entry && otherKey !== key && !entry.related.has(otherKey)) entry.related.set(otherKey, why);
  }

  explain(key: string, reasons: Iterable<string>): void {
    const entry = this.entries.get(key);
    if (entry) for (const reason of reasons) entry.alignment.add(reason);
  }

  /** Assigns ids in first-seen order (a clash gets "-2", "-3" …) and builds the records. */
  finish(): { entities: ResolvedEntity[]; idOf: Map<string, string> } {
    const idOf = new Map<string, string>();
    const taken = new Set<string>();
    const named = [...this.entries.values()].map((entry) => {
      const name = chooseName(entry);
      const base = `e:${slugify(name)}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      idOf.set(entry.key, id);
      return { entry, name, id };
    });
    const entities = named.map(({ entry, name, id }) => {
      const record: ResolvedEntity = { id, name, kind: majorityKind(entry), aliases: aliasesOf(entry, name) };
      const related = [...entry.related].flatMap(([key, why]) => {
        const relatedId = idOf.get(key);
        return relatedId ? [{ id: relatedId, why }] : [];
      });
      if (related.length) record.related = related;
      if (entry.alignment.size) record.alignment = [...entry.alignment];
      return record;
    });
    return { entities, idOf };
  }
}

// A tie goes to the more specific kind: "Obama" (a name compromise does not know) once and
// "Barack Obama" once is a person, and the answer never hangs on which article came first.
const KIND_PRECEDENCE: readonly EntityKind[] = ['PERSON', 'ORG', 'PLACE', 'THING', 'VALUE'];

function majorityKind(entry: Entry): EntityKind {
  if (entry.kindOverride) return entry.kindOverride;
  return [...entry.kinds].sort((a, b) => b[1] - a[1] || KIND_PRECEDENCE.indexOf(a[0]) - KIND_PRECEDENCE.indexOf(b[0]))[0]![0];
}

function chooseName(entry: Entry): string {
  if (typeof entry.policy === 'object') return entry.policy.fixed;
  const forms = [...entry.surfaces].map(([surface, count]) => ({ name: surface.replace(LEADING_DETERMINER, ''), count }));
  if (forms.length === 0) return entry.key;
  const byLength = (a: { name: string }, b: { name: string }) => b.name.length - a.name.length;
  const ranked = entry.policy === 'longest'
    ? forms.sort(byLength)
    : forms.sort((a, b) => b.count - a.count || byLength(a, b));
  return ranked[0].name;
}

/** Every other form seen, once each (case-insensitively), in first-seen order. */
function aliasesOf(entry: Entry, name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  for (const surface of entry.surfaces.keys()) {
    const lower = surface.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    aliases.push(surface);
  }
  return aliases;
}
