// `storygraph query "<cypher>"`: runs one Cypher statement on the store and prints the rows.
import type { Command } from 'commander';
import { formatQueryResult, isQueryFormat, QUERY_FORMATS } from '../export/query-result-format.ts';
import { openStore } from '../store/open-store.ts';
import { addStoreOptions, storeSettings, type StoreFlags } from '../store/store-options.ts';
import { UserError } from '../user-error.ts';

interface QueryFlags extends StoreFlags {
  format: string;
}

export function registerQueryCommand(program: Command): void {
  addStoreOptions(
    program
      .command('query')
      .description('run a Cypher query on the story graph (same Cypher on the embedded store and Neo4j)')
      .argument('<cypher>', 'the Cypher statement'),
  )
    .option('--format <format>', `output: ${QUERY_FORMATS.join(' | ')}`, 'table')
    .action(async (cypher: string, flags: QueryFlags) => {
      if (!isQueryFormat(flags.format)) {
        throw new UserError(`--format ${flags.format} is not one of ${QUERY_FORMATS.join(', ')}`);
      }
      const store = await openStore(storeSettings(flags));
      try {
        const result = await store.query(cypher);
        process.stdout.write(formatQueryResult(result, flags.format));
      } finally {
        await store.close();
      }
    });
}
