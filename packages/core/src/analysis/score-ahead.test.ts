/**
 * analyze's onAssessment comes before the recipe LP's fair split when no tie in the score needs that
 * split's flows, and after it when one does; either way it is the report's own score.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dyLimitedMagnets } from '../../test/small-chains.ts';
import type { Model } from '../model/schema.ts';
import { loadModel } from '../models/index.ts';
import { analyze } from './analyze.ts';
import { loadSolver } from './recipes/solver.ts';

const order: string[] = [];
vi.mock('./recipes/recipe-fair-share.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./recipes/recipe-fair-share.ts')>();
  return {
    ...original,
    fairRecipeSupply: (...args: Parameters<typeof original.fairRecipeSupply>) => {
      order.push('fair split');
      return original.fairRecipeSupply(...args);
    },
  };
});

beforeAll(async () => {
  await loadSolver();
});

const told: unknown[] = [];

function run(model: Model, scenario: string | null = null) {
  order.length = 0;
  told.length = 0;
  return analyze(model, {
    scenario,
    worstCase: [],
    onAssessment: (a) => {
      order.push('score');
      told.push(a.resilience);
    },
  });
}

// Short of magnets (the fair split runs); losing the Dy source, the NdPr source or the plant loses all
// of it: a tie for the worst node, which the score breaks by the flow each carries.
const tied = dyLimitedMagnets();

describe('the score sent ahead', () => {
  it('comes before the fair split on the default model (no tie in its worst node or worst ban)', () => {
    const report = run(loadModel('rare-earth-magnets'));
    expect(report.supply.ratio).toBeLessThan(1); // consumers short: the split runs
    expect(order).toEqual(['score', 'fair split']);
    expect(told).toEqual([report.resilience]);
  });

  it('waits for the fair split when a tie needs its flows', () => {
    const report = run(tied);
    expect(order).toEqual(['fair split', 'score']);
    expect(told).toEqual([report.resilience]);
    // Each of the three loses all 100 t; the plant carries 100 t, NdPr 30 t, Dy 1 t.
    expect(report.resilience.components.find((c) => c.id === 'n-1')?.detail).toMatch(/plant/);
  });
});
