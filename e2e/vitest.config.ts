import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Browser journeys against a real server (see e2e/server.ts). Run with `npm run e2e`. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One worker, one file at a time: each file owns a server and a browser.
    maxWorkers: 1,
    fileParallelism: false,
  },
});
