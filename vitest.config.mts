import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Some tests start real HTTP servers, and the CLI tests load ESLint in a new process per run.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
