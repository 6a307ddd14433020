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
import { fairRecipeSupply } from '../recipes/recipe-fair-share.ts';
import { recipeSupply } from '../recipes/recipe-flow.ts';
import { buildRecipeLp } from '../recipes/recipe-lp.ts';
import { requireSolver } from '../recipes/solver.ts';

/** Per node (model order): what it is served when it is a consumer, else its throughput. */
export function servedByNode(model: Model): Float64Array {
  const g = indexModel(model);
  if (!hasRecipes(model)) return computeSupply(g).nodeThroughput;
  const label = `model "${model.name}"`;
  const highs = requireSolver(label);
  const lp = buildRecipeLp(highs, model, g, label);
  try {
    return fairRecipeSupply(highs, model, g, label, recipeSupply(lp)).nodeThroughput;
  } finally {
    lp.dispose();
  }
}
