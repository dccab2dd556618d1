// The few places where the embedded database and Neo4j read the same Cypher differently, kept here
// so every statement the stores run is written once.
import type { PropertyType } from './schema.ts';

export interface Dialect {
  readonly name: 'embedded' | 'neo4j';
  /** A Cypher expression that reads the parameter field `expr` as a property of `type`. */
  typed(expr: string, type: PropertyType): string;
  /** The JavaScript value to send for a property of `type`, so `typed` can read it. */
  encode(value: unknown, type: PropertyType): unknown;
  /** The relationship type of variable `rel` (`label(r)` on the embedded side, `type(r)` on Neo4j). */
  relType(rel: string): string;
}

/**
 * The embedded binding infers one struct type per UNWIND list: a field that is 2 in one row and 2.5
 * in the next, or null in every row, does not bind to the declared column. So doubles travel as
 * strings and every field is cast to its column type in the statement.
 */
export const embeddedDialect: Dialect = {
  name: 'embedded',
  typed: (expr, type) => `CAST(${expr} AS ${type})`,
  encode: (value, type) => (type === 'DOUBLE' && value != null ? String(value) : value ?? null),
  relType: (rel) => `label(${rel})`,
};

/**
 * neo4j-driver sends every JavaScript number as a float, so integer columns are converted back in
 * the statement; doubles go through toFloat so 2 and 2.5 end up the same property type.
 */
export const neo4jDialect: Dialect = {
  name: 'neo4j',
  typed: (expr, type) => (type === 'INT64' ? `toInteger(${expr})` : type === 'DOUBLE' ? `toFloat(${expr})` : expr),
  encode: (value) => value ?? null,
  relType: (rel) => `type(${rel})`,
};
