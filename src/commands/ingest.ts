// `storygraph ingest <path>... [--db DIR | --neo4j URL] [--json FILE]`: wiring only.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatSummary } from '../export/summary.ts';
import { startProgress } from '../progress.ts';
import { printRejections } from './print-rejections.ts';
import { DEFAULT_DB_DIR, EmbeddedStore } from '../store/embedded-store.ts';
import { openStore } from '../store/open-store.ts';
import { addStoreOptions, storeSettings, type StoreFlags } from '../store/store-options.ts';
import { UserError } from '../user-error.ts';
import { printable } from '../terminal-text.ts';
import type { IngestResult } from '../ingest.ts';

interface IngestOptions extends StoreFlags {
  json?: string;
}

export function registerIngestCommand(program: Command): void {
  addStoreOptions(
    program
      .command('ingest')
      .description('read articles, build the story graph, store it (embedded by default) and print a summary')
      .argument('<paths...>', 'files or folders of .txt .md .html .json .jsonl articles'),
  )
    .option('--json <file>', 'also write the JSON export to this file')
    .action(async (paths: string[], options: IngestOptions) => {
      // Loaded on use: the other commands should not pay for the whole pipeline at start-up.
      const { ingestPaths } = await import('../ingest.ts');
      const settings = storeSettings(options);
      const store = await openStore(settings);
      // An embedded database kept inside the corpus folder is not part of the corpus.
      const skipFolders = store instanceof EmbeddedStore ? [settings.db ?? DEFAULT_DB_DIR] : [];
      try {
        const result = await ingestPaths(paths, store, (total) => startProgress('stories', total), { skipFolders });
        printRejections(result.rejected);
        printRejections(result.warnings, 'warning');
        if (result.articles.length === 0) throw new UserError(`no readable articles in ${paths.join(', ')}`);
        if (options.json) {
          try {
            writeFileSync(options.json, `${JSON.stringify(result.story, null, 2)}\n`);
          } catch (error) {
            throw new UserError(`cannot write --json ${options.json}: ${(error as Error).message}`);
          }
        }
        process.stdout.write(formatSummary(result.story, { added: result.added.length, location: store.location }));
        for (const line of newStoryWarnings(result)) process.stderr.write(`storygraph: ${line}\n`);
        if (result.rejected.length > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

/**
 * A database that held articles before and now gets a story none of them is in: said plainly, as
 * the user may have meant these articles to join a story already stored.
 */
function newStoryWarnings({ story, added, articles }: IngestResult): string[] {
  if (articles.length === added.length) return [];
  const fresh = new Set(added.map((a) => a.id));
  const newStories = story.stories.filter((s) => s.articles.every((a) => fresh.has(a)));
  if (newStories.length === 0) return [];
  const older = story.stories.length - newStories.length;
  const shown = newStories.slice(0, 5).map((s) => `"${printable(s.label)}" (${s.id}, ${s.articles.length} articles)`);
  return [
    `warning: ${newStories.length} new ${newStories.length === 1 ? 'story' : 'stories'} beside the ${older} already stored: ${shown.join('; ')}${newStories.length > 5 ? '; …' : ''}. ` +
      'Articles of different stories are never aligned or compared; `storygraph stories` lists them.',
  ];
}
