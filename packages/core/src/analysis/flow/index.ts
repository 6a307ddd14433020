/**
 * Analysis: flow
 * ==============
 *
 * The public flow half of the analysis engine, gathered for `index.ts`: supply (delivered, ratio,
 * flows), the N-1 table, worst-case N-k, country dependence, redundancy (vertex cuts), scenarios, and
 * the max-flow kernel they share.
 */
export {
  applyScenario,
  applyScenarioWithEffects,
  type ExportControl,
  exportControlMask,
  resolveScenario,
  type ScenarioEffects,
} from '../scenario/apply-scenario.ts';
export { type ContingencyTable, contingencyTable } from './contingency.ts';
export { countryDependence } from './country-dependence.ts';
export { countrySupply } from './country-supply.ts';
export { shareFairly } from './fair-share.ts';
export {
  buildFlowNetwork,
  type CapacityOverrides,
  type FlowNetwork,
  nodeIn,
  nodeOut,
} from './flow-network.ts';
export { type AugmentOptions, augment } from './max-flow.ts';
export { redundancy } from './redundancy.ts';
export {
  arcFlow,
  createNetwork,
  type FlowJournal,
  newJournal,
  type ResidualNetwork,
  resetFlow,
  restoreFlow,
  saveFlow,
  setArcCapacity,
  undoFlow,
} from './residual-network.ts';
export { type StageCountryLoss, stageCountryLoss } from './stage-country-loss.ts';
export {
  computeSupply,
  deliveredWithout,
  type SolvedSupply,
  type SupplyResult,
  solveSupply,
} from './supply.ts';
export { type WorstCaseOptions, type WorstCaseResult, worstCase } from './worst-case.ts';
