// The storygraph command line: parses arguments and hands each command to its module.
import { Command } from 'commander';
import { registerExtractCommand } from './commands/extract.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerQueryCommand } from './commands/query.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerServeCommand } from './commands/serve.ts';
import { UserError } from './user-error.ts';

const program = new Command()
  .name('storygraph')
  .description('Turn news articles into one knowledge graph of who claims what.')
  .showHelpAfterError();

registerExtractCommand(program);
registerIngestCommand(program);
registerQueryCommand(program);
registerExportCommand(program);
registerServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A user error is one line and exit 1; anything else is a bug and keeps its stack trace.
  if (error instanceof UserError) {
    process.stderr.write(`storygraph: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
