import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: process.env.KINDRED_TEST_DB === 'postgres' ? 'server:postgres' : 'server:sqlite',
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts'],
    exclude: ['server/**/*.processes.test.ts', 'node_modules/**'],
    globalSetup: ['server/test/global-setup.ts'],
    pool: 'forks',
    // Much of a test's time is spent waiting on fsync and PostgreSQL round trips, so four workers on two cores finish sooner.
    maxWorkers: 4,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
