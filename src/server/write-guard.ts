// Decides whether a Cypher text may change the database. The viewer is read-only unless the
// user starts it with --allow-writes; this guard is what makes that promise. It errs on the side
// of refusing: a variable called `set` is refused too (quote it with backticks to use it).
import { cypherWords, UnterminatedCypherError, type CypherWord } from './cypher-tokens.ts';

/** Clauses that write data or schema, on Neo4j or the embedded database, or load files. */
const WRITE_CLAUSES = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'DROP', 'LOAD', 'FOREACH',
  // Embedded-database statements that import, export, attach or change settings.
  'COPY', 'ALTER', 'INSTALL', 'ATTACH', 'EXPORT', 'IMPORT', 'CHECKPOINT',
  // Neo4j administration.
  'GRANT', 'DENY', 'REVOKE', 'START', 'STOP', 'TERMINATE', 'RENAME',
]);

/**
 * Procedures known to only read. CALL is allowed for these and for `CALL { … }` subqueries
 * (whose clauses are checked like any other); every other procedure is refused, because
 * a list of write procedures could never be complete (apoc alone has hundreds).
 */
const READ_PROCEDURES = new Set([
  'DB.LABELS', 'DB.RELATIONSHIPTYPES', 'DB.PROPERTYKEYS', 'DB.SCHEMA.VISUALIZATION',
  'DB.SCHEMA.NODETYPEPROPERTIES', 'DB.SCHEMA.RELTYPEPROPERTIES',
  'SHOW_TABLES', 'TABLE_INFO', 'SHOW_CONNECTION', 'DB_VERSION', 'SHOW_FUNCTIONS', 'CURRENT_SETTING',
]);

export type WriteVerdict = { allowed: true } | { allowed: false; reason: string };

export function checkReadOnly(cypher: string): WriteVerdict {
  try {
    // Lex both ways: if either reading of the string literals exposes a write, refuse.
    for (const backslashEscapes of [true, false]) {
      const reason = findWrite(cypherWords(cypher, { backslashEscapes }));
      if (reason) return { allowed: false, reason };
    }
    return { allowed: true };
  } catch (error) {
    if (error instanceof UnterminatedCypherError) return { allowed: false, reason: error.message };
    throw error;
  }
}

function findWrite(words: CypherWord[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const { word, before, after } = words[i];
    // A property (n.set), a parameter ($delete), a label (:Create) or a map key ({merge: 1}) is a name, not a clause.
    if (before === '.' || before === '$' || before === ':' || after === ':') continue;
    if (WRITE_CLAUSES.has(word)) {
      const clause = word === 'LOAD' && words[i + 1]?.word === 'CSV' ? 'LOAD CSV' : word;
      return `${clause} is a write clause; the viewer is read-only (start it with --allow-writes to change the database)`;
    }
    if (word === 'CALL' && after !== '{') {
      const procedure = procedureName(words, i + 1);
      if (!READ_PROCEDURES.has(procedure)) {
        return `CALL ${procedure || '…'} is not a known read-only procedure; the viewer is read-only (start it with --allow-writes to call other procedures)`;
      }
    }
  }
  return null;
}

/** Joins `db . schema . visualization` back into one dotted name. */
function procedureName(words: CypherWord[], from: number): string {
  const parts: string[] = [];
  for (let i = from; i < words.length; i++) {
    parts.push(words[i].word);
    if (words[i].after !== '.') break;
  }
  return parts.join('.');
}
