import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const serverTests = ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts'];
const webTests = ['apps/web/src/**/*.test.{ts,tsx}'];

/**
 * Unit and integration tests. Integration tests (`*.int.test.ts`) run on PGlite, and also
 * on PostgreSQL when TEST_DATABASE_URL is set; each test file gets a fresh database cloned
 * from a migrated template. Web unit tests run in happy-dom with Testing Library (no
 * browser, no server). The browser journeys live in e2e/ with their own config.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker per CPU but one, so a 2-core CI machine ran the ~200 files
    // one by one while the second core idled (the PostgreSQL server, child processes and module
    // loading overlap well). Capped at 4: each worker holds PGlite instances of its own.
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    reporters: process.env.VITEST_JSON_DIR
      ? ['default', ['json', { outputFile: `${process.env.VITEST_JSON_DIR}/unit.json` }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'pglite',
          include: serverTests,
          globalSetup: ['apps/server/src/test/global-setup.ts'],
          env: { SPRINGPLANK_TEST_DB: 'pglite' },
          // Server tests share nothing through modules (each file builds its own database and
          // app), so a worker loads the server's modules once instead of once per file: the
          // loading took more time than the tests (16 files: 332 s isolated, 135 s not).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: webTests,
          environment: 'happy-dom',
          setupFiles: ['apps/web/vitest.setup.ts'],
          // user-event typing through a form takes a few seconds when the machine is busy.
          testTimeout: 20_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                name: 'postgres',
                include: ['apps/server/src/**/*.int.test.ts'],
                globalSetup: ['apps/server/src/test/global-setup.ts'],
                env: { SPRINGPLANK_TEST_DB: 'postgres' },
                isolate: false,
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
