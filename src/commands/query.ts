// `storygraph query "<cypher>"`: runs one Cypher statement on the store and prints the rows.
import type { Command } from 'commander';
import { formatQueryResult, isQueryFormat, QUERY_FORMATS } from '../export/query-result-format.ts';
import { missingParameterMessage } from '../server/query-parameters.ts';
import { openStore } from '../store/open-store.ts';
import { addStoreOptions, storeSettings, type StoreFlags } from '../store/store-options.ts';
import { UserError } from '../user-error.ts';

interface QueryFlags extends StoreFlags {
  format: string;
  param: string[];
}

/** `--param name=Trump` or `--param limit=5`: JSON values are read as JSON, anything else as a string. */
function collectParam(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UserError(`--param ${pair} is not name=value`);
    const raw = pair.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // not JSON: a plain string
    }
    params[pair.slice(0, at)] = value;
  }
  return params;
}

export function registerQueryCommand(program: Command): void {
  addStoreOptions(
    program
      .command('query')
      .description('run a Cypher query on the story graph (same Cypher on the embedded store and Neo4j)')
      .argument('<cypher>', 'the Cypher statement'),
  )
    .option('--format <format>', `output: ${QUERY_FORMATS.join(' | ')}`, 'table')
    .option('--param <name=value>', 'a query parameter ($name); repeatable', collectParam, [])
    .action(async (cypher: string, flags: QueryFlags) => {
      if (!isQueryFormat(flags.format)) {
        throw new UserError(`--format ${flags.format} is not one of ${QUERY_FORMATS.join(', ')}`);
      }
      const params = parseParams(flags.param);
      const missing = missingParameterMessage(cypher, params);
      if (missing) throw new UserError(missing);
      const store = await openStore({ ...storeSettings(flags), existing: true });
      try {
        const result = await store.query(cypher, params);
        process.stdout.write(formatQueryResult(result, flags.format));
      } finally {
        await store.close();
      }
    });
}
