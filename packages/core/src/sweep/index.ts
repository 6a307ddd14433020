/**
 * Sweeps: every combination of a list of perturbations
 * ====================================================
 *
 * The public surface for `index.ts`: the sweep file format, plans, running (in slices, for worker
 * threads) and the summary of effects. Pure and DOM-free like the rest of core.
 */
export { type SweepEffect, sweepEffects } from './effects.ts';
export { isLeverFactor, type SweepLeverRanking, sweepLeverRankings } from './lever-ranking.ts';
export {
  activeLevels,
  countRuns,
  enumerateRuns,
  levelName,
  runScenario,
  type SweepFactor,
  type SweepLevel,
  type SweepPlan,
} from './plan.ts';
export {
  type RunSweepOptions,
  runSweep,
  SWEEP_RESULT_FORMAT,
  type SweepResult,
  type SweepRun,
  sweep,
} from './run-sweep.ts';
export {
  levelOf,
  readSweepFile,
  SWEEP_FORMAT,
  type SweepFile,
  type SweepFileOptions,
  type SweepFileResult,
  SweepFileSchema,
} from './sweep-file.ts';
