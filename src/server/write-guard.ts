// Decides whether a Cypher text only reads. The viewer is read-only unless the user starts it with
// --allow-writes; this guard is the first wall behind that promise (the second: the server opens
// the database read-only, or runs Neo4j queries in read transactions).
//
// It is an allow-list. A read query is made of MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN,
// ORDER BY, SKIP, LIMIT, UNION [ALL], CALL of a listed read-only procedure, CALL { … } subqueries
// made of the same clauses, and EXPLAIN / PROFILE in front of such a query. Every other word that
// stands where a clause could start is refused, so a statement this guard has never heard of
// (COMMENT ON, ANALYZE, UPDATE, BEGIN, …) is refused too.
//
// It does not parse expressions; it only tracks whether an operand is expected next, which is what
// tells a keyword from a name. Right after an operand ("n", "(n)", "'x'", "1"), a bare word must be
// an operator (AND, IN, IS, STARTS WITH, …), ASC / DESC, a CASE part or an allowed clause: that is
// the only place a new clause can begin. Where an operand is expected, a bare word is a name, a
// literal or a function, except NOT, DISTINCT and CASE. After `.`, `$`, `:` and AS a word is always
// a name, so `n.set`, `$delete`, `:Create` and `AS merge` are names. A `;` starts a new statement.
//
// The embedded database reserves NOT, DISTINCT and CASE, so it cannot read one of them as a name
// followed by a clause. Neo4j lets keywords be names and settles `WITH n, not CREATE (m)` its own
// way, which is one reason its queries also run in read transactions.
import { cypherTokens, isSymbol, isWord, UnterminatedCypherError, type CypherToken } from './cypher-tokens.ts';

/**
 * Procedures known to only read. Every other procedure is refused, because a list of write
 * procedures could never be complete (apoc alone has hundreds).
 */
const READ_PROCEDURES = new Set([
  'DB.LABELS', 'DB.RELATIONSHIPTYPES', 'DB.PROPERTYKEYS', 'DB.SCHEMA.VISUALIZATION',
  'DB.SCHEMA.NODETYPEPROPERTIES', 'DB.SCHEMA.RELTYPEPROPERTIES',
  'SHOW_TABLES', 'TABLE_INFO', 'SHOW_CONNECTION', 'DB_VERSION', 'SHOW_FUNCTIONS', 'CURRENT_SETTING',
]);

/** Clauses a read query may use; what follows each is an expression or a pattern. */
const READ_CLAUSES = new Set(['MATCH', 'WHERE', 'WITH', 'UNWIND', 'RETURN', 'SKIP', 'LIMIT', 'YIELD']);
/** Infix keywords: after them an operand follows. */
const BINARY_WORDS = new Set(['AND', 'OR', 'XOR', 'IN', 'CONTAINS', 'IS']);
/** Keywords that close an expression and leave it closed. */
const SUFFIX_WORDS = new Set(['ASC', 'DESC', 'ASCENDING', 'DESCENDING']);
/** Path selectors inside patterns: `[* SHORTEST 1..3]`, `[* ALL SHORTEST]`, `ANY SHORTEST (a)-->(b)`. */
const PATH_WORDS = new Set(['SHORTEST', 'ALL', 'GROUPS', 'WSHORTEST', 'TRAIL', 'ACYCLIC']);
/** Expressions whose `{ … }` holds a query rather than a map. */
const SUBQUERY_EXPRESSIONS = new Set(['EXISTS', 'COUNT', 'COLLECT', 'CALL']);

const ALLOWED_SUMMARY =
  'a read-only query may only use MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION and CALL of read-only procedures';
const WRITES_HINT = 'start the viewer with --allow-writes to change the database';

export type WriteVerdict = { allowed: true } | { allowed: false; reason: string };

export function checkReadOnly(cypher: string): WriteVerdict {
  try {
    // Lex both ways: if either reading of the string literals exposes a refused word, refuse.
    for (const backslashEscapes of [true, false]) {
      const reason = new ReadQueryReader(cypherTokens(cypher, { backslashEscapes })).refusal();
      if (reason) return { allowed: false, reason };
    }
    return { allowed: true };
  } catch (error) {
    if (error instanceof UnterminatedCypherError) return { allowed: false, reason: error.message };
    throw error;
  }
}

