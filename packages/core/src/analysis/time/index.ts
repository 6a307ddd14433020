/**
 * Analysis: time
 * ==============
 *
 * Stockpiles, time-to-survive, time-to-recover, performance impact and the timeline of a scenario
 * (issue 14, docs/time.md). Every figure is an LP on top of the recipe LP, so callers
 * `await loadSolver()` once first, as for recipes.
 */
export { baselineOutput } from './baseline.ts';
export { hasTimeData, stockPerNode } from './stocks.ts';
export {
  BUFFER_DAYS,
  type BufferLoss,
  type NodeTime,
  type TimeFigureOptions,
  type TimeFigures,
  timeFigures,
} from './survive.ts';
export { buildTimeLp, SURVIVE_TOLERANCE, type TimeLp } from './time-lp.ts';
export {
  LONG_HORIZON_DAYS,
  type Timeline,
  type TimelineOptions,
  type TimelineSink,
  type TimelineStock,
  timeline,
} from './timeline.ts';
