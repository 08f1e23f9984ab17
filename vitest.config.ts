import { defineConfig } from 'vitest/config';
import { aliases } from './electron.vite.config';

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ['tests/**/*.test.ts'],
    // The e2e tests drive a Chromium: found or installed once here (tests/e2e/support/findChromium.ts).
    globalSetup: ['tests/e2e/support/chromiumSetup.ts'],
    // Real PDFs and real files on disk: give slow machines room, but keep a bound.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
