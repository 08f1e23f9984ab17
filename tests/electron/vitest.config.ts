// Only for `npm run test:electron` (tests/electron/run.ts): the real Electron app. The main
// vitest.config.ts includes tests/**/*.test.ts and so never picks up these *.electron.ts files.
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { aliases } from '../../electron.vite.config';

export default defineConfig({
  root: path.resolve(__dirname, '../..'),
  resolve: { alias: aliases },
  test: {
    include: ['tests/electron/**/*.electron.ts'],
    // One app at a time: the tests in a file share one data folder and follow each other.
    fileParallelism: false,
    sequence: { concurrent: false },
    // OCR of a scan in the app's worker threads, twice (first run and restore), on CI runners.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
