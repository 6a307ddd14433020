/**
 * Vitest setup: loads the LP solver once per test file, as an application does once per process
 * (`await loadSolver()`), so that tests can analyse models with recipes synchronously. The test of
 * what happens without it (recipes/solver-errors.test.ts) resets the module registry first.
 */
import { loadSolver } from '../src/analysis/recipes/solver.ts';

await loadSolver();
