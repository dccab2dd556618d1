// The seed articles live beside the checkout in ../shared/seeds; the project never copies them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/types.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');
export const haveSeeds = existsSync(seedsDir);

export function seedPaths(): string[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
}

export function seedArticle(index: number): Article {
  const file = seedPaths()[index]!;
  return { id: `seed${index}`, title: '', outlet: null, published: null, path: file, text: readFileSync(file, 'utf8') };
}
