// The README's cookbook is the one the store tests run on both databases: documentation that
// cannot drift from the queries that are checked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COOKBOOK } from '../src/store/cookbook.ts';
import { repoRoot } from './support/seeds.ts';

describe('README', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

  it('shows every cookbook query exactly as the tests run it', () => {
    expect(COOKBOOK.length).toBeGreaterThanOrEqual(8);
    for (const query of COOKBOOK) expect(readme).toContain(query.cypher);
  });

  it('names the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
