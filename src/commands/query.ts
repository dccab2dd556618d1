// `storygraph query`: wiring only; the work lives in the pipeline stages.
import type { Command } from 'commander';

export function registerQueryCommand(program: Command): void {
  program
    .command('query')
    .description('not implemented yet')
    .action(() => {
      throw new Error('storygraph query is not implemented yet');
    });
}
