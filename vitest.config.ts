import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/load/**', 'node_modules/**'],
    globalSetup: ['tests/global-tmp.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // The end-to-end suites each build or start a server: run files one at a time on 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
