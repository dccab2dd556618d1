// `storygraph serve`: wiring only; the work lives in the pipeline stages.
import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('not implemented yet')
    .action(() => {
      throw new Error('storygraph serve is not implemented yet');
    });
}
