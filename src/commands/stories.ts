// `storygraph stories [--db DIR | --neo4j URL] [--format table|json]`: the stored stories with counts.
import type { Command } from 'commander';
import { openStore } from '../store/open-store.ts';
import { listStories } from '../store/story-list.ts';
import { addStoreOptions, storeSettings, type StoreFlags } from '../store/store-options.ts';
import { printable } from '../terminal-text.ts';
import { UserError } from '../user-error.ts';

interface StoriesFlags extends StoreFlags {
  format: string;
}

export function registerStoriesCommand(program: Command): void {
  addStoreOptions(program.command('stories').description('list the stored stories: articles, claims and contradictions of each'))
    .option('--format <format>', 'output: table | json', 'table')
    .action(async (flags: StoriesFlags) => {
      if (flags.format !== 'table' && flags.format !== 'json') throw new UserError(`--format ${flags.format} is not one of table, json`);
      const store = await openStore({ ...storeSettings(flags), existing: true });
      try {
        const stories = await listStories(store);
        if (flags.format === 'json') {
          process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${stories.length} stories in ${printable(store.location)}\n`);
        process.stdout.write('story              articles  claims  contradictions  label\n');
        for (const s of stories) {
          process.stdout.write(`${s.id.padEnd(17)}  ${String(s.articles).padStart(8)}  ${String(s.claims).padStart(6)}  ${String(s.contradictions).padStart(14)}  ${printable(s.label)}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
