// The --db / --neo4j / --user / --password options every store-reading command shares.
import type { Command } from 'commander';
import { UserError } from '../user-error.ts';
import type { StoreSettings } from './open-store.ts';

export interface StoreFlags {
  db?: string;
  neo4j?: string;
  user?: string;
  password?: string;
}

export function addStoreOptions(command: Command): Command {
  return command
    .option('--db <dir>', 'embedded database directory (default ./.storygraph)')
    .option('--neo4j <url>', 'Neo4j Bolt URL instead of the embedded database (default: NEO4J_URI)')
    .option('--user <name>', 'Neo4j user (default: NEO4J_USER)')
    .option('--password <secret>', 'Neo4j password (default: NEO4J_PASSWORD)');
}

export function storeSettings(flags: StoreFlags): StoreSettings {
  if (flags.db !== undefined && flags.neo4j !== undefined) {
    throw new UserError('give --db or --neo4j, not both');
  }
  return { db: flags.db, neo4j: flags.neo4j, user: flags.user, password: flags.password };
}
