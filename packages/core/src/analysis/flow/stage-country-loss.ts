/**
 * Losing one country's capacity at one stage
 * ==========================================
 *
 * The served-flow form of diversification (issue 10), an input of the resilience score: for each stage
 * and each country with a node there that is not a consumer, what is still delivered when every such
 * node of that country at that stage is out (it supplies and passes nothing). The worst pair is kept.
 *
 * Stated in delivered flow, not capacity, so that capacity which cannot reach a consumer adds nothing
 * (an unconnected plant used to raise the score), and nodes of unlimited capacity need no special case
 * (they used to make the reason name the wrong country). It is monotone: more capacity, a parallel route
 * or a node in a new country never lowers any term, and a new country only adds a term at least as
 * large as the unstressed flow was.
 *
 * Consumers are left out, as in the N-1 term: closing a country's EV plants loses their own demand,
 * which says nothing about how diversified supply is. Nodes without a country are outside every country.
 * Each term repairs the baseline flow with the country's node arcs closed (close-arcs.ts), as country
 * dependence does with its edges.
 */
import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { maxFlowWithArcsClosed } from './close-arcs.ts';
import { arcFlow } from './residual-network.ts';
import type { SolvedSupply } from './supply.ts';

export interface StageCountryLoss {
  stage: string;
  /** The country whose loss at this stage leaves least delivered. */
  country: string;
  /** Delivered with that country's non-consumer nodes at this stage out. */
  delivered: number;
}

/**
 * The (stage, country) pair whose loss leaves least delivered, or null when no non-consumer node has a
 * country. Ties go to the stage that comes first, then the country with more capacity there (unlimited
 * counts as most), then the code, so the reason names the country a reader expects. `solved` holds the
 * baseline flow and is left as it was.
 *
 * Only the worst pair matters to the score, so pairs are tried in decreasing baseline throughput and
 * the search stops once even losing all of a pair's throughput would leave more than the worst found
 * (losing nodes never costs more than the flow through them): most small countries are never solved.
 */
export function stageCountryLoss(
  model: Model,
  graph: IndexedGraph,
  solved: SolvedSupply,
): StageCountryLoss | null {
  const { network, delivered } = solved;
  const throughput = Float64Array.from(graph.ids, (_, v) => arcFlow(network.net, network.nodeArc(v)));
  return worstStageCountryLoss(model, graph, delivered, throughput, {
    losingAtMostThroughput: true,
    deliveredWithout: (nodes) =>
      maxFlowWithArcsClosed(
        network.net,
        network.superSource,
        network.superSink,
        delivered,
        nodes.map((v) => network.nodeArc(v)),
      ).delivered,
  });
}

/** One stage and country: its non-consumer nodes there, with their capacity and baseline flow. */
export interface StageCountryPair {
  stage: string;
  rank: number;
  country: string;
  nodes: number[];
  capacity: number;
  throughput: number;
}

export interface WorstPairSearch {
  /** Delivered with these nodes out (the baseline left as it was). */
  deliveredWithout: (nodes: readonly number[], pair: StageCountryPair) => number;
  /**
   * Losing nodes never costs more than the flow through them (true for max flow, not for recipes,
   * where a node can supply an input others cannot do without): pairs are then tried in decreasing
   * throughput and the search stops once even losing all of it would leave more than the worst found.
   */
  losingAtMostThroughput: boolean;
}

/** The worst (stage, country) pair, shared by the max-flow and the recipe-LP paths. */
export function worstStageCountryLoss(
  model: Model,
  graph: IndexedGraph,
  delivered: number,
  throughput: Float64Array,
  search: WorstPairSearch,
): StageCountryLoss | null {
  const stageRank = new Map(model.stages.map((stage, i) => [stage, i]));
  const pairs = new Map<string, StageCountryPair>();
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
    };
    pairs.set(key, pair);
    pair.nodes.push(v);
    pair.capacity += graph.nodeCapacity[v]!;
    pair.throughput += throughput[v]!;
  });
  const order = [...pairs.values()];
  if (search.losingAtMostThroughput) order.sort((a, b) => b.throughput - a.throughput || byTie(a, b));
  // Figures within round-off of each other are a tie.
  const tol = 1e-9 * delivered;
  let worst: (StageCountryPair & { delivered: number }) | null = null;
  for (const pair of order) {
    if (
      search.losingAtMostThroughput &&
      worst !== null &&
      delivered - pair.throughput > worst.delivered + tol
    ) {
      break;
    }
    const left = search.deliveredWithout(pair.nodes, pair);
    const gap = worst === null ? Number.NEGATIVE_INFINITY : left - worst.delivered;
    const better = worst === null || gap < -tol || (Math.abs(gap) <= tol && byTie(pair, worst) < 0);
    if (better) worst = { ...pair, delivered: left };
  }
  return worst && { stage: worst.stage, country: worst.country, delivered: worst.delivered };
}

function byTie(a: StageCountryPair, b: StageCountryPair): number {
  return (
    a.rank - b.rank || b.capacity - a.capacity || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0)
  );
}
