// `storygraph export --format …`: the stored story as JSON (the contract), GraphML, GEXF or Cytoscape JSON.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportStory, isExportFormat } from '../export/export-story.ts';
import { openStore } from '../store/open-store.ts';
import { firstLine } from '../store/store-errors.ts';
import { addStoreOptions, storeSettings, type StoreFlags } from '../store/store-options.ts';
import { UserError } from '../user-error.ts';

interface ExportFlags extends StoreFlags {
  format?: string;
  output?: string;
}

export function registerExportCommand(program: Command): void {
  addStoreOptions(program.command('export').description('write the stored story graph in a file format'))
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(' | ')}`)
    .option('-o, --output <file>', 'write here instead of stdout')
    .action(async (flags: ExportFlags) => {
      const format = flags.format ?? '';
      if (!isExportFormat(format)) throw new UserError(`--format ${format} is not one of ${EXPORT_FORMATS.join(', ')}`);
      const store = await openStore({ ...storeSettings(flags), existing: true });
      let text: string;
      try {
        text = exportStory(await store.readStory(), format);
      } finally {
        await store.close();
      }
      if (flags.output === undefined) {
        process.stdout.write(text);
        return;
      }
      try {
        writeFileSync(flags.output, text);
      } catch (error) {
        throw new UserError(`cannot write -o ${flags.output}: ${firstLine(error)}`);
      }
    });
}
