/**
 * Levers in a sweep
 * =================
 *
 * A sweep whose factors include levers (every level made only of lever perturbations, attrition
 * excepted) ranks them as `chokepoint levers` does, from the sweep's own runs: for each *shock* (a
 * combination of the other factors, "none" included) the runs with that shock and some levers on,
 * each against the run with the shock alone, ranked by score points gained per unit of money. The
 * cost of each lever combination is measured once, without the shock (docs/levers.md). Runs apply
 * their factors in file order, so list lever factors first to read them as "levers, then the shock".
 */
import { isLeverPerturbation } from '../analysis/levers/apply-levers.ts';
import {
  byPointsPerMoney,
  type LeverCostTotal,
  type LeverRow,
  leverCost,
  leverGain,
} from '../analysis/levers/rank.ts';
import type { Model, Perturbation } from '../model/schema.ts';
import { levelName, type SweepFactor, type SweepPlan } from './plan.ts';
import type { SweepRun } from './run-sweep.ts';

export interface SweepLeverRanking {
  /** The shock's levels on (`factor` or `factor=level`); empty = no shock. */
  shock: string[];
  shockLabel: string;
  /** The run with the shock alone. */
  baseline: { run: number; score: number; ratio: number };
  /** Runs with this shock and some levers, ranked; `levers` are level names, as in `SweepRun.active`. */
  rows: (Omit<LeverRow, 'exited'> & { run: number })[];
}

export const isLeverFactor = (f: SweepFactor) =>
  f.levels.every(
    (l) =>
      l.perturbations.length > 0 &&
      l.perturbations.every((p) => isLeverPerturbation(p) && p.type !== 'attrition'),
  );

export function sweepLeverRankings(
  model: Model,
  plan: SweepPlan,
  runs: readonly SweepRun[],
  years = 10,
): SweepLeverRanking[] {
  const lever = plan.factors.map(isLeverFactor);
  if (!lever.some(Boolean)) return [];
  const on = (run: SweepRun, wantLever: boolean) =>
    plan.factors.flatMap((factor, f) => {
      const id = run.levels[f];
      if (id === null || id === undefined || lever[f] !== wantLever) return [];
      const level = factor.levels.find((l) => l.id === id)!;
      return [{ factor, level, name: levelName(factor, level) }];
    });
  const costs = new Map<string, LeverCostTotal>();
  const costOf = (names: string, perturbations: Perturbation[]) => {
    const known = costs.get(names);
    if (known) return known;
    const c = leverCost(model, perturbations, years);
    costs.set(names, c);
    return c;
  };
  const byShock = new Map<string, SweepLeverRanking>();
  const pending: { shock: string; run: SweepRun }[] = [];
  for (const run of runs) {
    const shock = on(run, false);
    const key = shock.map((s) => s.name).join(' + ');
    if (on(run, true).length === 0) {
      byShock.set(key, {
        shock: shock.map((s) => s.name),
        shockLabel: shock.length ? shock.map((s) => s.level.label).join(' + ') : 'no shock',
        baseline: { run: run.run, score: run.score, ratio: run.supply.ratio },
        rows: [],
      });
    } else pending.push({ shock: key, run });
  }
  for (const { shock, run } of pending) {
    const ranking = byShock.get(shock);
    // With --max-active, the shock alone may not have been run: nothing to measure the gain against.
    if (!ranking) continue;
    const levers = on(run, true);
    const names = levers.map((l) => l.name);
    const money = costOf(
      names.join(' + '),
      levers.flatMap((l) => l.level.perturbations),
    );
    ranking.rows.push({
      run: run.run,
      ...leverGain(
        names,
        levers.map((l) => l.level.label).join(' + '),
        { score: run.score, ratio: run.supply.ratio },
        { score: ranking.baseline.score, ratio: ranking.baseline.ratio },
        money,
      ),
    });
  }
  const out = [...byShock.values()].filter((r) => r.rows.length > 0);
  for (const r of out) r.rows.sort(byPointsPerMoney);
  return out;
}
