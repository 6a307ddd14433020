/**
 * Baseline output per node
 * ========================
 *
 * What each node produces per year (for a consumer: what it is served) in the analysis of the model
 * as it is: the report's `throughput`, with consumers split fairly (issue 10). Stockpiles given in days
 * of output and the timeline's per-consumer baseline read it.
 */
import type { Highs } from 'highs';
import type { Model } from '../../model/schema.ts';
import { computeSupply } from '../flow/supply.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { hasRecipes } from '../recipes/node-recipes.ts';
import { fairRecipeSupply } from '../recipes/recipe-fair-share.ts';
import { recipeSupply } from '../recipes/recipe-flow.ts';
import { buildRecipeLp } from '../recipes/recipe-lp.ts';

export function baselineOutput(highs: Highs, model: Model, graph: IndexedGraph, label: string): Float64Array {
  if (!hasRecipes(model)) return computeSupply(graph).nodeThroughput;
  const lp = buildRecipeLp(highs, model, graph, label);
  try {
    const plain = recipeSupply(lp);
    lp.keepBaseline(); // the fair split starts from this optimum's basis
    return fairRecipeSupply(lp, graph, label, plain).nodeThroughput;
  } finally {
    lp.dispose();
  }
}