/**
 * Where the reader stands: at the start of a clause (query start, after UNION or `;`, inside
 * CALL { … }); at the start of an EXISTS / COUNT / COLLECT body (a clause or a bare pattern); where
 * an operand is expected; where only a name can stand (after AS); or right after an operand.
 */
type Position = 'clause' | 'subquery' | 'operand' | 'name' | 'operator';

/** What closes an open bracket, or END for an open CASE; a `{` opens a map unless it opens a subquery. */
type Closer = ')' | ']' | 'map}' | 'query}' | 'END';
const CLOSER_OF = new Map<string, Closer>([['(', ')'], ['[', ']'], ['{', 'map}']]);

class ReadQueryReader {
  private next = 0;
  private position: Position = 'clause';
  private statementStart = true;
  private readonly open: Closer[] = [];

  constructor(private readonly tokens: CypherToken[]) {}

  refusal(): string | null {
    while (this.next < this.tokens.length) {
      const token = this.tokens[this.next];
      const previous = this.tokens[this.next - 1];
      const atStatementStart = this.statementStart;
      this.statementStart = false;
      this.next++;
      const reason = token.kind === 'word' ? this.word(token, previous, atStatementStart) : this.other(token);
      if (reason) return reason;
    }
    // Brackets left open at the end hide nothing (every word was read in its place); the
    // database reports them with its own message.
    return null;
  }

  private word(token: CypherToken, previous: CypherToken | undefined, atStatementStart: boolean): string | null {
    const word = token.value;
    if (isSymbol(previous, '.') || isSymbol(previous, '$') || (isSymbol(previous, ':') && !this.afterMapKey()) || this.position === 'name') {
      this.position = 'operator';
      return null;
    }
    if (this.position === 'clause') {
      if (atStatementStart && (word === 'EXPLAIN' || word === 'PROFILE')) return null;
      return this.clause(token);
    }
    if (this.position === 'subquery') return this.clause(token);
    if (this.position === 'operand') return this.operand(word, previous);
    return this.operator(token);
  }

  /** A word where an operand is expected: a name, literal or function, or a prefix keyword. */
  private operand(word: string, previous: CypherToken | undefined): string | null {
    if (SUBQUERY_EXPRESSIONS.has(word) && isSymbol(this.peek(), '{')) return this.openSubquery('subquery');
    // Prefix keywords. DISTINCT only counts where it can stand (RETURN DISTINCT, count(DISTINCT x)),
    // so a name is never taken for it.
    if (word === 'NOT') return null;
    if (word === 'DISTINCT' && (isWord(previous, 'RETURN') || isWord(previous, 'WITH') || isSymbol(previous, '('))) return null;
    if (word === 'CASE') {
      this.open.push('END');
      return null;
    }
    // `CASE WHEN …` has no operand between CASE and WHEN.
    if (word === 'WHEN' && this.inCase()) return null;
    this.position = 'operator';
    return null;
  }

  /** A word right after an operand: an operator, a CASE part, or the next clause. */
  private operator(token: CypherToken): string | null {
    const word = token.value;
    if (BINARY_WORDS.has(word) || PATH_WORDS.has(word)) {
      this.position = 'operand';
      return null;
    }
    if (word === 'AS') {
      this.position = 'name';
      return null;
    }
    if (SUFFIX_WORDS.has(word)) return null;
    if (word === 'STARTS' || word === 'ENDS') return this.expectWord(word, 'WITH') ?? this.expectOperand();
    if (word === 'WHEN' || word === 'THEN' || word === 'ELSE') {
      return this.inCase() ? this.expectOperand() : `${word} outside CASE … END is not allowed; ${ALLOWED_SUMMARY}`;
    }
    if (word === 'END' && this.inCase()) {
      this.open.pop();
      return null;
    }
    return this.clause(token);
  }

  /** A word where a clause starts: only the read clauses pass. */
  private clause(token: CypherToken): string | null {
    const word = token.value;
    if (READ_CLAUSES.has(word)) return this.expectOperand();
    switch (word) {
      case 'OPTIONAL':
        return this.expectWord(word, 'MATCH') ?? this.expectOperand();
      case 'ORDER':
        return this.expectWord(word, 'BY') ?? this.expectOperand();
      case 'UNION':
        if (isWord(this.peek(), 'ALL')) this.next++;
        this.position = 'clause';
        return null;
      case 'CALL':
        return this.call();
      default: {
        const clause = word === 'LOAD' && isWord(this.peek(), 'CSV') ? 'LOAD CSV' : word;
        return `${clause} is not allowed: ${ALLOWED_SUMMARY} (${WRITES_HINT})`;
      }
    }
  }

