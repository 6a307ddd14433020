/**
 * Losing one country's capacity at one stage, on the recipe LP
 * ============================================================
 *
 * The served-flow diversification input of the score (flow/stage-country-loss.ts states it; same
 * pairs, same tie rule: the stage that comes first, then the country with more capacity there, then
 * the code) for models with recipes. One difference: losing nodes can cost more than the flow through
 * them when they supply an input of a recipe, so the throughput cut-off of the max-flow version does
 * not hold. Every pair with output in the optimal baseline is solved (on the same LP, bounds changed
 * and put back), except that a pair of one node is that node's N-1 figure; a pair without output
 * loses nothing.
 */
import type { Model } from '../../model/schema.ts';
import { type StageCountryLoss, worstStageCountryLoss } from '../flow/stage-country-loss.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import type { RecipeLp } from './recipe-lp.ts';

export function recipeStageCountryLoss(
  model: Model,
  graph: IndexedGraph,
  lp: RecipeLp,
  delivered: number,
  throughput: Float64Array,
  lost: Float64Array,
): StageCountryLoss | null {
  const tol = 1e-9 * delivered;
  return worstStageCountryLoss(model, graph, delivered, throughput, {
    losingAtMostThroughput: false,
    deliveredWithout: (nodes, pair) => {
      if (nodes.length === 1) return delivered - lost[nodes[0]!]!;
      if (pair.throughput <= tol) return delivered;
      for (const v of nodes) lp.setNodeRemoved(v, true);
      const left = Math.min(delivered, lp.solve('baseline'));
      for (const v of nodes) lp.setNodeRemoved(v, false);
      return left;
    },
  });
}
