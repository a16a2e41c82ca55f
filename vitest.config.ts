import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Several suites build the seeds (with Pagefind and the link check) and start Chromium before
    // their tests; on a busy shared machine that can take longer than vitest's 10 s default.
    hookTimeout: 60_000,
  },
});
