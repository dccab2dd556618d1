// The storygraph command line: parses arguments and hands each command to its module.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerExtractCommand } from './commands/extract.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerQueryCommand } from './commands/query.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStoriesCommand } from './commands/stories.ts';
import { registerRemoveCommand } from './commands/remove.ts';
import { printable } from './terminal-text.ts';
import { UserError } from './user-error.ts';

// Read from package.json at run time, so the version printed is always the one installed.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('storygraph')
  .description('Turn news articles into one knowledge graph of who claims what.')
  .version(version)
  .showHelpAfterError()
  // Commander's errors quote what was typed, which may be a file name with control characters in it.
  // Set before the commands are added, which inherit it.
  .configureOutput({ outputError: (text, write) => write(text.split('\n').map(printable).join('\n')) });

registerExtractCommand(program);
registerIngestCommand(program);
registerQueryCommand(program);
registerExportCommand(program);
registerServeCommand(program);
registerStoriesCommand(program);
registerRemoveCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A user error is one line and exit 1; anything else is a bug and keeps its stack trace.
  if (error instanceof UserError) {
    process.stderr.write(`storygraph: ${printable(error.message)}\n`);
    process.exit(1);
  }
  throw error;
}
