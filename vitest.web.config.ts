import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'web',
    include: ['web/src/**/*.test.ts'],
  },
});
