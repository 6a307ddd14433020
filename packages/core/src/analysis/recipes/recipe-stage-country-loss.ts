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
import type { StageCountryLoss } from '../flow/stage-country-loss.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import type { RecipeLp } from './recipe-lp.ts';

interface Pair {
  stage: string;
  rank: number;
  country: string;
  nodes: number[];
  capacity: number;
  throughput: number;
  delivered: number;
}

export function recipeStageCountryLoss(
  model: Model,
  graph: IndexedGraph,
  lp: RecipeLp,
  delivered: number,
  throughput: Float64Array,
  lost: Float64Array,
): StageCountryLoss | null {
  const stageRank = new Map(model.stages.map((stage, i) => [stage, i]));
  const pairs = new Map<string, Pair>();
  model.nodes.forEach((node, v) => {
    if (graph.isSink[v] || node.country === undefined) return;
    const key = `${node.stage}\u0000${node.country}`;
    const pair = pairs.get(key) ?? {
      stage: node.stage,
      rank: stageRank.get(node.stage) ?? 0,
      country: node.country,
      nodes: [],
      capacity: 0,
      throughput: 0,
      delivered,
    };
    pairs.set(key, pair);
    pair.nodes.push(v);
    pair.capacity += graph.nodeCapacity[v]!;
    pair.throughput += throughput[v]!;
  });
  const tol = 1e-9 * delivered;
  let worst: Pair | null = null;
  for (const pair of pairs.values()) {
    if (pair.nodes.length === 1) {
      pair.delivered = delivered - lost[pair.nodes[0]!]!;
    } else if (pair.throughput > tol) {
      for (const v of pair.nodes) lp.setNodeRemoved(v, true);
      pair.delivered = Math.min(delivered, lp.solve());
      for (const v of pair.nodes) lp.setNodeRemoved(v, false);
    }
    const gap = worst === null ? Number.NEGATIVE_INFINITY : pair.delivered - worst.delivered;
    if (worst === null || gap < -tol || (Math.abs(gap) <= tol && byTie(pair, worst) < 0)) worst = pair;
  }
  return worst && { stage: worst.stage, country: worst.country, delivered: worst.delivered };
}

function byTie(a: Pair, b: Pair): number {
  return (
    a.rank - b.rank || b.capacity - a.capacity || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0)
  );
}
