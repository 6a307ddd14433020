import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Models with recipes are analysed on an LP solver that loads asynchronously, once per process or
// worker (`await loadSolver()`); every project's tests start with it loaded, as applications do.
const loadSolver = fileURLToPath(new URL('./packages/core/test/load-solver.ts', import.meta.url));

// One root config; each package is a project so `vitest run` covers the whole repo.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'core',
          root: 'packages/core',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          setupFiles: [loadSolver],
        },
      },
      {
        test: {
          name: 'cli',
          root: 'packages/cli',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30000,
          setupFiles: [loadSolver],
        },
      },
      {
        test: { name: 'collab', root: 'packages/collab', include: ['src/**/*.test.ts'] },
      },
      'apps/editor',
      // Workshop server: real server processes on loopback, so generous timeouts and one file at a time.
      {
        test: {
          name: 'workshop',
          root: 'apps/workshop',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60000,
          hookTimeout: 60000,
        },
      },
      // Library examples (cli branch): each script runs as a reader would run it.
      {
        test: {
          name: 'examples',
          root: 'examples',
          include: ['*.test.ts'],
          testTimeout: 30000,
          setupFiles: [loadSolver],
        },
      },
      {
        test: {
          name: 'integration',
          root: 'tests',
          include: ['**/*.test.ts'],
          exclude: ['**/node_modules/**', 'e2e/**'],
          testTimeout: 60000,
          setupFiles: [loadSolver],
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'tests',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120000,
          fileParallelism: false,
          // A page under load (two cores shared with the other projects) can take seconds to show an
          // update: polled expectations wait up to 10 s instead of vitest's 1 s before failing.
          expect: { poll: { timeout: 10000 } },
        },
      },
    ],
  },
});
