/**
 * Structure analysis: the public surface
 * ======================================
 *
 * What the graph's shape says, before any flow is solved: betweenness (plain and flow-weighted),
 * dominators and single points of failure, and per-stage country concentration. All pure functions over
 * an `IndexedGraph` (or a Model for the capacity-only measures); `analyze()` assembles them into the
 * report. Re-exported from the package index in one line, so the index stays one line per area.
 */

export { type ActivityOptions, type Adjacency, activeAdjacency, activeNodes } from './active-adjacency.ts';
export { type BetweennessOptions, betweenness } from './betweenness.ts';
export {
  CRMA_SINGLE_COUNTRY_LIMIT,
  groupConcentration,
  stageCommodityConcentration,
  stageConcentration,
} from './concentration.ts';
export { type DominatorTree, dominates, immediateDominators } from './dominators.ts';
export { flowBetweenness } from './flow-betweenness.ts';
export { type SinglePointOfFailure, type SinglePoints, singlePointsOfFailure } from './single-points.ts';
