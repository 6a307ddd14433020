export { isLeverPerturbation, type LeverPerturbation, marketPrice } from './apply-levers.ts';
export {
  type Dispatch,
  type DispatchFloor,
  dispatch,
  hasCosts,
  lpDispatch,
  plainDispatch,
} from './dispatch.ts';
export { type Economics, economics, type LeverCost } from './economics.ts';
export {
  byPointsPerMoney,
  type LeverCostTotal,
  type LeverOption,
  type LeverRanking,
  type LeverRow,
  leverCost,
  leverGain,
  leverPresets,
  type RankOptions,
  rankLevers,
  scenarioLeverRanking,
  shockScenarios,
  splitLevers,
} from './rank.ts';
export { LeverRankingSchema, LeverRowSchema } from './ranking-schema.ts';
export { hasPrices, type ValueAdded, type ValueAddedRow, valueAdded } from './value-added.ts';
