import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/rule-tester.ts'],
    // Many tests run the CLI as a child process; on a busy machine one such run can take seconds.
    testTimeout: 30_000,
  },
});
