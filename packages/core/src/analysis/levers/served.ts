/**
 * What each consumer is served, by the engine's own rule
 * ======================================================
 *
 * The flow the report shows: the max-flow with the fair split among consumers for plain models, the
 * recipe LP with the same split otherwise. Recycling draws on it (a share of what consumers are
 * served returns as secondary supply).
 */
import type { Model } from '../../model/schema.ts';
import { computeSupply } from '../flow/supply.ts';
import { indexModel } from '../indexed-graph.ts';
import { hasRecipes } from '../recipes/node-recipes.ts';
import { requireSolver } from '../recipes/solver.ts';
import { baselineOutput } from '../time/baseline.ts';

/** Per node (model order): what it is served when it is a consumer, else its throughput. */
export function servedByNode(model: Model): Float64Array {
  const g = indexModel(model);
  if (!hasRecipes(model)) return computeSupply(g).nodeThroughput;
  const label = `model "${model.name}"`;
  // The same fair split the time analysis's baseline uses (one place: time/baseline.ts).
  return baselineOutput(requireSolver(label), model, g, label);
}
