// `storygraph remove <article-id|path>... [--db DIR | --neo4j URL]`: wiring only.
import type { Command } from 'commander';
import { openStore } from '../store/open-store.ts';
import { addStoreOptions, storeSettings, type StoreFlags } from '../store/store-options.ts';
import { printable } from '../terminal-text.ts';

export function registerRemoveCommand(program: Command): void {
  addStoreOptions(
    program
      .command('remove')
      .description('take articles out of the store (by id or path) and recompute claims, facts, contradictions and stories')
      .argument('<articles...>', 'article ids (as in the export) or the paths they were ingested from'),
  ).action(async (names: string[], flags: StoreFlags) => {
    const { removeArticles } = await import('../remove.ts');
    const store = await openStore({ ...storeSettings(flags), existing: true });
    try {
      const { removed, story } = await removeArticles(names, store);
      for (const article of removed) process.stdout.write(`removed ${article.id}  ${printable(article.path)}\n`);
      process.stdout.write(`${story.articles.length} articles in ${story.stories.length} stories remain in ${printable(store.location)}: ${story.claims.length} claims, ${story.contradictions.length} contradictions\n`);
    } finally {
      await store.close();
    }
  });
}
