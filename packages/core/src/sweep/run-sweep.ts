/**
 * Running a sweep
 * ===============
 *
 * Each run applies its levels' perturbations to the model and `assess`es it: supply and the resilience
 * score with its components, the figures a sweep compares (the full report per run would cost several
 * times more and nobody reads 1,000 of them). `runSweep` runs a range of run numbers, so a caller can
 * split a large sweep between worker threads and get the same rows as in one thread; `sweep` runs them
 * all and adds the summary of which factors move the score (effects.ts).
 */
import { assess } from '../analysis/assess.ts';
import {
  type ModelHeader,
  modelHeader,
  type Provenance,
  provenance,
  type ResilienceComponent,
  type SupplyReport,
} from '../analysis/report.ts';
import type { Model } from '../model/schema.ts';
import { type SweepEffect, sweepEffects } from './effects.ts';
import { isLeverFactor, type SweepLeverRanking, sweepLeverRankings } from './lever-ranking.ts';
import { activeLevels, enumerateRuns, levelName, runScenario, type SweepPlan } from './plan.ts';

export interface SweepRun {
  /** Run number (0 = baseline, every factor off). */
  run: number;
  /** Per factor (plan order): the level id when on, null when off. */
  levels: (string | null)[];
  /** Names of the levels on (`factor` or `factor=level`), in factor order. */
  active: string[];
  supply: SupplyReport;
  score: number;
  /** Served fraction of each score component, by component id. */
  components: Partial<Record<ResilienceComponent['id'], number>>;
}

export interface RunSweepOptions {
  /** First run number (inclusive); default 0. */
  from?: number;
  /** Last run number (exclusive); default every run. */
  to?: number;
  /** Called after each run with the number done so far in this range and the range's size. */
  onProgress?: (done: number, total: number) => void;
}

/** The runs `from` ≤ run < `to` of the plan. */
export function runSweep(model: Model, plan: SweepPlan, options: RunSweepOptions = {}): SweepRun[] {
  const all = enumerateRuns(plan);
  const from = options.from ?? 0;
  const to = Math.min(options.to ?? all.length, all.length);
  const rows: SweepRun[] = [];
  for (let r = from; r < to; r++) {
    const choices = all[r]!;
    const result = assess(model, { scenario: runScenario(plan, choices) });
    rows.push({
      run: r,
      levels: plan.factors.map((f, i) => (choices[i]! > 0 ? f.levels[choices[i]! - 1]!.id : null)),
      active: activeLevels(plan, choices).map((a) => levelName(a.factor, a.level)),
      supply: result.supply,
      score: result.resilience.score,
      components: Object.fromEntries(result.resilience.components.map((c) => [c.id, c.value])),
    });
    options.onProgress?.(r - from + 1, to - from);
  }
  return rows;
}

export const SWEEP_RESULT_FORMAT = 'chokepoint-sweep-result/v1' as const;

export interface SweepResult {
  format: typeof SWEEP_RESULT_FORMAT;
  provenance: Provenance;
  model: ModelHeader;
  factors: { id: string; label: string; levels: { id: string; label: string }[] }[];
  maxActive: number | null;
  runs: SweepRun[];
  /** Every level's effect on the score, largest first. */
  effects: SweepEffect[];
  /**
   * When some factors are levers: per shock, the runs with levers ranked by score points per unit of
   * money (lever-ranking.ts). Absent when no factor is a lever.
   */
  levers?: SweepLeverRanking[];
}

/** Runs every combination and summarises the effects; `runs` may come from `runSweep` slices. */
export function sweep(
  model: Model,
  plan: SweepPlan,
  options: {
    runs?: SweepRun[];
    onProgress?: (done: number, total: number) => void;
    /** SHA-256 of the bytes the model was read from (see `AnalyzeOptions.inputSha256`). */
    inputSha256?: string;
  } = {},
): SweepResult {
  const runs =
    options.runs ?? runSweep(model, plan, options.onProgress ? { onProgress: options.onProgress } : {});
  return {
    format: SWEEP_RESULT_FORMAT,
    provenance: provenance(model, options.inputSha256),
    model: modelHeader(model),
    factors: plan.factors.map((f) => ({
      id: f.id,
      label: f.label,
      levels: f.levels.map((l) => ({ id: l.id, label: l.label })),
    })),
    maxActive: plan.maxActive,
    runs,
    effects: sweepEffects(plan, runs),
    ...leverRankings(model, plan, runs),
  };
}

function leverRankings(model: Model, plan: SweepPlan, runs: SweepRun[]): { levers?: SweepLeverRanking[] } {
  const rankings = sweepLeverRankings(model, plan, runs);
  return plan.factors.some(isLeverFactor) ? { levers: rankings } : {};
}
