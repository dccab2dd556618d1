import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The embedded database and Neo4j are shared resources; files run one at a time to keep 2 cores calm.
    fileParallelism: false,
    reporters: ['default', './test/support/totals-reporter.ts'],
  },
});
