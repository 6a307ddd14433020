/**
 * What a user sees when the LP cannot run: before `loadSolver()` a clear error naming the model and
 * what to do; a solve that stops short names the model and scenario. The test setup loads the solver,
 * so the first test takes fresh module instances (vi.resetModules) in which it is not loaded yet.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Model } from '../../model/schema.ts';
import { analyze } from '../analyze.ts';
import { indexModel } from '../indexed-graph.ts';
import { buildRecipeLp, lpLabel, RecipeLpError } from './recipe-lp.ts';
import { loadSolver } from './solver.ts';

const model = (recipe: boolean): Model => ({
  format: 'chokepoint/v1',
  name: 'Magnets',
  unit: 't',
  stages: ['a', 'b', 'c'],
  nodes: [
    { id: 'ndpr', stage: 'a', commodity: 'NdPr', capacity: 10 },
    { id: 'dy', stage: 'a', commodity: 'Dy', capacity: 1 },
    recipe
      ? {
          id: 'plant',
          stage: 'b',
          recipe: [
            { commodity: 'NdPr', ratio: 0.3 },
            { commodity: 'Dy', ratio: 0.03 },
          ],
        }
      : { id: 'plant', stage: 'b' },
    { id: 'ev', stage: 'c', demand: 20 },
  ],
  edges: [
    { source: 'ndpr', target: 'plant' },
    { source: 'dy', target: 'plant' },
    { source: 'plant', target: 'ev' },
  ],
});

describe('recipe analysis errors', () => {
  it('a model with recipes analysed before loadSolver() says to await it; a plain model needs no solver', async () => {
    vi.resetModules();
    const fresh = await import('../analyze.ts');
    const solver = await import('./solver.ts');
    expect(solver.solverLoaded()).toBe(false);
    expect(fresh.analyze(model(false)).supply.delivered).toBe(11);
    expect(() => fresh.analyze(model(true))).toThrow(solver.SolverNotLoadedError);
    expect(() => fresh.analyze(model(true))).toThrow(
      'model "Magnets" has recipes or yields, so its analysis solves a linear programme: call `await loadSolver()` (from @chokepoint/core) once before analysing it',
    );
  });

  it('a solve that stops short names the model and scenario, not a solver stack trace', async () => {
    const highs = await loadSolver();
    const m = model(true);
    const label = lpLabel(m, { id: 'apr-2025' });
    const lp = buildRecipeLp(highs, m, indexModel(m), label, { simplex_iteration_limit: 0, presolve: 'off' });
    try {
      expect(() => lp.solve()).toThrow(RecipeLpError);
      expect(() => lp.solve()).toThrow(
        'the recipe LP of model "Magnets" under scenario "apr-2025" could not be solved: the solver stopped with status "iterationLimit"',
      );
    } finally {
      lp.dispose();
    }
    // Once loaded, the same model analyses: 10 t NdPr / 0.3 = 33 t, 1 t Dy / 0.03 = 33 t, demand 20.
    expect(analyze(m).supply.delivered).toBeCloseTo(20, 9);
  });
});
