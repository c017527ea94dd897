import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: process.env.KINDRED_TEST_DB === 'postgres' ? 'server:postgres' : 'server:sqlite',
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts'],
    exclude: ['server/**/*.processes.test.ts', 'node_modules/**'],
    globalSetup: ['server/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