  /** CALL { … }, CALL (a, b) { … }, or CALL of a procedure known to only read. */
  private call(): string | null {
    if (isSymbol(this.peek(), '{')) return this.openSubquery('clause');
    if (isSymbol(this.peek(), '(')) {
      // The variables a Neo4j subquery imports: names and commas only, then the subquery.
      let at = this.next + 1;
      while (at < this.tokens.length && !isSymbol(this.tokens[at], ')')) {
        const token = this.tokens[at];
        if (!(token.kind === 'word' || token.kind === 'quoted-name' || isSymbol(token, ',') || isSymbol(token, '*'))) break;
        at++;
      }
      if (!isSymbol(this.tokens[at], ')') || !isSymbol(this.tokens[at + 1], '{')) return `CALL ( … ) must import variables into a { … } subquery; ${ALLOWED_SUMMARY}`;
      this.next = at + 1;
      return this.openSubquery('clause');
    }
    const procedure = this.procedureName();
    if (!READ_PROCEDURES.has(procedure)) {
      return `CALL ${procedure || '…'} is not a known read-only procedure: ${ALLOWED_SUMMARY} (${WRITES_HINT})`;
    }
    this.position = 'operator';
    return null;
  }

  /** Reads `db . schema . visualization` (or `db.`labels``) as one dotted, upper-cased name. */
  private procedureName(): string {
    const parts: string[] = [];
    while (this.next < this.tokens.length) {
      const token = this.tokens[this.next];
      if (token.kind !== 'word' && token.kind !== 'quoted-name') break;
      parts.push(token.value.toUpperCase());
      this.next++;
      if (!isSymbol(this.peek(), '.')) break;
      this.next++;
    }
    return parts.join('.');
  }

  /** Symbols, literals and quoted names. */
  private other(token: CypherToken): string | null {
    if (this.position === 'subquery') this.position = 'operand';
    if (this.position === 'clause') {
      return `a query or clause cannot start with ${token.text}: ${ALLOWED_SUMMARY}`;
    }
    if (token.kind !== 'symbol') {
      this.position = 'operator';
      return null;
    }
    const symbol = token.text;
    const closer = CLOSER_OF.get(symbol);
    if (closer) {
      this.open.push(closer);
      return this.expectOperand();
    }
    if (symbol === ')' || symbol === ']' || symbol === '}') {
      // A closer closes its bracket and whatever was left open inside it. One that closes nothing
      // is the database's to report; either way an operand has just ended, the strictest reading.
      const at = this.open.findLastIndex((closer) => closer.endsWith(symbol));
      if (at !== -1) this.open.length = at;
      this.position = 'operator';
      return null;
    }
    if (symbol === ';') {
      // A new statement, whatever was left open: its first word must be a clause.
      this.open.length = 0;
      this.position = 'clause';
      this.statementStart = true;
      return null;
    }
    // `*` is an operand where one is expected (RETURN *, count(*), [*1..3]) and multiplication after one.
    if (symbol === '*' && this.position === 'operand') {
      this.position = 'operator';
      return null;
    }
    return this.expectOperand();
  }

  private openSubquery(position: 'clause' | 'subquery'): null {
    this.next++;
    this.open.push('query}');
    this.position = position;
    return null;
  }

  private expectWord(after: string, word: string): string | null {
    if (!isWord(this.peek(), word)) return `${after} must be followed by ${word}; ${ALLOWED_SUMMARY}`;
    this.next++;
    return null;
  }

  private expectOperand(): null {
    this.position = 'operand';
    return null;
  }

  private inCase(): boolean {
    return this.open[this.open.length - 1] === 'END';
  }

  /** True right after `key:` in a map, where a value follows (`{k: NOT x}`), not a label. */
  private afterMapKey(): boolean {
    const key = this.tokens[this.next - 3];
    const beforeKey = this.tokens[this.next - 4];
    return (
      this.open[this.open.length - 1] === 'map}' &&
      (key?.kind === 'word' || key?.kind === 'quoted-name') &&
      (isSymbol(beforeKey, '{') || isSymbol(beforeKey, ','))
    );
  }

  private peek(): CypherToken | undefined {
    return this.tokens[this.next];
  }
}
