import { defineConfig } from 'vitest/config';

/** Browser journeys against the real product (built web app, PGlite, demo region). */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // One product instance and one browser: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.VITEST_JSON_DIR
      ? ['default', ['json', { outputFile: `${process.env.VITEST_JSON_DIR}/e2e.json` }]]
      : ['default'],
  },
});
