import { describe, expect, it } from 'vitest';
import { countRuns, enumerateRuns, runScenario, type SweepPlan } from './plan.ts';

const level = (id: string) => ({ id, label: id, perturbations: [{ type: 'outage' as const, node: id }] });
const plan = (sizes: number[], maxActive: number | null = null): SweepPlan => ({
  factors: sizes.map((n, f) => ({
    id: `f${f}`,
    label: `f${f}`,
    levels: Array.from({ length: n }, (_, l) => level(`f${f}l${l}`)),
  })),
  maxActive,
});

describe('sweep plans', () => {
  it('counts every combination: Π (1 + levels)', () => {
    expect(countRuns(plan([1, 1, 2]))).toBe(2 * 2 * 3);
    expect(countRuns(plan([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))).toBe(1024);
    expect(countRuns(plan([]))).toBe(1);
    // 60 on/off factors: 2^60 runs, refused by any limit without being listed.
    expect(countRuns(plan(new Array(60).fill(1)))).toBe(2 ** 60);
  });

  it('counts with at most k factors on: Σ over subsets of size ≤ k of Π levels', () => {
    // [1, 1, 2], k = 1: baseline + 1 + 1 + 2.
    expect(countRuns(plan([1, 1, 2], 1))).toBe(5);
    // ten on/off factors, pairs at most: 1 + 10 + C(10, 2) = 56.
    expect(countRuns(plan(new Array(10).fill(1), 2))).toBe(56);
  });

  it('lists each combination once, baseline first, fewest factors on first', () => {
    for (const p of [plan([1, 1, 2]), plan([2, 1, 3, 1], 2), plan([1, 1, 1, 1, 1], 3)]) {
      const runs = enumerateRuns(p);
      expect(runs).toHaveLength(countRuns(p));
      expect(new Set(runs.map((r) => r.join(','))).size).toBe(runs.length);
      expect([...runs[0]!]).toEqual(p.factors.map(() => 0));
      const active = runs.map((r) => r.filter((c) => c > 0).length);
      expect(active).toEqual([...active].sort((a, b) => a - b));
      expect(Math.max(...active)).toBe(p.maxActive ?? p.factors.length);
      runs.forEach((r) => {
        r.forEach((c, f) => {
          expect(c).toBeLessThanOrEqual(p.factors[f]!.levels.length);
        });
      });
    }
  });

  it('turns a run into one scenario', () => {
    const p = plan([1, 2]);
    expect(runScenario(p, [0, 0])).toBeNull();
    expect(runScenario(p, [1, 2])).toEqual({
      id: 'f0 + f1=f1l1',
      label: 'f0l0 + f1l1',
      perturbations: [
        { type: 'outage', node: 'f0l0' },
        { type: 'outage', node: 'f1l1' },
      ],
    });
  });
});
