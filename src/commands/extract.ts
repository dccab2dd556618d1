// `storygraph extract`: wiring only; the work lives in the pipeline stages.
import type { Command } from 'commander';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('not implemented yet')
    .action(() => {
      throw new Error('storygraph extract is not implemented yet');
    });
}
