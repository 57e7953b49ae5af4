import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Many tests run the CLI as a child process; on a busy machine one such run can take seconds.
    testTimeout: 30_000,
  },
});
