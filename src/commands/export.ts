// `storygraph export`: wiring only; the work lives in the pipeline stages.
import type { Command } from 'commander';

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('not implemented yet')
    .action(() => {
      throw new Error('storygraph export is not implemented yet');
    });
}
