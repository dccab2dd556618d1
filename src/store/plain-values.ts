// Query results as plain JavaScript, identical whichever store answered: integers as numbers,
// nodes as {labels, properties}, relationships as {type, properties}, paths as {nodes, relationships}.
// Null properties are dropped because Neo4j never stores them while the embedded tables always have them.
import neo4j from 'neo4j-driver';

export interface PlainNode {
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  type: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** A value from either driver, made plain. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return bigintToPlain(value);
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) {
    const int = value as InstanceType<typeof neo4j.Integer>;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (value instanceof neo4j.types.Node) return { labels: [...value.labels], properties: plainProperties(value.properties) };
  if (value instanceof neo4j.types.Relationship) return { type: value.type, properties: plainProperties(value.properties) };
  if (value instanceof neo4j.types.Path) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(plainValue),
      relationships: value.segments.map((s) => plainValue(s.relationship)),
    };
  }
  if (isNeo4jTemporal(value)) return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plainValue(v)]));
  return plainEmbeddedObject(value as Record<string, unknown>);
}

// The embedded driver marks graph values with underscore keys: _label/_id on nodes, plus _src/_dst on
// relationships, _nodes/_rels on paths. Anything else is a struct or map and stays an object.
function plainEmbeddedObject(value: Record<string, unknown>): unknown {
  if ('_nodes' in value && '_rels' in value) {
    return {
      nodes: (value._nodes as unknown[]).map(plainValue),
      relationships: (value._rels as unknown[]).map(plainValue),
    };
  }
  if ('_label' in value && '_id' in value) {
    const properties = plainProperties(value);
    if ('_src' in value && '_dst' in value) return { type: value._label, properties };
    return { labels: [value._label], properties };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(properties)) {
    if (key.startsWith('_') || raw === null || raw === undefined) continue;
    out[key] = plainValue(raw);
  }
  return out;
}

function bigintToPlain(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

function isNeo4jTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}
