/**
 * Which factors move the score
 * ============================
 *
 * For every level of every factor, its *average effect* over the sweep: the mean score of the runs
 * where it is on minus the mean score of the runs where its factor is off (the main effect of a
 * factorial design; with every combination run, the other factors are balanced between the two
 * groups). Also its effect *alone*: the run with only that level on against the baseline. The same for
 * the supply ratio. Sorted by the size of the average effect on the score, largest first.
 */
import type { SweepPlan } from './plan.ts';
import { levelName } from './plan.ts';
import type { SweepRun } from './run-sweep.ts';

export interface SweepEffect {
  factor: string;
  level: string;
  /** `factor`, or `factor=level` for factors with several levels (as in `SweepRun.active`). */
  name: string;
  label: string;
  /** Runs with this level on. */
  runs: number;
  /** Mean score with this level on − mean score with its factor off (points, 0–100 scale). */
  score: number;
  /** The same for the supply ratio (delivered / demand). */
  ratio: number;
  /** This level alone against the baseline run; null when the sweep has no such pair of runs. */
  alone: { score: number; ratio: number } | null;
}

export function sweepEffects(plan: SweepPlan, runs: readonly SweepRun[]): SweepEffect[] {
  const baseline = runs.find((r) => r.active.length === 0) ?? null;
  const out: SweepEffect[] = [];
  plan.factors.forEach((factor, f) => {
    const off = runs.filter((r) => r.levels[f] === null);
    for (const level of factor.levels) {
      const on = runs.filter((r) => r.levels[f] === level.id);
      const name = levelName(factor, level);
      const alone = runs.find((r) => r.active.length === 1 && r.active[0] === name);
      out.push({
        factor: factor.id,
        level: level.id,
        name,
        label: factor.levels.length === 1 ? level.label : `${factor.label}: ${level.label}`,
        runs: on.length,
        score: on.length && off.length ? mean(on, (r) => r.score) - mean(off, (r) => r.score) : 0,
        ratio:
          on.length && off.length ? mean(on, (r) => r.supply.ratio) - mean(off, (r) => r.supply.ratio) : 0,
        alone:
          alone && baseline
            ? { score: alone.score - baseline.score, ratio: alone.supply.ratio - baseline.supply.ratio }
            : null,
      });
    }
  });
  return out.sort(
    (a, b) =>
      Math.abs(b.score) - Math.abs(a.score) ||
      Math.abs(b.ratio) - Math.abs(a.ratio) ||
      (a.name < b.name ? -1 : 1),
  );
}

function mean(runs: readonly SweepRun[], of: (r: SweepRun) => number): number {
  let s = 0;
  for (const r of runs) s += of(r);
  return s / runs.length;
}
