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
  type LeverOption,
  type LeverRanking,
  type LeverRow,
  leverPresets,
  type RankOptions,
  rankLevers,
  shockScenarios,
} from './rank.ts';
export { hasPrices, type ValueAdded, type ValueAddedRow, valueAdded } from './value-added.ts';
