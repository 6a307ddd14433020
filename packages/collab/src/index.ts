export { type Budget, formatMoney, overBudget, spending } from './budget.ts';
export { applyEditOp } from './edit.ts';
export {
  detectRenames,
  modelToDoc,
  nodeOrigins,
  type Renames,
  ROOTS,
  readModel,
  rootTypes,
  sameJson,
  shareUnchanged,
  writeModel,
} from './model-doc.ts';
export type { TeamScore } from './team-score.ts';
