// `storygraph ingest`: wiring only; the work lives in the pipeline stages.
import type { Command } from 'commander';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('not implemented yet')
    .action(() => {
      throw new Error('storygraph ingest is not implemented yet');
    });
}
