/**
 * Single points of failure
 * ========================
 *
 * Node v is a single point of failure when some sink d ≠ v with demand > 0, reachable from a source,
 * becomes unreachable from every source once v is removed. Equivalently v is a proper dominator of d in
 * the dominator tree from the virtual super-source, so the answer is read off that tree: for each
 * reachable sink, every node on its path up to the root cuts it off. That costs the size of the answer
 * (Σ over SPOFs of the sinks they cut off) on top of the dominator tree, not one search per node.
 *
 * A source can be one (the only mine feeding a consumer); a sink is one only if it cut off another sink,
 * which a validated model (sinks have no outgoing edges) never allows. Nodes and edges of capacity 0 are
 * absent, as in `dominators.ts`, so the answer follows the scenario.
 */

import type { IndexedGraph } from '../indexed-graph.ts';
import type { ActivityOptions } from './active-adjacency.ts';
import { type DominatorTree, immediateDominators } from './dominators.ts';

export interface SinglePointOfFailure {
  /** Node index and id. */
  node: number;
  id: string;
  /** Ids of the sinks it cuts off, sorted. */
  cutsOff: string[];
}

export interface SinglePoints {
  /** Every single point of failure, in node order. */
  list: SinglePointOfFailure[];
  /** Per node index: the sinks it cuts off (sorted), empty when it is not a single point of failure. */
  cutsOff: string[][];
}

/**
 * Single points of failure, from `tree` when given (it must come from the same graph and options).
 */
export function singlePointsOfFailure(
  g: IndexedGraph,
  options: ActivityOptions = {},
  tree: DominatorTree = immediateDominators(g, options),
): SinglePoints {
  const { n } = g;
  const { idom, root } = tree;
  const cutsOff: string[][] = Array.from({ length: n }, () => []);
  for (let d = 0; d < n; d++) {
    if (!(g.demand[d]! > 0) || idom[d] === -1) continue;
    for (let v = idom[d]!; v !== root; v = idom[v]!) cutsOff[v]!.push(g.ids[d]!);
  }
  const list: SinglePointOfFailure[] = [];
  for (let v = 0; v < n; v++) {
    const sinks = cutsOff[v]!;
    if (sinks.length === 0) continue;
    sinks.sort(byCodeUnit);
    list.push({ node: v, id: g.ids[v]!, cutsOff: sinks });
  }
  return { list, cutsOff };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
