import { defineConfig } from 'vitest/config';

/** Real server processes started from server/main.ts, with Redis and PostgreSQL from Debian. */
export default defineConfig({
  test: {
    name: 'processes',
    include: ['server/**/*.processes.test.ts'],
    globalSetup: ['server/test/processes/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
