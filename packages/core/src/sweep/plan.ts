/**
 * Sweep plans: factors and their combinations
 * ===========================================
 *
 * A sweep runs every combination of its factors: each factor is off or at one of its levels (an on/off
 * factor has one level), so there are Π (1 + levels) runs, run 0 being the baseline with every factor
 * off. `maxActive` keeps only the runs with at most that many factors on. Runs are numbered in a fixed
 * order (fewest factors on first, then mixed-radix order), so that a run's number means the same thing
 * whether the sweep runs in one thread or is split between several.
 */
import type { Perturbation, Scenario } from '../model/schema.ts';

export interface SweepLevel {
  id: string;
  label: string;
  perturbations: Perturbation[];
}

export interface SweepFactor {
  id: string;
  label: string;
  /** One level: an on/off factor. Several: off or exactly one of them. */
  levels: SweepLevel[];
}

export interface SweepPlan {
  factors: SweepFactor[];
  /** At most this many factors on in one run; null = no limit. */
  maxActive: number | null;
}

/**
 * How many runs the plan has, without listing them (so a too-large sweep is refused at once). May be
 * a float above 2^53 for absurd plans; that is still far above any limit.
 */
export function countRuns(plan: SweepPlan): number {
  const byActive = runsByActiveCount(plan);
  const limit = plan.maxActive ?? plan.factors.length;
  return byActive.slice(0, limit + 1).reduce((a, b) => a + b, 0);
}

/** runsByActiveCount(plan)[k] = number of runs with exactly k factors on (a polynomial product). */
function runsByActiveCount(plan: SweepPlan): number[] {
  let poly = [1];
  for (const f of plan.factors) {
    const next = new Array<number>(poly.length + 1).fill(0);
    poly.forEach((c, k) => {
      next[k]! += c;
      next[k + 1]! += c * f.levels.length;
    });
    poly = next;
  }
  return poly;
}

/**
 * Every run's choices, in run order: `choices[f]` is 0 when factor f is off, else 1 + its level index.
 * Call `countRuns` first: this materialises them all.
 */
export function enumerateRuns(plan: SweepPlan): Uint16Array[] {
  const n = plan.factors.length;
  const limit = plan.maxActive ?? n;
  const out: Uint16Array[] = [];
  const choices = new Uint16Array(n);
  // For each k, every way to pick k factors on (lexicographic), then each level combination of them.
  for (let k = 0; k <= Math.min(limit, n); k++) {
    const on = Array.from({ length: k }, (_, i) => i);
    while (true) {
      emitLevels(plan, on, 0, choices, out);
      // Next k-subset of 0..n-1 in lexicographic order.
      let i = k - 1;
      while (i >= 0 && on[i] === n - k + i) i--;
      if (i < 0) break;
      on[i]!++;
      for (let j = i + 1; j < k; j++) on[j] = on[j - 1]! + 1;
    }
  }
  return out;
}

function emitLevels(plan: SweepPlan, on: number[], depth: number, choices: Uint16Array, out: Uint16Array[]) {
  if (depth === on.length) {
    out.push(choices.slice());
    return;
  }
  const f = on[depth]!;
  for (let l = 1; l <= plan.factors[f]!.levels.length; l++) {
    choices[f] = l;
    emitLevels(plan, on, depth + 1, choices, out);
  }
  choices[f] = 0;
}

/** The levels a run switches on, in factor order. */
export function activeLevels(
  plan: SweepPlan,
  choices: ArrayLike<number>,
): { factor: SweepFactor; level: SweepLevel }[] {
  const out: { factor: SweepFactor; level: SweepLevel }[] = [];
  plan.factors.forEach((factor, f) => {
    const c = choices[f]!;
    if (c > 0) out.push({ factor, level: factor.levels[c - 1]! });
  });
  return out;
}

/** The name of one level in results: the factor id, plus `=level` for factors with several levels. */
export function levelName(factor: SweepFactor, level: SweepLevel): string {
  return factor.levels.length === 1 ? factor.id : `${factor.id}=${level.id}`;
}

/** The scenario a run applies (its levels' perturbations in factor order); null for the baseline. */
export function runScenario(plan: SweepPlan, choices: ArrayLike<number>): Scenario | null {
  const active = activeLevels(plan, choices);
  if (active.length === 0) return null;
  const names = active.map((a) => levelName(a.factor, a.level));
  return {
    id: names.join(' + '),
    label: active.map((a) => a.level.label).join(' + '),
    perturbations: active.flatMap((a) => a.level.perturbations),
  };
}
